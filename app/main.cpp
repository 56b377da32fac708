// The premortem executable: application identity, language, the command line, and one process
// per user session that opens every workshop in its own window. Everything else lives in the
// premortem_gui library, where the tests can reach it.

#include "appicon.h"
#include "language.h"
#include "phaseguide.h"
#include "singleinstance.h"
#include "translations.h"
#include "version.h"
#include "windowmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // These name the QSettings file (recent files, window geometry, language) as well.
    QApplication::setOrganizationName(QStringLiteral("Premortem"));
    QApplication::setApplicationName(QStringLiteral("Premortem"));
    QApplication::setApplicationVersion(QStringLiteral(PREMORTEM_VERSION));
    // Ties the windows to packaging/org.premortem.Premortem.desktop (task bar icon, Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.premortem.Premortem"));
    QApplication::setWindowIcon(appIcon());

    const QLocale locale = language::uiLocale();
    if (!language::chosen().isEmpty())
        QLocale::setDefault(locale); // dates and numbers in the chosen language too
    pm::installTranslations(&app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Run technical pre-mortem workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Workshops to open, each in its own window."),
        QStringLiteral("[file...]"));
    const QCommandLineOption phaseOption(
        QStringLiteral("phase"),
        QCoreApplication::translate("main", "Open the workshop at this phase (%1).")
            .arg(pm::allKeys<pm::Phase>().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    parser.addOption(phaseOption);
    parser.process(app);
    std::optional<pm::Phase> phase;
    if (parser.isSet(phaseOption)) {
        // Checked before anything opens, so a typo changes nothing.
        const pm::Result<pm::Phase> parsed = pm::phaseFromKey(parser.value(phaseOption));
        if (!parsed || parser.positionalArguments().isEmpty()) {
            const QString message =
                parsed ? QCoreApplication::translate("main", "--phase needs a workshop file.")
                       : parsed.error().message;
            std::fprintf(stderr, "%s\n", qPrintable(message));
            return 2;
        }
        phase = *parsed;
    }
    // Absolute, because a running instance may have another working directory.
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath();

    instance::Server server;
    // The phase goes along, so a window already showing the file moves to it as well.
    const QString phaseKey = phase ? pm::keyOf(*phase) : QString();
    if (instance::forwardOrListen(server, instance::defaultName(), files, phaseKey) ==
        instance::Startup::Forwarded)
        return 0;

    WindowManager windows;
    QObject::connect(&server, &instance::Server::openRequested, &windows, &WindowManager::open);
    windows.open(files, phaseKey);
    return app.exec();
}

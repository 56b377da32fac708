// The premortem executable: application identity, language, the command line, and one process
// per user session that opens every workshop in its own window. Everything else lives in the
// premortem_gui library, where the tests can reach it.

#include "appicon.h"
#include "language.h"
#include "phaseguide.h"
#include "quietmessages.h"
#include "singleinstance.h"
#include "translations.h"
#include "version.h"
#include "windowmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>

namespace {

void setIdentity()
{
    // These name the QSettings file (recent files, window geometry, language) as well.
    QCoreApplication::setOrganizationName(QStringLiteral("Premortem"));
    QCoreApplication::setApplicationName(QStringLiteral("Premortem"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREMORTEM_VERSION));
}

QCommandLineOption phaseOption()
{
    return QCommandLineOption(
        QStringLiteral("phase"),
        QCoreApplication::translate("main", "Open the workshop at this phase (%1).")
            .arg(pm::allKeys<pm::Phase>().join(QStringLiteral(", "))),
        QStringLiteral("name"));
}

void describe(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Run technical pre-mortem workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main", "Workshops to open, each in its own window."),
        QStringLiteral("[file...]"));
    parser.addOption(phaseOption());
}

// --help and --version only print: they must work without a display (over ssh, in a package
// build, in CI), where QApplication would abort before parsing anything.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            return false;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

int printOnly(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setIdentity();
    pm::installTranslations(&app, language::uiLocale());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app); // prints the help or version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    quietmessages::install(); // before Qt starts: it warns while it does
    if (onlyPrints(argc, argv))
        return printOnly(argc, argv);
    QApplication app(argc, argv);
    setIdentity();
    // Ties the windows to packaging/org.premortem.Premortem.desktop (task bar icon, Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.premortem.Premortem"));
    QApplication::setWindowIcon(appIcon());

    const QLocale locale = language::uiLocale();
    if (!language::chosen().isEmpty())
        QLocale::setDefault(locale); // dates and numbers in the chosen language too
    pm::installTranslations(&app, locale);

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    const QCommandLineOption phaseOption = ::phaseOption();
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

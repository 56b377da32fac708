// The premortem executable: application identity, language, the command line, and one process
// per user session that opens every workshop in its own window. Everything else lives in the
// premortem_gui library, where the tests can reach it.

#include "appicon.h"
#include "language.h"
#include "singleinstance.h"
#include "translations.h"
#include "version.h"
#include "windowmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>

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
    parser.process(app);
    // Absolute, because a running instance may have another working directory.
    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files << QFileInfo(file).absoluteFilePath();

    instance::Server server;
    if (instance::forwardOrListen(server, instance::defaultName(), files) ==
        instance::Startup::Forwarded)
        return 0;

    WindowManager windows;
    QObject::connect(&server, &instance::Server::openRequested, &windows, &WindowManager::open);
    windows.open(files);
    return app.exec();
}

// The premortem executable: application identity, the command line, one main window.
// Everything else lives in the premortem_gui library, where the tests can reach it.

#include "errormessage.h"
#include "mainwindow.h"
#include "translations.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // These name the QSettings file (recent files, window geometry) as well.
    QApplication::setOrganizationName(QStringLiteral("Premortem"));
    QApplication::setApplicationName(QStringLiteral("Premortem"));
    QApplication::setApplicationVersion(QStringLiteral(PREMORTEM_VERSION));
    pm::installTranslations(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Run technical pre-mortem workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "The workshop to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        const QString message =
            QCoreApplication::translate("main", "Give at most one workshop to open.\n");
        std::fputs(qPrintable(message), stderr);
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }

    MainWindow window;
    window.show();
    if (!files.isEmpty()) {
        // A file that cannot be opened leaves the start page, from which another can be chosen.
        QString error;
        if (!window.openFile(files.first(), &error))
            showErrorMessage(
                &window, QCoreApplication::translate("main", "Cannot Open the Workshop"), error);
    }
    return app.exec();
}

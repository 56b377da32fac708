// premortem-cli: create, inspect, check, and script .premortem workshops without a display.

#include "commands.h"
#include "imageexport.h"
#include "translations.h"
#include "version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

QString usage()
{
    QString text = QCoreApplication::translate("cli", "Usage: premortem-cli COMMAND [ARGS]\n\n"
                                                      "Commands:\n");
    for (const cli::Command &c : cli::commands())
        text += QStringLiteral("  %1\n").arg(QCoreApplication::translate("cli", c.synopsis));
    text += QCoreApplication::translate(
        "cli", "\nRun 'premortem-cli COMMAND --help' for a command's options.\n"
               "Exit status: 0 ok, 1 a check failed, 2 bad input or the file cannot be opened.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    // A QApplication only for the picture formats; everything else runs without a display.
    const auto app = cli::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("premortem-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREMORTEM_VERSION));
    pm::installTranslations(app.get());

    const QStringList args = app->arguments();
    const QString command = args.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        QTextStream(stdout) << "premortem-cli " << PREMORTEM_VERSION << '\n';
        return cli::Ok;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        QTextStream(command.isEmpty() ? stderr : stdout) << usage();
        return command.isEmpty() ? cli::BadInput : cli::Ok;
    }
    for (const cli::Command &c : cli::commands()) {
        if (command == QLatin1String(c.name))
            return c.run(args.mid(1));
    }
    QTextStream(stderr)
        << QCoreApplication::translate("cli", "Unknown command “%1”.\n\n").arg(command) << usage();
    return cli::BadInput;
}

#include "cliio.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code)
{
    err() << message << Qt::endl;
    return code;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int positionals,
                         bool orMore)
{
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText() + QLatin1Char('\n') + parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    const int given = int(parser.positionalArguments().size());
    if (orMore ? given < positionals : given != positionals)
        return fail((orMore ? tr("Expected at least %1 file arguments.")
                            : tr("Expected %1 file argument(s)."))
                        .arg(positionals) +
                    QLatin1Char('\n') + parser.helpText());
    return std::nullopt;
}

pm::Result<std::unique_ptr<pm::Workshop>> openWorkshop(const QString &path, bool forWriting)
{
    auto workshop = pm::Workshop::open(path, forWriting ? pm::Store::Access::ReadWrite
                                                        : pm::Store::Access::ReadOnly);
    if (workshop && forWriting && workshop.value()->isReadOnly())
        return pm::Error{pm::Error::ReadOnly, workshop.value()->readOnlyReason()};
    return workshop;
}

std::unique_ptr<pm::Workshop> openFileArgument(const QCommandLineParser &parser, bool forWriting)
{
    auto opened = openWorkshop(parser.positionalArguments().at(0), forWriting);
    if (!opened) {
        fail(opened.error().message);
        return nullptr;
    }
    return std::move(opened).value();
}

int writeOutput(const QByteArray &bytes, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(bytes) != bytes.size())
            return fail(tr("Cannot write to standard output."));
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return Ok;
}

} // namespace cli

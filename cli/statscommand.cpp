#include "statscommand.h"

#include "calibrationtables.h"
#include "commands.h"
#include "lookbackstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

// Folders stand for the .premortem files directly inside them.
QStringList expandFolders(const QStringList &args)
{
    QStringList files;
    for (const QString &arg : args) {
        if (QFileInfo(arg).isDir())
            files << pm::workshopFilesIn(arg);
        else
            files << arg;
    }
    return files;
}

QString header(const pm::LookbackStats &stats)
{
    return tr("Workshops counted: %1 (with a look-back: %2); files skipped: %3.")
        .arg(stats.counted.size())
        .arg(stats.withOutcomes.size())
        .arg(stats.skipped.size());
}

QByteArray asJson(const pm::LookbackStats &stats)
{
    QJsonArray skipped;
    for (const pm::SkippedFile &s : stats.skipped)
        skipped.append(
            QJsonObject{{QStringLiteral("path"), s.path}, {QStringLiteral("reason"), s.reason}});
    const QJsonObject root{
        {QStringLiteral("counted"), QJsonArray::fromStringList(stats.counted)},
        {QStringLiteral("withOutcomes"), QJsonArray::fromStringList(stats.withOutcomes)},
        {QStringLiteral("skipped"), skipped},
        {QStringLiteral("calibration"), pm::calibrationJson(stats.total)},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString asMarkdown(const pm::LookbackStats &stats)
{
    QString md = QStringLiteral("# ") + tr("Look-back statistics") + QStringLiteral("\n\n") +
                 header(stats) + QStringLiteral("\n\n") +
                 pm::tablesAsMarkdown(pm::calibrationTables(stats.total), 2);
    if (!stats.skipped.isEmpty()) {
        md += QStringLiteral("## ") + tr("Skipped files") + QStringLiteral("\n\n");
        for (const pm::SkippedFile &s : stats.skipped)
            md += QStringLiteral("- `%1`: %2\n").arg(s.path, s.reason);
        md += QLatin1Char('\n');
    }
    return md;
}

} // namespace

int runStats(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The look-back across workshops: how often each likelihood came true, the Brier "
           "score, blind spots and the mitigation types that worked. A folder stands for the "
           ".premortem files in it. Files are only read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Workshop files or folders."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("format"), tr("text (default), json or md."), tr("F"),
                      QStringLiteral("text")});
    parser.addHelpOption();
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n' << parser.helpText();
        return BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("md")}.contains(
            format)) {
        err << tr("Unknown format “%1”: use text, json or md.").arg(format) << '\n';
        return BadInput;
    }
    if (parser.positionalArguments().isEmpty()) {
        err << tr("Expected at least %1 file arguments.").arg(1) << '\n' << parser.helpText();
        return BadInput;
    }

    const pm::LookbackStats stats = pm::lookbackStats(expandFolders(parser.positionalArguments()));
    for (const pm::SkippedFile &s : stats.skipped)
        err << tr("Skipped %1: %2").arg(QDir::toNativeSeparators(s.path), s.reason) << '\n';
    if (stats.counted.isEmpty()) {
        err << tr("No workshop could be read.") << '\n';
        return BadInput;
    }

    if (format == QLatin1String("json")) {
        out << QString::fromUtf8(asJson(stats));
    } else if (format == QLatin1String("md")) {
        out << asMarkdown(stats);
    } else {
        out << header(stats) << "\n\n" << pm::tablesAsText(pm::calibrationTables(stats.total));
    }
    out.flush();
    if (stats.withOutcomes.isEmpty()) {
        err << tr("No workshop has a look-back yet: mark outcomes in the Look Back phase.") << '\n';
        return CheckFailed;
    }
    return Ok;
}

} // namespace cli

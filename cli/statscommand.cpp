#include "statscommand.h"

#include "calibrationtables.h"
#include "cliio.h"
#include "lookbacksection.h"
#include "lookbackstats.h"
#include "markdownwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace cli {

namespace {

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

QByteArray asMarkdown(const pm::LookbackStats &stats)
{
    pm::ReportDocument doc;
    doc.heading(1, tr("Look-back statistics"));
    doc.paragraph(header(stats));
    pm::addTables(doc, pm::calibrationTables(stats.total), 2);
    if (!stats.skipped.isEmpty()) {
        doc.heading(2, tr("Skipped files"));
        QList<pm::ReportItem> items;
        for (const pm::SkippedFile &s : stats.skipped)
            items << pm::ReportItem{QStringLiteral("%1: %2").arg(s.path, s.reason)};
        doc.list(items);
    }
    return pm::renderMarkdown(doc);
}

} // namespace

int runStats(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The look-back across workshops: how often each likelihood came true, the Brier "
           "score, blind spots and the mitigation types that worked. A folder stands for the "
           ".premortem files in it. Files are only read."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Workshop files or folders."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("format"), tr("text (default), json or md."), tr("F"),
                      QStringLiteral("text")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to OUT instead of standard output."),
                      tr("OUT")});
    if (auto code = parse(parser, args, 1, true))
        return *code;
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("md")}.contains(
            format))
        return fail(tr("Unknown format “%1”: use text, json or md.").arg(format));

    const pm::LookbackStats stats = pm::lookbackStats(expandFolders(parser.positionalArguments()));
    for (const pm::SkippedFile &s : stats.skipped)
        err() << tr("Skipped %1: %2").arg(QDir::toNativeSeparators(s.path), s.reason) << '\n';
    if (stats.counted.isEmpty())
        return fail(tr("No workshop could be read."));

    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = asJson(stats);
    else if (format == QLatin1String("md"))
        bytes = asMarkdown(stats);
    else
        bytes = (header(stats) + QStringLiteral("\n\n") +
                 pm::tablesAsText(pm::calibrationTables(stats.total)))
                    .toUtf8();
    if (const int code = writeOutput(bytes, parser.value(QStringLiteral("output"))); code != Ok)
        return code;
    if (stats.withOutcomes.isEmpty())
        return fail(tr("No workshop has a look-back yet: mark outcomes in the Look Back phase."),
                    CheckFailed);
    return Ok;
}

} // namespace cli

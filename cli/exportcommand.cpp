#include "exportcommand.h"

#include "cliio.h"
#include "emptyexport.h"
#include "exporter.h"
#include "imageexport.h"
#include "renderedexport.h"

#include <QCoreApplication>

namespace cli {

namespace {

QStringList textFormats()
{
    QStringList keys;
    for (pm::ExportFormat f :
         {pm::ExportFormat::Markdown, pm::ExportFormat::Html, pm::ExportFormat::CsvJira,
          pm::ExportFormat::CsvGithub, pm::ExportFormat::Checklist, pm::ExportFormat::Adr,
          pm::ExportFormat::Mermaid, pm::ExportFormat::Dot, pm::ExportFormat::Json})
        keys << pm::exportFormatKey(f);
    return keys;
}

QStringList views()
{
    return {QStringLiteral("board"), QStringLiteral("matrix"), QStringLiteral("heatmap")};
}

} // namespace

const char *exportSynopsis()
{
    return QT_TRANSLATE_NOOP("cli", "export FILE --format md|html|pdf|csv-jira|csv-github|"
                                    "checklist|adr|mermaid|dot|json|png|svg [-o OUT] [--view VIEW] "
                                    "[--width N --height N | --dpi N] [--page a4|letter]");
}

int runExport(const QStringList &args)
{
    // png, svg and pdf have options of their own (size, page) and need a QApplication.
    if (wantsGraphicExport(args) && canDrawPictures())
        return runGraphicExport(args);
    const QStringList allFormats = textFormats() + plannedRenderedFormats();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a workshop: a report, backlog CSV, deployment checklist, ADR section, the "
           "architecture map (Mermaid, DOT) or the full JSON. Text formats go to standard output "
           "unless -o is given. The options of "
           "pictures and the PDF (size, page): premortem-cli export --format png --help."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption({QStringLiteral("format"),
                      tr("Output format: %1.").arg(allFormats.join(QStringLiteral(", "))),
                      tr("FORMAT"), QStringLiteral("json")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to OUT instead of standard output."),
                      tr("OUT")});
    parser.addOption({QStringLiteral("view"),
                      tr("For pdf, png and svg: %1.").arg(views().join(QStringLiteral(", "))),
                      tr("VIEW")});
    if (auto code = parse(parser, args, 1))
        return *code;
    const QString format = parser.value(QStringLiteral("format"));
    const QString view = parser.value(QStringLiteral("view"));
    if (!allFormats.contains(format))
        return fail(tr("Unknown format “%1”; supported: %2.")
                        .arg(format, allFormats.join(QStringLiteral(", "))));
    if (!view.isEmpty() && !views().contains(view))
        return fail(
            tr("Unknown view “%1”; use one of: %2.").arg(view, views().join(QStringLiteral(", "))));
    const std::optional<pm::ExportFormat> textFormat = pm::exportFormatFromKey(format);
    if (!view.isEmpty() && textFormat)
        return fail(tr("--view applies to pdf, png and svg only."));
    auto opened = openWorkshop(parser.positionalArguments().at(0), false);
    if (!opened)
        return fail(opened.error().message);
    const QString output = parser.value(QStringLiteral("output"));
    if (!textFormat)
        return exportRendered(*opened.value(), format, view, output);
    auto bytes = pm::exportText(*opened.value(), *textFormat);
    if (!bytes)
        return fail(bytes.error().message);
    const int written = writeOutput(bytes.value(), output);
    // Not an error (an empty backlog is a fact), but the reason, so nobody imports a header alone.
    if (const QString why = pm::emptyExportReason(*opened.value(), *textFormat);
        written == Ok && !why.isEmpty())
        err() << why << Qt::endl;
    return written;
}

} // namespace cli

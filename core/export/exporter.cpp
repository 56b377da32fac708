#include "exporter.h"

#include "adrbuilder.h"
#include "checklistbuilder.h"
#include "csvwriter.h"
#include "exportdata.h"
#include "htmlwriter.h"
#include "jsonio.h"
#include "markdownwriter.h"
#include "reportbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pm {

namespace {

struct FormatEntry
{
    ExportFormat format;
    const char *key;
    const char *suffix;
};

const FormatEntry kFormats[] = {
    {ExportFormat::Json, "json", "json"},
    {ExportFormat::Markdown, "md", "md"},
    {ExportFormat::Html, "html", "html"},
    {ExportFormat::CsvJira, "csv-jira", "csv"},
    {ExportFormat::CsvGithub, "csv-github", "csv"},
    {ExportFormat::Checklist, "checklist", "md"},
    {ExportFormat::Adr, "adr", "md"},
    {ExportFormat::Mermaid, "mermaid", "mmd"},
    {ExportFormat::Dot, "dot", "dot"},
};

const FormatEntry &entry(ExportFormat f)
{
    for (const FormatEntry &e : kFormats) {
        if (e.format == f)
            return e;
    }
    return kFormats[0];
}

// The full-fidelity JSON keeps every row for backup and import. In an anonymous workshop it
// drops the author of each note (and exportJsonForReaders() the person of each estimate), so
// nothing can be traced to a person.
QByteArray anonymousJson(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonArray notes = root.value(QStringLiteral("notes")).toArray();
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        QJsonObject note = it->toObject();
        note.insert(QStringLiteral("author"), QJsonValue::Null);
        *it = note;
    }
    root.insert(QStringLiteral("notes"), notes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<QByteArray> exportJsonText(const Workshop &workshop, ExportProgress &progress)
{
    if (!progress.step(0))
        return exportCancelled();
    QByteArray json = exportJsonForReaders(workshop);
    if (workshop.info().anonymous)
        json = anonymousJson(json);
    if (!progress.finish())
        return exportCancelled();
    return json;
}

QByteArray render(const ExportData &data, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return renderMarkdown(buildReport(data));
    case ExportFormat::Html:
        return renderHtml(buildReport(data));
    case ExportFormat::CsvJira:
        return writeJiraCsv(data);
    case ExportFormat::CsvGithub:
        return writeGithubCsv(data);
    case ExportFormat::Checklist:
        return renderMarkdown(buildChecklist(data));
    case ExportFormat::Adr:
        return renderMarkdown(buildAdrSection(data));
    case ExportFormat::Mermaid:
        return mermaidMap(data.map).toUtf8();
    case ExportFormat::Dot:
        return dotMap(data.map).toUtf8();
    case ExportFormat::Json:
        break;
    }
    return {};
}

} // namespace

QString exportFormatKey(ExportFormat f)
{
    return QString::fromLatin1(entry(f).key);
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    for (const FormatEntry &e : kFormats) {
        if (key == QLatin1String(e.key))
            return e.format;
    }
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat f)
{
    return QString::fromLatin1(entry(f).suffix);
}

Result<QByteArray> exportText(const Workshop &workshop, ExportFormat format,
                              const ExportOptions &options)
{
    if (format == ExportFormat::Json) {
        ExportProgress progress(options, 1);
        return exportJsonText(workshop, progress);
    }
    // Gathering is the part that grows with the workshop; laying out counts as one more step.
    ExportProgress progress(options, gatherSteps(workshop) + 1);
    if (!progress.step(0))
        return exportCancelled();
    auto data = gatherExportData(workshop, progress);
    if (!data)
        return data.error();
    QByteArray bytes = render(data.value(), format);
    if (!progress.finish())
        return exportCancelled();
    return bytes;
}

} // namespace pm

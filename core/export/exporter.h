#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace pm {

class Workshop;

// The text exports of a workshop. Every format is built from one gathered snapshot
// (exportdata.h), so the formats agree with each other and with the GUI's ranking.
// Output is deterministic: no timestamps, ties broken by id, so golden files can compare bytes.
enum class ExportFormat
{
    Json,
    Markdown,
    Html,
    CsvJira,
    CsvGithub,
    Checklist,
    Adr,
    Mermaid, // the architecture map (architecturemap.h)
    Dot
};

// The command-line key: "json","md","html","csv-jira","csv-github","checklist","adr","mermaid",
// "dot".
QString exportFormatKey(ExportFormat f);
std::optional<ExportFormat> exportFormatFromKey(const QString &key);
// The file name suffix without dot: "json","md","html","csv","csv","md","md","mmd","dot".
QString exportFormatSuffix(ExportFormat f);

struct ExportOptions
{
    // Called with increasing `done` up to `total`; return false to cancel the export.
    std::function<bool(qint64 done, qint64 total)> progress;
};

// The workshop as UTF-8 text in the given format, or an Error ("Export cancelled" when the
// progress callback asked to stop). It reads the workshop as it goes: call it on the workshop's
// thread (the callback may process events to keep a window responsive), or keep the workshop
// unchanged until it returns. A 10,000-note workshop takes a fraction of a second.
Result<QByteArray> exportText(const Workshop &workshop, ExportFormat format,
                              const ExportOptions &options = {});

} // namespace pm

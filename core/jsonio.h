#pragma once

// Full-fidelity JSON of a workshop: every row with its bookkeeping, tombstones included, so that
// export -> import -> export gives the same bytes. docs/json-format.md describes the schema.

#include "result.h"
#include "workshop.h"

#include <QByteArray>

namespace pm {

constexpr int kJsonFormatVersion = 3; // 2: dependencies, userFacing; 3: estimates
constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;

// Every row as stored: the copy that merges, backups and tests compare.
QByteArray exportJson(const Workshop &workshop);
// What leaves the program for people (`export --format json`, the export dialog): the same, except
// that in an anonymous workshop the estimates name estimators of this export only, never people
// (docs/json-format.md, "Anonymous workshops").
QByteArray exportJsonForReaders(const Workshop &workshop);

// Parses and checks a JSON export. Hand-written files may use any short string as an id
// ("c-gateway"): it becomes a stable UUID, the same for every reference to it.
Result<ChangeSet> parseJson(const QByteArray &json);

// parseJson() then Workshop::createFromRows(): a new .premortem, or an error and no file.
Result<std::unique_ptr<Workshop>> importJson(const QByteArray &json, const QString &path);

} // namespace pm

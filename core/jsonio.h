#pragma once

// Full-fidelity JSON of a workshop: every row with its bookkeeping, tombstones included, so that
// export -> import -> export gives the same bytes. docs/json-format.md describes the schema.

#include "result.h"
#include "workshop.h"

#include <QByteArray>

namespace pm {

constexpr int kJsonFormatVersion = 3; // 2: dependencies, userFacing; 3: estimates
constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;

QByteArray exportJson(const Workshop &workshop);

// Parses and checks a JSON export. Hand-written files may use any short string as an id
// ("c-gateway"): it becomes a stable UUID, the same for every reference to it.
Result<ChangeSet> parseJson(const QByteArray &json);

// parseJson() then Workshop::createFromRows(): a new .premortem, or an error and no file.
Result<std::unique_ptr<Workshop>> importJson(const QByteArray &json, const QString &path);

} // namespace pm

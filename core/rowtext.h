#pragma once

// How rows, fields and values read in messages: the merge's change list and `premortem-cli diff`.
// Everything here is for people (translated, shortened), never parsed back.

#include "entities.h"

#include <functional>
#include <optional>

namespace pm {

// Finds a row a message may name: the author of a note, the failure mode a vote is for.
using RowLookup = std::function<std::optional<AnyRow>(EntityKind kind, const QUuid &id)>;

// The fields shown together: a position (x, y) and a size (width, height) are one aspect each,
// every other field is its own. Indexes into spec.fields, in spec order.
QList<QList<int>> fieldAspects(const TableSpec &spec);
// "Likelihood", "Position"; FieldClocks::kDeleted gives "Deleted".
QString aspectLabel(const TableSpec &spec, const QList<int> &aspect);
// "4", "“Orders DB”", "(120, 80)", "none".
QString aspectValue(const TableSpec &spec, const QList<int> &aspect, const QVariantList &values,
                    const RowLookup &lookup);

// A short name for a row: "“Queue backlog”", "the workshop", "Ana's vote on “Queue backlog”".
QString rowTitle(const AnyRow &row, const RowLookup &lookup);

// "Likelihood", "Name": a field as people read it (the column name where there is no word).
QString fieldLabel(const FieldSpec &field);

// text on one line, at most maxLength characters, "…" where it was cut.
QString elided(const QString &text, int maxLength = 40);
// "Note “…”" from "note “…”": the start of a sentence.
QString capitalised(const QString &text);

} // namespace pm

#pragma once

// Turns rows into SQL and JSON values and back, checking every value against its FieldSpec.
// Everything read from a file or a JSON document passes through here before it becomes a row,
// so a hostile file can only ever produce a clear error, never an out-of-range row.

#include "entities.h"
#include "result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace pm {

// Checks canonical values (as produced by T::values()) against the spec: types, bounds, keys.
Status validateValues(const TableSpec &spec, const QUuid &id, const QVariantList &values);
// The same, the row named in a message by namedBy: for an edit, the row as it is stored, so
// renaming "Ana" to "" reads "The participant “Ana” has an invalid “Name”".
Status validateValues(const TableSpec &spec, const QVariantList &values,
                      const QVariantList &namedBy);

// SQL: canonical value <-> what is bound / read. fromSql() is strict about storage types.
QVariant toSqlValue(const FieldSpec &field, const QVariant &value);
Result<QVariant> fromSqlValue(const FieldSpec &field, const QVariant &raw);

// JSON: canonical value <-> JSON value.
QJsonValue toJsonValue(const FieldSpec &field, const QVariant &value);
Result<QVariant> fromJsonValue(const FieldSpec &field, const QJsonValue &json);

// Timestamps are UTC milliseconds in SQL and ISO 8601 with milliseconds ("...T12:00:00.000Z") in
// JSON.
QString timestampToText(qint64 msecs);
std::optional<qint64> timestampFromText(const QString &text);

// Builds a typed row from a meta and checked values.
AnyRow makeRow(EntityKind kind, const RowMeta &meta, const QVariantList &values);
QVariantList valuesOf(const AnyRow &row);

// "The note 1b2c… has an invalid “text”: …": the common shape of a field error.
Error fieldError(const TableSpec &spec, const QUuid &id, const char *field, const QString &why);
// The same, naming the row by what people know it by: "The participant “Ana” has an invalid
// “role”: …", "A participant with an empty name has an invalid “name”: …". For every edit and
// every row from a file, whose values are at hand; the id form is for rows not built yet.
Error fieldError(const TableSpec &spec, const QVariantList &values, const char *field,
                 const QString &why);

} // namespace pm

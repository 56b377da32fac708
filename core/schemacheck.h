#pragma once

// Checks of a file's schema, made before SQLite is asked to check or read any row. A file from a
// stranger may carry expressions in its schema that SQLite would evaluate for us: generated
// columns (even `PRAGMA quick_check` computes them), expression and partial indexes
// (`integrity_check`), computed defaults (every insert), triggers and views. trusted_schema=OFF
// already stops them from calling anything but harmless built-in functions; these checks refuse
// them outright, because even harmless functions can be made to spin for minutes or allocate
// gigabytes. Reading the schema runs nothing: SQLite only parses it.

#include "result.h"

#include <QSqlDatabase>

namespace pm {

// Something Premortem never writes and never evaluates: a trigger, view, virtual table, generated
// column, index on an expression, partial index or computed default. Returns a phrase naming the
// first one found, such as "a trigger (“evil”)", or an empty string; an error when the schema
// itself cannot be read.
// schema: schemaText(db), when the caller has it already; read here when null.
Result<QString> findForbiddenSchemaObject(const QSqlDatabase &db,
                                          const QString &schema = QString());

// For a file of the current schema version: the first way its tables differ from what this
// version creates such that Premortem's own writes could fail or be stored wrongly (a column
// declared with another type, constraint or default; an extra required column, unique index or
// foreign key), as a phrase such as "the column “note.text” is declared INTEGER NOT NULL instead of
// TEXT NOT NULL"; an empty string when the tables are as this version writes them. Missing tables
// and columns are not reported here: the caller refuses those files first.
Result<QString> findSchemaDeviation(const QSqlDatabase &db, const QString &schema = QString());

// The schema exactly as SQLite parses it (every row of sqlite_schema, in stored order), or a null
// string when it cannot be read. Both checks answer from what SQLite parsed from it, so they
// remember their answers by this text: the files of one workshop share one schema, and a merge
// of thirty of them checks it once.
QString schemaText(const QSqlDatabase &db);

} // namespace pm

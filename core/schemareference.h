#pragma once

// How each table of the current schema version is declared (column types, constraints and
// defaults, unique indexes, foreign keys): the reference a file's tables are compared with when it
// is opened (schemacheck.h). It is what SQLite makes of migrationSteps(), and it is made once, at
// build time: premortem-schema-reference runs the steps in an in-memory database and writes the
// result into the library (shippedSchemaReferenceText()), so opening a file runs no migrations.
// A new migration step regenerates it by itself; tst_fileformat checks that the shipped text is
// what the steps give.

#include "result.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

class QSqlQuery;

namespace pm {

struct ReferenceColumn
{
    QString type;
    bool notNull = false;
    int primaryKey = 0;
    QString defaultValue; // as written; null when none

    // "TEXT NOT NULL DEFAULT ''": how a message names the declaration.
    QString describe() const;
    bool operator==(const ReferenceColumn &o) const;
    bool operator!=(const ReferenceColumn &o) const { return !(*this == o); }
};

struct ReferenceTable
{
    QHash<QString, ReferenceColumn> columns;
    QStringList uniqueIndexes; // "col1,col2" of each unique index, primary key included
    QStringList foreignKeys;   // "from->table(to) on update X on delete Y"

    bool operator==(const ReferenceTable &o) const;
    bool operator!=(const ReferenceTable &o) const { return !(*this == o); }
};

// By table name; every table of knownTables().
using SchemaReference = QMap<QString, ReferenceTable>;

// How one table of an open database is declared, as SQLite parsed it.
Result<ReferenceTable> readTableDeclaration(const QSqlDatabase &db, const QString &table);

// The error for a schema query that failed: the file's table definitions cannot be read.
Error unreadableSchema(const QSqlQuery &q);

// The reference made the slow way: migrationSteps() run in an in-memory database, then read back.
// Used by the build step and by the test that the shipped reference is current.
Result<SchemaReference> referenceFromMigrations();

// A reference as text (JSON, keys sorted, lists sorted) and back; the text is what is shipped.
QByteArray referenceText(const SchemaReference &reference);
Result<SchemaReference> referenceFromText(const QByteArray &text);

// The text made at build time (generated shippedschemareference.cpp).
const char *shippedSchemaReferenceText();
// It, parsed once per process.
const Result<SchemaReference> &shippedSchemaReference();

} // namespace pm

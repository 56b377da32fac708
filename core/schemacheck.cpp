#include "schemacheck.h"

#include "schema.h"
#include "schemareference.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::SchemaCheck", text);
}

// The first row of a query as "a <kind> (“<name>”)", or an empty string when there is none.
Result<QString> firstFinding(const QSqlDatabase &db, const QString &sql, const QString &kind)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return unreadableSchema(q);
    if (!q.next())
        return QString();
    return kind.arg(q.value(0).toString());
}

// Defaults SQLite stores as written; only these literal forms are constants.
bool isLiteralDefault(const QString &value)
{
    static const QRegularExpression literal(
        QStringLiteral("^(?:[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:e[+-]?[0-9]+)?"
                       "|[+-]?0x[0-9a-f]+|'(?:[^']|'')*'|x'(?:[0-9a-f]{2})*'"
                       "|null|true|false|current_(?:time|date|timestamp))$"),
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(value).hasMatch();
}

QString schemaTextOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema")))
        return QString();
    QString text(QLatin1String(""));
    while (q.next()) {
        for (int i = 0; i < 5; ++i) {
            // Each value with its length (or "-" for null), so no two schemas read alike.
            const QVariant value = q.value(i);
            const QString part = value.toString();
            text += value.isNull() ? QStringLiteral("-")
                                   : QString::number(part.size()) + QLatin1Char(':') + part;
        }
        text += QLatin1Char('\n');
    }
    return text;
}

// Answers already found, by schema text. Only answers are kept (never errors), and the cache
// is shared by the threads that read merge sources.
class CheckCache
{
public:
    std::optional<QString> find(const QString &schema)
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_answers.constFind(schema);
        return it == m_answers.constEnd() ? std::nullopt : std::optional<QString>(*it);
    }
    void insert(const QString &schema, const QString &answer)
    {
        QMutexLocker lock(&m_mutex);
        if (m_answers.size() > 64) // a few schema versions at most; strangers' files vary
            m_answers.clear();
        m_answers.insert(schema, answer);
    }

private:
    QMutex m_mutex;
    QHash<QString, QString> m_answers;
};

// The check answered from the cache when this schema was checked before. A new answer is kept
// only if the schema did not change while it was found (another program may write the file).
template <typename Check>
Result<QString> cached(CheckCache &cache, const QSqlDatabase &db, QString schema, Check check)
{
    if (schema.isNull())
        schema = schemaTextOf(db);
    if (schema.isNull())
        return check();
    if (std::optional<QString> known = cache.find(schema))
        return *known;
    Result<QString> answer = check();
    if (answer && schemaTextOf(db) == schema)
        cache.insert(schema, *answer);
    return answer;
}

Result<QString> forbiddenSchemaObject(const QSqlDatabase &db);
Result<QString> schemaDeviation(const QSqlDatabase &db);

} // namespace

Result<QString> findForbiddenSchemaObject(const QSqlDatabase &db, const QString &schema)
{
    static CheckCache cache;
    return cached(cache, db, schema, [&] { return forbiddenSchemaObject(db); });
}

Result<QString> findSchemaDeviation(const QSqlDatabase &db, const QString &schema)
{
    static CheckCache cache;
    return cached(cache, db, schema, [&] { return schemaDeviation(db); });
}

QString schemaText(const QSqlDatabase &db)
{
    return schemaTextOf(db);
}

namespace {

Result<QString> forbiddenSchemaObject(const QSqlDatabase &db)
{
    // Each query names the first offender; pragma_table_list (SQLite 3.37) sees through forged
    // sqlite_schema text because it lists what SQLite parsed.
    const std::pair<const char *, const char *> checks[] = {
        {"SELECT name FROM sqlite_schema WHERE type = 'trigger'",
         QT_TRANSLATE_NOOP("pm::SchemaCheck", "a trigger (“%1”)")},
        {"SELECT name FROM sqlite_schema WHERE type = 'view'",
         QT_TRANSLATE_NOOP("pm::SchemaCheck", "a view (“%1”)")},
        {"SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('virtual', "
         "'shadow') ORDER BY type = 'shadow'",
         QT_TRANSLATE_NOOP("pm::SchemaCheck", "a virtual table (“%1”)")},
        {"SELECT t.name || '.' || c.name FROM pragma_table_list AS t, pragma_table_xinfo(t.name) "
         "AS c WHERE t.schema = 'main' AND t.type = 'table' AND c.hidden IN (2, 3)",
         QT_TRANSLATE_NOOP("pm::SchemaCheck", "a generated column (“%1”)")},
        {"SELECT i.name FROM pragma_table_list AS t, pragma_index_list(t.name) AS i "
         "WHERE t.schema = 'main' AND t.type = 'table' AND (i.partial = 1 OR EXISTS ("
         "SELECT 1 FROM pragma_index_xinfo(i.name) WHERE cid = -2))",
         QT_TRANSLATE_NOOP("pm::SchemaCheck", "an index on an expression (“%1”)")},
    };
    for (const auto &[sql, kind] : checks) {
        Result<QString> found = firstFinding(db, QString::fromLatin1(sql),
                                             QCoreApplication::translate("pm::SchemaCheck", kind));
        if (!found || !found->isEmpty())
            return found;
    }
    // Computed defaults run on every insert that leaves the column out.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.name || '.' || c.name, c.dflt_value FROM "
                               "pragma_table_list AS t, pragma_table_xinfo(t.name) AS c WHERE "
                               "t.schema = 'main' AND t.type = 'table' AND "
                               "c.dflt_value IS NOT NULL")))
        return unreadableSchema(q);
    while (q.next()) {
        if (!isLiteralDefault(q.value(1).toString()))
            return tr("a computed default (“%1”)").arg(q.value(0).toString());
    }
    return QString();
}

Result<QString> schemaDeviation(const QSqlDatabase &db)
{
    // Made at build time from the migration steps (schemareference.h): no migration runs here.
    const Result<SchemaReference> &reference = shippedSchemaReference();
    if (!reference)
        return Error{Error::Io, tr("Internal error: the reference schema cannot be built (%1).")
                                    .arg(reference.error().message)};
    for (const QString &name : knownTables()) {
        const ReferenceTable expected = reference->value(name);
        Result<ReferenceTable> actual = readTableDeclaration(db, name);
        if (!actual)
            return actual.error();
        for (auto it = expected.columns.cbegin(); it != expected.columns.cend(); ++it) {
            const auto found = actual->columns.constFind(it.key());
            if (found != actual->columns.cend() && !(*found == it.value()))
                return tr("the column “%1.%2” is declared %3 instead of %4")
                    .arg(name, it.key(), found->describe(), it->describe());
        }
        for (auto it = actual->columns.cbegin(); it != actual->columns.cend(); ++it) {
            if (!expected.columns.contains(it.key()) && it->notNull && it->defaultValue.isNull())
                return tr("the table “%1” has an extra column “%2” that must be filled in")
                    .arg(name, it.key());
        }
        for (const QString &index : actual->uniqueIndexes) {
            if (!expected.uniqueIndexes.contains(index))
                return tr("the table “%1” has an extra unique index on “%2”").arg(name, index);
        }
        for (const QString &key : actual->foreignKeys) {
            if (!expected.foreignKeys.contains(key))
                return tr("the table “%1” has an extra foreign key (%2)").arg(name, key);
        }
    }
    return QString();
}

} // namespace

} // namespace pm

#include "schemareference.h"

#include "schema.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::SchemaCheck", text);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

QString ReferenceColumn::describe() const
{
    QString text = type.toUpper();
    if (primaryKey > 0)
        text += QStringLiteral(" PRIMARY KEY");
    if (notNull)
        text += QStringLiteral(" NOT NULL");
    if (!defaultValue.isNull())
        text += QStringLiteral(" DEFAULT ") + defaultValue;
    return text.trimmed();
}

bool ReferenceColumn::operator==(const ReferenceColumn &o) const
{
    return type.compare(o.type, Qt::CaseInsensitive) == 0 && notNull == o.notNull &&
           primaryKey == o.primaryKey && defaultValue == o.defaultValue &&
           defaultValue.isNull() == o.defaultValue.isNull();
}

bool ReferenceTable::operator==(const ReferenceTable &o) const
{
    return columns == o.columns && sorted(uniqueIndexes) == sorted(o.uniqueIndexes) &&
           sorted(foreignKeys) == sorted(o.foreignKeys);
}

Result<ReferenceTable> readTableDeclaration(const QSqlDatabase &db, const QString &table)
{
    ReferenceTable t;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_xinfo(?)"));
    q.addBindValue(table);
    if (!q.exec())
        return unreadableSchema(q);
    while (q.next())
        t.columns.insert(q.value(0).toString(),
                         ReferenceColumn{q.value(1).toString(), q.value(2).toInt() != 0,
                                         q.value(4).toInt(),
                                         q.value(3).isNull() ? QString() : q.value(3).toString()});
    // group_concat over pragma_index_info in index order: "id" or "a,b".
    q.prepare(QStringLiteral("SELECT (SELECT group_concat(name) FROM pragma_index_info(l.name)) "
                             "FROM pragma_index_list(?) AS l WHERE l.\"unique\" = 1"));
    q.addBindValue(table);
    if (!q.exec())
        return unreadableSchema(q);
    while (q.next())
        t.uniqueIndexes << q.value(0).toString();
    q.prepare(QStringLiteral("SELECT \"from\" || '->' || \"table\" || '(' || ifnull(\"to\", '') || "
                             "') on update ' || on_update || ' on delete ' || on_delete "
                             "FROM pragma_foreign_key_list(?)"));
    q.addBindValue(table);
    if (!q.exec())
        return unreadableSchema(q);
    while (q.next())
        t.foreignKeys << q.value(0).toString();
    return t;
}

Result<SchemaReference> referenceFromMigrations()
{
    static QAtomicInt counter;
    const QString connection =
        QStringLiteral("premortem-reference-%1").arg(counter.fetchAndAddRelaxed(1));
    Result<SchemaReference> result = SchemaReference{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            return Error{Error::Io, db.lastError().text()};
        QSqlQuery q(db);
        for (const QStringList &step : migrationSteps()) {
            for (const QString &sql : step) {
                if (!q.exec(sql))
                    result = Error{Error::Io, q.lastError().text()};
            }
        }
        q.finish();
        if (result) {
            SchemaReference reference;
            for (const QString &table : knownTables()) {
                Result<ReferenceTable> t = readTableDeclaration(db, table);
                if (!t) {
                    result = t.error();
                    break;
                }
                reference.insert(table, t.value());
            }
            if (result)
                result = reference;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

QByteArray referenceText(const SchemaReference &reference)
{
    QJsonObject tables;
    for (auto t = reference.cbegin(); t != reference.cend(); ++t) {
        QJsonObject columns;
        for (auto c = t->columns.cbegin(); c != t->columns.cend(); ++c) {
            columns.insert(c.key(),
                           QJsonObject{{QStringLiteral("type"), c->type},
                                       {QStringLiteral("notNull"), c->notNull},
                                       {QStringLiteral("primaryKey"), c->primaryKey},
                                       {QStringLiteral("default"),
                                        c->defaultValue.isNull() ? QJsonValue(QJsonValue::Null)
                                                                 : QJsonValue(c->defaultValue)}});
        }
        tables.insert(t.key(), QJsonObject{{QStringLiteral("columns"), columns},
                                           {QStringLiteral("uniqueIndexes"),
                                            QJsonArray::fromStringList(sorted(t->uniqueIndexes))},
                                           {QStringLiteral("foreignKeys"),
                                            QJsonArray::fromStringList(sorted(t->foreignKeys))}});
    }
    return QJsonDocument(tables).toJson(QJsonDocument::Indented);
}

Result<SchemaReference> referenceFromText(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (!document.isObject())
        return Error{Error::InvalidInput, error.errorString()};
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        for (const QJsonValue &v : value.toArray())
            list << v.toString();
        return list;
    };
    SchemaReference reference;
    const QJsonObject tables = document.object();
    for (auto t = tables.constBegin(); t != tables.constEnd(); ++t) {
        const QJsonObject table = t->toObject();
        ReferenceTable parsed;
        const QJsonObject columns = table.value(QLatin1String("columns")).toObject();
        for (auto c = columns.constBegin(); c != columns.constEnd(); ++c) {
            const QJsonObject column = c->toObject();
            const QJsonValue defaultValue = column.value(QLatin1String("default"));
            parsed.columns.insert(
                c.key(),
                ReferenceColumn{column.value(QLatin1String("type")).toString(),
                                column.value(QLatin1String("notNull")).toBool(),
                                column.value(QLatin1String("primaryKey")).toInt(),
                                defaultValue.isString() ? defaultValue.toString() : QString()});
        }
        parsed.uniqueIndexes = strings(table.value(QLatin1String("uniqueIndexes")));
        parsed.foreignKeys = strings(table.value(QLatin1String("foreignKeys")));
        reference.insert(t.key(), parsed);
    }
    return reference;
}

const Result<SchemaReference> &shippedSchemaReference()
{
    static const Result<SchemaReference> parsed =
        referenceFromText(QByteArray(shippedSchemaReferenceText()));
    return parsed;
}

Error unreadableSchema(const QSqlQuery &q)
{
    return Error{Error::NotAWorkshop,
                 tr("its table definitions cannot be read: %1").arg(q.lastError().databaseText())};
}

} // namespace pm

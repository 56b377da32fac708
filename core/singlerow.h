#pragma once

// The tables private to one file copy that hold at most one row (phaseTimer, roomAddress) are
// written the same way: the old row out and the new one in, in one small transaction of their
// own (no edit, so no undo and no Workshop::changed()).

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace pm {

// Replaces the table's row with these column values; the SQL error when it could not.
inline std::optional<QSqlError> replaceSingleRow(QSqlDatabase database, const char *table,
                                                 const QStringList &columns,
                                                 const QVariantList &values)
{
    if (!database.transaction())
        return database.lastError();
    QSqlQuery q(database);
    const QString name = QLatin1String(table);
    bool ok = q.exec(QStringLiteral("DELETE FROM %1").arg(name));
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    ok = ok && q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(name, columns.join(QStringLiteral(", ")),
                                  marks.join(QStringLiteral(", "))));
    if (ok) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        ok = q.exec();
    }
    const QSqlError error = q.lastError();
    q.finish();
    if (!ok || !database.commit()) {
        const QSqlError why = ok ? database.lastError() : error;
        database.rollback();
        return why;
    }
    return std::nullopt;
}

} // namespace pm

#pragma once

// Helpers shared by the test executables.

#include "entities.h"
#include "rowcodec.h"
#include "workshop.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace testsupport {

// SHA-256 of a file's bytes, or an empty array when it cannot be read: compared before and
// after an operation to prove a file was not touched.
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// The live contents of a workshop (no bookkeeping): two documents with equal snapshots show the
// same workshop to a user.
inline QMap<QString, QVariantList> snapshot(const pm::Workshop &w)
{
    QMap<QString, QVariantList> rows;
    for (const pm::AnyRow &row : w.allRows()) {
        const pm::RowMeta &m = pm::metaOf(row);
        if (!m.deleted)
            rows.insert(QString::fromLatin1(pm::specOf(pm::kindOf(row)).table) + QLatin1Char('/') +
                            m.id.toString(QUuid::WithoutBraces),
                        pm::valuesOf(row));
    }
    return rows;
}

// Runs SQL statements on a database file directly, bypassing the core: used to build broken,
// hostile and old-version fixtures. Statements are separated by ";\n".
inline bool runSql(const QString &path, const QString &script)
{
    const QString name = QStringLiteral("testsupport-raw");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        const QStringList statements = script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (QString sql : statements) {
            QStringList lines = sql.split(QLatin1Char('\n'));
            lines.removeIf(
                [](const QString &l) { return l.trimmed().startsWith(QLatin1String("--")); });
            sql = lines.join(QLatin1Char('\n'));
            if (sql.trimmed().isEmpty())
                continue;
            if (!q.exec(sql)) {
                qWarning() << "SQL failed:" << sql << q.lastError().text();
                ok = false;
                break;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace testsupport

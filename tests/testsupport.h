#pragma once

// Helpers shared by the test executables.

#include "entities.h"
#include "jsonio.h"
#include "rowcodec.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

// A new failure mode (not yet added) with its title and its scores (0: not scored).
inline pm::FailureMode scoredMode(const QString &title, int likelihood, int blastRadius)
{
    pm::FailureMode f;
    f.meta.id = QUuid::createUuid();
    f.title = title;
    f.likelihood = likelihood;
    f.blastRadius = blastRadius;
    return f;
}

// Keeps recent files, window geometry and preferences out of the user's real settings: test-mode
// standard paths and a settings store of the test's own (testName), emptied.
inline void isolateSettings(const QString &testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PremortemTests"));
    // One test registered for two screens runs twice side by side: settings of its own each, or
    // one run's remembered panels (phasedockmemory.h) turn up in the other.
    const QString screen = qEnvironmentVariable("PREMORTEM_TEST_SCREEN");
    QCoreApplication::setApplicationName(screen.isEmpty() ? testName
                                                          : testName + QLatin1Char('-') + screen);
    QSettings().clear();
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// New workshop files in a temporary folder of the test's own: path() names one, fresh() creates
// the next one (w1, w2, ...) and opens it; nullptr when it cannot be created.
class ScratchWorkshops
{
public:
    QString path(const QString &name) const
    {
        return m_dir.filePath(name + QStringLiteral(".premortem"));
    }
    QString nextPath(const QString &stem = QStringLiteral("w"))
    {
        return path(stem + QString::number(++m_files));
    }
    std::unique_ptr<pm::Workshop> fresh()
    {
        auto w = pm::Workshop::create(nextPath(), QStringLiteral("t"));
        return w ? std::move(w).value() : nullptr;
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

// A sample workshop (a JSON file in PREMORTEM_SAMPLES) imported into a new .premortem file at
// path, and open.
inline pm::Result<std::unique_ptr<pm::Workshop>>
importSample(const QString &path, const QString &json = QStringLiteral("checkout-migration.json"))
{
    return pm::importJson(readAll(QStringLiteral(PREMORTEM_SAMPLES "/") + json), path);
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// premortem-cli as a script runs it: exit code and both streams. finished is false when it had
// to be killed after timeoutMs. prepare may set the environment or a child-process modifier.
struct CliRun
{
    bool finished = false;
    int code = -1;
    QString out;
    QString err;
};

// program: another copy of premortem-cli (tst_hostile runs one that user "nobody" can reach).
inline CliRun runCli(const QStringList &args, int timeoutMs = 60000,
                     const std::function<void(QProcess &)> &prepare = {},
                     const QString &program = QStringLiteral(PREMORTEM_CLI))
{
    QProcess p;
    if (prepare)
        prepare(p);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {true, p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// After a GUI gesture: undo, redo and a reopen of the file each show what the view shows. The
// fixture has a workshop, its undo stack and reopened() (the file's contents as read afresh).
template <typename Fixture>
void checkUndoRedo(Fixture &f, const QMap<QString, QVariantList> &before)
{
    const auto after = snapshot(*f.workshop);
    QVERIFY(after != before);
    QCOMPARE(f.reopened(), after);
    f.undo.undo();
    QCOMPARE(snapshot(*f.workshop), before);
    QCOMPARE(f.reopened(), before);
    f.undo.redo();
    QCOMPARE(snapshot(*f.workshop), after);
    QCOMPARE(f.reopened(), after);
}

} // namespace testsupport

// The .premortem file: bad, foreign and hostile files give a clear message and stay untouched;
// newer files open read-only; older files migrate after a backup; one writer at a time.

#include "estimates.h"
#include "fileheader.h"
#include "schema.h"
#include "schemareference.h"
#include "testsupport.h"

#include <QDir>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <functional>

#include <unistd.h>

using namespace pm;
using testsupport::fileHash;
using testsupport::runSql;

using MakeFile = std::function<bool(const QString &path, const QString &good)>;
Q_DECLARE_METATYPE(MakeFile)

namespace {

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(rng.bounded(256));
    return bytes;
}

bool copyGoodThen(const QString &path, const QString &good, const QString &sql)
{
    return QFile::copy(good, path) && runSql(path, sql);
}

bool truncatedCopy(const QString &path, const QString &good, qint64 length)
{
    return testsupport::writeAll(path, testsupport::readAll(good).left(int(length)));
}

} // namespace

class TestFileFormat : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_good; // a valid workshop with a few rows, made once

    QString fresh(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::remove(path);
        QDir(path).removeRecursively();
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_good = m_dir.filePath(QStringLiteral("good.premortem"));
        auto w = Workshop::create(m_good, QStringLiteral("Good"));
        QVERIFY(w.ok());
        Note n;
        n.text = QStringLiteral("A perfectly ordinary note");
        QVERIFY(w.value()->add(n).ok());
    }

    void header()
    {
        const FileHeader h = FileHeader::parse(testsupport::readAll(m_good).left(100));
        QVERIFY(h.isSqlite);
        QCOMPARE(h.applicationId, kApplicationId);
        QCOMPARE(h.userVersion, kSchemaVersion);
        QCOMPARE(h.expectedFileSize(), QFileInfo(m_good).size());
        QVERIFY(!FileHeader::parse(QByteArray(100, 'x')).isSqlite);
    }

    void badFilesAreRejectedUntouched_data()
    {
        QTest::addColumn<MakeFile>("make");
        QTest::addColumn<QString>("message");

        QTest::newRow("missing file")
            << MakeFile([](const QString &, const QString &) { return true; })
            << QStringLiteral("does not exist");
        QTest::newRow("empty file") << MakeFile([](const QString &p, const QString &) {
            return testsupport::writeAll(p, {});
        }) << QStringLiteral("is empty");
        QTest::newRow("a folder named x.premortem")
            << MakeFile([](const QString &p, const QString &) { return QDir().mkpath(p); })
            << QStringLiteral("is a folder");
        QTest::newRow("random bytes") << MakeFile([](const QString &p, const QString &) {
            return testsupport::writeAll(p, randomBytes(8192, 1));
        }) << QStringLiteral("not a database file");
        QTest::newRow("text file") << MakeFile([](const QString &p, const QString &) {
            return testsupport::writeAll(p, "title,notes\nnot,a workshop\n");
        }) << QStringLiteral("not a database file");
        QTest::newRow("cut inside the header")
            << MakeFile([](const QString &p, const QString &g) { return truncatedCopy(p, g, 40); })
            << QStringLiteral("cut short");
        QTest::newRow("cut after the first page")
            << MakeFile(
                   [](const QString &p, const QString &g) { return truncatedCopy(p, g, 4096); })
            << QStringLiteral("cut short");
        QTest::newRow("cut mid-page") << MakeFile([](const QString &p, const QString &g) {
            return truncatedCopy(p, g, QFileInfo(g).size() / 2 + 100);
        }) << QStringLiteral("cut short");
        QTest::newRow("our header, random pages")
            << MakeFile([](const QString &p, const QString &g) {
                   const QByteArray good = testsupport::readAll(g);
                   return testsupport::writeAll(p, good.left(100) +
                                                       randomBytes(int(good.size()) - 100, 2));
               })
            << QStringLiteral("damaged");
        QTest::newRow("database of another application")
            << MakeFile([](const QString &p, const QString &) {
                   return runSql(p, QStringLiteral("CREATE TABLE contacts (name TEXT);\n"
                                                   "INSERT INTO contacts VALUES ('x')"));
               })
            << QStringLiteral("another application");
        QTest::newRow("our id, no schema version") << MakeFile([](const QString &p,
                                                                  const QString &) {
            return runSql(p, QStringLiteral("PRAGMA application_id = %1;\nCREATE TABLE t (x)")
                                 .arg(kApplicationId));
        }) << QStringLiteral("no schema version");
        QTest::newRow("a trigger") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(
                p, g,
                QStringLiteral(
                    "CREATE TRIGGER evil AFTER UPDATE ON note BEGIN DELETE FROM note; END"));
        }) << QStringLiteral("contains a trigger");
        QTest::newRow("a view") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(p, g, QStringLiteral("CREATE VIEW note2 AS SELECT * FROM note"));
        }) << QStringLiteral("contains a view");
        QTest::newRow("a missing table") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(p, g, QStringLiteral("DROP TABLE vote"));
        }) << QStringLiteral("“vote” is missing");
        QTest::newRow("a missing column") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(p, g, QStringLiteral("ALTER TABLE note DROP COLUMN hidden"));
        }) << QStringLiteral("no column “hidden”");
        QTest::newRow("text where a number belongs")
            << MakeFile([](const QString &p, const QString &g) {
                   return copyGoodThen(p, g, QStringLiteral("UPDATE note SET x = 'left'"));
               })
            << QStringLiteral("wrong type");
        QTest::newRow("likelihood 9") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(
                p, g,
                QStringLiteral(
                    "INSERT INTO failureMode (id, created, modified, writer, hlc, title, "
                    "likelihood) "
                    "VALUES ('00000000-0000-4000-8000-000000000001', 0, 0, 'w', 0, 'x', 9)"));
        }) << QStringLiteral("between 0 and 5");
        QTest::newRow("unknown category") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(p, g, QStringLiteral("UPDATE note SET category = 'gremlins'"));
        }) << QStringLiteral("is not one of");
        QTest::newRow("a 10 MB note") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(
                p, g, QStringLiteral("UPDATE note SET text = printf('%.*c', 10000000, 'x')"));
        }) << QStringLiteral("at most 20000");
        QTest::newRow("a broken id") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(p, g, QStringLiteral("UPDATE note SET id = 'not-a-uuid'"));
        }) << QStringLiteral("broken identity");
        QTest::newRow("no workshop record") << MakeFile([](const QString &p, const QString &g) {
            return copyGoodThen(p, g, QStringLiteral("UPDATE workshop SET deleted = 1"));
        }) << QStringLiteral("no workshop record");
    }

    void badFilesAreRejectedUntouched()
    {
        QFETCH(MakeFile, make);
        QFETCH(QString, message);
        const QString path = fresh(QStringLiteral("bad.premortem"));
        QVERIFY(make(path, m_good));
        const QByteArray before = fileHash(path);
        const QStringList siblingsBefore = QDir(m_dir.path()).entryList(QDir::Files);

        for (Store::Access access : {Store::Access::ReadWrite, Store::Access::ReadOnly}) {
            auto w = Workshop::open(path, access);
            QVERIFY(!w.ok());
            QVERIFY2(w.error().message.contains(message), qPrintable(w.error().message));
            QVERIFY2(!w.error().message.contains(QStringLiteral("QSQLITE")),
                     "messages are for people, not raw driver errors alone");
        }
        QCOMPARE(fileHash(path), before);
        // No journal, lock or backup is left behind next to it either.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), siblingsBefore);
    }

    void newerVersionOpensReadOnly()
    {
        const QString path = fresh(QStringLiteral("future.premortem"));
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(runSql(path, QStringLiteral("PRAGMA user_version = 99;\n"
                                            "CREATE TABLE futureFeature (id TEXT);\n"
                                            "ALTER TABLE note ADD COLUMN futureColumn TEXT")));
        const QByteArray before = fileHash(path);
        auto w = Workshop::open(path);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QVERIFY(w.value()->isReadOnly());
        QVERIFY(w.value()->readOnlyReason().contains(QStringLiteral("newer version")));
        QCOMPARE(w.value()->rows<Note>().size(), 1);
        Note n;
        n.text = QStringLiteral("edit attempt");
        QCOMPARE(w.value()->add(n).error().code, Error::ReadOnly);
        w.value().reset();
        QCOMPARE(fileHash(path), before);
    }

    void readOnlyFileOpensForViewing()
    {
        const QString path = fresh(QStringLiteral("readonly.premortem"));
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = fileHash(path);
        auto w = Workshop::open(path);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QVERIFY(w.value()->isReadOnly());
        QVERIFY(w.value()->readOnlyReason().contains(QStringLiteral("read-only on disk")));
        w.value().reset();
        QCOMPARE(fileHash(path), before);
    }

    void unreadableFile()
    {
        if (geteuid() == 0)
            QSKIP("root reads every file");
        const QString path = fresh(QStringLiteral("secret.premortem"));
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        auto w = Workshop::open(path);
        QVERIFY(!w.ok());
        QVERIFY(w.error().message.contains(QStringLiteral("permission")));
    }

    void secondWriterOpensReadOnly()
    {
        const QString path = fresh(QStringLiteral("shared.premortem"));
        QVERIFY(QFile::copy(m_good, path));
        auto first = Workshop::open(path);
        QVERIFY(first.ok());
        QVERIFY(!first.value()->isReadOnly());
        auto second = Workshop::open(path);
        QVERIFY(second.ok());
        QVERIFY(second.value()->isReadOnly());
        QVERIFY(second.value()->readOnlyReason().contains(QStringLiteral("already open")));
        first.value().reset();
        second.value().reset();
        auto third = Workshop::open(path); // the lock went with the first writer
        QVERIFY(third.ok());
        QVERIFY(!third.value()->isReadOnly());
    }

    void staleLockFromDeadProcessIsTakenOver()
    {
        const QString path = fresh(QStringLiteral("crashed.premortem"));
        QVERIFY(QFile::copy(m_good, path));
        // A lock file as QLockFile writes it, naming a process that no longer exists.
        QVERIFY(testsupport::writeAll(path + QStringLiteral(".lock"),
                                      "999999999\npremortem\n" +
                                          QSysInfo::machineHostName().toUtf8() + "\n"));
        auto w = Workshop::open(path);
        QVERIFY(w.ok());
        QVERIFY2(!w.value()->isReadOnly(), qPrintable(w.value()->readOnlyReason()));
        QVERIFY2(w.value()->recoveryNote().contains(QStringLiteral("999999999")),
                 qPrintable(w.value()->recoveryNote()));
    }

    void version1FileIsMigratedAfterBackup()
    {
        const QString path = fresh(QStringLiteral("old.premortem"));
        QVERIFY(runSql(path, QString::fromUtf8(testsupport::readAll(
                                 QStringLiteral(PREMORTEM_TEST_DATA "/workshop-v1.sql")))));
        const QByteArray original = fileHash(path);
        QCOMPARE(FileHeader::parse(testsupport::readAll(path).left(100)).userVersion, 1);

        auto w = Workshop::open(path);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QCOMPARE(w.value()->openedVersion(), 1);
        QVERIFY(!w.value()->isReadOnly());
        const QString backup = w.value()->backupPath();
        QVERIFY(!backup.isEmpty());
        QCOMPARE(fileHash(backup), original); // the old file, byte for byte
        QCOMPARE(w.value()->info().title, QStringLiteral("Search index rebuild"));
        QCOMPARE(w.value()->info().phase, Phase::Rank);
        QVERIFY(w.value()->info().recordAuthors); // new in version 4, defaults as before
        QVERIFY(!w.value()->info().anonymous);
        QCOMPARE(w.value()->info().voteBudget, 3);
        QVERIFY(w.value()->info().likelihoodLabels.isEmpty());
        const QList<FailureMode> modes = w.value()->rows<FailureMode>();
        QCOMPARE(modes.size(), 1);
        QCOMPARE(modes[0].likelihood, 3);
        QCOMPARE(modes[0].outcome, Outcome::Unknown); // new in version 2
        const QList<Mitigation> mitigations = w.value()->rows<Mitigation>();
        QCOMPARE(mitigations.size(), 1);
        QCOMPARE(mitigations[0].residualLikelihood, 0);
        QCOMPARE(mitigations[0].effect, Effect::Unknown);
        QVERIFY(!modes[0].surprise);
        QCOMPARE(mitigations[0].destination, Destination::Checklist);
        QCOMPARE(w.value()->rows<Note>().size(), 1);
        QVERIFY(w.value()
                    ->find<Note>(QUuid::fromString(u"1a2b3c4d-0000-4000-8000-000000000005"))
                    ->meta.deleted);
        QCOMPARE(w.value()->problems(), QStringList());
        w.value().reset();

        QCOMPARE(FileHeader::parse(testsupport::readAll(path).left(100)).userVersion,
                 kSchemaVersion);
        auto again = Workshop::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->openedVersion(), kSchemaVersion);
        QVERIFY(again.value()->backupPath().isEmpty());
    }

    // Version 5 added the phase timer's table; a version-4 file keeps every row and value.
    void version4FileIsMigratedToKeepTheTimer()
    {
        const QString path = fresh(QStringLiteral("v4.premortem"));
        QVERIFY(runSql(path, QString::fromUtf8(testsupport::readAll(
                                 QStringLiteral(PREMORTEM_TEST_DATA "/workshop-v4.sql")))));
        const QByteArray original = fileHash(path);
        QCOMPARE(FileHeader::parse(testsupport::readAll(path).left(100)).userVersion, 4);

        auto w = Workshop::open(path);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QCOMPARE(w.value()->openedVersion(), 4);
        QVERIFY(!w.value()->isReadOnly());
        QCOMPARE(fileHash(w.value()->backupPath()), original);
        QCOMPARE(w.value()->info().title, QStringLiteral("Search index rebuild"));
        QVERIFY(w.value()->info().anonymous); // version-4 values survive as they were
        QCOMPARE(w.value()->info().voteBudget, 5);
        QVERIFY(w.value()->info().likelihoodLabels.startsWith(QStringLiteral("never seen\n")));
        QCOMPARE(w.value()->rows<Mitigation>().value(0).effect, Effect::Helped);
        QCOMPARE(w.value()->rows<FailureMode>().value(0).outcome, Outcome::Happened);
        QCOMPARE(w.value()->problems(), QStringList());
        QVERIFY(!w.value()->savedTimer()); // none yet
        TimerState timer;
        timer.phase = Phase::Rank;
        timer.durationMs = 600000;
        timer.remainingMs = 420000;
        timer.savedAtMs = 1767225600000;
        QVERIFY(w.value()->saveTimer(timer));
        w.value().reset();

        QCOMPARE(FileHeader::parse(testsupport::readAll(path).left(100)).userVersion,
                 kSchemaVersion);
        auto again = Workshop::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again.value()->openedVersion(), kSchemaVersion);
        QVERIFY(again.value()->savedTimer());
        QVERIFY(*again.value()->savedTimer() == timer);
    }

    // Version 8: a version-7 file (no estimate table, no reveal flag) keeps every row, starts
    // with the estimates hidden and takes estimates after the migration.
    void version7FileIsMigratedToTakeEstimates()
    {
        const QString path = fresh(QStringLiteral("v7.premortem"));
        Participant ann;
        ann.meta.id = QUuid::createUuid();
        ann.name = QStringLiteral("Ann");
        FailureMode mode;
        mode.meta.id = QUuid::createUuid();
        mode.title = QStringLiteral("Queue backlog");
        mode.likelihood = 3;
        mode.blastRadius = 4;
        {
            auto w = Workshop::create(path, QStringLiteral("Before estimates"));
            QVERIFY(w.ok());
            QVERIFY(w.value()->apply({ann, mode}).ok());
        }
        QVERIFY(runSql(path, QStringLiteral("DROP TABLE estimate;\n"
                                            "ALTER TABLE workshop DROP COLUMN estimatesRevealed;\n"
                                            "PRAGMA user_version = 7;\n")));
        const QByteArray original = fileHash(path);
        auto w = Workshop::open(path);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QCOMPARE(w.value()->openedVersion(), 7);
        QCOMPARE(fileHash(w.value()->backupPath()), original);
        QVERIFY(!w.value()->info().estimatesRevealed);
        QCOMPARE(w.value()->findLive<FailureMode>(mode.meta.id)->blastRadius, 4);
        QCOMPARE(w.value()->problems(), QStringList());
        QVERIFY(setEstimate(*w.value(), ann.meta.id, mode.meta.id, 2, 5).ok());
        w.value().reset();
        QCOMPARE(FileHeader::parse(testsupport::readAll(path).left(100)).userVersion,
                 kSchemaVersion);
        auto again = Workshop::open(path);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(again.value()->rows<Estimate>().size(), 1);
        QCOMPARE(again.value()->rows<Estimate>()[0].blastRadius, 5);
    }

    // Version 6: a tombstone left by version 5 with its words and author loses both when the
    // file is opened for editing, and the words are gone from the file's bytes, not only from
    // the row (secure_delete); the backup keeps the file as it was.
    void version5TombstonesLoseTheirWords()
    {
        // A version-5 file: the version-4 fixture with the version-5 step, and one more of its
        // notes (one with an author) deleted the way version 5 did, words and all.
        const QString path = fresh(QStringLiteral("v5.premortem"));
        QVERIFY(runSql(path, QString::fromUtf8(testsupport::readAll(
                                 QStringLiteral(PREMORTEM_TEST_DATA "/workshop-v4.sql")))));
        QVERIFY(runSql(path, migrationSteps().at(4).join(QStringLiteral(";\n")) +
                                 QStringLiteral(";\nPRAGMA user_version = 5;\n"
                                                "UPDATE note SET deleted = 1 WHERE id = "
                                                "'1a2b3c4d-0000-4000-8000-000000000004';\n")));
        const QUuid authored(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000004"));
        const QUuid old(QStringLiteral("1a2b3c4d-0000-4000-8000-000000000005"));
        QVERIFY(testsupport::readAll(path).contains("Reindex runs at peak"));
        QVERIFY(testsupport::readAll(path).contains("A deleted note stays a tombstone"));
        auto w = Workshop::open(path);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QCOMPARE(w.value()->openedVersion(), 5);
        for (const QUuid &id : {authored, old}) {
            const Note *gone = w.value()->find<Note>(id);
            QVERIFY(gone && gone->meta.deleted);
            QCOMPARE(gone->text, QStringLiteral("-"));
            QVERIFY(gone->author.isNull());
        }
        QCOMPARE(w.value()->problems(), QStringList());
        QVERIFY(testsupport::readAll(w.value()->backupPath()).contains("Reindex runs at peak"));
        QVERIFY(!w.value()->savedRoomAddress());
        QVERIFY(w.value()->saveRoomAddress({QByteArray(32, 'a'), 8088}).ok());
        QCOMPARE(w.value()->savedRoomAddress()->port, quint16(8088));
        w.value().reset();
        QVERIFY(!testsupport::readAll(path).contains("Reindex runs at peak"));
        QVERIFY(!testsupport::readAll(path).contains("A deleted note stays a tombstone"));
    }

    // What is left of a running timer after the file was closed for a while, and what a
    // stranger's file cannot make it believe.
    void savedTimerIsCheckedAndCountsOn()
    {
        TimerState t;
        t.durationMs = 600000;
        t.remainingMs = 300000;
        t.savedAtMs = 1000000;
        QCOMPARE(t.remainingAt(1000000 + 120000), qint64(300000)); // paused: stays
        t.running = true;
        QCOMPARE(t.remainingAt(1000000 + 120000), qint64(180000));
        QCOMPARE(t.remainingAt(1000000 + 999999), qint64(0));
        QCOMPARE(t.remainingAt(1000000 - 5000), qint64(300000)); // clock went back

        const QString path = fresh(QStringLiteral("timer.premortem"));
        QVERIFY(QFile::copy(m_good, path));
        QVERIFY(runSql(path, QStringLiteral("INSERT INTO phaseTimer VALUES "
                                            "('writing', 600000, 99999999999, 1, 0)")));
        auto w = Workshop::open(path);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        QVERIFY(!w.value()->savedTimer()); // beyond any real timer: ignored
        QVERIFY(runSql(path, QStringLiteral("DELETE FROM phaseTimer;\n"
                                            "INSERT INTO phaseTimer VALUES "
                                            "('no-such-phase', 600000, 1000, 0, 0)")));
        QVERIFY(!w.value()->savedTimer());
    }

    void oldFileThatCannotBeWrittenIsNotMigrated()
    {
        const QString path = fresh(QStringLiteral("old-readonly.premortem"));
        QVERIFY(runSql(path, QString::fromUtf8(testsupport::readAll(
                                 QStringLiteral(PREMORTEM_TEST_DATA "/workshop-v1.sql")))));
        const QByteArray before = fileHash(path);
        auto w = Workshop::open(path, Store::Access::ReadOnly);
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, Error::Unsupported);
        QVERIFY(w.error().message.contains(QStringLiteral("older version")));
        QCOMPARE(fileHash(path), before);
    }

    void editCutOffByACrashIsRolledBack()
    {
        // Make what a power cut leaves: a database whose pages were partly overwritten by an
        // uncommitted transaction, with its journal beside it and no process holding a lock.
        const QString source = fresh(QStringLiteral("busy.premortem"));
        {
            auto w = Workshop::create(source, QStringLiteral("Busy"));
            QVERIFY(w.ok());
            ChangeSet notes;
            for (int i = 0; i < 400; ++i) {
                Note n;
                n.meta.id = QUuid::createUuid();
                n.text = QStringLiteral("Committed note %1 ").arg(i).repeated(20);
                notes << n;
            }
            QVERIFY(w.value()->apply(notes).ok());
        }
        const QString path = fresh(QStringLiteral("interrupted.premortem"));
        const QString journal = path + QStringLiteral("-journal");
        QFile::remove(journal);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("crash"));
            db.setDatabaseName(source);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 1"))); // spill pages to the file
            QVERIFY(q.exec(QStringLiteral("BEGIN")));
            QVERIFY(q.exec(QStringLiteral("UPDATE note SET text = 'uncommitted'")));
            QVERIFY(QFile::copy(source, path));
            QVERIFY(QFile::copy(source + QStringLiteral("-journal"), journal));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("crash"));
        QVERIFY(QFileInfo(journal).size() > 0);
        QVERIFY(testsupport::readAll(path).contains("uncommitted")); // the file alone is wrong

        auto w = Workshop::open(path, Store::Access::ReadOnly);
        QVERIFY2(w.ok(), qPrintable(w.error().message));
        const QList<Note> notes = w.value()->rows<Note>();
        QCOMPARE(notes.size(), 400);
        for (const Note &n : notes)
            QVERIFY(n.text.startsWith(QStringLiteral("Committed note")));
        QVERIFY(w.value()->isReadOnly());
        QVERIFY(w.value()->recoveryNote().contains(QStringLiteral("rolled back")));
        w.value().reset();
        QVERIFY(!QFileInfo(journal).exists() || QFileInfo(journal).size() == 0);
    }

    void cleanOpenHasNoRecoveryNote()
    {
        auto w = Workshop::open(m_good, Store::Access::ReadWrite);
        QVERIFY(w.ok());
        QCOMPARE(w.value()->recoveryNote(), QString());
    }

    void createRefusesExistingFile()
    {
        const QByteArray before = fileHash(m_good);
        auto w = Workshop::create(m_good, QStringLiteral("Overwrite?"));
        QVERIFY(!w.ok());
        QVERIFY(w.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(fileHash(m_good), before);
    }

    void fileUsesDocumentedPragmas()
    {
        auto w = Workshop::open(m_good, Store::Access::ReadOnly);
        QVERIFY(w.ok());
        w.value().reset();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pragmas"));
        db.setDatabaseName(m_good);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        auto pragma = [&](const char *name) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
            q.next();
            return q.value(0);
        };
        QCOMPARE(pragma("application_id").toInt(), kApplicationId);
        QCOMPARE(pragma("user_version").toInt(), kSchemaVersion);
        QCOMPARE(pragma("journal_mode").toString(), QStringLiteral("delete"));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pragmas"));
    }

    // Opening a file compares its tables with the reference made at build time from the
    // migration steps; it must be exactly what the steps make now (a step added without the
    // build step having run would show here), and it survives its text form unchanged.
    void shippedSchemaReferenceIsWhatTheMigrationsMake()
    {
        const auto fromMigrations = referenceFromMigrations();
        QVERIFY2(fromMigrations.ok(), qPrintable(fromMigrations.error().message));
        const auto &shipped = shippedSchemaReference();
        QVERIFY2(shipped.ok(), qPrintable(shipped.error().message));
        QStringList tables = knownTables();
        tables.sort();
        QCOMPARE(shipped->keys(), tables);
        QCOMPARE(QString::fromUtf8(referenceText(*shipped)),
                 QString::fromUtf8(referenceText(*fromMigrations)));
        QVERIFY(*shipped == *fromMigrations);
        QCOMPARE(QString::fromUtf8(shippedSchemaReferenceText()),
                 QString::fromUtf8(referenceText(*fromMigrations)));

        // Spot checks against docs/file-format.md, so an empty or garbled text cannot pass.
        const ReferenceColumn text =
            shipped->value(QStringLiteral("note")).columns.value(QStringLiteral("text"));
        QCOMPARE(text.describe(), QStringLiteral("TEXT NOT NULL"));
        const ReferenceColumn id =
            shipped->value(QStringLiteral("note")).columns.value(QStringLiteral("id"));
        QCOMPARE(id.describe(), QStringLiteral("TEXT PRIMARY KEY NOT NULL"));
        QVERIFY(shipped->value(QStringLiteral("note")).foreignKeys.size() >= 2);
        QVERIFY(
            shipped->value(QStringLiteral("note")).uniqueIndexes.contains(QStringLiteral("id")));

        // Any difference in a declaration shows in the text and in the comparison.
        SchemaReference changed = *fromMigrations;
        changed[QStringLiteral("note")].columns[QStringLiteral("text")].notNull = false;
        QVERIFY(!(changed == *fromMigrations));
        QVERIFY(referenceText(changed) != referenceText(*fromMigrations));
        const auto roundTrip = referenceFromText(referenceText(changed));
        QVERIFY(roundTrip.ok());
        QVERIFY(*roundTrip == changed);
    }
};

QTEST_GUILESS_MAIN(TestFileFormat)
#include "tst_fileformat.moc"

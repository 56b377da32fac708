// The shared-mime-info entry (packaging/org.premortem.Premortem.mime.xml): accepted by
// update-mime-database, and through it Qt (like a file manager) tells a workshop by its name and,
// without one, by the application_id in its SQLite header, but not a plain SQLite database.

#include "schema.h"
#include "workshop.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

class TstMime : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byName();
    void byContent();
    void plainSqliteIsNotAWorkshop();

private:
    QTemporaryDir m_data; // the only XDG data dir: the system's MIME types and ours
    QTemporaryDir m_files;
};

void TstMime::initTestCase()
{
    QVERIFY(m_data.isValid() && m_files.isValid());
    // A database built from the system's definitions and ours, as the package's trigger builds
    // /usr/share/mime; ours as a second directory would not do, since Qt 6.4 lets the last
    // directory's magic win regardless of priority.
    const QString packages = m_data.filePath(QStringLiteral("mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    const QString system = QStandardPaths::locate(
        QStandardPaths::GenericDataLocation, QStringLiteral("mime/packages/freedesktop.org.xml"));
    QVERIFY2(!system.isEmpty(), "freedesktop.org.xml not found (package shared-mime-info)");
    QVERIFY(QFile::copy(system, packages + QStringLiteral("/freedesktop.org.xml")));
    QVERIFY(QFile::copy(QStringLiteral(PREMORTEM_MIME_XML),
                        packages + QStringLiteral("/org.premortem.Premortem.xml")));
    const QByteArray dataDirs = m_data.path().toUtf8();
    qputenv("XDG_DATA_DIRS", dataDirs);           // before the first QMimeDatabase
    qputenv("XDG_DATA_HOME", dataDirs + "/home"); // no user overrides either

    // The tool the package's trigger runs: it rejects a broken file, and builds the cache.
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    QVERIFY2(!tool.isEmpty(), "update-mime-database not found (package shared-mime-info)");
    QProcess update;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PKGSYSTEM_ENABLE_FSYNC"),
               QStringLiteral("0")); // a test, not a system
    update.setProcessEnvironment(env);
    update.start(tool, {m_data.filePath(QStringLiteral("mime"))});
    QVERIFY(update.waitForFinished(30000));
    const QString output = QString::fromUtf8(update.readAllStandardError());
    QCOMPARE(update.exitCode(), 0);
    QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
}

void TstMime::byName()
{
    QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(QStringLiteral("application/x-premortem"));
    QVERIFY2(type.isValid(), "the MIME type is not known");
    QCOMPARE(type.iconName(), QStringLiteral("application-x-premortem"));
    QVERIFY(type.suffixes().contains(QStringLiteral("premortem")));
    QCOMPARE(
        db.mimeTypeForFile(QStringLiteral("/nowhere/plan.premortem"), QMimeDatabase::MatchExtension)
            .name(),
        QStringLiteral("application/x-premortem"));
}

void TstMime::byContent()
{
    const QString path = m_files.filePath(QStringLiteral("workshop.premortem"));
    QVERIFY(pm::Workshop::create(path, QStringLiteral("Mime")));
    // What the magic rule looks for: the application_id, big-endian, at byte 68 of the header.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(72);
    file.close();
    QVERIFY(header.startsWith("SQLite format 3"));
    QCOMPARE(qFromBigEndian<qint32>(header.constData() + 68), pm::kApplicationId);
    // Renamed in transit: only the content says what it is.
    const QString renamed = m_files.filePath(QStringLiteral("attachment.bin"));
    QVERIFY(QFile::rename(path, renamed));
    const QMimeType type = QMimeDatabase().mimeTypeForFile(renamed, QMimeDatabase::MatchContent);
    QCOMPARE(type.name(), QStringLiteral("application/x-premortem"));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));
}

void TstMime::plainSqliteIsNotAWorkshop()
{
    const QString path = m_files.filePath(QStringLiteral("other.db"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x)")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const QMimeType type = QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent);
    QCOMPARE(type.name(), QStringLiteral("application/vnd.sqlite3"));
}

QTEST_GUILESS_MAIN(TstMime)
#include "tst_mime.moc"

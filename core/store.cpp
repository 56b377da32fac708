#include "store.h"

#include "fileheader.h"
#include "rowcodec.h"
#include "schema.h"
#include "schemacheck.h"
#include "version.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlRecord>
#include <QSysInfo>
#include <QTemporaryDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pm {

namespace {

// A rename is durable only once the folder holding the name is on disk too; without this a power
// cut right after creating or saving a copy could lose the new file's name (never its old one).
void syncFolderOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Store", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

QString folderOf(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absolutePath());
}

// Why a new file cannot be made at path, in the words a person can act on: the folder is
// missing, is a file, or may not be written. SQLite would say only that it cannot open it.
Status checkFolderForNewFile(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.exists())
        return Error{Error::NotFound,
                     tr("Cannot create “%1”: the folder “%2” does not exist. Choose an existing "
                        "folder or create it first.")
                         .arg(shown(path), folderOf(path))};
    if (!folder.isDir())
        return Error{Error::InvalidInput, tr("Cannot create “%1”: “%2” is a file, not a folder.")
                                              .arg(shown(path), folderOf(path))};
    if (!folder.isWritable() || !folder.isExecutable())
        return Error{Error::Io,
                     tr("Cannot create “%1”: you do not have permission to write in the folder "
                        "“%2”. Choose another folder.")
                         .arg(shown(path), folderOf(path))};
    return {};
}

Error damaged(const QString &path, const QString &detail)
{
    return Error{Error::NotAWorkshop,
                 tr("“%1” is damaged and cannot be opened (%2). The file was not changed; "
                    "open a backup or an earlier copy.")
                     .arg(shown(path), detail)};
}

// SQLite's result codes (QSqlError::nativeErrorCode) for the failures a person can act on.
enum SqliteCode
{
    kBusy = 5,
    kLocked = 6,
    kReadOnly = 8,
    kIoError = 10,
    kFull = 13,
    kCantOpen = 14,
};

// The result code of a failed statement. Qt reports none for a failed COMMIT (the most likely
// place for a full disk), only SQLite's message, which is sqlite3_errstr() of the code.
int sqliteCode(const QSqlError &error)
{
    // Extended codes (SQLITE_IOERR_WRITE is 778) carry the primary code in their low byte.
    if (!error.nativeErrorCode().isEmpty())
        return error.nativeErrorCode().toInt() & 0xff;
    static const std::pair<const char *, int> messages[] = {
        {"database is locked", kBusy},
        {"database table is locked", kLocked},
        {"attempt to write a readonly database", kReadOnly},
        {"disk I/O error", kIoError},
        {"database or disk is full", kFull},
        {"unable to open database file", kCantOpen},
    };
    for (const auto &[message, code] : messages) {
        if (error.databaseText().contains(QLatin1String(message)))
            return code;
    }
    return 0;
}

bool isDiskError(const QSqlError &error)
{
    const int code = sqliteCode(error);
    return code == kBusy || code == kLocked || code == kReadOnly || code == kIoError ||
           code == kFull || code == kCantOpen;
}

Error ioError(const QString &what, const QSqlError &error)
{
    QString why;
    switch (sqliteCode(error)) {
    case kFull:
        why = tr("the disk is full. The change was not saved; everything saved before is safe. "
                 "Free some space and try again.");
        break;
    case kIoError:
        why = tr("the disk reported an error while writing. The change was not saved; everything "
                 "saved before is safe. Check the disk or drive, then try again.");
        break;
    case kReadOnly:
    case kCantOpen:
        why = tr("the file or its folder can no longer be written. The change was not saved; "
                 "everything saved before is safe. Use Save As to keep your work elsewhere.");
        break;
    case kBusy:
    case kLocked:
        why = tr("another program is using the file. The change was not saved; everything saved "
                 "before is safe. Close the other program and try again.");
        break;
    default:
        why = tr("%1. Nothing was changed; check that the disk has free space and the file is "
                 "writable.")
                  .arg(error.text());
        break;
    }
    return Error{Error::Io, QStringLiteral("%1: %2").arg(what, why)};
}

// Test hook: a page limit for writers (PRAGMA max_page_count), so tests can make the disk look
// full without a small file system. 0 = none.
QAtomicInteger<qint64> g_pageLimitForTesting = 0;

void applyPageLimitForTesting(QSqlQuery &q)
{
    if (const qint64 pages = g_pageLimitForTesting.loadRelaxed(); pages > 0)
        q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

// Whether a lock that QLockFile would not take over belongs to no living writer:
// - it names no process: its writer was killed between creating and filling it, and QLockFile
//   never calls that stale (there is no owner to ask). A live writer fills it within
//   microseconds, so once it is two seconds old it is dead;
// - it names a process of this machine that has exited (Linux: no /proc entry). QLockFile sees
//   that too, but takes such a lock over through "<lock>.rmlock", which a writer killed in the
//   middle of that leaves behind; every open then waits 30 s for the .rmlock to go stale.
bool isAbandonedLock(const QLockFile &lock, const QString &lockPath)
{
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host, app;
    if (!lock.getLockInfo(&pid, &host, &app)) {
        const QDateTime modified = QFileInfo(lockPath).lastModified();
        return modified.isValid() && modified.secsTo(QDateTime::currentDateTime()) >= 2;
    }
    return pid > 0 && host == QSysInfo::machineHostName() &&
           QFileInfo::exists(QStringLiteral("/proc/self")) &&
           !QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("premortem-%1").arg(counter.fetchAndAddRelaxed(1));
}

const char *const kMetaColumns[] = {"id",  "created", "modified", "writer",
                                    "hlc", "deleted", "clocks"};
constexpr int kMetaColumnCount = 7;

QStringList columnsOf(const TableSpec &spec)
{
    QStringList columns;
    for (const char *c : kMetaColumns)
        columns << QString::fromLatin1(c);
    for (const FieldSpec &f : spec.fields)
        columns << QString::fromLatin1(f.name);
    return columns;
}

// Reads the bookkeeping columns of a row, refusing anything a real file could not contain. The
// field clocks are read by the caller, which knows the table.
std::optional<RowMeta> readMeta(const QSqlQuery &q)
{
    RowMeta m;
    const QVariant id = q.value(0), created = q.value(1), modified = q.value(2),
                   writer = q.value(3), hlc = q.value(4), deleted = q.value(5);
    if (id.typeId() != QMetaType::QString || writer.typeId() != QMetaType::QString ||
        created.typeId() != QMetaType::LongLong || modified.typeId() != QMetaType::LongLong ||
        hlc.typeId() != QMetaType::LongLong || deleted.typeId() != QMetaType::LongLong ||
        q.value(6).typeId() != QMetaType::QString)
        return std::nullopt;
    // Clocks are compared and incremented: keep them where that cannot overflow.
    if (hlc.toLongLong() < 0 || hlc.toLongLong() > kMaxHlc)
        return std::nullopt;
    m.id = QUuid::fromString(id.toString());
    m.writer = QUuid::fromString(writer.toString());
    if (m.id.isNull() || id.toString().size() != 36)
        return std::nullopt;
    m.created = created.toLongLong();
    m.modified = modified.toLongLong();
    m.hlc = hlc.toLongLong();
    if (deleted.toLongLong() != 0 && deleted.toLongLong() != 1)
        return std::nullopt;
    m.deleted = deleted.toLongLong() == 1;
    return m;
}

} // namespace

Store::~Store()
{
    disconnect();
}

QSqlDatabase Store::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void Store::disconnect()
{
    m_upserts.clear();
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase database = db();
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
    }
}

Status Store::connect(bool readOnly)
{
    disconnect();
    m_connection = nextConnectionName();
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    database.setDatabaseName(m_path);
    database.setConnectOptions(
        readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!database.open())
        return damaged(m_path, database.lastError().text());
    // Never run functions named in a file's schema (defaults, checks, indexes) that SQLite does
    // not know to be harmless: the file may come from a stranger.
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("PRAGMA trusted_schema = OFF")))
        return damaged(m_path, q.lastError().text());
    // Nor evaluate CHECK constraints: Premortem's tables have none, and a stranger's can spin for
    // minutes on harmless functions alone (SQLite checks them in quick_check and on every write).
    if (!q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")))
        return damaged(m_path, q.lastError().text());
    return {};
}

void Store::setPageLimitForTesting(qint64 pages)
{
    g_pageLimitForTesting.storeRelaxed(pages);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return Error{Error::NotFound,
                     tr("“%1” is a link to “%2”, which does not exist (or the links form a loop).")
                         .arg(shown(path), QDir::toNativeSeparators(info.symLinkTarget()))};
    if (!info.exists())
        return Error{Error::NotFound, tr("The file “%1” does not exist.").arg(shown(path))};
    if (info.isDir())
        return Error{Error::NotAWorkshop,
                     tr("“%1” is a folder, not a Premortem workshop.").arg(shown(path))};
    // Opening a named pipe would wait forever for a writer; devices never end.
    if (!info.isFile())
        return Error{Error::NotAWorkshop,
                     tr("“%1” is not a regular file (it is a device, pipe or socket), so it is not "
                        "a Premortem workshop.")
                         .arg(shown(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Io, tr("You do not have permission to read “%1”.").arg(shown(path))};
    const qint64 size = file.size();
    const QByteArray head = file.read(FileHeader::kSize);
    const FileHeader header = FileHeader::parse(head);
    file.close();

    if (size == 0)
        return Error{Error::NotAWorkshop,
                     tr("“%1” is empty: it is not a Premortem workshop.").arg(shown(path))};
    if (!header.isSqlite && size < FileHeader::kSize && FileHeader::startsLikeSqlite(head))
        return damaged(path, tr("it is cut short: only %1 bytes are there").arg(size));
    if (!header.isSqlite)
        return Error{
            Error::NotAWorkshop,
            tr("“%1” is not a Premortem workshop (it is not a database file).").arg(shown(path))};
    if (header.applicationId != kApplicationId)
        return Error{Error::NotAWorkshop,
                     tr("“%1” is a database of another application, not a Premortem workshop.")
                         .arg(shown(path))};
    if (header.pageSize < 512 || size % header.pageSize != 0 || header.expectedFileSize() > size)
        return damaged(path, tr("it is cut short: %1 of %2 bytes are there")
                                 .arg(size)
                                 .arg(qMax(header.expectedFileSize(), size)));
    if (header.userVersion < 1)
        return damaged(path, tr("it has no schema version"));
    // Reading a write-ahead-log file leaves -wal and -shm files beside it (SQLite needs them even
    // to read), and part of its contents may be in another file: Premortem files are one file.
    if (header.walMode)
        return Error{
            Error::Unsupported,
            tr("“%1” was switched to write-ahead logging by another program (such as "
               "sqlite3); Premortem files never use it. It was not opened and not "
               "changed. Switch it back with: sqlite3 \"%1\" \"PRAGMA journal_mode=DELETE\"")
                .arg(shown(path))};

    auto store = std::unique_ptr<Store>(new Store);
    // The real file, not a link to it: SQLite puts the journal beside the real file, and two
    // links to one file must share one lock.
    store->m_path = info.canonicalFilePath();
    store->m_openedVersion = header.userVersion;
    store->m_readOnly = access == Access::ReadOnly;
    if (store->m_readOnly)
        store->m_readOnlyReason = tr("The file was opened for viewing only.");
    if (header.userVersion > kSchemaVersion) {
        store->m_readOnly = true;
        store->m_readOnlyReason =
            tr("This file was written by a newer version of Premortem (file format %1; this "
               "version writes %2). It opens read-only. Update Premortem to edit it.")
                .arg(header.userVersion)
                .arg(kSchemaVersion);
    } else if (!store->m_readOnly &&
               (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))) {
        // The owner's write bit, not only access(): root may write anything, yet a file its
        // owner marked read-only should stay so.
        store->m_readOnly = true;
        store->m_readOnlyReason = tr("The file is read-only on disk; it opens for viewing only. "
                                     "Use Save As to edit a copy.");
    } else if (!store->m_readOnly && !QFileInfo(info.absolutePath()).isWritable()) {
        store->m_readOnly = true;
        store->m_readOnlyReason = tr("The folder holding the file is read-only; it opens for "
                                     "viewing only. Use Save As to edit a copy.");
    }
    if (!store->m_readOnly) {
        // One writer at a time. QLockFile notices a lock left by a process that has died.
        const QString lockPath = store->m_path + QStringLiteral(".lock");
        store->m_lock = std::make_unique<QLockFile>(lockPath);
        store->m_lock->setStaleLockTime(0);
        // A lock file that is there but can be taken was left by a process that died.
        const bool lockWasLeft = QFileInfo::exists(lockPath);
        qint64 deadPid = 0;
        if (lockWasLeft) {
            QString host, app;
            store->m_lock->getLockInfo(&deadPid, &host, &app);
        }
        bool locked = store->m_lock->tryLock(0);
        if (!locked && isAbandonedLock(*store->m_lock, lockPath)) {
            for (const QString &leftover :
                 {QStringLiteral(".rmlock"), QStringLiteral(".rmlock.rmlock")})
                QFile::remove(lockPath + leftover);
            store->m_lock->removeStaleLockFile();
            locked = store->m_lock->tryLock(0);
        }
        if (locked && lockWasLeft)
            store->m_recoveryNote =
                tr("Premortem was not closed properly last time (process %1 ended without "
                   "releasing the file). Its lock was taken over; every completed edit is in the "
                   "file.")
                    .arg(deadPid);
        if (!locked && store->m_lock->error() != QLockFile::LockFailedError) {
            // Not another writer: the lock file itself could not be made.
            store->m_lock.reset();
            store->m_readOnly = true;
            store->m_readOnlyReason =
                tr("Premortem could not create its lock file “%1” next to the file (the disk may "
                   "be full), so it opens read-only. Free some space and open it again to edit.")
                    .arg(shown(lockPath));
        } else if (!locked) {
            qint64 pid = 0;
            QString host, app;
            store->m_lock->getLockInfo(&pid, &host, &app);
            store->m_lock.reset();
            store->m_readOnly = true;
            store->m_readOnlyReason =
                tr("The file is already open for editing in another Premortem window (process %1 "
                   "on %2). It opens read-only here.")
                    .arg(pid)
                    .arg(host.isEmpty() ? tr("this computer") : host);
        }
    }

    // Check with a read-only connection, so a file we reject is never touched. The exception is
    // a journal left by an edit that was cut off (power loss, crash): only a writer can roll it
    // back to the last committed state, and until then the file cannot be read at all.
    const bool interrupted = QFileInfo(store->m_path + QStringLiteral("-journal")).size() > 0;
    if (interrupted && !(info.isWritable() && QFileInfo(info.absolutePath()).isWritable()))
        return Error{Error::Io, tr("“%1” was cut off in the middle of an edit. Recovering the "
                                   "last saved state needs write access to the file and its "
                                   "folder; copy both the file and “%2” somewhere writable.")
                                    .arg(shown(path), shown(path + QStringLiteral("-journal")))};
    if (interrupted) {
        if (Status s = store->rehearseRecovery(); !s)
            return s.error();
    }
    if (Status s = store->connect(!interrupted); !s)
        return s.error();
    if (Status s = store->checkContents(store->m_openedVersion >= kSchemaVersion); !s)
        return s.error();
    if (interrupted)
        store->m_recoveryNote =
            tr("The last edit was cut off (the computer or Premortem stopped mid-write); it was "
               "rolled back, and every edit completed before it is in the file.");
    if (interrupted && store->m_readOnly) {
        if (Status s = store->connect(true); !s)
            return s.error();
    }
    if (store->m_openedVersion < kSchemaVersion) {
        if (store->m_readOnly)
            return Error{Error::Unsupported,
                         tr("“%1” was written by an older version of Premortem and must be "
                            "upgraded, but it cannot be changed here (%2)")
                             .arg(shown(path), store->m_readOnlyReason)};
        if (Status s = store->migrate(); !s)
            return s.error();
    }
    if (!store->m_readOnly) {
        if (Status s = store->connect(false); !s)
            return s.error();
        if (Status s = store->applyPragmas(); !s)
            return s.error();
    }
    if (Status s = store->loadWriterId(); !s)
        return s.error();
    return store;
}

Result<std::unique_ptr<Store>> Store::create(const QString &path,
                                             const std::function<Status(Store &)> &fill)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink())
        return Error{Error::InvalidInput,
                     tr("“%1” already exists; choose another name.").arg(shown(path))};
    if (Status s = checkFolderForNewFile(path); !s)
        return s.error();
    // Build the file under a temporary name and move it into place only once it is complete.
    const QString target = info.absoluteFilePath();
    const QString temp = target + QStringLiteral(".creating");
    QFile::remove(temp); // left by a creation that was cut off
    QFile::remove(temp + QStringLiteral("-journal"));
    {
        auto store = std::unique_ptr<Store>(new Store);
        store->m_path = temp;
        // Not connect(): its failure means a damaged file, and there is no file yet.
        if (Status s = store->connect(false); !s)
            return Error{Error::Io,
                         tr("Cannot create “%1”: a file cannot be written in the folder “%2”.")
                             .arg(shown(path), folderOf(path))};
        QSqlQuery q(store->db());
        applyPageLimitForTesting(q);
        bool ok = store->db().transaction();
        for (const QStringList &step : migrationSteps()) {
            for (const QString &sql : step)
                ok = ok && q.exec(sql);
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        ok = ok &&
             q.prepare(QStringLiteral("INSERT INTO fileInfo (key, value) VALUES (?, ?), (?, ?)"));
        store->m_writerId = QUuid::createUuid();
        if (ok) {
            q.addBindValue(QStringLiteral("writerId"));
            q.addBindValue(store->m_writerId.toString(QUuid::WithoutBraces));
            q.addBindValue(QStringLiteral("createdWith"));
            q.addBindValue(QStringLiteral("Premortem " PREMORTEM_VERSION));
            ok = q.exec();
        }
        const QSqlError error = q.lastError();
        ok = ok && store->db().commit();
        if (!ok) {
            q.finish();
            store->disconnect();
            QFile::remove(temp);
            return ioError(tr("Cannot create “%1”").arg(shown(path)), error);
        }
        q.finish();
        if (fill) {
            if (Status s = fill(*store); !s) {
                store->disconnect();
                QFile::remove(temp);
                return s.error();
            }
        }
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Error{Error::Io,
                     tr("Cannot create “%1”: the folder is not writable.").arg(shown(path))};
    }
    syncFolderOf(target);
    return open(target);
}

Status Store::checkContents(bool checkColumns)
{
    // First what Premortem files never contain (triggers, views, expressions in the schema): a
    // file that has one was made by something else, possibly to run code when it is read or
    // written, and SQLite's own checks below would evaluate some of it.
    const QString schema = schemaText(db()); // read once: both schema checks remember by it
    const Result<QString> forbidden = findForbiddenSchemaObject(db(), schema);
    if (!forbidden)
        return damaged(m_path, forbidden.error().message);
    if (!forbidden->isEmpty())
        return Error{Error::NotAWorkshop,
                     tr("“%1” contains %2, which Premortem files never have; it may have been "
                        "made to run code when opened. It was not opened and not changed.")
                         .arg(shown(m_path), *forbidden)};

    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return damaged(m_path, q.lastError().databaseText());
    if (const QString verdict = q.value(0).toString(); verdict != QLatin1String("ok"))
        return damaged(m_path, verdict);
    q.finish();

    // Check the tables this version reads (a file about to be migrated has its own version's).
    if (!checkColumns)
        return {};
    // Every table's columns in one query (one statement to parse, not one per table).
    if (!q.exec(QStringLiteral("SELECT t.name, c.name FROM pragma_table_list AS t, "
                               "pragma_table_info(t.name) AS c WHERE t.schema = 'main'")))
        return damaged(m_path, q.lastError().text());
    QHash<QString, QStringList> columnsByTable; // SQLite's table names ignore ASCII case
    while (q.next())
        columnsByTable[q.value(0).toString().toLower()] << q.value(1).toString();
    q.finish();
    for (const TableSpec *spec : allSpecs()) {
        const QStringList present =
            columnsByTable.value(QString::fromLatin1(spec->table).toLower());
        for (const QString &column : columnsOf(*spec)) {
            if (present.contains(column))
                continue;
            const QString missing =
                present.isEmpty()
                    ? tr("the table “%1” is missing").arg(QString::fromLatin1(spec->table))
                    : tr("the table “%1” has no column “%2”")
                          .arg(QString::fromLatin1(spec->table), column);
            if (m_openedVersion > kSchemaVersion)
                return Error{Error::Unsupported,
                             tr("“%1” was written by a newer version of Premortem (file format "
                                "%2) that changed the format beyond what this version can read "
                                "(%3). Update Premortem to open it.")
                                 .arg(shown(m_path))
                                 .arg(m_openedVersion)
                                 .arg(missing)};
            return damaged(m_path, missing);
        }
    }

    // Count before reading: a file of millions of tiny rows would take minutes and gigabytes.
    QStringList counts;
    for (const TableSpec *spec : allSpecs())
        counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(QString::fromLatin1(spec->table));
    if (!q.exec(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + "))) || !q.next())
        return damaged(m_path, q.lastError().databaseText());
    if (const qint64 rows = q.value(0).toLongLong(); rows > kMaxRows)
        return Error{Error::Unsupported,
                     tr("“%1” holds %L2 rows; Premortem opens workshops of up to %L3 rows (notes, "
                        "votes and everything else together). It was not opened and not changed.")
                         .arg(shown(m_path))
                         .arg(rows)
                         .arg(kMaxRows)};
    q.finish();

    // Tables declared differently from what this version creates could make its own writes fail
    // or be stored wrongly (a note's text stored as a number): such a file is only for viewing.
    if (m_openedVersion > kSchemaVersion) // newer files open read-only anyway
        return {};
    const Result<QString> deviation = findSchemaDeviation(db(), schema);
    if (!deviation)
        return damaged(m_path, deviation.error().message);
    m_schemaDeviation = *deviation;
    if (!m_schemaDeviation.isEmpty()) {
        m_lock.reset();
        m_readOnly = true;
        m_readOnlyReason =
            tr("“%1” was changed by another program (%2), so edits could fail or be stored "
               "wrongly. It opens read-only. To edit it, export it as JSON and import that into a "
               "new workshop.")
                .arg(shown(m_path), m_schemaDeviation);
    }
    return {};
}

Status Store::rehearseRecovery() const
{
    // Rolling a journal back rewrites the file. A journal that does not belong to it (a copy of
    // the file put next to an old journal of the same name) would overwrite it with pages of
    // another database, so roll back a private copy first, and the file only if that comes out
    // whole.
    const QString journal = m_path + QStringLiteral("-journal");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(m_path).fileName());
    if (!dir.isValid() || !QFile::copy(m_path, copy) ||
        !QFile::copy(journal, copy + QStringLiteral("-journal")))
        return Error{Error::Io,
                     tr("“%1” was cut off in the middle of an edit, and there is no room "
                        "to check the leftover “%2” before recovering from it. Free "
                        "some space and open it again.")
                         .arg(shown(m_path), shown(journal))};
    Store trial;
    trial.m_path = copy;
    trial.m_openedVersion = m_openedVersion;
    Status s = trial.connect(false);
    if (s)
        s = trial.checkContents(m_openedVersion >= kSchemaVersion);
    if (!s)
        return Error{Error::NotAWorkshop,
                     tr("“%1” was cut off in the middle of an edit, but the leftover “%2” next to "
                        "it does not restore a valid workshop; it may belong to another file. "
                        "Neither was changed. Move “%2” away to open the file as it is, or open a "
                        "backup. (%3)")
                         .arg(shown(m_path), shown(journal), s.error().message)};
    return {};
}

Status Store::migrate()
{
    // Keep the file as it was, so a failed or unwanted upgrade loses nothing.
    QString backup = m_path + QStringLiteral(".v%1.bak").arg(m_openedVersion);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = m_path + QStringLiteral(".v%1-%2.bak").arg(m_openedVersion).arg(n);
    disconnect();
    if (!QFile::copy(m_path, backup))
        return Error{Error::Io, tr("Cannot upgrade “%1”: a backup copy could not be written next "
                                   "to it. The file was not changed.")
                                    .arg(shown(m_path))};
    m_backupPath = backup;
    if (Status s = connect(false); !s)
        return s;
    if (Status s = applyPragmas(); !s)
        return s;
    QSqlDatabase database = db();
    QSqlQuery q(database);
    bool ok = database.transaction();
    for (int version = m_openedVersion; ok && version < kSchemaVersion; ++version) {
        for (const QString &sql : migrationSteps().at(version))
            ok = ok && q.exec(sql);
    }
    ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    const QSqlError error = q.lastError();
    q.finish();
    // Check the upgraded file as any current file before committing: a damaged or altered old
    // file is rolled back to exactly what it was, and its backup is not left behind.
    const Status checked = ok ? checkContents(true) : Status{};
    if (ok && checked && m_schemaDeviation.isEmpty() && database.commit())
        return {};
    const QSqlError commitError = database.lastError();
    database.rollback();
    QFile::remove(m_backupPath);
    m_backupPath.clear();
    if (!ok && !isDiskError(error))
        return damaged(m_path, tr("it cannot be upgraded from file format %1: %2")
                                   .arg(m_openedVersion)
                                   .arg(error.databaseText()));
    if (!ok)
        return ioError(tr("Cannot upgrade “%1”").arg(shown(m_path)), error);
    if (!checked)
        return checked;
    if (!m_schemaDeviation.isEmpty())
        return Error{Error::Unsupported,
                     tr("“%1” was written by an older version of Premortem and then changed by "
                        "another program (%2), so it cannot be upgraded safely. It was not "
                        "changed.")
                         .arg(shown(m_path), m_schemaDeviation)};
    return ioError(tr("Cannot upgrade “%1”").arg(shown(m_path)), commitError);
}

Status Store::applyPragmas()
{
    QSqlQuery q(db());
    // A rollback journal, not WAL: the file is copied and mailed and must be whole on its own.
    // secure_delete: what an edit or deletion removes (a deleted note's text) is overwritten in
    // the file, not left in its free space.
    for (const char *pragma :
         {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
          "PRAGMA cell_size_check = ON", "PRAGMA secure_delete = ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return ioError(tr("Cannot prepare “%1” for editing").arg(shown(m_path)), q.lastError());
    }
    applyPageLimitForTesting(q);
    return {};
}

Status Store::loadWriterId()
{
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT value FROM fileInfo WHERE key = 'writerId'")) && q.next())
        m_writerId = QUuid::fromString(q.value(0).toString());
    if (m_writerId.isNull())
        return damaged(m_path, tr("it has no writer id"));
    return {};
}

QSqlQuery &Store::upsertQuery(EntityKind kind)
{
    auto it = m_upserts.find(int(kind));
    if (it != m_upserts.end())
        return *it;
    const TableSpec &spec = specOf(kind);
    const QStringList columns = columnsOf(spec);
    QStringList updates;
    for (const QString &c : columns.mid(1))
        updates << QStringLiteral("%1 = excluded.%1").arg(c);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT(id) DO UPDATE SET %4")
                  .arg(QString::fromLatin1(spec.table), columns.join(QLatin1Char(',')),
                       QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')),
                       updates.join(QLatin1Char(','))));
    return *m_upserts.insert(int(kind), q);
}

Status Store::write(const ChangeSet &rows, const QList<RowRef> &erased)
{
    if (m_readOnly)
        return Error{Error::ReadOnly, m_readOnlyReason};
    QSqlDatabase database = db();
    if (!database.transaction())
        return ioError(tr("Cannot save the change"), database.lastError());
    for (const AnyRow &row : rows) {
        const EntityKind kind = kindOf(row);
        const TableSpec &spec = specOf(kind);
        const RowMeta &m = metaOf(row);
        const QVariantList values = valuesOf(row);
        QSqlQuery &q = upsertQuery(kind);
        q.addBindValue(m.id.toString(QUuid::WithoutBraces));
        q.addBindValue(m.created);
        q.addBindValue(m.modified);
        q.addBindValue(m.writer.toString(QUuid::WithoutBraces));
        q.addBindValue(m.hlc);
        q.addBindValue(qlonglong(m.deleted ? 1 : 0));
        q.addBindValue(m.clocks.toText(spec));
        for (size_t i = 0; i < spec.fields.size(); ++i)
            q.addBindValue(toSqlValue(spec.fields[i], values[int(i)]));
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            database.rollback();
            return ioError(tr("Cannot save the change"), error);
        }
    }
    for (const RowRef &row : erased) {
        QSqlQuery q(database);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?")
                      .arg(QString::fromLatin1(specOf(row.kind).table)));
        q.addBindValue(row.id.toString(QUuid::WithoutBraces));
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            database.rollback();
            return ioError(tr("Cannot save the change"), error);
        }
    }
    if (!database.commit()) {
        const QSqlError error = database.lastError();
        database.rollback();
        return ioError(tr("Cannot save the change"), error);
    }
    ++m_commits;
    return {};
}

Result<QList<AnyRow>> Store::loadAll() const
{
    QList<AnyRow> rows;
    for (const TableSpec *spec : allSpecs()) {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2")
                        .arg(columnsOf(*spec).join(QLatin1Char(',')),
                             QString::fromLatin1(spec->table))))
            return damaged(m_path, q.lastError().text());
        const int fieldCount = int(spec->fields.size());
        while (q.next()) {
            std::optional<RowMeta> meta = readMeta(q);
            if (!meta)
                return damaged(
                    m_path, tr("a %1 has a broken identity or timestamp").arg(spec->displayNoun()));
            QVariantList values;
            values.reserve(fieldCount);
            for (int i = 0; i < fieldCount; ++i) {
                const FieldSpec &field = spec->fields[size_t(i)];
                Result<QVariant> v = fromSqlValue(field, q.value(kMetaColumnCount + i));
                if (!v)
                    return damaged(
                        m_path, fieldError(*spec, meta->id, field.name, v.error().message).message);
                values << std::move(v).value();
            }
            if (Status s = validateValues(*spec, meta->id, values); !s)
                return damaged(m_path, s.error().message);
            Result<FieldClocks> clocks = FieldClocks::fromText(
                *spec, meta->id, q.value(6).toString(), FieldClocks::baseClock(meta->created));
            if (!clocks)
                return damaged(m_path, clocks.error().message);
            if (Status s = clocks->checkRow(*spec, meta->id, meta->deleted, values); !s)
                return damaged(m_path, s.error().message);
            meta->clocks = std::move(clocks).value();
            rows << makeRow(spec->kind, *meta, values);
        }
    }
    return rows;
}

Status Store::saveCopy(const QString &target) const
{
    const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
    const QString canonicalTarget = QFileInfo(target).canonicalFilePath(); // empty if new
    if (absoluteTarget == m_path || canonicalTarget == QFileInfo(m_path).canonicalFilePath())
        return Error{Error::InvalidInput, tr("Choose a different file to save a copy to.")};
    // Replacing a file that another window is editing would silently drop that window's work.
    QLockFile targetLock(absoluteTarget + QStringLiteral(".lock"));
    targetLock.setStaleLockTime(0);
    if (QFileInfo::exists(absoluteTarget) && !targetLock.tryLock(0))
        return Error{Error::Io, tr("“%1” is open for editing in another Premortem window; close "
                                   "it there first or choose another name.")
                                    .arg(shown(target))};
    const QString temp = absoluteTarget + QStringLiteral(".saving");
    QFile::remove(temp);
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            QFile::remove(temp);
            return ioError(tr("Cannot save a copy as “%1”").arg(shown(target)), error);
        }
    }
    {
        // The copy is a new file copy: give it its own writer id.
        const QString connection = nextConnectionName();
        bool ok = false;
        QSqlError error;
        {
            QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            copy.setDatabaseName(temp);
            if (copy.open()) {
                QSqlQuery q(copy);
                ok = q.exec(QStringLiteral("PRAGMA synchronous = FULL")) &&
                     q.prepare(
                         QStringLiteral("UPDATE fileInfo SET value = ? WHERE key = 'writerId'"));
                if (ok) {
                    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
                    ok = q.exec();
                }
                // Nor does the copy serve the room at this file's address: two hosts with one
                // join code would split the room.
                ok = ok &&
                     q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(kRoomAddressTable)));
                error = q.lastError();
            } else {
                error = copy.lastError();
            }
            copy.close();
        }
        QSqlDatabase::removeDatabase(connection);
        if (!ok) {
            QFile::remove(temp);
            return ioError(tr("Cannot save a copy as “%1”").arg(shown(target)), error);
        }
    }
    // rename() replaces the target in one step: it is either the old file or the whole copy.
    if (std::rename(QFile::encodeName(temp).constData(),
                    QFile::encodeName(absoluteTarget).constData()) != 0) {
        QFile::remove(temp);
        return Error{
            Error::Io,
            tr("Cannot save a copy as “%1”: the file could not be replaced.").arg(shown(target))};
    }
    syncFolderOf(absoluteTarget);
    return {};
}

QStringList Store::integrityProblems() const
{
    QStringList problems;
    if (!m_schemaDeviation.isEmpty())
        problems << tr("The file was changed by another program: %1.").arg(m_schemaDeviation);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        }
    } else {
        problems << q.lastError().text();
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        while (q.next())
            problems << tr("a row of “%1” refers to a missing row of “%2”")
                            .arg(q.value(0).toString(), q.value(2).toString());
    }
    return problems;
}

} // namespace pm

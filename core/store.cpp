#include "store.h"

#include "fileheader.h"
#include "rowcodec.h"
#include "schema.h"
#include "version.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlRecord>

#include <cstdio>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Store", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

Error damaged(const QString &path, const QString &detail)
{
    return Error{Error::NotAWorkshop,
                 tr("“%1” is damaged and cannot be opened (%2). The file was not changed; "
                    "open a backup or an earlier copy.")
                     .arg(shown(path), detail)};
}

Error ioError(const QString &what, const QSqlError &error)
{
    return Error{Error::Io, tr("%1: %2. Nothing was changed; check that the disk has free space "
                               "and the file is writable.")
                                .arg(what, error.text())};
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("premortem-%1").arg(counter.fetchAndAddRelaxed(1));
}

const char *const kMetaColumns[] = {"id", "created", "modified", "writer", "hlc", "deleted"};
constexpr int kMetaColumnCount = 6;

QStringList columnsOf(const TableSpec &spec)
{
    QStringList columns;
    for (const char *c : kMetaColumns)
        columns << QString::fromLatin1(c);
    for (const FieldSpec &f : spec.fields)
        columns << QString::fromLatin1(f.name);
    return columns;
}

// Reads the six bookkeeping columns of a row, refusing anything a real file could not contain.
std::optional<RowMeta> readMeta(const QSqlQuery &q)
{
    RowMeta m;
    const QVariant id = q.value(0), created = q.value(1), modified = q.value(2),
                   writer = q.value(3), hlc = q.value(4), deleted = q.value(5);
    if (id.typeId() != QMetaType::QString || writer.typeId() != QMetaType::QString ||
        created.typeId() != QMetaType::LongLong || modified.typeId() != QMetaType::LongLong ||
        hlc.typeId() != QMetaType::LongLong || deleted.typeId() != QMetaType::LongLong)
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
    return {};
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Error::NotFound, tr("The file “%1” does not exist.").arg(shown(path))};
    if (info.isDir())
        return Error{Error::NotAWorkshop,
                     tr("“%1” is a folder, not a Premortem workshop.").arg(shown(path))};
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

    auto store = std::unique_ptr<Store>(new Store);
    store->m_path = info.absoluteFilePath();
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
        store->m_lock = std::make_unique<QLockFile>(store->m_path + QStringLiteral(".lock"));
        store->m_lock->setStaleLockTime(0);
        if (!store->m_lock->tryLock(0)) {
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
    if (Status s = store->connect(!interrupted); !s)
        return s.error();
    if (Status s = store->checkContents(store->m_openedVersion >= kSchemaVersion); !s)
        return s.error();
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

Result<std::unique_ptr<Store>> Store::create(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{Error::InvalidInput,
                     tr("“%1” already exists; choose another name.").arg(shown(path))};
    // Build the file under a temporary name and move it into place only once it is complete.
    const QString target = info.absoluteFilePath();
    const QString temp = target + QStringLiteral(".creating");
    QFile::remove(temp);
    {
        auto store = std::unique_ptr<Store>(new Store);
        store->m_path = temp;
        if (Status s = store->connect(false); !s)
            return Error{Error::Io,
                         tr("Cannot create “%1”: %2").arg(shown(path), s.error().message)};
        QSqlQuery q(store->db());
        bool ok = store->db().transaction();
        for (const QStringList &step : migrationSteps()) {
            for (const QString &sql : step)
                ok = ok && q.exec(sql);
        }
        ok = ok && q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        ok = ok &&
             q.prepare(QStringLiteral("INSERT INTO fileInfo (key, value) VALUES (?, ?), (?, ?)"));
        if (ok) {
            q.addBindValue(QStringLiteral("writerId"));
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
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
    }
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Error{Error::Io,
                     tr("Cannot create “%1”: the folder is not writable.").arg(shown(path))};
    }
    return open(target);
}

Status Store::checkContents(bool checkColumns)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
        return damaged(m_path, q.lastError().text());
    if (const QString verdict = q.value(0).toString(); verdict != QLatin1String("ok"))
        return damaged(m_path, verdict);
    q.finish();

    // Premortem files never contain triggers or views: one that does was made by something else,
    // possibly to run code when rows are read or written.
    if (!q.exec(QStringLiteral(
            "SELECT type, name FROM sqlite_schema WHERE type IN ('trigger', 'view')")))
        return damaged(m_path, q.lastError().text());
    if (q.next())
        return Error{Error::NotAWorkshop,
                     tr("“%1” contains a %2 (“%3”), which Premortem files never have; it may have "
                        "been made to run code when opened. It was not opened and not changed.")
                         .arg(shown(m_path), q.value(0).toString(), q.value(1).toString())};
    q.finish();

    // Check the tables this version reads (a file about to be migrated has its own version's).
    if (!checkColumns)
        return {};
    for (const TableSpec *spec : allSpecs()) {
        if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')")
                        .arg(QString::fromLatin1(spec->table))))
            return damaged(m_path, q.lastError().text());
        QStringList present;
        while (q.next())
            present << q.value(0).toString();
        for (const QString &column : columnsOf(*spec)) {
            if (!present.contains(column))
                return damaged(
                    m_path,
                    present.isEmpty()
                        ? tr("the table “%1” is missing").arg(QString::fromLatin1(spec->table))
                        : tr("the table “%1” has no column “%2”")
                              .arg(QString::fromLatin1(spec->table), column));
        }
    }
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
    if (!ok || !database.commit()) {
        database.rollback();
        return ioError(tr("Cannot upgrade “%1”").arg(shown(m_path)), error);
    }
    return checkContents(true); // the file is now current: check it as any current file
}

Status Store::applyPragmas()
{
    QSqlQuery q(db());
    // A rollback journal, not WAL: the file is copied and mailed and must be whole on its own.
    for (const char *pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA cell_size_check = ON"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return ioError(tr("Cannot prepare “%1” for editing").arg(shown(m_path)), q.lastError());
    }
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

Status Store::write(const ChangeSet &rows)
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
        for (size_t i = 0; i < spec.fields.size(); ++i)
            q.addBindValue(toSqlValue(spec.fields[i], values[int(i)]));
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
            const std::optional<RowMeta> meta = readMeta(q);
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
    return {};
}

QStringList Store::integrityProblems() const
{
    QStringList problems;
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

#pragma once

// The .premortem file: an SQLite database used as an application file format. The Store checks a
// file before trusting it, migrates old versions (after a backup copy), holds the writer's lock,
// and reads and writes rows. It knows nothing of undo or signals: that is the Workshop's job.

#include "entities.h"
#include "result.h"
#include "roomaddress.h"
#include "timerstate.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace pm {

class Store
{
public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    // Opens and checks an existing file. A file that fails a check is never modified. A file that
    // can only be viewed (newer version, locked by another writer, no write permission) opens
    // read-only with readOnlyReason() saying why.
    static Result<std::unique_ptr<Store>> open(const QString &path,
                                               Access access = Access::ReadWrite);
    // Creates a new file at the current schema version; fails if the path exists. `fill` writes
    // the first rows while the file still has a temporary name, so that a crash leaves either no
    // file or a whole one, never one without its workshop record.
    static Result<std::unique_ptr<Store>> create(const QString &path,
                                                 const std::function<Status(Store &)> &fill = {});

    // Files with more rows than this (all tables together) are refused before any row is read:
    // loading takes time and memory in proportion, and real workshops have a few thousand.
    static constexpr qint64 kMaxRows = 1000000;
    // Test hook: every writer opened afterwards gets PRAGMA max_page_count = pages (0 = none), so
    // a test can fill the "disk" without a small file system.
    static void setPageLimitForTesting(qint64 pages);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int openedVersion() const { return m_openedVersion; } // schema version before any migration
    QString backupPath() const { return m_backupPath; }   // set when opening migrated the file
    // Set when opening recovered from a crash: a lock left by a dead process was taken over, or
    // an edit cut off mid-write was rolled back. Says what happened, for a banner.
    QString recoveryNote() const { return m_recoveryNote; }
    QUuid writerId() const { return m_writerId; }

    // Every row of every table, tombstones included, each checked against its spec.
    Result<QList<AnyRow>> loadAll() const;
    // Writes the rows exactly as given (insert or replace by id) in one transaction. `erased`
    // rows are taken out of the file in the same transaction: only undoing a merge does that, to
    // take back rows the merge added (everything else leaves tombstones).
    Status write(const ChangeSet &rows, const QList<RowRef> &erased = {});
    // Writes a complete, consistent copy to target (replacing it only once the copy is whole),
    // with its own writer id so the copy's later edits are told apart when merged.
    Status saveCopy(const QString &target) const;
    // Full integrity and foreign key checks; empty when all is well.
    QStringList integrityProblems() const;
    // The saved phase timer (storetimer.cpp); none when never saved or not believable. Saving
    // replaces it in its own small transaction, not counted in commitCount(): it is no edit.
    std::optional<TimerState> loadTimer() const;
    Status saveTimer(const TimerState &state);
    // The room's join code and port (storeroom.cpp), the same way: none when never saved.
    std::optional<RoomAddress> loadRoomAddress() const;
    Status saveRoomAddress(const RoomAddress &address);

    // Transactions committed by write() since opening: lets tests and benchmarks prove that one
    // gesture is one transaction.
    quint64 commitCount() const { return m_commits; }

private:
    Store() = default;
    Status connect(bool readOnly);
    void disconnect();
    Status checkContents(bool checkColumns);
    Status rehearseRecovery() const;
    Status migrate();
    Status applyPragmas();
    Status loadWriterId();
    QSqlDatabase db() const;
    QSqlQuery &upsertQuery(EntityKind kind);

    QString m_path;
    QString m_connection;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_schemaDeviation; // how the tables differ from what this version writes, if they do
    int m_openedVersion = 0;
    QString m_backupPath;
    QString m_recoveryNote;
    QUuid m_writerId;
    std::unique_ptr<QLockFile> m_lock;
    QHash<int, QSqlQuery> m_upserts;
    quint64 m_commits = 0;
};

} // namespace pm

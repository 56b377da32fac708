#pragma once

// The workshop document: every row of one .premortem file in memory, and the one write path.
// Each operation validates, writes one SQLite transaction, updates memory, emits changed(), and
// returns the inverse change set, which undo applies through the very same path.

#include "entities.h"
#include "result.h"
#include "store.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <tuple>

namespace pm {

struct RowChange
{
    enum Type
    {
        Added,
        Updated,
        Removed
    };
    EntityKind kind;
    QUuid id;
    Type type;
};

// Rows written exactly as given, bookkeeping included, and rows taken out of the file again:
// what a merge writes, and what takes a merge back. See Workshop::applyVerbatim().
struct RowPatch
{
    ChangeSet rows;       // insert or replace by id, clocks and all
    QList<RowRef> erased; // taken out of the file, leaving no tombstone
    bool isEmpty() const { return rows.isEmpty() && erased.isEmpty(); }
};

struct NotePosition
{
    QUuid note;
    double x = 0;
    double y = 0;
};

// A row id as a hash key. Qt's qHash(QUuid) folds the id into 32 bits with XOR, so crafted ids
// (or merely similar ones) collide and turn loading into quadratic work; this hashes all 128 bits.
struct RowKey
{
    QUuid id;
    RowKey(const QUuid &uuid) : id(uuid) {} // implicit: tables are looked up by QUuid
    bool operator==(const RowKey &o) const { return id == o.id; }
};
inline size_t qHash(const RowKey &key, size_t seed = 0) noexcept
{
    static_assert(sizeof(QUuid) == 16, "QUuid is hashed as its 16 bytes");
    return qHashBits(&key.id, sizeof(QUuid), seed);
}

class Workshop : public QObject
{
    Q_OBJECT

public:
    static Result<std::unique_ptr<Workshop>> open(const QString &path,
                                                  Store::Access access = Store::Access::ReadWrite);
    // A new file holding only the workshop record (scenario horizon six months ahead).
    static Result<std::unique_ptr<Workshop>> create(const QString &path, const QString &title,
                                                    const QString &scenario = QString());
    // A new file holding exactly these rows, bookkeeping included (JSON import, and later merge
    // results). The rows are checked as a whole first; on any error no file is left behind.
    static Result<std::unique_ptr<Workshop>> createFromRows(const QString &path,
                                                            const ChangeSet &rows);

    ~Workshop() override;

    QString path() const { return m_store->path(); }
    bool isReadOnly() const { return m_store->isReadOnly(); }
    QString readOnlyReason() const { return m_store->readOnlyReason(); }
    int openedVersion() const { return m_store->openedVersion(); }
    QString backupPath() const { return m_store->backupPath(); }
    QString recoveryNote() const { return m_store->recoveryNote(); }
    QUuid writerId() const { return m_store->writerId(); }
    quint64 commitCount() const { return m_store->commitCount(); }

    const WorkshopInfo &info() const;

    template <typename T>
    const T *find(const QUuid &id) const // tombstones included: check meta.deleted
    {
        const auto &t = table<T>();
        const auto it = t.constFind(id);
        return it == t.constEnd() ? nullptr : &*it;
    }
    template <typename T> const T *findLive(const QUuid &id) const
    {
        const T *row = find<T>(id);
        return row && !row->meta.deleted ? row : nullptr;
    }
    // Live rows in creation order (ties by id), so every view and export lists them alike.
    template <typename T> QList<T> rows() const
    {
        QList<T> result;
        result.reserve(table<T>().size());
        for (const T &row : table<T>()) {
            if (!row.meta.deleted)
                result << row;
        }
        std::sort(result.begin(), result.end(), [](const T &a, const T &b) {
            return a.meta.created != b.meta.created ? a.meta.created < b.meta.created
                                                    : a.meta.id < b.meta.id;
        });
        return result;
    }
    // Every live row of a kind in no particular order: for counting and summing, where sorting
    // and copying 100,000 notes would be wasted.
    template <typename T, typename F> void forEachLive(F &&f) const
    {
        for (const T &row : table<T>()) {
            if (!row.meta.deleted)
                f(row);
        }
    }
    // Every row of one table, tombstones included, in no particular order.
    template <typename T, typename F> void forEachRow(F &&f) const
    {
        for (const T &row : table<T>())
            f(row);
    }
    int liveCount(EntityKind kind) const;
    // Every row, tombstones included, tables in dependency order, each in creation order.
    ChangeSet allRows() const;
    const Participant *participantNamed(const QString &name) const;

    // The single write path: the full new state of each row (meta.deleted set for a removal).
    // Unchanged rows are skipped; an empty result means nothing changed.
    Result<ChangeSet> apply(const ChangeSet &changes);
    // The same, stamping the rows with another writer id than this file copy's: a participant's
    // device in the room writes under its own id, so its rows are told apart (and merged) as its
    // own. A null writer means this copy's.
    Result<ChangeSet> apply(const ChangeSet &changes, const QUuid &writer);
    // Several writers' change sets in one transaction (one commit for many participants' notes in
    // the room): each part is checked and stamped as apply() would, under its own writer; if any
    // part fails nothing is written. Returns each part's inverse, in order. Parts must not touch
    // the same row.
    struct WriterChanges
    {
        ChangeSet changes;
        QUuid writer;
    };
    Result<QList<ChangeSet>> applyEach(const QList<WriterChanges> &parts);

    // Writes rows as they are, with the bookkeeping they carry (no new clocks), and takes the
    // `erased` rows out of the file, all in one transaction after the same checks as apply().
    // For merges (see Merger). Emits changed() and returns the patch that puts back exactly what
    // was there before, bookkeeping included: undoing a merge with it makes the file as if the
    // merge never happened, so merging the same file again brings the same rows back. (Undo
    // through apply() would instead be a newer edit, and would win over those rows in every
    // later merge.) Applying the returned patch returns the original one: redo.
    Result<RowPatch> applyVerbatim(const RowPatch &patch);

    // Operations built on apply(). Each returns the inverse change set.
    Result<ChangeSet> add(AnyRow row); // assigns an id when it has none
    Result<ChangeSet> update(const AnyRow &row);
    // Removes rows and keeps the rest consistent: notes leave a removed component or failure mode,
    // a removed failure mode's mitigations and votes go with it, child components are detached.
    Result<ChangeSet> remove(EntityKind kind, const QList<QUuid> &ids);
    Result<ChangeSet> moveNotes(const QList<NotePosition> &positions);
    // Stacks notes into one new failure mode titled after the first note; returns its inverse.
    Result<ChangeSet> stackNotes(const QList<QUuid> &noteIds, const QString &title = QString());

    // The phase timer kept in the file (timerstate.h): no edit, so no undo and no changed().
    std::optional<TimerState> savedTimer() const { return m_store->loadTimer(); }
    Status saveTimer(const TimerState &state) { return m_store->saveTimer(state); }
    // The room's join code and port kept in the file (roomaddress.h), the same way.
    std::optional<RoomAddress> savedRoomAddress() const { return m_store->loadRoomAddress(); }
    Status saveRoomAddress(const RoomAddress &a) { return m_store->saveRoomAddress(a); }

    // Writes a complete copy elsewhere; this document stays on its own file.
    Status saveCopy(const QString &path) const { return m_store->saveCopy(path); }
    // File integrity plus model consistency, for `premortem-cli validate`; empty when all is well.
    QStringList problems() const;

signals:
    void changed(const QList<pm::RowChange> &changes);

private:
    explicit Workshop(std::unique_ptr<Store> store);
    Status load();
    Status checkRows(const ChangeSet &rows) const;
    ChangeSet withoutAuthorsIfUnrecorded(const ChangeSet &changes) const;
    // Checks one writer's changes and stamps them (clocks, writer, times) into `stamped`, their
    // inverse into `inverse`: the part of apply() before the write.
    Status stampChanges(const ChangeSet &requested, const QUuid &writer, ChangeSet *stamped,
                        ChangeSet *inverse, QList<RowChange> *summary);
    qint64 nextHlc(qint64 floor);

    template <typename T> QHash<RowKey, T> &table() { return std::get<QHash<RowKey, T>>(m_tables); }
    template <typename T> const QHash<RowKey, T> &table() const
    {
        return std::get<QHash<RowKey, T>>(m_tables);
    }
    const RowMeta *findMeta(EntityKind kind, const QUuid &id) const;
    void store(const AnyRow &row);

    std::unique_ptr<Store> m_store;
    std::tuple<QHash<RowKey, WorkshopInfo>, QHash<RowKey, Participant>, QHash<RowKey, Component>,
               QHash<RowKey, FailureMode>, QHash<RowKey, Note>, QHash<RowKey, Mitigation>,
               QHash<RowKey, Vote>, QHash<RowKey, Dependency>, QHash<RowKey, Estimate>>
        m_tables;
    QUuid m_workshopId;
    qint64 m_lastHlc = 0;
};

} // namespace pm

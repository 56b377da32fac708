#include "workshop.h"

#include "rowcodec.h"
#include "rowtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSet>

namespace pm {

namespace {

// A deleted note keeps only what a merge needs: its id, bookkeeping and place, no words and
// no author (docs/file-format.md, schema version 6). The text column may not be blank, so a
// tombstone holds a single "-" in place of the words.
ChangeSet withoutTombstoneContent(const ChangeSet &changes)
{
    ChangeSet stripped = changes;
    for (AnyRow &row : stripped) {
        if (auto *note = std::get_if<Note>(&row); note && note->meta.deleted) {
            note->text = QStringLiteral("-");
            note->author = QUuid();
        }
    }
    return stripped;
}

RowMeta &metaRef(AnyRow &row)
{
    return std::visit([](auto &r) -> RowMeta & { return r.meta; }, row);
}

// A component on a loop of parents reached from one of `starts`, or a null id. Every component
// is walked at most once, so even a chain thousands deep costs linear time.
template <typename Starts>
QUuid findParentCycle(const QHash<RowKey, QUuid> &parents, const Starts &starts)
{
    enum State
    {
        OnPath = 1,
        Done = 2
    };
    QHash<RowKey, int> state;
    QList<QUuid> path;
    for (const auto &start : starts) {
        QUuid cursor = RowKey(start).id;
        while (!cursor.isNull() && !state.contains(cursor)) {
            state.insert(cursor, OnPath);
            path << cursor;
            cursor = parents.value(cursor);
        }
        if (!cursor.isNull() && state.value(cursor) == OnPath)
            return cursor;
        for (const QUuid &walked : std::as_const(path))
            state.insert(walked, Done);
        path.clear();
    }
    return {};
}

} // namespace

Workshop::Workshop(std::unique_ptr<Store> store) : m_store(std::move(store)) {}

Workshop::~Workshop() = default;

Result<std::unique_ptr<Workshop>> Workshop::open(const QString &path, Store::Access access)
{
    Result<std::unique_ptr<Store>> store = Store::open(path, access);
    if (!store)
        return store.error();
    std::unique_ptr<Workshop> workshop(new Workshop(std::move(store).value()));
    if (Status s = workshop->load(); !s)
        return s.error();
    return workshop;
}

Result<std::unique_ptr<Workshop>> Workshop::create(const QString &path, const QString &title,
                                                   const QString &scenario)
{
    WorkshopInfo info;
    info.meta.id = QUuid::createUuid();
    info.title = title.trimmed().isEmpty() ? tr("Untitled workshop") : title.trimmed();
    info.scenario = scenario;
    info.horizon = QDate::currentDate().addMonths(6);
    if (Status s = validateValues(WorkshopInfo::spec(), info.meta.id, info.values()); !s)
        return s.error();
    // The record is written before the file gets its name, stamped as apply() stamps a new row:
    // a crash in between leaves no file rather than one that cannot be opened.
    Result<std::unique_ptr<Store>> store = Store::create(path, [&](Store &fresh) {
        info.meta.created = info.meta.modified = QDateTime::currentMSecsSinceEpoch();
        info.meta.writer = fresh.writerId();
        info.meta.hlc = FieldClocks::baseClock(info.meta.created);
        return fresh.write({info});
    });
    if (!store)
        return store.error();
    std::unique_ptr<Workshop> workshop(new Workshop(std::move(store).value()));
    if (Status s = workshop->load(); !s)
        return s.error();
    return workshop;
}

Result<std::unique_ptr<Workshop>> Workshop::createFromRows(const QString &path,
                                                           const ChangeSet &given)
{
    // Check the rows in an empty document before any file exists. A workshop that records no
    // authors gets none, even from a file (JSON) that carries them.
    ChangeSet rows;
    {
        Workshop scratch(nullptr);
        rows = withoutTombstoneContent(scratch.withoutAuthorsIfUnrecorded(given));
        if (Status s = scratch.checkRows(rows); !s)
            return s.error();
    }
    int workshopRows = 0;
    for (const AnyRow &row : rows)
        workshopRows += kindOf(row) == EntityKind::Workshop ? 1 : 0;
    if (workshopRows != 1)
        return Error{Error::InvalidInput, tr("A workshop needs exactly one workshop record; "
                                             "this one has %1.")
                                              .arg(workshopRows)};
    Result<std::unique_ptr<Store>> store =
        Store::create(path, [&](Store &fresh) { return fresh.write(rows); });
    if (!store)
        return store.error();
    std::unique_ptr<Workshop> workshop(new Workshop(std::move(store).value()));
    if (Status s = workshop->load(); !s)
        return s.error();
    return workshop;
}

Status Workshop::load()
{
    Result<QList<AnyRow>> rows = m_store->loadAll();
    if (!rows)
        return rows.error();
    // Premortem never gives two rows one id, not even in different tables (checkRows()); a file
    // that does would show one row and silently hide the other.
    QSet<RowKey> seen;
    seen.reserve(rows.value().size());
    for (const AnyRow &row : rows.value()) {
        if (Q_UNLIKELY(seen.contains(metaOf(row).id)))
            return Error{Error::NotAWorkshop,
                         tr("Two rows of the file have the identifier %1; it is damaged. It was "
                            "not changed.")
                             .arg(metaOf(row).id.toString(QUuid::WithoutBraces))};
        seen.insert(metaOf(row).id);
        store(row);
    }
    int workshops = 0;
    for (const WorkshopInfo &w : table<WorkshopInfo>()) {
        if (!w.meta.deleted) {
            m_workshopId = w.meta.id;
            ++workshops;
        }
    }
    if (m_workshopId.isNull())
        return Error{Error::NotAWorkshop,
                     tr("The file has no workshop record; it is damaged. It was not changed.")};
    if (workshops > 1)
        return Error{Error::NotAWorkshop,
                     tr("The file holds %1 workshop records where there must be one; it is "
                        "damaged. It was not changed.")
                         .arg(workshops)};
    return {};
}

void Workshop::store(const AnyRow &row)
{
    const RowMeta &m = metaOf(row);
    m_lastHlc = qMax(m_lastHlc, m.hlc);
    // A field's clock may be later than its row's (a merge joins rows from files whose clocks
    // disagree): the next edit must still come after it.
    for (const FieldClocks::Entry &e : m.clocks.entries())
        m_lastHlc = qMax(m_lastHlc, e.clock);
    std::visit([this](const auto &r) { table<std::decay_t<decltype(r)>>().insert(r.meta.id, r); },
               row);
}

const WorkshopInfo &Workshop::info() const
{
    return *find<WorkshopInfo>(m_workshopId);
}

int Workshop::liveCount(EntityKind kind) const
{
    int n = 0;
    std::apply(
        [&](const auto &...tables) {
            auto countLive = [&](const auto &t) {
                for (const auto &row : t) {
                    if (std::decay_t<decltype(row)>::spec().kind == kind && !row.meta.deleted)
                        ++n;
                }
            };
            (countLive(tables), ...);
        },
        m_tables);
    return n;
}

ChangeSet Workshop::allRows() const
{
    ChangeSet all;
    std::apply(
        [&](const auto &...tables) {
            auto append = [&](const auto &t) {
                auto rows = t.values();
                std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
                    return a.meta.created != b.meta.created ? a.meta.created < b.meta.created
                                                            : a.meta.id < b.meta.id;
                });
                for (const auto &row : rows)
                    all << AnyRow(row);
            };
            (append(tables), ...);
        },
        m_tables);
    return all;
}

const Participant *Workshop::participantNamed(const QString &name) const
{
    for (const Participant &p : table<Participant>()) {
        if (!p.meta.deleted && p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const RowMeta *Workshop::findMeta(EntityKind kind, const QUuid &id) const
{
    return visitKind(kind, [&](auto tag) -> const RowMeta * {
        const auto *row = find<decltype(tag)>(id);
        return row ? &row->meta : nullptr;
    });
}

// Checks a change set against the rules no file may break: valid values, references that
// resolve (to a row here or in the set), no component nested in itself, one workshop record.
Status Workshop::checkRows(const ChangeSet &rows) const
{
    QHash<RowKey, EntityKind> incoming;
    QHash<RowKey, QUuid> parents; // component -> parent, after the change
    for (const Component &c : table<Component>())
        parents.insert(c.meta.id, c.parent);
    QList<QUuid> changedComponents;
    for (const AnyRow &row : rows) {
        const RowMeta &m = metaOf(row);
        const TableSpec &spec = specOf(kindOf(row));
        if (m.id.isNull())
            return fieldError(spec, m.id, "id", tr("is missing"));
        if (incoming.contains(m.id))
            return Error{
                Error::InvalidInput,
                tr("The identifier %1 is used twice.").arg(m.id.toString(QUuid::WithoutBraces))};
        if (const RowMeta *existing = findMeta(kindOf(row), m.id); !existing) {
            // A new id must not belong to a row of another kind.
            for (const TableSpec *other : allSpecs()) {
                if (findMeta(other->kind, m.id))
                    return Error{Error::InvalidInput,
                                 tr("The identifier %1 is used twice.")
                                     .arg(m.id.toString(QUuid::WithoutBraces))};
            }
        }
        incoming.insert(m.id, kindOf(row));
        // An edit names the row as people know it now, not as the edit would leave it.
        const QVariantList values = valuesOf(row);
        const QVariantList stored = visitKind(kindOf(row), [&](auto tag) {
            const auto *known = find<decltype(tag)>(m.id);
            return known ? known->values() : values;
        });
        if (Status s = validateValues(spec, values, stored); !s)
            return s;
        if (kindOf(row) == EntityKind::Workshop && !m_workshopId.isNull() && m.id != m_workshopId)
            return Error{Error::InvalidInput, tr("A file holds exactly one workshop.")};
        if (const auto *c = std::get_if<Component>(&row)) {
            parents.insert(c->meta.id, c->parent);
            changedComponents << c->meta.id;
        }
        if (const auto *d = std::get_if<Dependency>(&row); d && d->from == d->to)
            return fieldError(spec, values, "toComponent", tr("is the depending component itself"));
        if (const auto *e = std::get_if<Estimate>(&row);
            e && e->meta.id != estimateId(e->participant, e->failureMode))
            return fieldError(spec, m.id, "id",
                              tr("does not belong to its participant and failure mode"));
    }
    for (const AnyRow &row : rows) {
        const TableSpec &spec = specOf(kindOf(row));
        const QVariantList values = valuesOf(row);
        for (size_t i = 0; i < spec.fields.size(); ++i) {
            const FieldSpec &f = spec.fields[i];
            if (!f.isReference || values[int(i)].isNull())
                continue;
            const QUuid target = QUuid::fromString(values[int(i)].toString());
            const bool inChangeSet =
                incoming.contains(target) && incoming.value(target) == f.references;
            const bool resolves = inChangeSet || findMeta(f.references, target);
            if (!resolves)
                return fieldError(spec, values, f.name,
                                  tr("refers to a %1 that does not exist")
                                      .arg(specOf(f.references).displayNoun()));
        }
    }
    // Components nest (a service inside a boundary inside a layer), but never in themselves. Only
    // a changed component can close a new loop, so an old one elsewhere does not block this edit
    // (validate reports it).
    if (const QUuid looped = findParentCycle(parents, changedComponents); !looped.isNull()) {
        // Named as on the canvas: the incoming version if the change renames it.
        QString name;
        if (const Component *known = find<Component>(looped))
            name = known->name;
        for (const AnyRow &row : rows) {
            if (const auto *c = std::get_if<Component>(&row); c && c->meta.id == looped)
                name = c->name;
        }
        return Error{Error::InvalidInput,
                     tr("The component “%1” would be nested inside itself.").arg(elided(name))};
    }
    return {};
}

ChangeSet Workshop::withoutAuthorsIfUnrecorded(const ChangeSet &changes) const
{
    bool record = m_workshopId.isNull() || info().recordAuthors;
    for (const AnyRow &row : changes) {
        if (const auto *w = std::get_if<WorkshopInfo>(&row))
            record = w->recordAuthors;
    }
    if (record)
        return changes;
    ChangeSet stripped = changes;
    for (AnyRow &row : stripped) {
        if (auto *note = std::get_if<Note>(&row))
            note->author = QUuid();
    }
    return stripped;
}

qint64 Workshop::nextHlc(qint64 floor)
{
    // A hybrid logical clock: wall time in ms times 1000 plus a counter, never going backwards
    // even when the laptop's clock does. It stays below 2^53, so JSON numbers carry it exactly.
    // floor: a row's base clock, which an edit must pass to win a merge (rows may carry a
    // creation time from another machine's clock).
    const qint64 wall = QDateTime::currentMSecsSinceEpoch() * 1000;
    m_lastHlc = qMax(qMax(wall, m_lastHlc + 1), floor);
    return m_lastHlc;
}

Result<ChangeSet> Workshop::apply(const ChangeSet &requested)
{
    return apply(requested, QUuid());
}

Result<ChangeSet> Workshop::apply(const ChangeSet &requested, const QUuid &writer)
{
    const auto inverses = applyEach({WriterChanges{requested, writer}});
    if (!inverses)
        return inverses.error();
    return inverses->first();
}

Result<QList<ChangeSet>> Workshop::applyEach(const QList<WriterChanges> &parts)
{
    if (isReadOnly())
        return Error{Error::ReadOnly, readOnlyReason()};
    ChangeSet stamped;
    QList<ChangeSet> inverses;
    QList<RowChange> summary;
    for (const WriterChanges &part : parts) {
        ChangeSet inverse;
        if (Status s = stampChanges(part.changes, part.writer, &stamped, &inverse, &summary); !s)
            return s.error();
        inverses << inverse;
    }
    if (stamped.isEmpty())
        return inverses;
    if (Status s = m_store->write(stamped); !s)
        return s.error();
    for (const AnyRow &row : stamped)
        store(row);
    if (m_workshopId.isNull()) {
        for (const AnyRow &row : stamped) {
            if (kindOf(row) == EntityKind::Workshop)
                m_workshopId = metaOf(row).id;
        }
    }
    emit changed(summary);
    return inverses;
}

Status Workshop::stampChanges(const ChangeSet &requested, const QUuid &writer, ChangeSet *stamped,
                              ChangeSet *inverse, QList<RowChange> *summary)
{
    // "Do not record authors" is enforced here, on the one write path every edit takes (GUI,
    // CLI, import through apply), rather than in each place that makes notes: none can forget.
    // The workshop record in the same change set decides, so turning the setting off and
    // clearing the authors is one step, and its undo puts them back. Merges (applyVerbatim)
    // are stripped by the merger instead. A deleted note keeps neither text nor author, for the
    // same reason: every deletion (board, room, cascade) passes here; its undo puts them back.
    const ChangeSet changes = withoutTombstoneContent(withoutAuthorsIfUnrecorded(requested));
    if (Status s = checkRows(changes); !s)
        return s.error();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (AnyRow row : changes) {
        const EntityKind kind = kindOf(row);
        RowMeta &m = metaRef(row);
        const RowMeta *existing = findMeta(kind, m.id);
        if (existing) {
            const AnyRow before = std::visit(
                [&](const auto &r) -> AnyRow {
                    return *find<std::decay_t<decltype(r)>>(r.meta.id);
                },
                row);
            if (existing->deleted == m.deleted && valuesOf(before) == valuesOf(row))
                continue; // nothing to write
            inverse->prepend(before);
            *summary << RowChange{
                kind, m.id,
                m.deleted ? RowChange::Removed
                          : (existing->deleted ? RowChange::Added : RowChange::Updated)};
            m.created = existing->created;
            // Only the fields this write changes get its clock, so that a merge keeps another
            // file's later edit of a different field of the same row.
            const qint64 base = FieldClocks::baseClock(m.created);
            m.hlc = nextHlc(base + 1);
            m.clocks = existing->clocks;
            const QVariantList oldValues = valuesOf(before), newValues = valuesOf(row);
            for (int i = 0; i < oldValues.size(); ++i) {
                if (oldValues[i] != newValues[i])
                    m.clocks.stamp(i, m.hlc, base);
            }
            if (existing->deleted != m.deleted)
                m.clocks.stamp(FieldClocks::kDeleted, m.hlc, base);
        } else {
            AnyRow undo = row;
            metaRef(undo).deleted = true;
            inverse->prepend(undo);
            *summary << RowChange{kind, m.id, m.deleted ? RowChange::Removed : RowChange::Added};
            m.created = m.created > 0 ? m.created : now;
            m.hlc = nextHlc(FieldClocks::baseClock(m.created));
            m.clocks = FieldClocks(); // a new row's fields all carry its base clock
        }
        m.modified = now;
        m.writer = writer.isNull() ? writerId() : writer;
        *stamped << row;
    }
    return {};
}

Result<RowPatch> Workshop::applyVerbatim(const RowPatch &patch)
{
    if (isReadOnly())
        return Error{Error::ReadOnly, readOnlyReason()};
    QHash<RowKey, EntityKind> erased;
    for (const RowRef &r : patch.erased) {
        if (!findMeta(r.kind, r.id))
            return Error{
                Error::NotFound,
                tr("The %1 to take out is no longer there.").arg(specOf(r.kind).displayNoun())};
        if (r.kind == EntityKind::Workshop)
            return Error{Error::InvalidInput, tr("The workshop record cannot be deleted.")};
        erased.insert(r.id, r.kind);
    }
    if (Status s = checkRows(patch.rows); !s)
        return s.error();
    for (const AnyRow &row : patch.rows) {
        const RowMeta &m = metaOf(row);
        const TableSpec &spec = specOf(kindOf(row));
        if (erased.contains(m.id))
            return Error{
                Error::InvalidInput,
                tr("The identifier %1 is used twice.").arg(m.id.toString(QUuid::WithoutBraces))};
        if (Status s = m.clocks.checkRow(spec, m.id, m.deleted, valuesOf(row)); !s)
            return s.error();
        if (spec.kind == EntityKind::Workshop && m.deleted)
            return Error{Error::InvalidInput, tr("The workshop record cannot be deleted.")};
    }
    // Rows leave no tombstone here, so nothing may be left pointing at them.
    if (!erased.isEmpty()) {
        QHash<RowKey, AnyRow> after;
        for (const AnyRow &row : allRows())
            after.insert(metaOf(row).id, row);
        for (const AnyRow &row : patch.rows)
            after.insert(metaOf(row).id, row);
        for (const AnyRow &row : std::as_const(after)) {
            if (erased.contains(metaOf(row).id))
                continue;
            const TableSpec &spec = specOf(kindOf(row));
            const QVariantList values = valuesOf(row);
            for (size_t i = 0; i < spec.fields.size(); ++i) {
                const QVariant &v = values[int(i)];
                if (spec.fields[i].isReference && !v.isNull() &&
                    erased.contains(QUuid::fromString(v.toString())))
                    return fieldError(spec, metaOf(row).id, spec.fields[i].name,
                                      tr("refers to a %1 that is being taken out")
                                          .arg(specOf(spec.fields[i].references).displayNoun()));
            }
        }
    }

    ChangeSet written;
    RowPatch inverse;
    QList<RowChange> summary;
    for (const AnyRow &row : patch.rows) {
        const EntityKind kind = kindOf(row);
        const RowMeta &m = metaOf(row);
        const std::optional<AnyRow> before =
            visitKind(kind, [&](auto tag) -> std::optional<AnyRow> {
                const auto *existing = find<decltype(tag)>(m.id);
                return existing ? std::optional<AnyRow>(*existing) : std::nullopt;
            });
        if (before) {
            if (metaOf(*before) == m && valuesOf(*before) == valuesOf(row))
                continue; // already there, bookkeeping and all
            inverse.rows.prepend(*before);
            const bool wasDeleted = metaOf(*before).deleted;
            summary << RowChange{kind, m.id,
                                 m.deleted ? RowChange::Removed
                                           : (wasDeleted ? RowChange::Added : RowChange::Updated)};
        } else {
            inverse.erased.prepend(RowRef{kind, m.id});
            summary << RowChange{kind, m.id, m.deleted ? RowChange::Removed : RowChange::Added};
        }
        written << row;
    }
    for (const RowRef &r : patch.erased) {
        visitKind(r.kind, [&](auto tag) { inverse.rows << AnyRow(*find<decltype(tag)>(r.id)); });
        summary << RowChange{r.kind, r.id, RowChange::Removed};
    }
    if (written.isEmpty() && patch.erased.isEmpty())
        return RowPatch{};
    if (Status s = m_store->write(written, patch.erased); !s)
        return s.error();
    for (const AnyRow &row : written)
        store(row);
    for (const RowRef &r : patch.erased)
        visitKind(r.kind, [&](auto tag) { table<decltype(tag)>().remove(r.id); });
    emit changed(summary);
    return inverse;
}

Result<ChangeSet> Workshop::add(AnyRow row)
{
    RowMeta &m = metaRef(row);
    if (m.id.isNull())
        m.id = QUuid::createUuid();
    else if (findMeta(kindOf(row), m.id))
        return Error{Error::InvalidInput, tr("That item exists already.")};
    m.deleted = false;
    return apply({row});
}

Result<ChangeSet> Workshop::update(const AnyRow &row)
{
    const RowMeta *existing = findMeta(kindOf(row), metaOf(row).id);
    if (!existing || existing->deleted)
        return Error{Error::NotFound, tr("The %1 no longer exists; it may have been deleted.")
                                          .arg(specOf(kindOf(row)).displayNoun())};
    AnyRow live = row;
    metaRef(live).deleted = false;
    return apply({live});
}

Result<ChangeSet> Workshop::remove(EntityKind kind, const QList<QUuid> &ids)
{
    const QSet<QUuid> removed(ids.cbegin(), ids.cend());
    ChangeSet changes;
    QSet<QUuid> queued;
    auto queue = [&](AnyRow row) {
        const QUuid id = metaOf(row).id;
        if (queued.contains(id)) {
            for (AnyRow &r : changes) {
                if (metaOf(r).id == id)
                    r = row;
            }
            return;
        }
        queued.insert(id);
        changes << row;
    };
    // The latest queued state of a row, so several cascades can edit the same row.
    auto current = [&](const auto &row) {
        using T = std::decay_t<decltype(row)>;
        for (const AnyRow &r : changes) {
            if (metaOf(r).id == row.meta.id)
                return std::get<T>(r);
        }
        return row;
    };
    for (const QUuid &id : ids) {
        const RowMeta *m = findMeta(kind, id);
        if (!m || m->deleted)
            return Error{Error::NotFound, tr("The %1 no longer exists; it may have been deleted.")
                                              .arg(specOf(kind).displayNoun())};
        if (kind == EntityKind::Workshop)
            return Error{Error::InvalidInput, tr("The workshop record cannot be deleted.")};
    }
    for (const QUuid &id : ids) {
        visitKind(kind, [&](auto tag) {
            auto row = *find<decltype(tag)>(id);
            row.meta.deleted = true;
            queue(row);
        });
    }
    if (kind == EntityKind::Component) {
        for (const Component &c : rows<Component>()) {
            if (removed.contains(c.parent) && !removed.contains(c.meta.id)) {
                Component child = current(c);
                child.parent = QUuid();
                queue(child);
            }
        }
        for (const FailureMode &f : rows<FailureMode>()) {
            if (removed.contains(f.component)) {
                FailureMode detached = current(f);
                detached.component = QUuid();
                queue(detached);
            }
        }
        for (const Note &n : rows<Note>()) {
            if (removed.contains(n.component)) {
                Note detached = current(n);
                detached.component = QUuid();
                queue(detached);
            }
        }
        // An arrow needs both ends.
        for (Dependency d : rows<Dependency>()) {
            if (removed.contains(d.from) || removed.contains(d.to)) {
                d.meta.deleted = true;
                queue(d);
            }
        }
    } else if (kind == EntityKind::FailureMode) {
        for (const Note &n : rows<Note>()) {
            if (removed.contains(n.failureMode)) {
                Note detached = current(n);
                detached.failureMode = QUuid();
                queue(detached);
            }
        }
        for (Mitigation m : rows<Mitigation>()) {
            if (removed.contains(m.failureMode)) {
                m.meta.deleted = true;
                queue(m);
            }
        }
        for (Vote v : rows<Vote>()) {
            if (removed.contains(v.failureMode)) {
                v.meta.deleted = true;
                queue(v);
            }
        }
        for (Estimate e : rows<Estimate>()) {
            if (removed.contains(e.failureMode)) {
                e.meta.deleted = true;
                queue(e);
            }
        }
    } else if (kind == EntityKind::Participant) {
        // Notes keep their author (the tombstone still names them); votes and estimates go.
        for (Vote v : rows<Vote>()) {
            if (removed.contains(v.participant)) {
                v.meta.deleted = true;
                queue(v);
            }
        }
        for (Estimate e : rows<Estimate>()) {
            if (removed.contains(e.participant)) {
                e.meta.deleted = true;
                queue(e);
            }
        }
    }
    return apply(changes);
}

Result<ChangeSet> Workshop::moveNotes(const QList<NotePosition> &positions)
{
    ChangeSet changes;
    for (const NotePosition &p : positions) {
        const Note *note = findLive<Note>(p.note);
        if (!note)
            return Error{Error::NotFound, tr("A note being moved no longer exists.")};
        Note moved = *note;
        moved.x = p.x;
        moved.y = p.y;
        changes << moved;
    }
    return apply(changes);
}

Result<ChangeSet> Workshop::stackNotes(const QList<QUuid> &noteIds, const QString &title)
{
    if (noteIds.isEmpty())
        return Error{Error::InvalidInput, tr("Select the notes to stack first.")};
    FailureMode mode;
    mode.meta.id = QUuid::createUuid();
    ChangeSet changes;
    for (const QUuid &id : noteIds) {
        const Note *note = findLive<Note>(id);
        if (!note)
            return Error{Error::NotFound, tr("A note being stacked no longer exists.")};
        if (changes.isEmpty()) {
            mode.title = title.trimmed().isEmpty() ? note->text.left(120).simplified() : title;
            mode.component = note->component;
            mode.category = note->category;
            changes << mode;
        }
        Note stacked = *note;
        stacked.failureMode = mode.meta.id;
        changes << stacked;
    }
    return apply(changes);
}

QStringList Workshop::problems() const
{
    QStringList problems = m_store->integrityProblems();
    if (Status s = checkRows({}); !s)
        problems << s.error().message;
    QHash<RowKey, QUuid> parents;
    for (const Component &c : table<Component>())
        parents.insert(c.meta.id, c.parent);
    if (const QUuid looped = findParentCycle(parents, parents.keys()); !looped.isNull())
        problems << tr("The component “%1” is nested inside itself.")
                        .arg(elided(find<Component>(looped)->name));
    const ChangeSet all = allRows();
    for (const AnyRow &row : all) {
        const TableSpec &spec = specOf(kindOf(row));
        if (const auto *e = std::get_if<Estimate>(&row);
            e && e->meta.id != estimateId(e->participant, e->failureMode))
            problems << fieldError(spec, e->meta.id, "id",
                                   tr("does not belong to its participant and failure mode"))
                            .message;
        const QVariantList values = valuesOf(row);
        for (size_t i = 0; i < spec.fields.size(); ++i) {
            const FieldSpec &f = spec.fields[i];
            if (f.isReference && !values[int(i)].isNull() &&
                !findMeta(f.references, QUuid::fromString(values[int(i)].toString())))
                problems << fieldError(spec, values, f.name,
                                       tr("refers to a %1 that does not exist")
                                           .arg(specOf(f.references).displayNoun()))
                                .message;
        }
    }
    return problems;
}

} // namespace pm

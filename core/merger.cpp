#include "merger.h"

#include "mergereport.h"
#include "rowcodec.h"
#include "rowjoin.h"
#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace pm {

namespace {

std::optional<AnyRow> findRow(const Workshop &w, EntityKind kind, const QUuid &id)
{
    return visitKind(kind, [&](auto tag) -> std::optional<AnyRow> {
        const auto *row = w.find<decltype(tag)>(id);
        return row ? std::optional<AnyRow>(*row) : std::nullopt;
    });
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo x(a), y(b);
    return x.absoluteFilePath() == y.absoluteFilePath() ||
           (!x.canonicalFilePath().isEmpty() && x.canonicalFilePath() == y.canonicalFilePath());
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

// The order rows are written and reported in: tables in dependency order, then creation order.
bool rowOrder(const WrittenRow *a, const WrittenRow *b)
{
    return std::tie(a->kind, a->meta.created, a->meta.id) <
           std::tie(b->kind, b->meta.created, b->meta.id);
}

// The slot (see WrittenRow) of a note's author.
int authorSlot()
{
    static const int slot = [] {
        const TableSpec &spec = Note::spec();
        for (int i = 0; i < int(spec.fields.size()); ++i) {
            if (qstrcmp(spec.fields[size_t(i)].name, "author") == 0)
                return i + 1;
        }
        Q_UNREACHABLE();
    }();
    return slot;
}

// In a workshop that does not record authors, no note keeps one, whichever file it came from.
// Decided on the joined rows alone, like the other fix-ups, so the order of the files does not
// matter. The clock stays: merging a file that still names the author again strips it again
// instead of bringing it back. Returns the notes that lost their author.
QSet<QUuid> stripAuthors(QHash<RowKey, WrittenRow> &merged, const Workshop &target,
                         const QUuid &workshopId)
{
    const auto record = merged.constFind(workshopId);
    const bool recordAuthors = record == merged.constEnd()
                                   ? target.info().recordAuthors
                                   : std::get<WorkshopInfo>(record->shown()).recordAuthors;
    if (recordAuthors)
        return {};
    for (const AnyRow &row : target.allRows()) { // tombstones too: they keep their author
        const auto *note = std::get_if<Note>(&row);
        if (note && !note->author.isNull() && !merged.contains(note->meta.id))
            merged.insert(note->meta.id, WrittenRow::fromRow(row, 0));
    }
    const int slot = authorSlot();
    QSet<QUuid> stripped;
    for (WrittenRow &w : merged) {
        if (w.kind == EntityKind::Note && !w.values[slot - 1].isNull()) {
            w.values[slot - 1] = QVariant();
            stripped.insert(w.meta.id);
        }
    }
    return stripped;
}

} // namespace

Merger::Merger(Workshop &target, MergeOptions options) : m_target(target), m_options(options) {}

Merger::~Merger() = default;

Status Merger::addSource(const QString &path)
{
    return addSources({path});
}

Status Merger::addSources(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (sameFile(path, m_target.path()))
            return Error{Error::InvalidInput, tr("“%1” is the workshop being merged into; choose "
                                                 "other files to merge.")
                                                  .arg(shown(path))};
    }
    for (Result<SourceRows> &source : SourceRows::readAll(paths)) {
        if (!source)
            return source.error();
        if (Status s = add(std::move(source).value()); !s)
            return s;
    }
    return {};
}

Status Merger::addSource(const Workshop &source, const QString &label)
{
    if (&source == &m_target)
        return Error{
            Error::InvalidInput,
            tr("“%1” is the workshop being merged into; choose other files to merge.").arg(label)};
    if (source.openedVersion() > kSchemaVersion)
        return Error{Error::Unsupported,
                     tr("“%1” was written by a newer version of Premortem; update Premortem to "
                        "merge it.")
                         .arg(label)};
    return add(SourceRows::of(source, label));
}

Status Merger::add(SourceRows source)
{
    const QString &label = source.label;
    if (sameFile(source.path, m_target.path()))
        return Error{
            Error::InvalidInput,
            tr("“%1” is the workshop being merged into; choose other files to merge.").arg(label)};
    if (source.info.meta.id != m_target.info().meta.id && !m_options.acrossWorkshops)
        return Error{Error::InvalidInput,
                     tr("“%1” is a different workshop (“%2”) from this one (“%3”); merging would "
                        "mix two boards. It was not merged. Merge different workshops only on "
                        "purpose, with the option to do so.")
                         .arg(label, source.info.title, m_target.info().title)};
    // Rows are matched by id alone, so one id must name one kind of row everywhere.
    if (m_owners.isEmpty()) {
        for (const AnyRow &row : m_target.allRows())
            m_owners.insert(metaOf(row).id, Owner{kindOf(row), 0});
    }
    for (const AnyRow &row : std::as_const(source.rows)) {
        const auto it = m_owners.constFind(metaOf(row).id);
        if (it == m_owners.constEnd() || it->kind == kindOf(row))
            continue;
        return Error{Error::InvalidInput,
                     tr("“%1” and %2 use the same identifier %3 for a %4 and for a %5; the files "
                        "cannot be merged. Nothing was changed.")
                         .arg(label,
                              it->input == 0 ? tr("this workshop")
                                             : tr("“%1”").arg(m_sources[it->input - 1].label),
                              metaOf(row).id.toString(QUuid::WithoutBraces),
                              specOf(kindOf(row)).displayNoun(), specOf(it->kind).displayNoun())};
    }
    const int input = int(m_sources.size()) + 1;
    for (const AnyRow &row : std::as_const(source.rows))
        m_owners.insert(metaOf(row).id, Owner{kindOf(row), input});
    m_sources << std::move(source);
    return {};
}

Result<MergePlan> Merger::plan() const
{
    const QUuid workshopId = m_target.info().meta.id;
    // Every row a source has, joined over the sources in order and then with the target's
    // version (input 0), so that on a tie the target, then the earlier file, is credited.
    QHash<RowKey, WrittenRow> merged;
    for (int i = 0; i < m_sources.size(); ++i) {
        for (const AnyRow &row : m_sources[i].rows) {
            // One workshop record per file: the target's. Another workshop's stays out, and so
            // does a preparation pack's: the participant only read it, and its preparedFor
            // must not turn the facilitator's workshop into a pack.
            if (kindOf(row) == EntityKind::Workshop &&
                (metaOf(row).id != workshopId || !m_sources[i].info.preparedFor.isNull()))
                continue;
            WrittenRow version = WrittenRow::fromRow(row, i + 1);
            auto it = merged.find(version.meta.id);
            if (it == merged.end())
                merged.insert(version.meta.id, std::move(version));
            else
                *it = join(*it, version);
        }
    }
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        if (const std::optional<AnyRow> mine = findRow(m_target, it->kind, it->meta.id))
            *it = join(WrittenRow::fromRow(*mine, 0), *it);
    }
    // The fix-ups look at whole tables: add the target's components and votes no source has.
    for (const AnyRow &row : m_target.allRows()) {
        const EntityKind kind = kindOf(row);
        if ((kind == EntityKind::Component || kind == EntityKind::Vote) &&
            !merged.contains(metaOf(row).id))
            merged.insert(metaOf(row).id, WrittenRow::fromRow(row, 0));
    }
    QList<WrittenRow *> components, votes; // into the hash, which no longer grows
    for (WrittenRow &w : merged) {
        if (w.kind == EntityKind::Component)
            components << &w;
        else if (w.kind == EntityKind::Vote)
            votes << &w;
    }
    holdBackParentCycles(components);
    holdBackExtraVotes(votes);
    const QSet<QUuid> stripped = stripAuthors(merged, m_target, workshopId);

    QList<const WrittenRow *> ordered;
    ordered.reserve(merged.size());
    for (const WrittenRow &w : std::as_const(merged))
        ordered << &w;
    std::sort(ordered.begin(), ordered.end(), rowOrder);

    MergePlan plan;
    int strippedWritten = 0;
    for (const WrittenRow *w : std::as_const(ordered)) {
        const AnyRow row = w->shown();
        const std::optional<AnyRow> mine = findRow(m_target, w->kind, w->meta.id);
        if (!mine || !(metaOf(*mine) == metaOf(row)) || valuesOf(*mine) != valuesOf(row)) {
            plan.patch.rows << row;
            strippedWritten += int(stripped.contains(w->meta.id));
        }
    }
    QList<MergeInput> inputs{{shown(m_target.path()), [this](EntityKind kind, const QUuid &id) {
                                  return findRow(m_target, kind, id);
                              }}};
    for (const SourceRows &s : m_sources) {
        inputs << MergeInput{s.label, [&s](EntityKind kind, const QUuid &id) {
                                 return s.find(kind, id);
                             }};
        if (s.info.meta.id != workshopId)
            plan.changes << tr("“%1” is another workshop (“%2”): its rows were added to this one, "
                               "whose title and scenario stay as they are.")
                                .arg(s.label, s.info.title);
    }
    plan.changes << describeMerge(inputs, ordered);
    if (strippedWritten > 0)
        plan.changes << tr("This workshop does not record authors: %n note(s) were merged without "
                           "their author.",
                           nullptr, strippedWritten);
    return plan;
}

Result<MergeResult> Merger::merge()
{
    Result<MergePlan> planned = plan();
    if (!planned)
        return planned.error();
    MergeResult result;
    result.changes = planned->changes;
    if (planned->patch.isEmpty())
        return result;
    Result<RowPatch> undo = m_target.applyVerbatim(planned->patch);
    if (!undo)
        return undo.error();
    result.undo = std::move(undo).value();
    return result;
}

} // namespace pm

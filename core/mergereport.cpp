#include "mergereport.h"

#include "rowcodec.h"
#include "rowtext.h"
#include "workshop.h" // RowKey

#include <QCoreApplication>

#include <map>
#include <tuple>

namespace pm {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pm::Merger", text, nullptr, n);
}

QString added(EntityKind kind, int n, const QString &author, const QString &file)
{
    switch (kind) {
    case EntityKind::Note:
        return author.isEmpty() ? tr("Added %n note(s) from %1", n).arg(file)
                                : tr("Added %n note(s) by %1 from %2", n).arg(author, file);
    case EntityKind::Participant:
        return tr("Added %n participant(s) from %1", n).arg(file);
    case EntityKind::Component:
        return tr("Added %n component(s) from %1", n).arg(file);
    case EntityKind::FailureMode:
        return tr("Added %n failure mode(s) from %1", n).arg(file);
    case EntityKind::Mitigation:
        return tr("Added %n mitigation(s) from %1", n).arg(file);
    case EntityKind::Vote:
        return tr("Added %n vote(s) from %1", n).arg(file);
    case EntityKind::Dependency:
        return tr("Added %n dependency arrow(s) from %1", n).arg(file);
    case EntityKind::Estimate:
        return tr("Added %n estimate(s) from %1", n).arg(file);
    case EntityKind::Workshop:
        break;
    }
    return tr("Added %n row(s) from %1", n).arg(file);
}

bool sameAspect(const QList<int> &aspect, const QVariantList &a, const QVariantList &b)
{
    for (int field : aspect) {
        if (compareValues(a[field], b[field]) != 0)
            return false;
    }
    return true;
}

class Report
{
public:
    Report(const QList<MergeInput> &inputs, const QList<const WrittenRow *> &merged)
        : m_inputs(inputs)
    {
        for (const WrittenRow *w : merged)
            m_shown.insert(w->meta.id, w->shown());
        m_lookup = [this](EntityKind kind, const QUuid &id) -> std::optional<AnyRow> {
            const auto it = m_shown.constFind(id);
            if (it != m_shown.constEnd())
                return *it;
            return m_inputs[0].find(kind, id);
        };
    }

    QStringList describe(const QList<const WrittenRow *> &merged)
    {
        for (const WrittenRow *w : merged)
            describeRow(*w);
        QStringList changes;
        for (const auto &[key, count] : m_added) {
            const auto &[input, kind, author] = key;
            changes << added(EntityKind(kind), count, author, m_inputs[input].label);
        }
        for (const auto &[input, count] : m_estimates)
            changes << tr("Took %n changed estimate(s) from %1", count).arg(label(input));
        return changes + m_rowChanges;
    }

private:
    void describeRow(const WrittenRow &w)
    {
        const AnyRow result = m_shown.value(w.meta.id);
        const std::optional<AnyRow> before = m_inputs[0].find(w.kind, w.meta.id);
        const bool deletedNow = metaOf(result).deleted;
        const QString title = rowTitle(result, m_lookup);
        const QString noun = specOf(w.kind).displayNoun();
        if (!before) {
            if (deletedNow)
                return; // a tombstone only: nothing anybody sees
            const int origin = *std::min_element(w.inputs.cbegin(), w.inputs.cend());
            QString author;
            if (const Note *note = std::get_if<Note>(&result); note && !note->author.isNull()) {
                if (const auto p = m_lookup(EntityKind::Participant, note->author))
                    author = std::get<Participant>(*p).name;
            }
            ++m_added[{origin, int(w.kind), author}];
            return;
        }
        if (w.kind == EntityKind::Estimate) {
            // Estimates may be hidden or anonymous: say how many changed, never whose or what.
            const int input = *std::max_element(w.inputs.cbegin(), w.inputs.cend());
            if (input > 0 &&
                (metaOf(*before).deleted != deletedNow || valuesOf(*before) != valuesOf(result)))
                ++m_estimates[input];
            return;
        }
        m_before = *before;
        const bool deletedBefore = metaOf(*before).deleted;
        if (deletedBefore && deletedNow)
            return;
        if (!deletedBefore && deletedNow) {
            // Named as this file knows it: a deleted note keeps no text of its own.
            const QString known = rowTitle(*before, m_lookup);
            m_rowChanges << (w.held[0] ? tr("%1 counts once: only the later of two votes is kept.")
                                             .arg(capitalised(known))
                                       : tr("%1 %2 deleted in %3.")
                                             .arg(capitalised(noun), known, label(w.inputs[0])));
            return;
        }
        if (deletedBefore) {
            m_rowChanges
                << tr("%1 %2 restored from %3.").arg(capitalised(noun), title, label(w.inputs[0]));
            return;
        }
        const TableSpec &spec = specOf(w.kind);
        const QVariantList old = valuesOf(*before), now = valuesOf(result);
        QList<WrittenRow> theirs; // the sources' live versions of the row
        for (int input = 1; input < m_inputs.size(); ++input) {
            const std::optional<AnyRow> row = m_inputs[input].find(w.kind, w.meta.id);
            if (row && !metaOf(*row).deleted)
                theirs << WrittenRow::fromRow(*row, input);
        }
        for (const QList<int> &aspect : fieldAspects(spec)) {
            if (!sameAspect(aspect, old, now))
                describeField(w, spec, aspect, old, now, title);
            else if (!w.held[aspect[0] + 1])
                describeKept(w, spec, aspect, theirs, now, title);
        }
    }

    void describeField(const WrittenRow &w, const TableSpec &spec, const QList<int> &aspect,
                       const QVariantList &old, const QVariantList &now, const QString &title)
    {
        const int slot = aspect[0] + 1;
        const QString what = aspectLabel(spec, aspect);
        const FieldClocks::Entry *wasHeld = metaOf(m_before).clocks.find(aspect[0]);
        if (wasHeld && !wasHeld->heldBack.isNull() && !w.held[slot] &&
            compareValues(now[aspect[0]], wasHeld->heldBack) == 0) {
            m_rowChanges << tr("%1 is inside %2 again: they no longer nest in each other.")
                                .arg(capitalised(title), aspectValue(spec, aspect, now, m_lookup));
            return;
        }
        if (w.held[slot]) {
            m_rowChanges << tr("%1 is no longer inside %2: the merged files would nest it "
                               "inside itself, so the older placement gives way.")
                                .arg(capitalised(title), aspectValue(spec, aspect, old, m_lookup));
            return;
        }
        int input = 0;
        for (int field : aspect)
            input = qMax(input, w.inputs[field + 1]);
        m_rowChanges << (input == 0
                             ? tr("%1 of %2: %3 → %4.")
                                   .arg(what, title, aspectValue(spec, aspect, old, m_lookup),
                                        aspectValue(spec, aspect, now, m_lookup))
                             : tr("%1 of %2: %3 → %4 (newer, from %5).")
                                   .arg(what, title, aspectValue(spec, aspect, old, m_lookup),
                                        aspectValue(spec, aspect, now, m_lookup), label(input)));
    }

    // The target's value stayed although a source has another: say so, as people expect to
    // see their edit.
    void describeKept(const WrittenRow &w, const TableSpec &spec, const QList<int> &aspect,
                      const QList<WrittenRow> &theirs, const QVariantList &now,
                      const QString &title)
    {
        for (const WrittenRow &written : theirs) {
            if (sameAspect(aspect, written.values, w.values))
                continue;
            // A value never edited in that file is only an old copy, not an edit that lost.
            const qint64 base = FieldClocks::baseClock(written.meta.created);
            bool edited = false;
            for (int field : aspect)
                edited = edited || written.clocks[field + 1] != base;
            if (!edited)
                continue;
            bool newer = true;
            for (int field : aspect)
                newer = newer && w.clocks[field + 1] > written.clocks[field + 1];
            const QString kept = aspectValue(spec, aspect, now, m_lookup);
            const QString over = aspectValue(spec, aspect, written.values, m_lookup);
            m_rowChanges << (newer ? tr("%1 of %2: kept %3 (newer) over %4 from %5.")
                                   : tr("%1 of %2: kept %3 over %4 from %5 (written at the same "
                                        "time; the same value wins everywhere)."))
                                .arg(aspectLabel(spec, aspect), title, kept, over,
                                     label(written.metaInput));
        }
    }

    QString label(int input) const { return m_inputs.value(input).label; }

    const QList<MergeInput> &m_inputs;
    QHash<RowKey, AnyRow> m_shown;
    RowLookup m_lookup;
    std::map<std::tuple<int, int, QString>, int> m_added; // (input, kind, author) -> count
    std::map<int, int> m_estimates;                       // input -> estimates changed
    QStringList m_rowChanges;
    AnyRow m_before; // the target's version of the row being described
};

} // namespace

QStringList describeMerge(const QList<MergeInput> &inputs, const QList<const WrittenRow *> &merged)
{
    Report report(inputs, merged);
    return report.describe(merged);
}

} // namespace pm

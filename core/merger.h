#pragma once

// Folds other .premortem files into a workshop (after KeePassXC's Merger: a source, a target and
// a list of changes for people). Rows are matched by id; each field keeps the write with the
// greater clock, so the result does not depend on the order of the files nor on merging a file
// twice. docs/file-format.md "Merging" states the rules; this class applies them:
//
//  1. join: per field (and per `deleted` flag) the greatest (clock, value) wins; created is the
//     earliest, hlc the latest, modified and writer those of the latest write;
//  2. fix-ups, decided afresh from what was written each time: a component parent that would
//     nest a component in itself is held back (the link with the older clock gives way), and of
//     two live votes of one person on one failure mode only the later one counts;
//  3. the rows that differ from the target are written verbatim, in one transaction.
//
// Nothing is written unless every source could be read and checked.

#include "result.h"
#include "sourcerows.h"
#include "workshop.h"

#include <QCoreApplication>

namespace pm {

struct MergeOptions
{
    // Each file is one workshop. A participant's preparation file made from a workshop shares its
    // id; a file of another workshop is refused unless this is set, and then its rows join the
    // target's workshop, whose record (title, scenario, ...) stays as it is.
    bool acrossWorkshops = false;
};

struct MergePlan
{
    RowPatch patch;      // what the merge writes into the target
    QStringList changes; // what that means, for people, in a stable order
};

struct MergeResult
{
    QStringList changes;
    // Takes the merge back exactly (Workshop::applyVerbatim): the target as if it had never
    // happened. Applying what that returns merges again (redo).
    RowPatch undo;
};

class Merger
{
    Q_DECLARE_TR_FUNCTIONS(pm::Merger)

public:
    explicit Merger(Workshop &target, MergeOptions options = {});
    ~Merger();

    // Reads and checks a source: readable, a workshop of this or an older version, not the
    // target itself, the same workshop (see MergeOptions), no id used for two kinds of rows.
    // Its rows are kept in memory; the file is closed again.
    Status addSource(const QString &path);
    // The same for many files, read several at a time. Adds them in order up to the first that
    // fails, and returns that failure.
    Status addSources(const QStringList &paths);
    // For a workshop open elsewhere (tests); label names it in messages.
    Status addSource(const Workshop &source, const QString &label);
    int sourceCount() const { return int(m_sources.size()); }

    // What merging the sources would do; the target is not touched.
    Result<MergePlan> plan() const;
    // plan(), then one transaction. On any error the target is unchanged.
    Result<MergeResult> merge();

private:
    Status add(SourceRows source);

    struct Owner
    {
        EntityKind kind;
        int input; // 0: the target, else 1 + index into m_sources
    };

    Workshop &m_target;
    MergeOptions m_options;
    QList<SourceRows> m_sources;
    QHash<RowKey, Owner> m_owners; // every id seen so far, to refuse one id for two kinds
};

} // namespace pm

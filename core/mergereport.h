#pragma once

// The change list of a merge, for people: what was added, changed, deleted or kept, and from which
// file. Written from the target as it was and the joined rows, before anything is applied, so
// the GUI can show it first.

#include "rowjoin.h"
#include "rowtext.h"

namespace pm {

struct MergeInput // input 0 is the target
{
    QString label;  // "alice.premortem"
    RowLookup find; // its version of a row, if it has one
};

// merged: the joined rows (every row a source has, plus the target's components and votes),
// in the order the list should follow.
QStringList describeMerge(const QList<MergeInput> &inputs, const QList<const WrittenRow *> &merged);

} // namespace pm

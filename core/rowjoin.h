#pragma once

// The merge's arithmetic, free of files and messages: the versions of one row joined field by
// field, and the fix-ups that keep the joined rows a valid workshop. Both are functions of what
// was written only (never of an earlier merge's decisions), which is what makes merging
// commutative, associative and idempotent. docs/file-format.md "Merging" states the rules.

#include "entities.h"

namespace pm {

// One row as people wrote it: values a fix-up held back are put back, and every field has its
// clock. Slot 0 is the `deleted` flag, slot i + 1 is field i.
struct WrittenRow
{
    EntityKind kind = EntityKind::Workshop;
    RowMeta meta; // id, created, modified, writer, hlc; deleted and clocks are in the slots
    QVariantList values;
    QList<qint64> clocks;
    QList<int> inputs; // per slot, the input whose write it is (for the change list)
    QList<bool> held;  // per slot, held back by a fix-up of the merge
    int metaInput = 0; // the input whose write supplied modified and writer

    static WrittenRow fromRow(const AnyRow &row, int input);
    int slotCount() const { return int(clocks.size()); }
    QVariant written(int slot) const; // slot 0 as a bool
    // The row as a file stores it: the fix-ups' values shown, the written ones in its clocks.
    AnyRow shown() const;
};

// The join of two versions of one row (same kind and id): per slot the greater (clock, value),
// created the earlier, hlc the later, modified and writer from the later write. On a full tie a
// keeps its inputs, so folding the inputs in order credits the first that wrote a value.
WrittenRow join(const WrittenRow &a, const WrittenRow &b);

// A total order on the canonical values of one field, for ties between equal clocks.
int compareValues(const QVariant &a, const QVariant &b);

// Fix-ups, decided afresh from the written rows each time. Component parents: in each cycle, the
// link with the smallest (clock, component id) is held back. Votes: of the live votes of one
// participant on one failure mode, all but the greatest (hlc, id) are held back as deleted.
void holdBackParentCycles(const QList<WrittenRow *> &components);
void holdBackExtraVotes(const QList<WrittenRow *> &votes);

} // namespace pm

#pragma once

// Seeded, reproducible workshops for benchmarks: the same seed gives the same rows.

#include "entities.h"

namespace bench {

// A workshop of noteCount notes over 20 components, 12 participants and noteCount / 20 failure
// modes (three notes in four stacked), laid out in component areas of 2400 x 2400 units.
// sharedSeed, when not 0, draws the workshop record, participants and components from it alone:
// files made with one sharedSeed are copies of one workshop with different notes (merge bench).
pm::ChangeSet generateWorkshop(int noteCount, quint32 seed, quint32 sharedSeed = 0);

} // namespace bench

#pragma once

// What differs between two workshops, row by row, for people: `premortem-cli diff`. Rows are
// matched by id, tombstones included (they decide what a merge does); the two workshop records
// are compared whatever their ids.

#include "workshop.h"

namespace pm {

struct DiffOptions
{
    bool bookkeeping = false; // also compare created, modified, writer, hlc and field clocks
};

// One line per difference, in a stable order; empty when the workshops hold the same rows.
QStringList describeDifferences(const Workshop &a, const QString &labelA, const Workshop &b,
                                const QString &labelB, DiffOptions options = {});

} // namespace pm

#pragma once

// The report's "Where we disagreed" section: after the estimates are revealed, each failure mode
// whose independent estimates span two or more steps on either axis, most disagreement first,
// with the range on each axis and the score the group agreed on. Values only, never names, so it
// is the same in anonymous workshops. Left out before the reveal and when everybody agreed.

#include "calibrationtables.h"
#include "reportdocument.h"

namespace pm {

class Workshop;

// Columns: failure mode, likelihood range, blast radius range, agreed score. No rows before the
// reveal or without disagreements.
ReportTable disagreementTable(const Workshop &workshop);

// Appends the table under a level-2 heading; nothing when it has no rows.
void addDisagreements(ReportDocument &doc, const ReportTable &table);

} // namespace pm

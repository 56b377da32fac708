#pragma once

// The report's look-back section: what happened to each predicted failure mode, the surprises,
// the mitigations as judged, and the workshop's calibration. Left out while no outcome is known,
// so a report written before the look-back carries no empty section.

#include "calibrationtables.h"
#include "reportdocument.h"

namespace pm {

class Workshop;

// Outcomes (in ranking order), surprises, judged mitigations, then the calibration tables; no
// tables at all while no outcome or surprise is known.
QList<ReportTable> lookbackTables(const Workshop &workshop);

// Appends "Look-back" (level 2) and each table under its own level-3 heading, for the Markdown
// and HTML reports alike; nothing when tables is empty.
void addLookback(ReportDocument &doc, const QList<ReportTable> &tables);

// Each table under its own heading, or "None." when it has no rows.
void addTables(ReportDocument &doc, const QList<ReportTable> &tables, int headingLevel);

} // namespace pm

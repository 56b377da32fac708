#pragma once

// The report's look-back section: what happened to each predicted failure mode, the surprises,
// the mitigations as judged, and the workshop's calibration. Fragments for the Markdown and
// HTML reports, empty while no outcome is known, so a report written before the look-back
// carries no empty section.

#include "calibrationtables.h"

namespace pm {

class Workshop;

// Outcomes (in ranking order), surprises, judged mitigations, then the calibration tables.
QList<ReportTable> lookbackTables(const Workshop &workshop);

// "## Look-back" and its tables, headings at headingLevel and one below; empty without outcomes.
QString lookbackMarkdown(const Workshop &workshop, int headingLevel = 2);
QString lookbackHtml(const Workshop &workshop, int headingLevel = 2);

} // namespace pm

#pragma once

// Whether a failure mode's mitigations would actually happen: a high or critical risk needs a
// committed mitigation (accepted, in progress or done) that somebody owns and that has a due
// date. Anything less is a warning for the facilitator before the room leaves.

#include "entities.h"

namespace pm {

enum class CoverageGap
{
    None,              // a committed mitigation with an owner and a due date exists
    NoMitigation,      // nothing written down yet
    NoneCommitted,     // only proposed or rejected mitigations
    NoOwner,           // committed, dated, but nobody owns it
    NoDueDate,         // committed and owned, but no due date
    NoOwnerNorDueDate, // committed, nothing else
};

// mitigations: those of one failure mode (tombstones are ignored).
CoverageGap coverageGap(const QList<Mitigation> &mitigations);
// Risks from this band up need covering.
constexpr RiskBand kWarnFromBand = RiskBand::High;
bool needsCoverageWarning(RiskBand band, CoverageGap gap);
// The same rule from another band up (premortem-cli check --max-band).
bool needsCoverageWarning(RiskBand band, CoverageGap gap, RiskBand fromBand);
// What is missing, for a person: "no mitigation yet".
QString coverageGapText(CoverageGap gap);

} // namespace pm

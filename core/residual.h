#pragma once

// The residual risk of a failure mode: its likelihood and blast radius once the mitigations the
// team has committed to are in place.
//
// The rule, in full:
// - Only committed mitigations count: accepted, in progress or done. A proposed mitigation is
//   still an idea and a rejected one will not happen.
// - Each committed mitigation carries the room's estimate of the risk once it is done. A factor
//   left at 0 was not estimated and stays as it is; a factor above the current one is capped at
//   the current one (a mitigation never makes a risk worse).
// - The residual is the lowest of these estimates (by score, then blast radius). Estimates are not
//   combined factor by factor: each was made with one mitigation in mind, mitigations overlap, and
//   taking the likelihood of one and the blast radius of another would promise more than either.
// - With no committed mitigation, or none that lowers the score, the residual is the current risk.
//   An unscored failure mode has an unscored residual.

#include "entities.h"

namespace pm {

// Accepted, in progress or done: the team has committed to it.
bool isCommitted(MitigationStatus status);

struct Residual
{
    int likelihood = 0;
    int blastRadius = 0;
    int score = 0;
    RiskBand band = RiskBand::Unscored;
    QUuid mitigation; // the mitigation whose estimate this is; null when the risk is unchanged

    bool isLowered() const { return !mitigation.isNull(); }
};

// mitigations: those of this failure mode (others and tombstones are ignored).
Residual residualRisk(const FailureMode &mode, const QList<Mitigation> &mitigations);

} // namespace pm

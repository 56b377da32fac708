#include "residual.h"

#include "risk.h"

namespace pm {

bool isCommitted(MitigationStatus status)
{
    return status == MitigationStatus::Accepted || status == MitigationStatus::InProgress ||
           status == MitigationStatus::Done;
}

namespace {

// A residual factor as estimated: 0 means "not estimated", so the current value stays.
int estimated(int residual, int current)
{
    return residual >= kMinScore && residual <= kMaxScore ? qMin(residual, current) : current;
}

Residual make(int likelihood, int blastRadius, const QUuid &mitigation)
{
    Residual r;
    r.likelihood = likelihood;
    r.blastRadius = blastRadius;
    r.score = riskScore(likelihood, blastRadius);
    r.band = riskBand(r.score);
    r.mitigation = mitigation;
    return r;
}

} // namespace

Residual residualRisk(const FailureMode &mode, const QList<Mitigation> &mitigations)
{
    const Residual current = make(mode.likelihood, mode.blastRadius, QUuid());
    if (current.score == 0)
        return make(0, 0, QUuid());
    Residual best = current;
    for (const Mitigation &m : mitigations) {
        if (m.meta.deleted || m.failureMode != mode.meta.id || !isCommitted(m.status))
            continue;
        const Residual candidate =
            make(estimated(m.residualLikelihood, mode.likelihood),
                 estimated(m.residualBlastRadius, mode.blastRadius), m.meta.id);
        // The first of equal estimates wins, so the caller's order (creation) decides ties.
        if (candidate.score < best.score ||
            (candidate.score == best.score && candidate.blastRadius < best.blastRadius))
            best = candidate;
    }
    return best;
}

} // namespace pm

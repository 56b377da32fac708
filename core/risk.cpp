#include "risk.h"

namespace pm {

static bool isScored(int factor)
{
    return factor >= kMinScore && factor <= kMaxScore;
}

int riskScore(int likelihood, int blastRadius)
{
    if (!isScored(likelihood) || !isScored(blastRadius))
        return 0;
    return likelihood * blastRadius;
}

RiskBand riskBand(int score)
{
    if (score <= 0)
        return RiskBand::Unscored;
    if (score <= 4)
        return RiskBand::Low;
    if (score <= 9)
        return RiskBand::Medium;
    if (score <= 16)
        return RiskBand::High;
    return RiskBand::Critical;
}

} // namespace pm

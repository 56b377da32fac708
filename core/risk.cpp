#include "risk.h"

#include <QCoreApplication>

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

QString likelihoodName(int likelihood)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("pm::Risk", "Rare"), QT_TRANSLATE_NOOP("pm::Risk", "Unlikely"),
        QT_TRANSLATE_NOOP("pm::Risk", "Possible"), QT_TRANSLATE_NOOP("pm::Risk", "Likely"),
        QT_TRANSLATE_NOOP("pm::Risk", "Almost certain")};
    return isScored(likelihood) ? QCoreApplication::translate("pm::Risk", names[likelihood - 1])
                                : QString();
}

QString blastRadiusName(int blastRadius)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("pm::Risk", "One user / one request"),
        QT_TRANSLATE_NOOP("pm::Risk", "Some users / one feature"),
        QT_TRANSLATE_NOOP("pm::Risk", "One region or customer segment"),
        QT_TRANSLATE_NOOP("pm::Risk", "Most customers / a core journey"),
        QT_TRANSLATE_NOOP("pm::Risk", "All customers / data loss / multi-region")};
    return isScored(blastRadius) ? QCoreApplication::translate("pm::Risk", names[blastRadius - 1])
                                 : QString();
}

} // namespace pm

#include "disagreementsection.h"

#include "estimates.h"
#include "exportdata.h"
#include "lookbacksection.h"
#include "risk.h"
#include "workshop.h"

#include <QCoreApplication>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Disagreements", text);
}

QString range(int low, int high)
{
    return low == high ? QString::number(low) : QStringLiteral("%1–%2").arg(low).arg(high);
}

} // namespace

ReportTable disagreementTable(const Workshop &workshop)
{
    ReportTable t;
    t.title = tr("Where we disagreed");
    t.headers =
        QStringList{tr("Failure mode"), tr("Likelihood"), tr("Blast radius"), tr("Agreed score")};
    for (const EstimateSpread &s : byDisagreement(estimateSpreads(workshop))) {
        if (!s.disagreement())
            continue;
        const FailureMode *mode = workshop.findLive<FailureMode>(s.failureMode);
        const int score = riskScore(mode->likelihood, mode->blastRadius);
        const QString agreed = score > 0 ? tr("%1 × %2 = %3")
                                               .arg(mode->likelihood)
                                               .arg(mode->blastRadius)
                                               .arg(riskLabel(score, riskBand(score)))
                                         : tr("not agreed yet");
        t.rows << QStringList{mode->title, range(s.minLikelihood, s.maxLikelihood),
                              range(s.minBlastRadius, s.maxBlastRadius), agreed};
    }
    return t;
}

void addDisagreements(ReportDocument &doc, const ReportTable &table)
{
    if (table.rows.isEmpty())
        return;
    addTables(doc, {table}, 2);
}

} // namespace pm

#include "ranking.h"

#include "risk.h"
#include "singletonrisk.h"
#include "voting.h"
#include "workshop.h"

#include <QCoreApplication>

namespace pm {

bool RiskSummary::operator==(const RiskSummary &o) const
{
    return failureMode == o.failureMode && title == o.title && component == o.component &&
           category == o.category && likelihood == o.likelihood && blastRadius == o.blastRadius &&
           residual.likelihood == o.residual.likelihood &&
           residual.blastRadius == o.residual.blastRadius &&
           residual.mitigation == o.residual.mitigation && votes == o.votes &&
           mitigations == o.mitigations && byStatus == o.byStatus && gap == o.gap;
}

RiskSummary summariseRisk(const FailureMode &mode, const QList<Mitigation> &mitigations,
                          const QList<Vote> &votes)
{
    RiskSummary s;
    s.failureMode = mode.meta.id;
    s.title = mode.title;
    s.component = mode.component;
    s.category = mode.category;
    s.likelihood = mode.likelihood;
    s.blastRadius = mode.blastRadius;
    s.score = riskScore(mode.likelihood, mode.blastRadius);
    s.band = riskBand(s.score);
    QList<Mitigation> own;
    for (const Mitigation &m : mitigations) {
        if (m.meta.deleted || m.failureMode != mode.meta.id)
            continue;
        own << m;
        ++s.mitigations;
        ++s.byStatus[size_t(m.status)];
    }
    QList<Vote> ownVotes;
    for (const Vote &v : votes) {
        if (v.failureMode == mode.meta.id)
            ownVotes << v;
    }
    s.votes = countedDots(ownVotes); // a participant's duplicate ballots count once
    s.residual = residualRisk(mode, own);
    s.gap = coverageGap(own);
    return s;
}

bool ranksBefore(const RiskSummary &a, const RiskSummary &b)
{
    if (a.score != b.score)
        return a.score > b.score;
    if (a.votes != b.votes)
        return a.votes > b.votes;
    if (const int byTitle = a.title.compare(b.title, Qt::CaseInsensitive); byTitle != 0)
        return byTitle < 0;
    return a.failureMode < b.failureMode;
}

QList<RiskSummary> rankRisks(const Workshop &workshop)
{
    // Group once, so ranking stays linear in the number of rows.
    QHash<RowKey, QList<Mitigation>> mitigations;
    for (const Mitigation &m : workshop.rows<Mitigation>())
        mitigations[m.failureMode] << m;
    QHash<RowKey, QList<Vote>> votes;
    // While the vote is open its totals stay hidden, from the order as well.
    for (const Vote &v : visibleVotes(workshop.info(), workshop.rows<Vote>()))
        votes[v.failureMode] << v;
    QList<RiskSummary> ranked;
    for (const FailureMode &f : workshop.rows<FailureMode>())
        ranked << summariseRisk(f, mitigations.value(f.meta.id), votes.value(f.meta.id));
    // A revealed note in no stack is a risk of its own (singletonrisk.h), scored or not.
    for (const FailureMode &f : unwrittenSingletons(workshop))
        ranked << summariseRisk(f, {}, {});
    std::sort(ranked.begin(), ranked.end(), ranksBefore);
    return ranked;
}

QList<RiskSummary> riskWarnings(const Workshop &workshop)
{
    QList<RiskSummary> warnings = rankRisks(workshop);
    warnings.removeIf([](const RiskSummary &s) { return !s.needsWarning(); });
    return warnings;
}

QString warningText(const RiskSummary &risk)
{
    return QCoreApplication::translate("pm::Ranking", "%1 %2 · %3: %4")
        .arg(risk.score)
        .arg(displayName(risk.band), risk.title, coverageGapText(risk.gap));
}

} // namespace pm

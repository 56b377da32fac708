#include "launchcheck.h"

#include "rowtext.h"
#include "workshop.h"

#include <QCoreApplication>

namespace pm {

QString coverageGapKey(CoverageGap gap)
{
    switch (gap) {
    case CoverageGap::None:
        break;
    case CoverageGap::NoMitigation:
        return QStringLiteral("no-mitigation");
    case CoverageGap::NoneCommitted:
        return QStringLiteral("none-committed");
    case CoverageGap::NoOwner:
        return QStringLiteral("no-owner");
    case CoverageGap::NoDueDate:
        return QStringLiteral("no-due-date");
    case CoverageGap::NoOwnerNorDueDate:
        return QStringLiteral("no-owner-nor-due-date");
    }
    return QString();
}

QList<LaunchCheckFinding> launchCheck(const Workshop &workshop, const LaunchCheckOptions &options)
{
    // "Above" the given band: the next band up is the first one checked.
    const RiskBand fromBand = RiskBand(int(options.maxBand) + 1);
    QList<LaunchCheckFinding> findings;
    if (int(fromBand) > int(RiskBand::Critical))
        return findings;
    QHash<RowKey, QList<Mitigation>> mitigations;
    if (options.requireOwner) {
        for (const Mitigation &m : workshop.rows<Mitigation>())
            mitigations[m.failureMode] << m;
    }
    for (const RiskSummary &risk : rankRisks(workshop)) {
        if (risk.band == RiskBand::Unscored || int(risk.band) < int(fromBand))
            continue;
        LaunchCheckFinding finding;
        finding.risk = risk;
        if (needsCoverageWarning(risk.band, risk.gap, fromBand))
            finding.problems << LaunchCheckProblem{coverageGapKey(risk.gap),
                                                   coverageGapText(risk.gap)};
        for (const Mitigation &m : mitigations.value(risk.failureMode)) {
            if (isCommitted(m.status) && m.owner.trimmed().isEmpty())
                finding.problems << LaunchCheckProblem{
                    QStringLiteral("committed-without-owner"),
                    QCoreApplication::translate("pm::LaunchCheck",
                                                "the committed mitigation “%1” has no owner")
                        .arg(elided(m.description))};
        }
        if (finding.problems.isEmpty())
            continue;
        if (const Component *c = workshop.findLive<Component>(risk.component))
            finding.componentName = c->name;
        findings << finding;
    }
    return findings;
}

} // namespace pm

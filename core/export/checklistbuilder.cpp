#include "checklistbuilder.h"

#include "reportbuilder.h"

namespace pm {

RolloutPhase rolloutPhase(MitigationType type)
{
    switch (type) {
    case MitigationType::Canary:
    case MitigationType::Monitoring:
        return RolloutPhase::DuringCanary;
    case MitigationType::Rollback:
    case MitigationType::FeatureFlag:
    case MitigationType::ChaosTest:
    case MitigationType::PerfBaseline:
    case MitigationType::Runbook:
    case MitigationType::DesignChange:
    case MitigationType::Other:
        break;
    }
    return RolloutPhase::BeforeRollout;
}

QString rolloutPhaseName(RolloutPhase phase)
{
    switch (phase) {
    case RolloutPhase::BeforeRollout:
        return exportText("Before rollout");
    case RolloutPhase::DuringCanary:
        return exportText("During canary");
    case RolloutPhase::AfterRollout:
        break;
    }
    return exportText("After rollout");
}

ReportDocument buildChecklist(const ExportData &data)
{
    ReportDocument doc;
    doc.title = exportText("Deployment checklist: %1").arg(data.title());
    doc.heading(1, doc.title);
    doc.paragraph(exportText("From the pre-mortem of %1. One item per mitigation bound for the "
                             "deployment checklist, highest risk first; ticked items are done.")
                      .arg(data.info.system.trimmed().isEmpty() ? data.title() : data.info.system));
    QList<ReportItem> phases[3];
    for (const ExportRisk &r : data.risks) {
        for (const Mitigation &m : r.mitigations) {
            if (m.destination != Destination::Checklist || m.status == MitigationStatus::Rejected)
                continue;
            const QString item =
                exportText("%1 (%2; risk #%3 %4, %5)")
                    .arg(mitigationLine(m), ownerDueText(m))
                    .arg(r.rank)
                    .arg(r.summary.title, riskLabel(r.summary.score, r.summary.band));
            phases[int(rolloutPhase(m.type))]
                << ReportItem{item, m.status == MitigationStatus::Done ? 1 : 0};
        }
    }
    phases[int(RolloutPhase::AfterRollout)]
        << ReportItem{exportText("Look back: record which failure modes happened and whether "
                                 "each mitigation helped."),
                      0};
    for (RolloutPhase phase :
         {RolloutPhase::BeforeRollout, RolloutPhase::DuringCanary, RolloutPhase::AfterRollout}) {
        doc.heading(2, rolloutPhaseName(phase));
        if (phases[int(phase)].isEmpty())
            doc.paragraph(exportText("Nothing for this phase."));
        else
            doc.list(phases[int(phase)]);
    }
    return doc;
}

} // namespace pm

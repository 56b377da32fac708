#include "adrbuilder.h"

#include "reportbuilder.h"

namespace pm {

namespace {

bool belongsInAdr(const ExportRisk &r)
{
    if (int(r.summary.band) >= int(kWarnFromBand))
        return true;
    return std::any_of(r.mitigations.cbegin(), r.mitigations.cend(),
                       [](const Mitigation &m) { return m.destination == Destination::Adr; });
}

} // namespace

ReportDocument buildAdrSection(const ExportData &data)
{
    ReportDocument doc;
    doc.title = exportText("Risks and mitigations");
    doc.heading(2, doc.title);
    QList<const ExportRisk *> chosen;
    for (const ExportRisk &r : data.risks) {
        if (belongsInAdr(r))
            chosen << &r;
    }
    doc.paragraph(exportText("From the pre-mortem “%1”: %2 failure modes considered; listed here "
                             "are the high and critical ones and those with a mitigation "
                             "recorded in this decision.")
                      .arg(data.title())
                      .arg(data.risks.size()));
    if (chosen.isEmpty()) {
        doc.paragraph(exportText("No high or critical risks."));
        return doc;
    }
    QList<QList<ReportCell>> rows;
    for (const ExportRisk *r : std::as_const(chosen))
        rows << QList<ReportCell>{
            {QString::number(r->rank)},
            {r->summary.title},
            {riskLabel(r->summary.score, r->summary.band), r->summary.band},
            {r->componentName},
            {r->summary.residual.isLowered()
                 ? riskLabel(r->summary.residual.score, r->summary.residual.band)
                 : exportText("unchanged")}};
    doc.table({exportText("Rank"), exportText("Failure mode"), exportText("Risk"),
               exportText("Component"), exportText("Residual risk")},
              rows);
    addMap(doc, data, 3);
    for (const ExportRisk *r : std::as_const(chosen)) {
        doc.heading(3, r->summary.title, r->summary.band,
                    riskLabel(r->summary.score, r->summary.band));
        if (!r->description.trimmed().isEmpty())
            doc.paragraph(r->description);
        QList<ReportItem> items;
        if (!r->reach.isEmpty())
            items << ReportItem{exportText("A failure reaches %1").arg(r->reach)};
        for (const Mitigation &m : r->mitigations) {
            if (m.status != MitigationStatus::Rejected)
                items << ReportItem{exportText("%1 (%2)").arg(mitigationLine(m), ownerDueText(m))};
        }
        if (r->summary.needsWarning())
            items << ReportItem{exportText("Open: %1").arg(coverageGapText(r->summary.gap))};
        if (items.isEmpty())
            items << ReportItem{exportText("No mitigation: the risk is accepted as it is.")};
        doc.list(items);
    }
    return doc;
}

} // namespace pm

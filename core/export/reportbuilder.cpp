#include "reportbuilder.h"

#include "disagreementsection.h"
#include "lookbacksection.h"
#include "risk.h"

#include <QCoreApplication>

namespace pm {

QString exportText(const char *text)
{
    return QCoreApplication::translate("pm::Export", text);
}

namespace {

QString residualText(const Residual &r)
{
    return r.isLowered() ? riskLabel(r.score, r.band) : exportText("unchanged");
}

QString estimateText(const Mitigation &m)
{
    if (m.residualLikelihood <= 0 && m.residualBlastRadius <= 0)
        return QString();
    const auto factor = [](int v) {
        return v > 0 ? QString::number(v) : QStringLiteral("–");
    };
    return exportText("L %1 × B %2")
        .arg(factor(m.residualLikelihood), factor(m.residualBlastRadius));
}

// The author only where the workshop is not anonymous (ExportNote leaves it empty then).
QString noteText(const ExportNote &n)
{
    return n.author.isEmpty() ? n.text : exportText("%1 (%2)").arg(n.text, n.author);
}

void addHeader(ReportDocument &doc, const ExportData &data)
{
    const WorkshopInfo &info = data.info;
    doc.title = data.title();
    doc.heading(1, doc.title);
    doc.fields({{exportText("System"), info.system},
                {exportText("Horizon"), dateText(info.horizon)},
                {exportText("Phase"), displayName(info.phase)}});
    if (!info.scenario.trimmed().isEmpty()) {
        doc.heading(2, exportText("Scenario"));
        doc.paragraph(info.scenario, ReportBlock::Quote);
    }
}

void addParticipants(ReportDocument &doc, const ExportData &data)
{
    doc.heading(2, exportText("Participants"));
    if (data.participants.isEmpty()) {
        doc.paragraph(exportText("No participants listed."));
        return;
    }
    QList<QList<ReportCell>> rows;
    for (const ExportParticipant &p : data.participants)
        rows << QList<ReportCell>{{p.name}, {displayName(p.role)}, {displayName(p.side)}};
    doc.table({exportText("Name"), exportText("Role"), exportText("Side")}, rows);
}

// Likelihood down the side (5 at the top), blast radius across; each cell lists the ranks of the
// failure modes in it, so the table reads like the matrix on the wall.
void addMatrix(ReportDocument &doc, const ExportData &data)
{
    doc.heading(2, exportText("Risk matrix"));
    doc.paragraph(exportText("Numbers are places in the ranked list below. Rows: likelihood; "
                             "columns: blast radius; each cell names its band."));
    QStringList header{exportText("Likelihood / blast radius")};
    for (int b = kMinScore; b <= kMaxScore; ++b)
        header << blastRadiusLabel(b);
    QList<QList<ReportCell>> rows;
    for (int l = kMaxScore; l >= kMinScore; --l) {
        QList<ReportCell> row{{likelihoodLabel(l)}};
        for (int b = kMinScore; b <= kMaxScore; ++b) {
            QStringList ranks;
            for (const ExportRisk &r : data.risks) {
                if (r.summary.likelihood == l && r.summary.blastRadius == b)
                    ranks << QStringLiteral("#%1").arg(r.rank);
            }
            const int score = riskScore(l, b);
            const RiskBand band = riskBand(score);
            const QString label = riskLabel(score, band);
            row << ReportCell{ranks.isEmpty()
                                  ? label
                                  : label + QLatin1Char('\n') + ranks.join(QStringLiteral(", ")),
                              band};
        }
        rows << row;
    }
    doc.table(header, rows);
    int unscored = 0;
    for (const ExportRisk &r : data.risks)
        unscored += r.summary.score == 0 ? 1 : 0;
    if (unscored > 0)
        doc.paragraph(QCoreApplication::translate(
            "pm::Export", "%n failure mode(s) not scored yet.", nullptr, unscored));
}

void addRisk(ReportDocument &doc, const ExportRisk &r)
{
    const RiskSummary &s = r.summary;
    doc.heading(3, QStringLiteral("%1. %2").arg(r.rank).arg(s.title), s.band,
                riskLabel(s.score, s.band));
    doc.fields({{exportText("Component"),
                 r.componentName.isEmpty() ? exportText("none") : r.componentName},
                {exportText("Category"), displayName(s.category)},
                {exportText("Likelihood"), likelihoodLabel(s.likelihood)},
                {exportText("Blast radius"), blastRadiusLabel(s.blastRadius)},
                {exportText("Reaches"), r.reach},
                {exportText("Votes"), QString::number(s.votes)},
                {exportText("Residual risk"), residualText(s.residual)},
                {exportText("Warning"), s.needsWarning() ? coverageGapText(s.gap) : QString()}});
    if (!r.description.trimmed().isEmpty())
        doc.paragraph(r.description);
    if (!r.notes.isEmpty()) {
        doc.heading(4, exportText("Notes"));
        QList<ReportItem> items;
        for (const ExportNote &n : r.notes)
            items << ReportItem{noteText(n)};
        doc.list(items);
    }
    doc.heading(4, exportText("Mitigations"));
    if (r.mitigations.isEmpty()) {
        doc.paragraph(exportText("None yet."));
        return;
    }
    QList<QList<ReportCell>> rows;
    for (const Mitigation &m : r.mitigations)
        rows << mitigationRow(m);
    doc.table(mitigationHeader(), rows);
}

} // namespace

void addMap(ReportDocument &doc, const ExportData &data, int level)
{
    if (data.map.dependencies.isEmpty())
        return;
    doc.heading(level, exportText("Architecture map"));
    doc.paragraph(exportText("Arrows point from a component to what it depends on; a failure "
                             "reaches everything upstream of it. Each component is coloured by "
                             "the band of its worst failure mode."));
    doc.code(QStringLiteral("mermaid"), mermaidMap(data.map));
    if (const QString legend = mapBandLegend(data.map); !legend.isEmpty())
        doc.paragraph(legend);
}

namespace {

void addCoverage(ReportDocument &doc, const ExportData &data)
{
    doc.heading(2, exportText("Coverage of categories"));
    doc.paragraph(exportText("Categories nobody wrote about are blind spots worth a second look."));
    QList<QList<ReportCell>> rows;
    for (const CategoryCoverage &c : data.coverage)
        rows << QList<ReportCell>{
            {displayName(c.category)},
            {QString::number(c.failureModes)},
            {QString::number(c.notes)},
            {c.failureModes + c.notes == 0 ? exportText("not discussed") : QString()}};
    doc.table({exportText("Category"), exportText("Failure modes"), exportText("Notes"),
               exportText("Remark")},
              rows);
}

} // namespace

QString ownerDueText(const Mitigation &m)
{
    return QStringLiteral("%1, %2").arg(
        m.owner.trimmed().isEmpty() ? exportText("no owner")
                                    : exportText("owner %1").arg(m.owner.trimmed()),
        m.due.isValid() ? exportText("due %1").arg(dateText(m.due)) : exportText("no due date"));
}

QString mitigationLine(const Mitigation &m)
{
    return exportText("%1 (%2): %3")
        .arg(displayName(m.type), displayName(m.status), m.description.trimmed());
}

QStringList mitigationHeader()
{
    return {exportText("Type"),
            exportText("Mitigation"),
            exportText("Owner"),
            exportText("Due"),
            exportText("Status"),
            exportText("Destination"),
            exportText("Estimate once done")};
}

QList<ReportCell> mitigationRow(const Mitigation &m)
{
    return {{displayName(m.type)}, {m.description},         {m.owner.trimmed()},
            {dateText(m.due)},     {displayName(m.status)}, {displayName(m.destination)},
            {estimateText(m)}};
}

ReportDocument buildReport(const ExportData &data)
{
    ReportDocument doc;
    addHeader(doc, data);
    addParticipants(doc, data);
    addMatrix(doc, data);
    addMap(doc, data, 2);
    doc.heading(2, exportText("Ranked failure modes"));
    if (data.risks.isEmpty())
        doc.paragraph(exportText("No failure modes yet."));
    for (const ExportRisk &r : data.risks)
        addRisk(doc, r);
    if (!data.looseNotes.isEmpty()) {
        doc.heading(2, exportText("Notes not in a failure mode"));
        QList<ReportItem> items;
        for (const ExportNote &n : data.looseNotes)
            items << ReportItem{noteText(n)};
        doc.list(items);
    }
    addDisagreements(doc, data.disagreements);
    addCoverage(doc, data);
    doc.heading(2, exportText("Open warnings"));
    if (data.warnings.isEmpty()) {
        doc.paragraph(exportText("None: every high and critical risk has a committed mitigation "
                                 "with an owner and a due date."));
    } else {
        QList<ReportItem> items;
        for (const QString &w : data.warnings)
            items << ReportItem{w};
        doc.list(items);
    }
    if (!data.architectureWarnings.isEmpty()) {
        doc.heading(3, exportText("What the architecture map says"));
        QList<ReportItem> items;
        for (const QString &w : data.architectureWarnings)
            items << ReportItem{w};
        doc.list(items);
    }
    addLookback(doc, data.lookback);
    return doc;
}

} // namespace pm

#include "lookbacksection.h"

#include "lookbackstats.h"
#include "ranking.h"
#include "risk.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QHash>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Calibration", text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("–");
}

QString componentName(const Workshop &w, const QUuid &id)
{
    const Component *c = w.findLive<Component>(id);
    return c ? c->name : QStringLiteral("–");
}

} // namespace

QList<ReportTable> lookbackTables(const Workshop &workshop)
{
    const Calibration calibration = calibrate(workshop);
    if (!calibration.hasOutcomes())
        return {};
    ReportTable outcomes{
        tr("Predicted failure modes"),
        {tr("Failure mode"), tr("Likelihood"), tr("Outcome"), tr("Date"), tr("Post-mortem")},
        {}};
    ReportTable surprises{
        tr("Surprises"),
        {tr("What happened"), tr("Category"), tr("Component"), tr("Date"), tr("Post-mortem")},
        {}};
    QHash<QUuid, QString> titles;
    for (const RiskSummary &risk : rankRisks(workshop)) {
        const FailureMode *fm = workshop.findLive<FailureMode>(risk.failureMode);
        if (!fm)
            continue;
        titles.insert(fm->meta.id, fm->title);
        if (fm->surprise)
            surprises.rows.append({fm->title, displayName(fm->category),
                                   componentName(workshop, fm->component),
                                   dateText(fm->outcomeDate), fm->outcomeRef});
        else
            outcomes.rows.append(
                {fm->title,
                 fm->likelihood > 0 ? QString::number(fm->likelihood) : QStringLiteral("–"),
                 displayName(fm->outcome), dateText(fm->outcomeDate), fm->outcomeRef});
    }

    // Only the mitigations the look-back says something about: done, or judged.
    ReportTable mitigations{
        tr("Mitigations as judged"),
        {tr("Failure mode"), tr("Mitigation"), tr("Type"), tr("Done"), tr("Effect")},
        {}};
    for (const Mitigation &m : workshop.rows<Mitigation>()) {
        const bool done = m.status == MitigationStatus::Done;
        if (!done && m.effect == Effect::Unknown)
            continue;
        mitigations.rows.append({titles.value(m.failureMode), m.description, displayName(m.type),
                                 done ? tr("yes") : tr("no"), displayName(m.effect)});
    }
    QList<ReportTable> tables{outcomes, surprises, mitigations};
    tables << calibrationTables(calibration);
    return tables;
}

void addLookback(ReportDocument &doc, const QList<ReportTable> &tables)
{
    if (tables.isEmpty())
        return;
    doc.heading(2, tr("Look-back"));
    addTables(doc, tables, 3);
}

void addTables(ReportDocument &doc, const QList<ReportTable> &tables, int headingLevel)
{
    for (const ReportTable &t : tables) {
        doc.heading(headingLevel, t.title);
        if (t.rows.isEmpty()) {
            doc.paragraph(tr("None."));
            continue;
        }
        QList<QList<ReportCell>> rows;
        for (const QStringList &row : t.rows) {
            QList<ReportCell> cells;
            for (const QString &text : row)
                cells << ReportCell{text};
            rows << cells;
        }
        doc.table(t.headers, rows);
    }
}

} // namespace pm

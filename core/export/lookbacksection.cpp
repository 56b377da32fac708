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
    ReportTable outcomes{
        tr("Predicted failure modes"),
        {tr("Failure mode"), tr("Likelihood"), tr("Outcome"), tr("Date"), tr("Post-mortem")},
        {},
        4};
    ReportTable surprises{
        tr("Surprises"),
        {tr("What happened"), tr("Category"), tr("Component"), tr("Date"), tr("Post-mortem")},
        {},
        4};
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
    tables << calibrationTables(calibrate(workshop));
    return tables;
}

QString lookbackMarkdown(const Workshop &workshop, int headingLevel)
{
    if (!calibrate(workshop).hasOutcomes())
        return {};
    return QString(headingLevel, QLatin1Char('#')) + QLatin1Char(' ') + tr("Look-back") +
           QStringLiteral("\n\n") + tablesAsMarkdown(lookbackTables(workshop), headingLevel + 1);
}

QString lookbackHtml(const Workshop &workshop, int headingLevel)
{
    if (!calibrate(workshop).hasOutcomes())
        return {};
    return QStringLiteral("<h%1>%2</h%1>\n")
               .arg(headingLevel)
               .arg(tr("Look-back").toHtmlEscaped()) +
           tablesAsHtml(lookbackTables(workshop), headingLevel + 1);
}

} // namespace pm

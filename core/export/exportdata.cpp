#include "exportdata.h"

#include "architecturewarnings.h"
#include "disagreementsection.h"
#include "lookbacksection.h"
#include "risk.h"
#include "singletonrisk.h"
#include "workshop.h"

#include <QCoreApplication>

namespace pm {

namespace {

// At most this many callbacks per export, so a 10,000-note workshop does not spend its time
// redrawing a progress bar.
constexpr qint64 kReports = 200;

} // namespace

ExportProgress::ExportProgress(const ExportOptions &options, qint64 total)
    : m_options(options), m_total(std::max<qint64>(total, 1))
{}

bool ExportProgress::step(qint64 n)
{
    m_done = std::min(m_total, m_done + n);
    if (m_done - m_lastReported >= std::max<qint64>(1, m_total / kReports))
        return report();
    return !m_cancelled;
}

bool ExportProgress::finish()
{
    m_done = m_total;
    return m_lastReported == m_total ? !m_cancelled : report();
}

bool ExportProgress::report()
{
    if (m_cancelled)
        return false;
    m_lastReported = m_done;
    if (m_options.progress && !m_options.progress(m_done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

Error exportCancelled()
{
    return Error{Error::InvalidInput,
                 QCoreApplication::translate("pm::Export", "Export cancelled")};
}

QString ExportData::title() const
{
    return info.title.trimmed().isEmpty()
               ? QCoreApplication::translate("pm::Export", "Pre-mortem report")
               : info.title.trimmed();
}

qint64 gatherSteps(const Workshop &workshop)
{
    return qint64(workshop.liveCount(EntityKind::Note)) +
           workshop.liveCount(EntityKind::FailureMode) + workshop.liveCount(EntityKind::Mitigation);
}

Result<ExportData> gatherExportData(const Workshop &workshop, ExportProgress &progress)
{
    ExportData data;
    data.info = workshop.info();
    QHash<RowKey, QString> names;
    for (const Participant &p : workshop.rows<Participant>()) {
        data.participants << ExportParticipant{p.name, p.role, p.side};
        names.insert(p.meta.id, p.name);
    }
    QHash<RowKey, int> index; // failure mode id -> place in data.risks
    const QList<RiskSummary> ranked = rankRisks(workshop);
    const ReachIndex reach(workshop);
    const bool hasArrows = workshop.liveCount(EntityKind::Dependency) > 0;
    for (const RiskSummary &s : ranked) {
        // Surprises were never predicted: the look-back section lists them, not the ranking.
        if (const FailureMode *f = workshop.findLive<FailureMode>(s.failureMode);
            f && f->surprise) {
            if (!progress.step())
                return exportCancelled();
            continue;
        }
        ExportRisk risk;
        risk.rank = int(data.risks.size()) + 1;
        risk.summary = s;
        if (const FailureMode *f = workshop.findLive<FailureMode>(s.failureMode))
            risk.description = f->description;
        if (const Component *c = workshop.findLive<Component>(s.component)) {
            risk.componentName = c->name;
            if (hasArrows)
                risk.reach = reachSummary(reach, c->meta.id);
        }
        index.insert(s.failureMode, int(data.risks.size()));
        data.risks << risk;
        if (!progress.step())
            return exportCancelled();
    }
    QHash<int, CategoryCoverage> coverage;
    for (const ExportRisk &r : std::as_const(data.risks))
        ++coverage[int(r.summary.category)].failureModes;
    // Anonymous workshops name nobody as the author of a note, in any format.
    const bool anonymous = data.info.anonymous;
    for (const Note &n : workshop.rows<Note>()) {
        const ExportNote note{n.text, anonymous ? QString() : names.value(n.author), n.category};
        // A loose note is its own risk (singletonrisk.h), listed under it like a stacked one.
        const auto it = index.constFind(isLooseNote(n) ? singletonId(n.meta.id) : n.failureMode);
        if (it != index.constEnd())
            data.risks[*it].notes << note;
        else
            data.looseNotes << note;
        ++coverage[int(n.category)].notes;
        if (!progress.step())
            return exportCancelled();
    }
    for (const Mitigation &m : workshop.rows<Mitigation>()) {
        const auto it = index.constFind(m.failureMode);
        if (it != index.constEnd())
            data.risks[*it].mitigations << m;
        if (!progress.step())
            return exportCancelled();
    }
    for (Category c : allValues<Category>()) {
        if (c == Category::Uncategorised)
            continue;
        CategoryCoverage entry = coverage.value(int(c));
        entry.category = c;
        data.coverage << entry;
    }
    for (const ExportRisk &r : std::as_const(data.risks)) {
        if (r.summary.needsWarning())
            data.warnings << warningText(r.summary);
    }
    for (const ArchitectureWarning &w : architectureWarnings(workshop, reach))
        data.architectureWarnings << w.text;
    data.map = architectureMap(workshop, ranked);
    data.lookback = lookbackTables(workshop);
    data.disagreements = disagreementTable(workshop);
    return data;
}

QString riskLabel(int score, RiskBand band)
{
    return score > 0 ? QStringLiteral("%1 %2").arg(score).arg(displayName(band))
                     : displayName(band);
}

QString likelihoodLabel(int likelihood)
{
    return likelihood > 0 ? QStringLiteral("%1 %2").arg(likelihood).arg(likelihoodName(likelihood))
                          : QStringLiteral("–");
}

QString blastRadiusLabel(int blastRadius)
{
    return blastRadius > 0
               ? QStringLiteral("%1 %2").arg(blastRadius).arg(blastRadiusName(blastRadius))
               : QStringLiteral("–");
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace pm

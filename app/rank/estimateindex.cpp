#include "estimateindex.h"

#include "reach.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QMap>

EstimateIndex::EstimateIndex(QObject *parent) : QObject(parent) {}

EstimateIndex::~EstimateIndex() = default;

void EstimateIndex::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    if (workshop)
        connect(workshop, &pm::Workshop::changed, this, &EstimateIndex::onChanged);
    recomputeEstimates();
    recomputeReach();
    emit changed();
}

void EstimateIndex::onChanged(const QList<pm::RowChange> &changes)
{
    bool estimates = false, reach = false;
    for (const pm::RowChange &change : changes) {
        switch (change.kind) {
        case pm::EntityKind::Workshop:
        case pm::EntityKind::Estimate:
        case pm::EntityKind::Participant:
        case pm::EntityKind::FailureMode:
            estimates = true;
            break;
        case pm::EntityKind::Component:
        case pm::EntityKind::Dependency:
            reach = true;
            break;
        default:
            break;
        }
    }
    if (estimates)
        recomputeEstimates();
    if (reach)
        recomputeReach();
    if (estimates || reach)
        emit changed();
}

void EstimateIndex::recomputeEstimates()
{
    m_spreads.clear();
    m_points.clear();
    m_progress.clear();
    m_names.clear();
    m_revealed = m_workshop && m_workshop->info().estimatesRevealed;
    if (!m_workshop)
        return;
    for (const pm::Participant &p : m_workshop->rows<pm::Participant>())
        m_names.insert(p.meta.id, p.name);
    m_progress = pm::estimateProgress(*m_workshop);
    if (!m_revealed)
        return; // nothing of the values before the reveal, whoever asks
    for (const pm::EstimateSpread &s : pm::estimateSpreads(*m_workshop))
        m_spreads.insert(s.failureMode, s);
    QHash<QUuid, QMap<std::pair<int, int>, int>> counted;
    for (const pm::VisibleEstimate &e : pm::visibleEstimates(*m_workshop))
        ++counted[e.failureMode][{e.likelihood, e.blastRadius}];
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        QList<Point> &points = m_points[it.key()];
        for (auto p = it->cbegin(); p != it->cend(); ++p)
            points << Point{p.key().first, p.key().second, p.value()};
    }
}

void EstimateIndex::recomputeReach()
{
    m_reach.reset(m_workshop ? new pm::ReachIndex(*m_workshop) : nullptr);
    m_hasReach = false;
    if (m_workshop) {
        for (const pm::Component &c : m_workshop->rows<pm::Component>())
            m_hasReach = m_hasReach || m_reach->reachCount(c.meta.id) > 0;
    }
}

const pm::EstimateSpread *EstimateIndex::spread(const QUuid &failureMode) const
{
    const auto it = m_spreads.constFind(failureMode);
    return it == m_spreads.constEnd() ? nullptr : &*it;
}

QList<EstimateIndex::Point> EstimateIndex::points(const QUuid &failureMode) const
{
    return m_points.value(failureMode);
}

QString EstimateIndex::participantName(const QUuid &participant) const
{
    return m_names.value(participant);
}

QString EstimateIndex::progressOf(const pm::EstimateProgress &p) const
{
    return QCoreApplication::translate("pm::Estimates", "%1 %2 of %3")
        .arg(participantName(p.participant))
        .arg(p.scored)
        .arg(p.of);
}

QString EstimateIndex::range(int low, int high)
{
    return low == high ? QString::number(low) : QStringLiteral("%1–%2").arg(low).arg(high);
}

QString EstimateIndex::spreadText(const QUuid &failureMode) const
{
    const pm::EstimateSpread *s = spread(failureMode);
    if (!s)
        return {};
    QString text = tr("Estimates: likelihood %1, blast radius %2 (%n estimate(s)); median %3 × %4",
                      nullptr, s->count)
                       .arg(range(s->minLikelihood, s->maxLikelihood),
                            range(s->minBlastRadius, s->maxBlastRadius))
                       .arg(s->medianLikelihood)
                       .arg(s->medianBlastRadius);
    if (s->disagreement())
        text += QLatin1Char('\n') + tr("Disagreement: the estimates are %n step(s) apart", nullptr,
                                       qMax(s->likelihoodSpan(), s->blastRadiusSpan()));
    return text;
}

int EstimateIndex::reachCount(const QUuid &component) const
{
    return m_reach && !component.isNull() ? m_reach->reachCount(component) : 0;
}

int EstimateIndex::componentCount() const
{
    return m_reach ? m_reach->componentCount() : 0;
}

QString EstimateIndex::reachText(const QUuid &component) const
{
    if (!m_reach || component.isNull() || !m_workshop ||
        !m_workshop->findLive<pm::Component>(component))
        return {};
    return tr("reaches %1 of %2 components")
        .arg(m_reach->reachCount(component))
        .arg(m_reach->componentCount());
}

QStringList EstimateIndex::reachedNames(const QUuid &component) const
{
    return m_reach && !component.isNull() ? m_reach->reachedNames(component) : QStringList();
}

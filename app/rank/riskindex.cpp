#include "riskindex.h"

#include "estimateindex.h"
#include "singletonrisk.h"
#include "voting.h"

RiskIndex::RiskIndex(QObject *parent) : QObject(parent), m_estimates(new EstimateIndex(this)) {}

void RiskIndex::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    m_votingOpen = workshop && workshop->info().votingOpen;
    m_order.clear();
    m_summaries.clear();
    m_mitigations.clear();
    m_votes.clear();
    m_owner.clear();
    if (workshop) {
        connect(workshop, &pm::Workshop::changed, this, &RiskIndex::onChanged);
        for (const pm::Mitigation &m : workshop->rows<pm::Mitigation>()) {
            m_mitigations[m.failureMode].insert(m.meta.id);
            m_owner.insert(m.meta.id, m.failureMode);
        }
        for (const pm::Vote &v : workshop->rows<pm::Vote>()) {
            m_votes[v.failureMode].insert(v.meta.id);
            m_owner.insert(v.meta.id, v.failureMode);
        }
        for (const pm::FailureMode &f : workshop->rows<pm::FailureMode>()) {
            if (f.surprise)
                continue;
            m_order << f.meta.id;
            m_summaries.insert(f.meta.id, compute(f));
        }
        // Loose notes are risks as well, under the id their failure mode will have.
        for (const pm::FailureMode &f : pm::unwrittenSingletons(*workshop)) {
            m_order << f.meta.id;
            m_summaries.insert(f.meta.id, compute(f));
        }
    }
    m_estimates->setWorkshop(workshop);
    emit reset();
}

const pm::RiskSummary *RiskIndex::summary(const QUuid &failureMode) const
{
    const auto it = m_summaries.constFind(failureMode);
    return it == m_summaries.constEnd() ? nullptr : &*it;
}

QString RiskIndex::componentName(const QUuid &component) const
{
    const pm::Component *c = m_workshop && !component.isNull()
                                 ? m_workshop->findLive<pm::Component>(component)
                                 : nullptr;
    return c ? c->name : QString();
}

QList<pm::Mitigation> RiskIndex::mitigationsOf(const QUuid &failureMode) const
{
    QList<pm::Mitigation> result;
    if (!m_workshop)
        return result;
    for (const QUuid &id : m_mitigations.value(failureMode)) {
        if (const pm::Mitigation *m = m_workshop->findLive<pm::Mitigation>(id))
            result << *m;
    }
    std::sort(result.begin(), result.end(), [](const pm::Mitigation &a, const pm::Mitigation &b) {
        return a.meta.created != b.meta.created ? a.meta.created < b.meta.created
                                                : a.meta.id < b.meta.id;
    });
    return result;
}

pm::RiskSummary RiskIndex::compute(const pm::FailureMode &mode) const
{
    QList<pm::Vote> votes;
    for (const QUuid &id : m_votes.value(mode.meta.id)) {
        if (const pm::Vote *v = m_workshop->findLive<pm::Vote>(id))
            votes << *v;
    }
    // While the vote is open the room sees no totals (voting.h).
    return pm::summariseRisk(mode, mitigationsOf(mode.meta.id),
                             pm::visibleVotes(m_workshop->info(), votes));
}

// Moves a mitigation or vote to the failure mode it now belongs to, noting both the old and the
// new one as touched (a merge may move a row; a removal leaves a tombstone that still names it).
template <typename T>
void RiskIndex::reindex(QHash<pm::RowKey, QSet<QUuid>> &index, const QUuid &row,
                        QList<QUuid> &touched)
{
    const QUuid before = m_owner.value(row);
    if (!before.isNull()) {
        index[before].remove(row);
        touched << before;
    }
    m_owner.remove(row);
    const T *now = m_workshop->findLive<T>(row);
    if (now && !now->failureMode.isNull()) {
        index[now->failureMode].insert(row);
        m_owner.insert(row, now->failureMode);
        touched << now->failureMode;
    }
}

void RiskIndex::onChanged(const QList<pm::RowChange> &changes)
{
    QList<QUuid> touched;
    QSet<QUuid> renamed; // failure modes whose component's name changed
    bool components = false;
    bool info = false;
    for (const pm::RowChange &change : changes) {
        switch (change.kind) {
        case pm::EntityKind::FailureMode:
            touched << change.id;
            break;
        case pm::EntityKind::Note:
            // A note that leaves or joins a stack, is revealed or reworded changes its singleton.
            touched << pm::singletonId(change.id);
            break;
        case pm::EntityKind::Mitigation:
            reindex<pm::Mitigation>(m_mitigations, change.id, touched);
            break;
        case pm::EntityKind::Vote:
            reindex<pm::Vote>(m_votes, change.id, touched);
            break;
        case pm::EntityKind::Workshop:
            info = true;
            // The vote opened or closed: every total appears or goes.
            if (m_workshop->info().votingOpen != m_votingOpen) {
                m_votingOpen = m_workshop->info().votingOpen;
                for (const QUuid &id : std::as_const(m_order)) {
                    touched << id;
                    renamed.insert(id);
                }
            }
            break;
        case pm::EntityKind::Component:
            components = true;
            for (auto it = m_summaries.cbegin(); it != m_summaries.cend(); ++it) {
                if (it->component == change.id) {
                    touched << it.key().id;
                    renamed.insert(it.key().id);
                }
            }
            break;
        default:
            break;
        }
    }
    QList<QUuid> added, updated, removed;
    QSet<QUuid> done;
    for (const QUuid &id : std::as_const(touched)) {
        if (id.isNull() || done.contains(id))
            continue;
        done.insert(id);
        std::optional<pm::FailureMode> mode = pm::failureModeOrSingleton(*m_workshop, id);
        if (mode && mode->surprise)
            mode.reset(); // nobody predicted it: the look-back lists it, not the risk views
        const auto existing = m_summaries.find(id);
        if (!mode) {
            if (existing != m_summaries.end()) {
                m_summaries.erase(existing);
                m_order.removeOne(id);
                removed << id;
            }
            continue;
        }
        const pm::RiskSummary fresh = compute(*mode);
        if (existing == m_summaries.end()) {
            m_summaries.insert(id, fresh);
            m_order << id;
            added << id;
        } else if (*existing != fresh || renamed.contains(id)) {
            *existing = fresh;
            updated << id;
        }
    }
    if (!added.isEmpty() || !updated.isEmpty() || !removed.isEmpty())
        emit changed(added, updated, removed);
    if (components)
        emit componentsChanged();
    if (info)
        emit workshopInfoChanged();
}

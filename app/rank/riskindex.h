#pragma once

// The ranking summary of every failure mode, kept up to date edit by edit for the views that show
// risks (matrix, ranked list, warnings, mitigation panel). It follows Workshop::changed() and
// recomputes only the failure modes an edit touched, then says which ones were added, updated or
// removed, so no view needs to rebuild itself after an edit.

#include "ranking.h"
#include "workshop.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class EstimateIndex;

class RiskIndex : public QObject
{
    Q_OBJECT

public:
    explicit RiskIndex(QObject *parent = nullptr);

    // Builds the index for this workshop (or empties it) and emits reset().
    void setWorkshop(pm::Workshop *workshop);
    pm::Workshop *workshop() const { return m_workshop; }

    // Live predicted failure modes (surprises from the look-back are not risks anyone scored) and
    // the unwritten singletons of loose notes (singletonrisk.h): creation order when loaded,
    // later additions at the end.
    const QList<QUuid> &ids() const { return m_order; }
    const pm::RiskSummary *summary(const QUuid &failureMode) const;
    QString componentName(const QUuid &component) const;
    // The failure mode's live mitigations in creation order.
    QList<pm::Mitigation> mitigationsOf(const QUuid &failureMode) const;
    // The estimates and reach of the same workshop (follows setWorkshop()).
    EstimateIndex *estimates() const { return m_estimates; }

signals:
    void reset();
    void changed(const QList<QUuid> &added, const QList<QUuid> &updated,
                 const QList<QUuid> &removed);
    // A component was added, renamed or removed (for component filters).
    void componentsChanged();
    // The workshop record changed (its axis wording, say); reset() covers a new workshop.
    void workshopInfoChanged();

private:
    void onChanged(const QList<pm::RowChange> &changes);
    template <typename T>
    void reindex(QHash<pm::RowKey, QSet<QUuid>> &index, const QUuid &row, QList<QUuid> &touched);
    pm::RiskSummary compute(const pm::FailureMode &mode) const;

    QPointer<pm::Workshop> m_workshop;
    EstimateIndex *m_estimates;
    bool m_votingOpen = false; // the workshop's, as last indexed
    QList<QUuid> m_order;
    QHash<pm::RowKey, pm::RiskSummary> m_summaries;
    QHash<pm::RowKey, QSet<QUuid>> m_mitigations; // failure mode -> its mitigations
    QHash<pm::RowKey, QSet<QUuid>> m_votes;       // failure mode -> its votes
    QHash<pm::RowKey, QUuid> m_owner;             // mitigation or vote -> its failure mode
};

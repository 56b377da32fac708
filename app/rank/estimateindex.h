#pragma once

// What the window may show of the independent estimates (core/estimates.h) and of what a failure
// reaches (core/reach.h), kept up to date edit by edit for the matrix, the ranked list and the
// progress line. Before the reveal it holds no values at all, only who has scored how many: the
// projector can never show an estimate early, whatever view asks.
//
// Owned by the RiskIndex and following its workshop; recomputed whole on an edit of estimates,
// participants, failure modes, components, dependencies or the workshop record (a room of 30
// people scoring 20 failure modes is 600 rows: well under a millisecond).

#include "estimates.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace pm {
class ReachIndex;
class Workshop;
struct RowChange;
} // namespace pm

class EstimateIndex : public QObject
{
    Q_OBJECT

public:
    explicit EstimateIndex(QObject *parent = nullptr);
    ~EstimateIndex() override;

    void setWorkshop(pm::Workshop *workshop);

    bool revealed() const { return m_revealed; }
    // The spread of a failure mode's estimates, only after the reveal; nullptr before it or
    // without estimates.
    const pm::EstimateSpread *spread(const QUuid &failureMode) const;
    // The individual estimates as {likelihood, blast radius} with how many gave each, after the
    // reveal only; sorted by value, never by who.
    struct Point
    {
        int likelihood = 0;
        int blastRadius = 0;
        int count = 0;
    };
    QList<Point> points(const QUuid &failureMode) const;
    // Who has scored how many, without values, in participant creation order.
    const QList<pm::EstimateProgress> &progress() const { return m_progress; }
    QString participantName(const QUuid &participant) const;
    // "Ana 12 of 20", worded as the command line's progress.
    QString progressOf(const pm::EstimateProgress &progress) const;
    // "Likelihood 2–5, blast radius 1–3 (4 estimates)" and whether they disagree, for tooltips.
    QString spreadText(const QUuid &failureMode) const;
    // "2–5", or "3" when both ends are the same.
    static QString range(int low, int high);

    // Reach of the failure mode's component: "reaches 3 of 12 components" (empty without a
    // component or a map), and the names reached.
    int reachCount(const QUuid &component) const;
    int componentCount() const;
    QString reachText(const QUuid &component) const;
    QStringList reachedNames(const QUuid &component) const;
    // Whether a failure of any component reaches another: the map has arrows.
    bool hasReach() const { return m_hasReach; }

signals:
    void changed();

private:
    void onChanged(const QList<pm::RowChange> &changes);
    void recomputeEstimates();
    void recomputeReach();

    QPointer<pm::Workshop> m_workshop;
    bool m_revealed = false;
    QHash<QUuid, pm::EstimateSpread> m_spreads;
    QHash<QUuid, QList<Point>> m_points;
    QList<pm::EstimateProgress> m_progress;
    QHash<QUuid, QString> m_names; // participant -> name
    std::unique_ptr<pm::ReachIndex> m_reach;
    bool m_hasReach = false;
};

#include "heatmap.h"

#include "risk.h"

#include <QSet>

namespace pm {

QHash<RowKey, ComponentHeat> heatMap(const QList<Component> &components,
                                     const QList<FailureMode> &failureModes,
                                     HeatAggregation aggregation)
{
    QHash<RowKey, ComponentHeat> heat;
    QHash<RowKey, QUuid> parent;
    for (const Component &c : components) {
        if (c.meta.deleted)
            continue;
        heat.insert(c.meta.id, ComponentHeat());
        parent.insert(c.meta.id, c.parent);
    }
    for (const FailureMode &f : failureModes) {
        const int score = riskScore(f.likelihood, f.blastRadius);
        if (f.meta.deleted || score == 0)
            continue;
        // The component and each region around it; the visited set guards against a cycle a
        // damaged file might hold (the core refuses to write one).
        QSet<QUuid> visited;
        for (QUuid c = f.component; !c.isNull() && heat.contains(c) && !visited.contains(c);
             c = parent.value(c)) {
            visited.insert(c);
            ComponentHeat &h = heat[c];
            h.score = aggregation == HeatAggregation::Max ? qMax(h.score, score) : h.score + score;
            ++h.failureModes;
        }
    }
    for (ComponentHeat &h : heat)
        h.band = riskBand(h.score);
    return heat;
}

QHash<RowKey, ComponentHeat> heatMap(const Workshop &workshop, HeatAggregation aggregation)
{
    return heatMap(workshop.rows<Component>(), workshop.rows<FailureMode>(), aggregation);
}

} // namespace pm

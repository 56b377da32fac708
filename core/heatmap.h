#pragma once

// The architecture heat map: how much risk each component carries, so the room sees which part of
// the system is most fragile.
//
// A component's failure modes count towards it and towards every region that contains it, at any
// depth: a stack layer is as fragile as the services on it. Unscored failure modes count for
// nothing. Max takes the highest score; Sum adds the scores up (accumulated exposure: three
// medium risks outweigh one). Sums are banded with the same thresholds as single scores, so a sum
// above 16 is critical.

#include "workshop.h"

namespace pm {

enum class HeatAggregation
{
    Max,
    Sum
};

struct ComponentHeat
{
    int score = 0;                      // highest or summed score; 0 when no scored risk
    RiskBand band = RiskBand::Unscored; // riskBand(score)
    int failureModes = 0;               // scored failure modes counted, nested ones included

    bool operator==(const ComponentHeat &o) const
    {
        return score == o.score && band == o.band && failureModes == o.failureModes;
    }
    bool operator!=(const ComponentHeat &o) const { return !(*this == o); }
};

// One entry per live component (tombstones in the lists are ignored). Failure modes on no
// component, or on a component not in the list, count nowhere.
QHash<RowKey, ComponentHeat> heatMap(const QList<Component> &components,
                                     const QList<FailureMode> &failureModes,
                                     HeatAggregation aggregation);
QHash<RowKey, ComponentHeat> heatMap(const Workshop &workshop, HeatAggregation aggregation);

} // namespace pm

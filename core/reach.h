#pragma once

// What a failure reaches, for the components of a workshop: the components that depend on each
// one, directly or through others, along the live dependencies (reachgraph.h does the work).
// Layers and boundaries group components; they are not counted as reached components.

#include "reachgraph.h"

#include <QHash>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace pm {

class Workshop;
struct Component;

class ReachIndex
{
public:
    explicit ReachIndex(const Workshop &workshop);

    // M of "reaches N of M components": the live components that are not layers or boundaries.
    int componentCount() const { return m_counted; }
    // The components a failure of `component` reaches (itself, layers and boundaries excluded),
    // in creation order. Empty for an unknown id.
    QList<QUuid> reachedBy(const QUuid &component) const;
    int reachCount(const QUuid &component) const;
    // Their names, in the same order.
    QStringList reachedNames(const QUuid &component) const;
    // The components that depend on it directly (layers and boundaries excluded).
    int directDependentCount(const QUuid &component) const;
    // Whether anything it reaches is marked user-facing.
    bool reachesUserFacing(const QUuid &component) const;

private:
    struct Numbered;
    static Numbered number(const Workshop &workshop);
    explicit ReachIndex(Numbered &&numbered);
    std::optional<int> nodeOf(const QUuid &component) const;

    QList<QUuid> m_ids; // node -> component, in creation order
    QStringList m_names;
    std::vector<bool> m_counts;               // node -> counted (not a layer or boundary)
    std::vector<std::uint64_t> m_countedMask; // the same as bits, for ReachGraph
    std::vector<bool> m_userFacing;
    QHash<QUuid, int> m_nodes;
    int m_counted = 0;
    ReachGraph m_graph;
};

// "3 of 12 components: Checkout API, Web shop, Orders"; names elided after `maxNames`.
QString reachSummary(const ReachIndex &reach, const QUuid &component, int maxNames = 8);
// "reaches 3 of 12 components: Checkout API, Web shop, Orders".
QString reachText(const ReachIndex &reach, const QUuid &component, int maxNames = 8);

} // namespace pm

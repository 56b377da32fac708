#pragma once

// What a failure reaches, on plain numbered nodes: for every node, the nodes that depend on it
// directly or through others ("a depends on b": a failure of b reaches a). Cycles are allowed.
// The graph is condensed into its strongly connected components once (every member of a cycle
// reaches every other), and each condensed node's reach is the union of its members and its
// dependents' reach, as bitsets in topological order: all nodes at once in O(c * (n + e) / 64).
// Graphs too large for the bitsets (c * n beyond kMaxBitsetBits) answer each node by a walk.

#include <QList>

#include <cstdint>
#include <utility>
#include <vector>

namespace pm {

class ReachGraph
{
public:
    // Beyond this many bits (64 MiB) of bitsets, reach is walked node by node on demand.
    static constexpr qint64 kMaxBitsetBits = qint64(64) * 1024 * 1024 * 8;

    // edges: (from, to) meaning "from depends on to"; out-of-range nodes and self-loops are
    // ignored, duplicates are harmless.
    ReachGraph(int nodes, const std::vector<std::pair<int, int>> &edges);

    int nodeCount() const { return m_nodes; }
    // The nodes a failure of `node` reaches, itself excluded, in ascending order.
    std::vector<int> reachOf(int node) const;
    int reachCount(int node) const;
    // The same, counting only the nodes whose bit is set in mask (from maskOf()): the reached
    // components that are not layers or boundaries, say. One word operation per 64 nodes.
    int reachCount(int node, const std::vector<std::uint64_t> &mask) const;
    static std::vector<std::uint64_t> maskOf(const std::vector<bool> &nodes);
    // The nodes that depend on `node` directly (no duplicates, ascending).
    const std::vector<int> &directDependents(int node) const { return m_dependents[size_t(node)]; }
    bool usesBitsets() const { return !m_bits.empty() || m_nodes == 0; }

private:
    void condense();
    void fillBitsets();
    bool testBit(int scc, int node) const;

    int m_nodes = 0;
    std::vector<std::vector<int>> m_dependents; // reverse edges: node -> who depends on it
    std::vector<int> m_sccOf;                   // node -> its strongly connected component
    std::vector<std::vector<int>> m_members;    // scc -> nodes, in emission order
    size_t m_words = 0;                         // 64-bit words per bitset
    std::vector<std::uint64_t> m_bits;          // scc-major: the nodes each scc reaches
    std::vector<int> m_counts;                  // per scc: bits set in its row
};

} // namespace pm

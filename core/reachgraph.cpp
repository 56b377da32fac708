#include "reachgraph.h"

#include <algorithm>

namespace pm {

ReachGraph::ReachGraph(int nodes, const std::vector<std::pair<int, int>> &edges)
    : m_nodes(qMax(0, nodes)), m_dependents(size_t(m_nodes))
{
    for (const auto &[from, to] : edges) {
        if (from < 0 || to < 0 || from >= m_nodes || to >= m_nodes || from == to)
            continue;
        m_dependents[size_t(to)].push_back(from);
    }
    for (std::vector<int> &list : m_dependents) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    condense();
    const qint64 sccs = qint64(m_members.size());
    if (sccs * qint64(m_nodes) <= kMaxBitsetBits)
        fillBitsets();
}

// Tarjan's algorithm without recursion (a chain of 100,000 arrows must not overflow the stack),
// over the reverse edges. A component is emitted only after every component it reaches.
void ReachGraph::condense()
{
    const size_t n = size_t(m_nodes);
    m_sccOf.assign(n, -1);
    std::vector<int> index(n, -1), low(n, 0);
    std::vector<int> stack;
    std::vector<bool> onStack(n, false);
    struct Frame
    {
        int node;
        size_t next; // the next dependent to look at
    };
    std::vector<Frame> calls;
    int counter = 0;
    for (int root = 0; root < m_nodes; ++root) {
        if (index[size_t(root)] >= 0)
            continue;
        calls.push_back({root, 0});
        index[size_t(root)] = low[size_t(root)] = counter++;
        stack.push_back(root);
        onStack[size_t(root)] = true;
        while (!calls.empty()) {
            Frame &f = calls.back();
            const std::vector<int> &out = m_dependents[size_t(f.node)];
            if (f.next < out.size()) {
                const int w = out[f.next++];
                if (index[size_t(w)] < 0) {
                    index[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    onStack[size_t(w)] = true;
                    calls.push_back({w, 0}); // f is invalid from here on
                } else if (onStack[size_t(w)]) {
                    low[size_t(f.node)] = qMin(low[size_t(f.node)], index[size_t(w)]);
                }
                continue;
            }
            const int v = f.node;
            calls.pop_back();
            if (!calls.empty())
                low[size_t(calls.back().node)] =
                    qMin(low[size_t(calls.back().node)], low[size_t(v)]);
            if (low[size_t(v)] != index[size_t(v)])
                continue;
            const int scc = int(m_members.size());
            m_members.emplace_back();
            int w;
            do {
                w = stack.back();
                stack.pop_back();
                onStack[size_t(w)] = false;
                m_sccOf[size_t(w)] = scc;
                m_members.back().push_back(w);
            } while (w != v);
        }
    }
}

void ReachGraph::fillBitsets()
{
    m_words = (size_t(m_nodes) + 63) / 64;
    m_bits.assign(m_members.size() * m_words, 0);
    m_counts.assign(m_members.size(), 0);
    for (size_t scc = 0; scc < m_members.size(); ++scc) {
        std::uint64_t *row = m_bits.data() + scc * m_words;
        for (int v : m_members[scc]) {
            row[size_t(v) / 64] |= std::uint64_t(1) << (size_t(v) % 64);
            for (int d : m_dependents[size_t(v)]) {
                const size_t other = size_t(m_sccOf[size_t(d)]);
                if (other == scc)
                    continue;
                const std::uint64_t *from = m_bits.data() + other * m_words;
                for (size_t i = 0; i < m_words; ++i)
                    row[i] |= from[i];
            }
        }
        int count = 0;
        for (size_t i = 0; i < m_words; ++i)
            count += __builtin_popcountll(row[i]);
        m_counts[scc] = count;
    }
}

bool ReachGraph::testBit(int scc, int node) const
{
    return (m_bits[size_t(scc) * m_words + size_t(node) / 64] >> (size_t(node) % 64)) & 1;
}

std::vector<int> ReachGraph::reachOf(int node) const
{
    std::vector<int> reached;
    if (node < 0 || node >= m_nodes)
        return reached;
    if (!m_bits.empty()) {
        const int scc = m_sccOf[size_t(node)];
        for (int v = 0; v < m_nodes; ++v) {
            if (v != node && testBit(scc, v))
                reached.push_back(v);
        }
        return reached;
    }
    std::vector<bool> seen(size_t(m_nodes), false);
    std::vector<int> queue{node};
    seen[size_t(node)] = true;
    for (size_t head = 0; head < queue.size(); ++head) {
        for (int d : m_dependents[size_t(queue[head])]) {
            if (!seen[size_t(d)]) {
                seen[size_t(d)] = true;
                queue.push_back(d);
                reached.push_back(d);
            }
        }
    }
    std::sort(reached.begin(), reached.end());
    return reached;
}

int ReachGraph::reachCount(int node) const
{
    if (node < 0 || node >= m_nodes)
        return 0;
    if (!m_bits.empty())
        return m_counts[size_t(m_sccOf[size_t(node)])] - 1; // itself is always in its row
    return int(reachOf(node).size());
}

int ReachGraph::reachCount(int node, const std::vector<std::uint64_t> &mask) const
{
    if (node < 0 || node >= m_nodes)
        return 0;
    const auto counted = [&](int v) {
        return size_t(v) / 64 < mask.size() && ((mask[size_t(v) / 64] >> (size_t(v) % 64)) & 1);
    };
    if (m_bits.empty()) {
        int n = 0;
        for (int v : reachOf(node))
            n += counted(v) ? 1 : 0;
        return n;
    }
    const std::uint64_t *row = m_bits.data() + size_t(m_sccOf[size_t(node)]) * m_words;
    int n = 0;
    for (size_t i = 0; i < m_words && i < mask.size(); ++i)
        n += __builtin_popcountll(row[i] & mask[i]);
    return n - (counted(node) ? 1 : 0); // its own bit is always in its row
}

std::vector<std::uint64_t> ReachGraph::maskOf(const std::vector<bool> &nodes)
{
    std::vector<std::uint64_t> mask((nodes.size() + 63) / 64, 0);
    for (size_t v = 0; v < nodes.size(); ++v) {
        if (nodes[v])
            mask[v / 64] |= std::uint64_t(1) << (v % 64);
    }
    return mask;
}

} // namespace pm

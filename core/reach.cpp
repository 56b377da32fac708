#include "reach.h"

#include "rowtext.h"
#include "workshop.h"

#include <QCoreApplication>

namespace pm {

namespace {

bool isGrouping(ComponentKind kind)
{
    return kind == ComponentKind::Layer || kind == ComponentKind::Boundary;
}

} // namespace

// The live components in creation order and the live dependencies between them as node pairs.
struct ReachIndex::Numbered
{
    QList<Component> components;
    QHash<QUuid, int> nodes;
    std::vector<std::pair<int, int>> edges;
};

ReachIndex::Numbered ReachIndex::number(const Workshop &workshop)
{
    ReachIndex::Numbered n;
    n.components = workshop.rows<Component>();
    n.nodes.reserve(n.components.size());
    for (int i = 0; i < n.components.size(); ++i)
        n.nodes.insert(n.components[i].meta.id, i);
    workshop.forEachLive<Dependency>([&](const Dependency &d) {
        const auto from = n.nodes.constFind(d.from), to = n.nodes.constFind(d.to);
        if (from != n.nodes.cend() && to != n.nodes.cend())
            n.edges.emplace_back(*from, *to);
    });
    return n;
}

ReachIndex::ReachIndex(const Workshop &workshop) : ReachIndex(number(workshop)) {}

ReachIndex::ReachIndex(Numbered &&n)
    : m_nodes(std::move(n.nodes)), m_graph(int(n.components.size()), n.edges)
{
    for (const Component &c : std::as_const(n.components)) {
        m_ids << c.meta.id;
        m_names << c.name;
        m_counts.push_back(!isGrouping(c.kind));
        m_userFacing.push_back(c.userFacing);
        m_counted += isGrouping(c.kind) ? 0 : 1;
    }
    m_countedMask = ReachGraph::maskOf(m_counts);
}

std::optional<int> ReachIndex::nodeOf(const QUuid &component) const
{
    const auto it = m_nodes.constFind(component);
    return it == m_nodes.cend() ? std::nullopt : std::optional<int>(*it);
}

QList<QUuid> ReachIndex::reachedBy(const QUuid &component) const
{
    QList<QUuid> ids;
    if (const auto node = nodeOf(component)) {
        for (int v : m_graph.reachOf(*node)) {
            if (m_counts[size_t(v)])
                ids << m_ids[v];
        }
    }
    return ids;
}

int ReachIndex::reachCount(const QUuid &component) const
{
    const auto node = nodeOf(component);
    return node ? m_graph.reachCount(*node, m_countedMask) : 0;
}

QStringList ReachIndex::reachedNames(const QUuid &component) const
{
    QStringList names;
    for (const QUuid &id : reachedBy(component))
        names << m_names[m_nodes.value(id)];
    return names;
}

int ReachIndex::directDependentCount(const QUuid &component) const
{
    const auto node = nodeOf(component);
    if (!node)
        return 0;
    int n = 0;
    for (int v : m_graph.directDependents(*node))
        n += m_counts[size_t(v)] ? 1 : 0;
    return n;
}

bool ReachIndex::reachesUserFacing(const QUuid &component) const
{
    for (const QUuid &id : reachedBy(component)) {
        if (m_userFacing[size_t(m_nodes.value(id))])
            return true;
    }
    return false;
}

QString reachSummary(const ReachIndex &reach, const QUuid &component, int maxNames)
{
    const QStringList names = reach.reachedNames(component);
    const QString head = QCoreApplication::translate("pm::Reach", "%1 of %n component(s)", nullptr,
                                                     reach.componentCount())
                             .arg(names.size());
    if (names.isEmpty())
        return head;
    QStringList shown;
    for (const QString &name : names.mid(0, maxNames))
        shown << elided(name, 60);
    if (names.size() > maxNames)
        shown << QCoreApplication::translate("pm::Reach", "%n more", nullptr,
                                             int(names.size()) - maxNames);
    return QCoreApplication::translate("pm::Reach", "%1: %2")
        .arg(head, shown.join(QStringLiteral(", ")));
}

QString reachText(const ReachIndex &reach, const QUuid &component, int maxNames)
{
    return QCoreApplication::translate("pm::Reach", "reaches %1")
        .arg(reachSummary(reach, component, maxNames));
}

} // namespace pm

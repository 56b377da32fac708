#include "dotimporter.h"

#include "graphvizlock.h"

#include <QCoreApplication>
#include <QHash>

#include <cgraph.h>

#include <memory>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::ArchitectureImport", text);
}

// Clusters nested deeper than this are read as part of the one around them.
constexpr int kMaxClusterDepth = 32;

QString attribute(void *object, const char *name)
{
    const char *value = agget(object, const_cast<char *>(name));
    return value ? QString::fromUtf8(value) : QString();
}

bool isCluster(Agraph_t *subgraph)
{
    return QString::fromUtf8(agnameof(subgraph))
        .startsWith(QLatin1String("cluster"), Qt::CaseInsensitive);
}

ComponentKind kindOfShape(const QString &shape)
{
    if (shape == QLatin1String("cylinder"))
        return ComponentKind::Datastore;
    if (shape == QLatin1String("cds") || shape == QLatin1String("larrow") ||
        shape == QLatin1String("rarrow"))
        return ComponentKind::Queue;
    return ComponentKind::Service;
}

DependencyKind kindOfStyle(const QString &style)
{
    if (style.contains(QLatin1String("dashed")))
        return DependencyKind::AsyncMessage;
    if (style.contains(QLatin1String("dotted")))
        return DependencyKind::Data;
    if (style.contains(QLatin1String("bold")))
        return DependencyKind::Deployment;
    return DependencyKind::SyncCall;
}

class Reader
{
public:
    explicit Reader(Agraph_t *root) : m_root(root) {}

    Result<ArchitectureGraph> read()
    {
        const int nodes = agnnodes(m_root), edges = agnedges(m_root);
        if (nodes > kMaxArchitectureNodes)
            return tooManyNodes(nodes);
        if (edges > kMaxArchitectureEdges)
            return tooManyEdges(edges);
        collectClusters(m_root, QString(), 0);
        if (m_graph.groups.size() + nodes > kMaxArchitectureNodes)
            return tooManyNodes(m_graph.groups.size() + nodes);
        for (Agnode_t *n = agfstnode(m_root); n; n = agnxtnode(m_root, n)) {
            // An invisible node is where arrows to a whole cluster end (lhead), not a box.
            if (attribute(n, "style").contains(QLatin1String("invis")))
                continue;
            ArchitectureNode node;
            node.key = QString::fromUtf8(agnameof(n));
            QString label = attribute(n, "label");
            if (label.isEmpty() || label == QLatin1String("\\N"))
                label = node.key;
            node.name = label;
            node.kind = kindOfShape(attribute(n, "shape"));
            node.group = m_groupOf.value(node.key);
            m_graph.nodes << node;
        }
        for (Agnode_t *n = agfstnode(m_root); n; n = agnxtnode(m_root, n)) {
            for (Agedge_t *e = agfstout(m_root, n); e; e = agnxtout(m_root, e)) {
                ArchitectureEdge edge;
                edge.from = end(agtail(e), attribute(e, "ltail"));
                edge.to = end(aghead(e), attribute(e, "lhead"));
                if (edge.from.isEmpty() || edge.to.isEmpty())
                    continue; // an invisible helper node without a cluster to stand for
                edge.label = attribute(e, "label");
                edge.kind = kindOfStyle(attribute(e, "style"));
                m_graph.edges << edge;
            }
        }
        return checkedGraph(std::move(m_graph));
    }

private:
    // An arrow's end: the cluster it is clipped to (compound graphs), else the node, unless the
    // node is an invisible helper.
    QString end(Agnode_t *node, const QString &cluster) const
    {
        const QString key = QStringLiteral("cluster:") + cluster;
        if (!cluster.isEmpty() && m_seen.contains(key))
            return key;
        if (attribute(node, "style").contains(QLatin1String("invis")))
            return QString();
        return QString::fromUtf8(agnameof(node));
    }

    // Depth first, so a node ends up in the innermost cluster that holds it.
    void collectClusters(Agraph_t *graph, const QString &group, int depth)
    {
        for (Agraph_t *sub = agfstsubg(graph); sub; sub = agnxtsubg(sub)) {
            QString inner = group;
            if (isCluster(sub) && depth < kMaxClusterDepth) {
                ArchitectureGroup g;
                g.key = QStringLiteral("cluster:") + QString::fromUtf8(agnameof(sub));
                g.name = attribute(sub, "label");
                if (g.name.isEmpty())
                    g.name = QString::fromUtf8(agnameof(sub)).mid(7);
                g.parent = group;
                inner = g.key;
                if (!m_seen.contains(g.key)) {
                    m_seen.insert(g.key, true);
                    m_graph.groups << g;
                }
                for (Agnode_t *n = agfstnode(sub); n; n = agnxtnode(sub, n))
                    m_groupOf.insert(QString::fromUtf8(agnameof(n)), inner);
            }
            if (depth < kMaxClusterDepth)
                collectClusters(sub, inner, depth + (inner == group ? 0 : 1));
        }
    }

    Agraph_t *m_root;
    ArchitectureGraph m_graph;
    QHash<QString, QString> m_groupOf;
    QHash<QString, bool> m_seen;
};

} // namespace

Result<ArchitectureGraph> readDot(const QByteArray &dot)
{
    if (dot.size() > kMaxArchitectureFileBytes)
        return fileTooLarge(dot.size());
    if (dot.contains('\0'))
        return Error{Error::InvalidInput,
                     tr("The file is not a Graphviz DOT text (it holds binary data). Nothing "
                        "was imported.")};
    GraphvizLock lock;
    // Graphviz prints parse errors itself: keep them for the message instead.
    agseterr(AGMAX);
    Agraph_t *graph = agmemread(dot.constData());
    if (!graph) {
        const QString why = QString::fromUtf8(aglasterr() ? aglasterr() : "").simplified();
        return Error{Error::InvalidInput,
                     tr("The file is not a Graphviz DOT graph Premortem can read (%1). Nothing "
                        "was imported.")
                         .arg(why.isEmpty() ? tr("syntax error") : why.left(300))};
    }
    std::unique_ptr<Agraph_t, int (*)(Agraph_t *)> owned(graph, agclose);
    return Reader(graph).read();
}

} // namespace pm

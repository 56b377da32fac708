#include "graphlayout.h"

#include "graphvizlock.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

#include <gvc.h>

namespace pm {

namespace {

// The size a component gets on the board (Component's default), in points as Graphviz counts.
constexpr double kNodeWidth = 240, kNodeHeight = 160;
// Room for a boundary's title above its members.
constexpr double kGroupMargin = 24;

GVC_t *context()
{
    // Made once per process: loading the plugins is the slow part.
    static GVC_t *gvc = gvContext();
    return gvc;
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
              const_cast<char *>(""));
}

// Each boundary around its members, inner boundaries first (groups list enclosing ones first):
// the same for every engine, whether or not it knows clusters.
void fitGroups(ArchitectureGraph &graph)
{
    QHash<QString, std::array<double, 4>> boxes; // left, top, right, bottom
    auto grow = [&](const QString &key, double l, double t, double r, double b) {
        auto it = boxes.find(key);
        if (it == boxes.end()) {
            boxes.insert(key, {l, t, r, b});
            return;
        }
        (*it)[0] = qMin((*it)[0], l);
        (*it)[1] = qMin((*it)[1], t);
        (*it)[2] = qMax((*it)[2], r);
        (*it)[3] = qMax((*it)[3], b);
    };
    for (const ArchitectureNode &n : std::as_const(graph.nodes)) {
        if (!n.group.isEmpty())
            grow(n.group, n.x, n.y, n.x + n.width, n.y + n.height);
    }
    for (int i = int(graph.groups.size()) - 1; i >= 0; --i) {
        ArchitectureGroup &group = graph.groups[i];
        const auto it = boxes.constFind(group.key);
        if (it == boxes.cend())
            continue; // an empty boundary keeps its place at the origin
        group.x = (*it)[0] - kGroupMargin;
        group.y = (*it)[1] - 2 * kGroupMargin;
        group.width = (*it)[2] - (*it)[0] + 2 * kGroupMargin;
        group.height = (*it)[3] - (*it)[1] + 3 * kGroupMargin;
        if (!group.parent.isEmpty())
            grow(group.parent, group.x, group.y, group.x + group.width, group.y + group.height);
    }
}

} // namespace

Status layoutGraph(ArchitectureGraph &graph)
{
    if (graph.nodes.isEmpty())
        return {};
    GraphvizLock lock;
    agseterr(AGMAX);
    GVC_t *gvc = context();
    if (!gvc)
        return Error{Error::Io, QCoreApplication::translate("pm::ArchitectureImport",
                                                            "Graphviz could not be started.")};
    const bool large =
        graph.nodes.size() > kMaxDotLayoutNodes || graph.edges.size() > kMaxDotLayoutEdges;
    Agraph_t *g = agopen(const_cast<char *>("map"), Agdirected, nullptr);
    set(g, "rankdir", "LR");
    set(g, "nodesep", "0.6");
    set(g, "ranksep", "1.2");
    if (large) {
        set(g, "overlap", "scale");
        set(g, "K", "3");
    }
    QHash<QString, Agraph_t *> clusters;
    for (int i = 0; i < graph.groups.size(); ++i) {
        const ArchitectureGroup &group = graph.groups[i];
        Agraph_t *parent = clusters.value(group.parent, g);
        const QByteArray name = "cluster_" + QByteArray::number(i);
        Agraph_t *sub = agsubg(parent, const_cast<char *>(name.constData()), 1);
        set(sub, "label", "");
        set(sub, "margin", QByteArray::number(kGroupMargin));
        clusters.insert(group.key, sub);
    }
    const QByteArray width = QByteArray::number(kNodeWidth / 72.0);
    const QByteArray height = QByteArray::number(kNodeHeight / 72.0);
    QList<Agnode_t *> nodes;
    QHash<QString, Agnode_t *> byKey;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const QByteArray name = "n" + QByteArray::number(i);
        Agraph_t *home = clusters.value(graph.nodes[i].group, g);
        Agnode_t *n = agnode(home, const_cast<char *>(name.constData()), 1);
        if (home != g)
            agsubnode(g, n, 1);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", width);
        set(n, "height", height);
        set(n, "label", "");
        nodes << n;
        byKey.insert(graph.nodes[i].key, n);
    }
    for (const ArchitectureEdge &e : std::as_const(graph.edges)) {
        Agnode_t *from = byKey.value(e.from), *to = byKey.value(e.to);
        if (from && to && from != to)
            agedge(g, from, to, nullptr, 1);
    }
    if (gvLayout(gvc, g, large ? "sfdp" : "dot") != 0) {
        agclose(g);
        return Error{Error::Io, QCoreApplication::translate("pm::ArchitectureImport",
                                                            "Graphviz could not lay out the map.")};
    }
    // Graphviz's y grows upwards from the bottom of the bounding box; the board's downwards.
    const boxf bb = GD_bb(g);
    auto toBoardX = [&](double x) {
        return x - bb.LL.x;
    };
    auto toBoardY = [&](double y) {
        return bb.UR.y - y;
    };
    for (int i = 0; i < graph.nodes.size(); ++i) {
        ArchitectureNode &node = graph.nodes[i];
        const pointf c = ND_coord(nodes[i]);
        node.width = ND_width(nodes[i]) * 72.0;
        node.height = ND_height(nodes[i]) * 72.0;
        node.x = toBoardX(c.x) - node.width / 2;
        node.y = toBoardY(c.y) - node.height / 2;
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    fitGroups(graph);
    return {};
}
} // namespace pm

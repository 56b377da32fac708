#include "architecturemap.h"

#include "bandpalette.h"
#include "ranking.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>

namespace pm {

namespace {

bool isGrouping(ComponentKind kind)
{
    return kind == ComponentKind::Layer || kind == ComponentKind::Boundary;
}

// Parents are never cyclic in a valid file, but a damaged one must not hang an export.
constexpr int kMaxNesting = 64;

QString dotQuoted(const QString &text)
{
    QString out = text.simplified();
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// How each kind of arrow is drawn: Mermaid's arrow and Graphviz's edge style. The importers read
// both back as the same kind (import/mermaidimporter.cpp, import/dotimporter.cpp).
struct ArrowStyle
{
    DependencyKind kind;
    const char *mermaid;
    const char *dot;
};
constexpr ArrowStyle kArrowStyles[] = {
    {DependencyKind::SyncCall, "-->", "solid"},
    {DependencyKind::AsyncMessage, "-.->", "dashed"},
    {DependencyKind::Data, "--o", "dotted"},
    {DependencyKind::Deployment, "==>", "bold"},
};

const ArrowStyle &arrowStyle(DependencyKind kind)
{
    for (const ArrowStyle &s : kArrowStyles) {
        if (s.kind == kind)
            return s;
    }
    return kArrowStyles[0];
}

QString mermaidArrow(DependencyKind kind)
{
    return QLatin1String(arrowStyle(kind).mermaid);
}

QString dotStyle(DependencyKind kind)
{
    return QLatin1String(arrowStyle(kind).dot);
}

QString arrowLabel(const Dependency &d)
{
    const QString label = d.label.simplified();
    if (!d.unprotected)
        return label;
    const QString flag = QCoreApplication::translate("pm::Export", "no SLA or fallback");
    return label.isEmpty() ? flag : QStringLiteral("%1 (%2)").arg(label, flag);
}

// Node ids: c1, c2, … in map order, so exports stay byte-for-byte stable.
QHash<QUuid, QString> nodeIds(const ArchitectureMap &map)
{
    QHash<QUuid, QString> ids;
    for (int i = 0; i < map.components.size(); ++i)
        ids.insert(map.components[i].id, QStringLiteral("c%1").arg(i + 1));
    return ids;
}

QHash<QUuid, QList<int>> membersByGroup(const ArchitectureMap &map)
{
    QHash<QUuid, QList<int>> members;
    for (int i = 0; i < map.components.size(); ++i)
        members[map.components[i].group] << i;
    return members;
}

// Visits the components depth-first from the top level, each group around its members; indent
// is the nesting as spaces, for the writers.
struct MapVisitor
{
    std::function<void(const MapComponent &, const QString &indent)> openGroup;
    std::function<void(const MapComponent &, const QString &indent)> closeGroup;
    std::function<void(const MapComponent &, const QString &indent)> node;
};

void walkMap(const ArchitectureMap &map, const MapVisitor &visit)
{
    const QHash<QUuid, QList<int>> members = membersByGroup(map);
    std::function<void(const QUuid &, int)> walk = [&](const QUuid &group, int depth) {
        const QString indent(4 * (depth + 1), QLatin1Char(' '));
        for (int i : members.value(group)) {
            const MapComponent &c = map.components[i];
            if (!isGrouping(c.kind)) {
                visit.node(c, indent);
                continue;
            }
            visit.openGroup(c, indent);
            if (depth < kMaxNesting)
                walk(c.id, depth + 1);
            visit.closeGroup(c, indent);
        }
    };
    walk(QUuid(), 0);
}

} // namespace

ArchitectureMap architectureMap(const Workshop &workshop, const QList<RiskSummary> &ranked)
{
    ArchitectureMap map;
    map.title = workshop.info().title;
    QHash<QUuid, RiskBand> worst;
    for (const RiskSummary &r : ranked) {
        if (!r.component.isNull() && int(r.band) > int(worst.value(r.component)))
            worst.insert(r.component, r.band);
    }
    for (const Component &c : workshop.rows<Component>()) {
        MapComponent m{c.meta.id, c.name, c.kind, {}, worst.value(c.meta.id), c.userFacing};
        QUuid parent = c.parent;
        for (int depth = 0; depth < kMaxNesting && !parent.isNull(); ++depth) {
            const Component *p = workshop.findLive<Component>(parent);
            if (!p)
                break;
            if (isGrouping(p->kind)) {
                m.group = p->meta.id;
                break;
            }
            parent = p->parent;
        }
        map.components << m;
    }
    for (const Dependency &d : workshop.rows<Dependency>()) {
        if (workshop.findLive<Component>(d.from) && workshop.findLive<Component>(d.to))
            map.dependencies << d;
    }
    return map;
}

QString mermaidQuoted(const QString &text)
{
    QString out;
    for (const QChar c : text.simplified()) {
        if (c == QLatin1Char('"'))
            out += QLatin1String("#quot;");
        else if (c == QLatin1Char('#') || c == QLatin1Char('<') || c == QLatin1Char('>') ||
                 c == QLatin1Char('|') || c == QLatin1Char('`'))
            out += QStringLiteral("#%1;").arg(c.unicode());
        else
            out += c;
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString mermaidMap(const ArchitectureMap &map)
{
    const QHash<QUuid, QString> ids = nodeIds(map);
    QString out = QStringLiteral("flowchart LR\n");
    walkMap(map, {[&](const MapComponent &c, const QString &indent) {
                      out += indent + QStringLiteral("subgraph %1 [%2]\n")
                                          .arg(ids.value(c.id), mermaidQuoted(c.name));
                  },
                  [&](const MapComponent &, const QString &indent) {
                      out += indent + QStringLiteral("end\n");
                  },
                  [&](const MapComponent &c, const QString &indent) {
                      const QString id = ids.value(c.id), text = mermaidQuoted(c.name);
                      switch (c.kind) {
                      case ComponentKind::Datastore:
                          out += indent + QStringLiteral("%1[(%2)]\n").arg(id, text);
                          break;
                      case ComponentKind::Queue:
                          out += indent + QStringLiteral("%1>%2]\n").arg(id, text);
                          break;
                      case ComponentKind::External:
                          out += indent + QStringLiteral("%1((%2))\n").arg(id, text);
                          break;
                      default:
                          out += indent + QStringLiteral("%1[%2]\n").arg(id, text);
                          break;
                      }
                  }});
    for (const Dependency &d : map.dependencies) {
        const QString label = arrowLabel(d);
        out +=
            QStringLiteral("    %1 %2%3 %4\n")
                .arg(ids.value(d.from), mermaidArrow(d.kind),
                     label.isEmpty() ? QString() : QStringLiteral("|%1|").arg(mermaidQuoted(label)),
                     ids.value(d.to));
    }
    // One class per band in use, coloured like the matrix.
    for (RiskBand band : allValues<RiskBand>()) {
        QStringList inBand;
        for (const MapComponent &c : map.components) {
            if (c.band == band && band != RiskBand::Unscored && !isGrouping(c.kind))
                inBand << ids.value(c.id);
        }
        if (inBand.isEmpty())
            continue;
        out += QStringLiteral("    classDef %1 fill:%2,color:%3,stroke:#333333\n")
                   .arg(keyOf(band), bandColourHex(band), bandTextColourHex(band));
        out += QStringLiteral("    class %1 %2\n").arg(inBand.join(QLatin1Char(',')), keyOf(band));
    }
    return out;
}

QString dotMap(const ArchitectureMap &map)
{
    const QHash<QUuid, QString> ids = nodeIds(map);
    QSet<QUuid> groups; // arrows to these end at the cluster
    for (const MapComponent &c : map.components) {
        if (isGrouping(c.kind))
            groups.insert(c.id);
    }
    QString out = QStringLiteral("digraph %1 {\n").arg(dotQuoted(map.title));
    out += QStringLiteral(
        "    rankdir=LR;\n    compound=true;\n    node [shape=box, style=\"rounded,filled\", "
        "fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n"
        "    edge [fontname=\"Helvetica\", fontsize=10];\n");
    walkMap(map,
            {[&](const MapComponent &c, const QString &indent) {
                 const QString id = ids.value(c.id);
                 out += indent + QStringLiteral("subgraph cluster_%1 {\n").arg(id);
                 out += indent + QStringLiteral("    label=%1;\n").arg(dotQuoted(c.name));
                 // Arrows to the whole group end at this invisible point, clipped to the
                 // cluster (lhead, ltail).
                 out += indent +
                        QStringLiteral("    %1 [shape=point, style=invis, label=\"\"];\n").arg(id);
             },
             [&](const MapComponent &, const QString &indent) {
                 out += indent + QStringLiteral("}\n");
             },
             [&](const MapComponent &c, const QString &indent) {
                 QStringList attributes{QStringLiteral("label=") + dotQuoted(c.name)};
                 if (c.kind == ComponentKind::Datastore)
                     attributes << QStringLiteral("shape=cylinder");
                 else if (c.kind == ComponentKind::Queue)
                     attributes << QStringLiteral("shape=cds");
                 if (c.band != RiskBand::Unscored)
                     attributes << QStringLiteral("fillcolor=\"%1\"").arg(bandColourHex(c.band))
                                << QStringLiteral("fontcolor=\"%1\"").arg(bandTextColourHex(c.band))
                                << QStringLiteral("xlabel=") + dotQuoted(displayName(c.band));
                 out += indent + QStringLiteral("%1 [%2];\n")
                                     .arg(ids.value(c.id), attributes.join(QStringLiteral(", ")));
             }});
    for (const Dependency &d : map.dependencies) {
        QStringList attributes{QStringLiteral("style=") + dotStyle(d.kind)};
        if (groups.contains(d.from))
            attributes << QStringLiteral("ltail=cluster_") + ids.value(d.from);
        if (groups.contains(d.to))
            attributes << QStringLiteral("lhead=cluster_") + ids.value(d.to);
        const QString label = arrowLabel(d);
        if (!label.isEmpty())
            attributes << QStringLiteral("label=") + dotQuoted(label);
        out += QStringLiteral("    %1 -> %2 [%3];\n")
                   .arg(ids.value(d.from), ids.value(d.to), attributes.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("}\n");
    return out;
}

QString mapBandLegend(const ArchitectureMap &map)
{
    QStringList parts;
    for (int b = int(RiskBand::Critical); b > int(RiskBand::Unscored); --b) {
        QStringList names;
        for (const MapComponent &c : map.components) {
            if (int(c.band) == b && !isGrouping(c.kind))
                names << c.name.simplified();
        }
        if (!names.isEmpty())
            parts << QStringLiteral("%1: %2").arg(displayName(RiskBand(b)),
                                                  names.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace pm

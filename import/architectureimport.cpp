#include "architectureimport.h"

#include "graphlayout.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QSet>

namespace pm {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("pm::ArchitectureImport", text, nullptr, n);
}

QString nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

// Space between what is on the board and the imported map beside it.
constexpr double kGap = 200;

double bounded(double v)
{
    return qBound(-kMaxCoordinate, v, kMaxCoordinate);
}

} // namespace

QStringList ArchitectureImportPlan::previewLines() const
{
    QStringList lines;
    for (const QString &name : addedComponents)
        lines << QCoreApplication::translate("pm::ArchitectureImportPlan", "Add component “%1”")
                     .arg(name);
    for (const QString &name : matchedComponents)
        lines << QCoreApplication::translate("pm::ArchitectureImportPlan",
                                             "Match “%1” (already in the workshop)")
                     .arg(name);
    for (const QString &arrow : addedDependencies)
        lines << QCoreApplication::translate("pm::ArchitectureImportPlan", "Add dependency %1")
                     .arg(arrow);
    if (existingDependencies > 0)
        lines << QCoreApplication::translate("pm::ArchitectureImportPlan",
                                             "Keep %n dependency arrow(s) the workshop has already",
                                             nullptr, existingDependencies);
    for (const QString &why : skipped)
        lines << QCoreApplication::translate("pm::ArchitectureImportPlan", "Skip %1").arg(why);
    lines << QCoreApplication::translate(
                 "pm::ArchitectureImportPlan",
                 "In all: %1 components added, %2 matched, %3 dependencies added.")
                 .arg(addedComponents.size())
                 .arg(matchedComponents.size())
                 .arg(addedDependencies.size());
    return lines;
}

Result<ArchitectureImportPlan> planArchitectureImport(const Workshop *workshop,
                                                      ArchitectureGraph graph, bool layout)
{
    if (Status s = layout ? layoutGraph(graph) : Status(); !s)
        return s.error();
    ArchitectureImportPlan plan;
    QHash<QString, const Component *> byName;
    QSet<QPair<QUuid, QUuid>> arrows;
    double right = -kGap; // the new map goes right of everything on the board
    double top = 0;
    if (workshop) {
        bool first = true;
        workshop->forEachLive<Component>([&](const Component &c) {
            const QString key = nameKey(c.name);
            const Component *&slot = byName[key];
            // Of two components with one name, the older is the one people mean.
            if (!slot || c.meta.created < slot->meta.created)
                slot = &c;
            right = first ? c.x + c.width : qMax(right, c.x + c.width);
            top = first ? c.y : qMin(top, c.y);
            first = false;
        });
        workshop->forEachLive<Dependency>(
            [&](const Dependency &d) { arrows.insert(qMakePair(d.from, d.to)); });
    }
    double left = 0;
    for (const ArchitectureGroup &g : std::as_const(graph.groups))
        left = qMin(left, g.x);
    const double dx = right + kGap - left, dy = top;

    QHash<QString, QUuid> ids; // graph key -> component id
    QHash<QString, QString> names;
    auto place = [&](const QString &key, const QString &name, ComponentKind kind,
                     const QString &group, bool userFacing, double x, double y, double w,
                     double h) {
        names.insert(key, name);
        if (const Component *known = byName.value(nameKey(name))) {
            ids.insert(key, known->meta.id);
            plan.matchedComponents << known->name;
            return;
        }
        Component c;
        c.meta.id = QUuid::createUuid();
        c.name = name;
        c.kind = kind;
        c.userFacing = userFacing;
        c.x = bounded(x + dx);
        c.y = bounded(y + dy);
        c.width = qBound(0.0, w, kMaxCoordinate);
        c.height = qBound(0.0, h, kMaxCoordinate);
        c.parent = ids.value(group);
        ids.insert(key, c.meta.id);
        plan.addedComponents << name;
        plan.changes << c;
    };
    for (const ArchitectureGroup &g : std::as_const(graph.groups))
        place(g.key, g.name, ComponentKind::Boundary, g.parent, false, g.x, g.y, g.width, g.height);
    for (const ArchitectureNode &n : std::as_const(graph.nodes))
        place(n.key, n.name, n.kind, n.group, n.userFacing, n.x, n.y, n.width, n.height);
    for (const ArchitectureEdge &e : std::as_const(graph.edges)) {
        const QUuid from = ids.value(e.from), to = ids.value(e.to);
        const QString arrow = tr("%1 → %2").arg(names.value(e.from), names.value(e.to));
        if (from.isNull() || to.isNull()) {
            plan.skipped << tr("%1: an end is not a component").arg(arrow);
            continue;
        }
        if (from == to) {
            plan.skipped << tr("%1: a component that depends on itself").arg(arrow);
            continue;
        }
        if (arrows.contains(qMakePair(from, to))) {
            ++plan.existingDependencies;
            continue;
        }
        arrows.insert(qMakePair(from, to));
        Dependency d;
        d.meta.id = QUuid::createUuid();
        d.from = from;
        d.to = to;
        d.kind = e.kind;
        d.label = e.label;
        plan.changes << d;
        plan.addedDependencies << tr("%1 (%2)").arg(arrow, displayName(e.kind));
    }
    return plan;
}

Result<ChangeSet> applyArchitectureImport(Workshop &workshop, const ArchitectureImportPlan &plan)
{
    if (plan.isEmpty())
        return ChangeSet{};
    return workshop.apply(plan.changes);
}

} // namespace pm

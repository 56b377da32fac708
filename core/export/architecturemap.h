#pragma once

// The architecture map for the reports and the Mermaid and DOT exports: every component with
// the band of its worst failure mode (its colour), boundaries and layers as groups, and the
// dependencies as arrows. Mermaid renders in GitHub's and GitLab's Markdown; DOT in Graphviz.
// Both read back with Premortem's own importers (import/), names and arrows intact.

#include "entities.h"

#include <QString>

namespace pm {

class Workshop;
struct RiskSummary;

struct MapComponent
{
    QUuid id;
    QString name;
    ComponentKind kind = ComponentKind::Service;
    QUuid group; // the nearest enclosing layer or boundary, or null
    RiskBand band = RiskBand::Unscored;
    bool userFacing = false;
};

struct ArchitectureMap
{
    QString title;
    QList<MapComponent> components; // creation order
    QList<Dependency> dependencies; // live, between live components, creation order

    bool isEmpty() const { return components.isEmpty(); }
};

// ranked: the workshop's ranked risks (ranking.h), for each component's worst band.
ArchitectureMap architectureMap(const Workshop &workshop, const QList<RiskSummary> &ranked);

QString mermaidMap(const ArchitectureMap &map);
QString dotMap(const ArchitectureMap &map);
// "Critical: Payment gateway, Orders DB · High: Checkout API": the colours in words.
QString mapBandLegend(const ArchitectureMap &map);

// Text in double quotes for a Mermaid label, with Mermaid's entity codes ("#quot;") for what a
// quoted label cannot hold.
QString mermaidQuoted(const QString &text);

} // namespace pm

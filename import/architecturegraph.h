#pragma once

// The neutral shape every architecture importer produces: boxes (components), the groups they sit
// in (boundaries: Graphviz clusters, Mermaid subgraphs, Structurizr software systems, draw.io
// containers) and arrows "from depends on to". Importers only read their format into this; one
// step turns it into workshop rows (architectureimport.h), so matching, limits and layout are
// written once.

#include "result.h"
#include "vocabulary.h"

#include <QList>
#include <QString>

namespace pm {

struct ArchitectureNode
{
    QString key;  // unique within the graph (the format's id)
    QString name; // shown; matched against existing components by name
    ComponentKind kind = ComponentKind::Service;
    QString group; // key of the ArchitectureGroup it sits in, or empty
    bool userFacing = false;
    // Filled in by the layout (graphlayout.h), in board units, top-left corner.
    double x = 0, y = 0, width = 240, height = 160;
};

struct ArchitectureGroup
{
    QString key;
    QString name;
    QString parent; // an enclosing group's key, or empty
    double x = 0, y = 0, width = 0, height = 0;
};

struct ArchitectureEdge
{
    QString from; // node (or group) keys: "from depends on to"
    QString to;
    DependencyKind kind = DependencyKind::SyncCall;
    QString label;
};

struct ArchitectureGraph
{
    QList<ArchitectureGroup> groups; // enclosing groups before the groups inside them
    QList<ArchitectureNode> nodes;
    QList<ArchitectureEdge> edges;
};

// Bounds on what an importer accepts, the same for every format; see docs/architecture-import.md.
constexpr qint64 kMaxArchitectureFileBytes = 16 * 1024 * 1024;
constexpr qint64 kMaxArchitectureDecompressedBytes = 32 * 1024 * 1024; // draw.io
constexpr int kMaxArchitectureNodes = 5000;                            // components and groups
constexpr int kMaxArchitectureEdges = 50000;
constexpr int kMaxArchitectureLabel = 10000; // characters of a name or label before cleaning

// Checks a graph as a whole: sizes, unique keys, edges and groups that refer to known keys. The
// importers call it last; names longer than a component's are shortened, not refused.
Result<ArchitectureGraph> checkedGraph(ArchitectureGraph graph);

// The shared messages, so every format says the same thing.
Error tooManyNodes(qint64 count);
Error tooManyEdges(qint64 count);
Error labelTooLong(qint64 length);
Error fileTooLarge(qint64 bytes);

// One line of plain text from a label: HTML tags and entities of draw.io labels removed, "\n"
// escapes and line breaks turned into spaces, whitespace simplified.
QString plainLabel(const QString &label);

} // namespace pm

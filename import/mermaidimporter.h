#pragma once

// Mermaid flowcharts ("flowchart LR" / "graph TD"), the documented subset (see
// docs/architecture-import.md): nodes with their shape and text, chains of edges --> --- -.-> ==>
// --o --x with labels ("-->|text|", "-- text -->"), "&" between nodes, subgraphs as boundaries.
// Styling statements (classDef, class, style, linkStyle, click, direction) are skipped.

#include "architecturegraph.h"

#include <QByteArray>

namespace pm {

Result<ArchitectureGraph> readMermaid(const QByteArray &text);

} // namespace pm

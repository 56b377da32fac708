#pragma once

// Places an imported map with Graphviz's layout engine: "dot" (layered, arrows pointing one way)
// for maps of the size people draw, "sfdp" (multilevel force-directed) for the machine-made
// ones dot would spend minutes on. Boundaries are Graphviz clusters, so their members stay
// together. Positions come back in board units (points), y growing downwards.

#include "architecturegraph.h"

namespace pm {

// Above either of these, "sfdp" replaces "dot".
constexpr int kMaxDotLayoutNodes = 400;
constexpr int kMaxDotLayoutEdges = 2000;

// Sets x, y, width and height of every node and group; returns the engine's error otherwise.
Status layoutGraph(ArchitectureGraph &graph);

} // namespace pm

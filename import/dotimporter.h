#pragma once

// Graphviz DOT, read by Graphviz's own parser (cgraph): nodes become components, clusters
// ("subgraph cluster_…") boundaries, edges "a -> b" the dependency "a depends on b".

#include "architecturegraph.h"

#include <QByteArray>

namespace pm {

Result<ArchitectureGraph> readDot(const QByteArray &dot);

} // namespace pm

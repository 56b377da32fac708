#pragma once

// A Structurizr workspace as JSON (what the Structurizr CLI exports): containers become
// components, software systems with containers boundaries around them, software systems without
// containers (typically external ones) components of their own. Relationships of components are
// lifted to their containers; a relationship from a person marks its target user-facing.

#include "architecturegraph.h"

#include <QByteArray>

namespace pm {

Result<ArchitectureGraph> readStructurizr(const QByteArray &json);

} // namespace pm

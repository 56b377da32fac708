#pragma once

// docker-compose files, read with yaml-cpp: each service becomes a component, each `depends_on`
// (list or map form) and legacy `links` entry the dependency "service depends on that one".
// Datastores and message brokers are recognised by their image name.

#include "architecturegraph.h"

#include <QByteArray>

namespace pm {

// What the YAML may expand to, aliases counted as often as they are used: a few "billion laughs"
// aliases stay small in the file but would make any walk over the document take forever.
constexpr qint64 kMaxYamlExpandedNodes = 200000; // beyond what the file itself holds
constexpr qint64 kMaxYamlWrittenNodes = 1000000;

Result<ArchitectureGraph> readCompose(const QByteArray &yaml);

} // namespace pm

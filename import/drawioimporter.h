#pragma once

// draw.io / diagrams.net files (.drawio, .xml), plain or compressed (each page deflated, base64
// and URL-encoded, as draw.io saves by default): boxes become components, containers, swimlanes
// and groups boundaries, connectors "source depends on target". The first page is read. Files
// with a DTD (entity declarations) are refused, and a compressed page may expand to at most
// kMaxArchitectureDecompressedBytes.

#include "architecturegraph.h"

#include <QByteArray>

namespace pm {

Result<ArchitectureGraph> readDrawio(const QByteArray &xml);

// A page's compressed text as draw.io writes it; for tests and round trips.
QByteArray compressDrawioPage(const QByteArray &modelXml);

} // namespace pm

#pragma once

// The one place where premortem-cli hands formats drawn by the GUI's renderers (pdf, png, svg)
// to them. Text formats go through pm::exportText() in core.

#include <QStringList>

namespace pm {
class Workshop;
}

namespace cli {

// The keys --format accepts besides the text formats, for the help text and the check of
// --format. Until the renderers are linked in, exportRendered() answers them "not available".
QStringList plannedRenderedFormats();
// Renders workshop in format (one of plannedRenderedFormats()) with the given view ("board",
// "matrix", "heatmap"; empty for the format's default) to outPath ("" or "-" for stdout where the
// format allows). Returns the exit code.
int exportRendered(const pm::Workshop &workshop, const QString &format, const QString &view,
                   const QString &outPath);

} // namespace cli

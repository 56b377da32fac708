#pragma once

// The pictures the PDF report embeds: the risk matrix and the architecture heat map (the board
// with its components tinted), drawn at a size that is sharp on paper.

#include "viewrenderer.h"

namespace render {

class PdfReport;

// One picture. The matrix needs the GUI thread; the heat map may be drawn on a worker given a
// legend recorded on the GUI thread (ViewRenderer::heatLegend()).
void addReportPicture(PdfReport &report, pm::Workshop &workshop, View view,
                      const QPicture &legend = QPicture());
// The matrix, then the heat map; on the GUI thread.
void addReportPictures(PdfReport &report, pm::Workshop &workshop);

} // namespace render

#pragma once

// The PDF report of a workshop, the same from the CLI and the Export dialog: the HTML export
// with the matrix and heat map pictures, laid out on pages.

#include "pdfreport.h"

#include <QPicture>

namespace pm {
class Workshop;
}

namespace render {

// Makes the report on the GUI thread: the matrix picture needs widgets.
pm::Result<QByteArray> writeWorkshopReport(pm::Workshop &workshop, PageSize page);

// The part that may run on a worker thread: report already holds the matrix picture (drawn on
// the GUI thread with addReportPicture()); legend is ViewRenderer::heatLegend(). progress runs
// once from 0 to its total over the HTML and then the pages.
pm::Result<QByteArray> finishWorkshopReport(PdfReport report, pm::Workshop &workshop,
                                            const QPicture &legend,
                                            const PdfReport::Progress &progress = {});

} // namespace render

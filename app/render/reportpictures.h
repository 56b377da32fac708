#pragma once

// The pictures the PDF report embeds: the risk matrix and the architecture heat map (the board
// with its components tinted), drawn on the GUI thread before the report is laid out.

namespace pm {
class Workshop;
}

namespace render {

class PdfReport;

void addReportPictures(PdfReport &report, pm::Workshop &workshop);

} // namespace render

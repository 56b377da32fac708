#include "reportpictures.h"

#include "pdfreport.h"

namespace render {

namespace {
// Sharp on paper at the text width of a page (about 6.7 in at 270 dpi) yet small in memory.
constexpr int kPictureWidth = 1800;
constexpr int kPictureHeight = 2400; // for pictures taller than wide
} // namespace

void addReportPicture(PdfReport &report, pm::Workshop &workshop, View view, const QPicture &legend)
{
    const ViewRenderer renderer(workshop, view, legend);
    const QSizeF natural = renderer.naturalSize();
    ImageSize size;
    if (natural.height() > natural.width())
        size.height = kPictureHeight;
    else
        size.width = kPictureWidth;
    // Within the size limits by construction, so an error here is out of memory: the report
    // then goes without this picture rather than not at all.
    if (const auto image = renderer.image(size))
        report.addPicture(viewName(view), *image);
}

void addReportPictures(PdfReport &report, pm::Workshop &workshop)
{
    addReportPicture(report, workshop, View::Matrix);
    addReportPicture(report, workshop, View::HeatMap);
}

} // namespace render

#include "workshopreport.h"

#include "exporter.h"
#include "reportpictures.h"
#include "workshop.h"

namespace render {

pm::Result<QByteArray> writeWorkshopReport(pm::Workshop &workshop, PageSize page)
{
    PdfReport report;
    report.setPageSize(page);
    report.setTitle(workshop.info().title);
    addReportPicture(report, workshop, View::Matrix);
    return finishWorkshopReport(report, workshop, ViewRenderer::heatLegend());
}

pm::Result<QByteArray> finishWorkshopReport(PdfReport report, pm::Workshop &workshop,
                                            const QPicture &legend,
                                            const PdfReport::Progress &progress)
{
    // Two halves of one bar: the HTML, then the pages (the pictures take a moment between).
    pm::ExportOptions options;
    if (progress)
        options.progress = [&progress](qint64 done, qint64 total) {
            return progress(done, total * 2);
        };
    const auto html = pm::exportText(workshop, pm::ExportFormat::Html, options);
    if (!html)
        return html.error();
    addReportPicture(report, workshop, View::HeatMap, legend);
    if (progress)
        report.setProgress(
            [&progress](qint64 done, qint64 total) { return progress(total + done, total * 2); });
    return report.write(QString::fromUtf8(*html));
}

} // namespace render

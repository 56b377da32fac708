#pragma once

// Draws one view of a workshop (the board, the architecture canvas with its heat map, or the risk
// matrix) the way the app shows it, with the app's own scene and widgets, into any paint device:
// a PNG, an SVG, or an image in the PDF report. Nothing is shown on screen, so it works on the
// offscreen platform (the CLI in CI); it needs a QApplication and the GUI thread because the
// matrix and the heat map legend are widgets. The board and the heat map (given a legend recorded
// on the GUI thread by heatLegend()) may also be drawn on a worker thread: the scene is no widget.

#include "imagesize.h"

#include <QByteArray>
#include <QImage>
#include <QPicture>
#include <QSizeF>

#include <memory>
#include <optional>

class QPainter;
class QRectF;

namespace pm {
class Workshop;
}

namespace render {

enum class View
{
    Board,
    Matrix,
    HeatMap
};

// "board", "matrix", "heatmap": the CLI's --view values.
QString viewKey(View view);
std::optional<View> viewFromKey(const QString &key);
QString viewName(View view); // for people: "Board", "Risk matrix", "Heat map"

class ViewRenderer
{
public:
    // legend: for the heat map made on a worker thread; otherwise it is recorded here.
    ViewRenderer(pm::Workshop &workshop, View view, const QPicture &legend = QPicture());
    ~ViewRenderer();
    ViewRenderer(const ViewRenderer &) = delete;
    ViewRenderer &operator=(const ViewRenderer &) = delete;

    // The heat map's legend as its widget draws it; GUI thread only.
    static QPicture heatLegend();

    // The picture's size at 100% zoom (96 dpi), which --dpi scales.
    QSizeF naturalSize() const;
    // Paints the whole picture into target (device coordinates), background included, scaled to
    // fit with its aspect ratio kept and centred.
    void paint(QPainter &painter, const QRectF &target) const;

    pm::Result<QImage> image(const ImageSize &size) const;
    pm::Result<QByteArray> png(const ImageSize &size) const;
    pm::Result<QByteArray> svg(const ImageSize &size) const;

private:
    struct Parts;
    std::unique_ptr<Parts> d;
    View m_view;
};

} // namespace render

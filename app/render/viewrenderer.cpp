#include "viewrenderer.h"

#include "boardscene.h"
#include "failuremodeselection.h"
#include "heatlegend.h"
#include "matrixview.h"
#include "riskindex.h"
#include "workshop.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QMutex>
#include <QPainter>
#include <QPicture>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QUndoStack>

#include <cmath>

namespace render {

namespace {

// The board view's canvas colour (BoardView sets it as its background brush; the matrix paints
// the same), so an image has the app's background, not a transparent one.
const QColor kCanvas(0xFA, 0xFA, 0xF7);
// Room around the outermost item, in scene units.
constexpr qreal kBoardMargin = 40;
// A board with nothing on it still gets a picture of a sensible shape.
const QSizeF kEmptyBoard(1600, 1000);
// The matrix is laid out at this size (or larger, to match the image's aspect ratio) and scaled,
// so its text keeps its proportions whatever the pixel size.
const QSizeF kMatrixLayout(1600, 1000);
// The heat map legend is laid out this wide and scaled with the picture, which is never narrower:
// one or two lines of legible text under any board.
constexpr int kLegendLayout = 1600;

QString tr(const char *text)
{
    return QCoreApplication::translate("render::ViewRenderer", text);
}

// A QGraphicsScene adds itself to a list the application keeps (for palette and font changes)
// when made and takes itself out when destroyed, without a lock: scenes made on worker threads
// (the export dialog's) take turns at that. The GUI thread makes no scene while the dialog is up.
QMutex &sceneListMutex()
{
    static QMutex mutex;
    return mutex;
}

} // namespace

QString viewKey(View view)
{
    switch (view) {
    case View::Board:
        return QStringLiteral("board");
    case View::Matrix:
        return QStringLiteral("matrix");
    case View::HeatMap:
        return QStringLiteral("heatmap");
    }
    return {};
}

std::optional<View> viewFromKey(const QString &key)
{
    for (View v : {View::Board, View::Matrix, View::HeatMap}) {
        if (key == viewKey(v))
            return v;
    }
    return std::nullopt;
}

QString viewName(View view)
{
    switch (view) {
    case View::Board:
        return tr("Board");
    case View::Matrix:
        return tr("Risk matrix");
    case View::HeatMap:
        return tr("Architecture heat map");
    }
    return {};
}

// Declared in this order so the matrix goes before the objects it refers to.
struct ViewRenderer::Parts
{
    pm::Workshop *workshop = nullptr;
    std::unique_ptr<board::BoardScene> scene;
    QPicture legend; // null: none
    std::unique_ptr<RiskIndex> risks;
    std::unique_ptr<FailureModeSelection> selection;
    std::unique_ptr<QUndoStack> undoStack;
    std::unique_ptr<matrix::MatrixView> matrix;

    QRectF boardSource() const
    {
        const QRectF content = scene->contentRect();
        QRectF source = content.isEmpty() ? QRectF(QPointF(), kEmptyBoard)
                                          : content.adjusted(-kBoardMargin, -kBoardMargin,
                                                             kBoardMargin, kBoardMargin);
        if (!legend.isNull() && source.width() < kLegendLayout) {
            const qreal grow = (kLegendLayout - source.width()) / 2;
            source.adjust(-grow, 0, grow, 0);
        }
        return source;
    }
};

QPicture ViewRenderer::heatLegend()
{
    board::HeatLegend legend;
    legend.setAttribute(Qt::WA_DontShowOnScreen);
    legend.setAggregation(board::BoardStyle().heatAggregation);
    legend.resize(kLegendLayout, legend.heightForWidth(kLegendLayout));
    QPicture picture;
    QPainter painter(&picture);
    legend.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    picture.setBoundingRect(legend.rect());
    return picture;
}

ViewRenderer::ViewRenderer(pm::Workshop &workshop, View view, const QPicture &legend)
    : d(std::make_unique<Parts>()), m_view(view)
{
    d->workshop = &workshop;
    if (view == View::Matrix) {
        d->risks = std::make_unique<RiskIndex>();
        d->risks->setWorkshop(&workshop);
        d->selection = std::make_unique<FailureModeSelection>();
        d->undoStack = std::make_unique<QUndoStack>();
        d->matrix = std::make_unique<matrix::MatrixView>(d->risks.get(), d->selection.get(),
                                                         d->undoStack.get());
        // The projector style: large type, and no hint about dragging cards.
        d->matrix->setPresentation(true);
        d->matrix->setReadOnly(true);
        d->matrix->setAttribute(Qt::WA_DontShowOnScreen);
        return;
    }
    {
        const QMutexLocker lock(&sceneListMutex());
        d->scene = std::make_unique<board::BoardScene>(&workshop);
    }
    if (view == View::HeatMap) {
        board::BoardStyle style = d->scene->boardStyle();
        style.heatMap = true;
        d->scene->setBoardStyle(style);
        d->legend = legend.isNull() ? heatLegend() : legend;
    }
}

ViewRenderer::~ViewRenderer()
{
    const QMutexLocker lock(&sceneListMutex());
    d->scene.reset();
}

QSizeF ViewRenderer::naturalSize() const
{
    if (m_view == View::Matrix)
        return kMatrixLayout;
    QSizeF size = d->boardSource().size();
    if (!d->legend.isNull())
        size.rheight() += d->legend.boundingRect().height() * size.width() / kLegendLayout;
    return size;
}

void ViewRenderer::paint(QPainter &painter, const QRectF &target) const
{
    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    painter.fillRect(target, kCanvas);
    if (d->matrix) {
        const qreal scale =
            qMin(target.width() / kMatrixLayout.width(), target.height() / kMatrixLayout.height());
        const QSize layout(int(std::floor(target.width() / scale)),
                           int(std::floor(target.height() / scale)));
        d->matrix->resize(layout);
        painter.translate(target.topLeft());
        painter.scale(scale, scale);
        d->matrix->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        painter.restore();
        return;
    }
    QRectF boardArea = target;
    if (!d->legend.isNull()) {
        const qreal scale = target.width() / kLegendLayout;
        boardArea.setBottom(target.bottom() - d->legend.boundingRect().height() * scale);
        painter.save();
        painter.translate(target.left(), boardArea.bottom());
        painter.scale(scale, scale);
        d->legend.play(&painter);
        painter.restore();
    }
    d->scene->render(&painter, boardArea, d->boardSource(), Qt::KeepAspectRatio);
    painter.restore();
}

pm::Result<QImage> ViewRenderer::image(const ImageSize &size) const
{
    const auto pixels = size.pixelsFor(naturalSize());
    if (!pixels)
        return pixels.error();
    QImage image(*pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return pm::Error{pm::Error::Io, tr("Not enough memory for a %1 × %2 pixel image.")
                                            .arg(pixels->width())
                                            .arg(pixels->height())};
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(), QSizeF(*pixels)));
    painter.end();
    // Say the resolution in the file, so a document that embeds it shows it at the right size;
    // only now, as text drawn on the image would otherwise be sized for this resolution.
    const int dpi = size.dpi > 0 ? size.dpi : 96;
    image.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    return image;
}

pm::Result<QByteArray> ViewRenderer::png(const ImageSize &size) const
{
    const auto picture = image(size);
    if (!picture)
        return picture.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!picture->save(&buffer, "PNG"))
        return pm::Error{pm::Error::Io, tr("The PNG image could not be written.")};
    return bytes;
}

pm::Result<QByteArray> ViewRenderer::svg(const ImageSize &size) const
{
    const auto pixels = size.pixelsFor(naturalSize());
    if (!pixels)
        return pixels.error();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(*pixels);
    generator.setViewBox(QRect(QPoint(), *pixels));
    // The resolution sizes text in points: the app's, whatever the requested dpi (the pixel
    // size already says how big the picture is).
    generator.setResolution(96);
    generator.setTitle(d->workshop->info().title);
    generator.setDescription(viewName(m_view));
    QPainter painter;
    if (!painter.begin(&generator))
        return pm::Error{pm::Error::Io, tr("The SVG image could not be written.")};
    paint(painter, QRectF(QPointF(), QSizeF(*pixels)));
    painter.end();
    // QSvgGenerator states the size in millimetres, which readers turn back into pixels at
    // different resolutions (Qt at 90 dpi, browsers at 96): state the pixels themselves.
    const QByteArray header = QStringLiteral("<svg width=\"%1\" height=\"%2\"")
                                  .arg(pixels->width())
                                  .arg(pixels->height())
                                  .toUtf8();
    static const QRegularExpression millimetres(
        QStringLiteral("<svg width=\"[0-9.]+mm\" height=\"[0-9.]+mm\""));
    const QRegularExpressionMatch match = millimetres.match(QString::fromUtf8(bytes.left(400)));
    if (match.hasMatch())
        bytes.replace(match.capturedStart(), match.capturedLength(), header);
    return bytes;
}

} // namespace render

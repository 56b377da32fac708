#include "imagesize.h"

#include <QCoreApplication>

#include <cmath>

namespace render {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("render::ImageSize", text);
}
} // namespace

pm::Result<QSize> ImageSize::pixelsFor(const QSizeF &natural) const
{
    if (width < 0 || height < 0 || dpi < 0 || (dpi > 0 && (width > 0 || height > 0)))
        return pm::Error{pm::Error::InvalidInput,
                         tr("Give either a width and/or height in pixels, or a resolution in dpi, "
                            "not both.")};
    if (dpi > 0 && (dpi < kMinDpi || dpi > kMaxDpi))
        return pm::Error{
            pm::Error::InvalidInput,
            tr("The resolution must be between %1 and %2 dpi.").arg(kMinDpi).arg(kMaxDpi)};
    const qreal aspect = natural.height() / qMax<qreal>(1, natural.width());
    QSizeF size;
    if (dpi > 0)
        size = natural * (dpi / 96.0);
    else if (width > 0 && height > 0)
        size = QSizeF(width, height);
    else if (height > 0)
        size = QSizeF(height / aspect, height);
    else
        size =
            QSizeF(width > 0 ? width : kDefaultWidth, (width > 0 ? width : kDefaultWidth) * aspect);
    const QSize pixels(qMax(1, int(std::lround(size.width()))),
                       qMax(1, int(std::lround(size.height()))));
    if (pixels.width() > kMaxSide || pixels.height() > kMaxSide ||
        qint64(pixels.width()) * pixels.height() > kMaxPixels)
        return pm::Error{pm::Error::InvalidInput,
                         tr("The image would be %1 × %2 pixels, more than this export allows (%3 "
                            "pixels a side, %4 million in all). Choose a smaller size or "
                            "resolution.")
                             .arg(pixels.width())
                             .arg(pixels.height())
                             .arg(kMaxSide)
                             .arg(kMaxPixels / 1'000'000)};
    return pixels;
}

} // namespace render

#pragma once

// How big an exported image is: an exact pixel size (one side 0: taken from the picture's aspect
// ratio) or a resolution applied to the picture's natural size. Nothing set: 1920 pixels wide.

#include "result.h"

#include <QSize>
#include <QSizeF>

namespace render {

struct ImageSize
{
    int width = 0;
    int height = 0;
    int dpi = 0;

    // Bounds that keep an image in memory (a 16384 x 16384 ARGB image is 1 GiB).
    static constexpr int kMaxSide = 16384;
    static constexpr qint64 kMaxPixels = 100'000'000;
    static constexpr int kDefaultWidth = 1920;
    static constexpr int kMinDpi = 24;
    static constexpr int kMaxDpi = 1200;

    // The pixel size for a picture whose natural size (at 96 dpi) is natural, or why not.
    pm::Result<QSize> pixelsFor(const QSizeF &natural) const;
};

} // namespace render

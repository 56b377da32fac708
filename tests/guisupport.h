#pragma once

// Helpers for the GUI tests' structural screenshot checks (never pixel-exact comparisons).

#include <QImage>
#include <QSet>

namespace guisupport {

// The colours of every step-th pixel in both directions.
inline QSet<QRgb> colourSet(const QImage &image, int step)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return colours;
}

// How many colours a grab shows: a blank or unpainted widget has very few.
inline int distinctColours(const QImage &image, int step = 1)
{
    return int(colourSet(image, step).size());
}

} // namespace guisupport

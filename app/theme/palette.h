#pragma once

// Colours of the board, chosen for a washed-out projector and for colour-blind viewers: category
// colours are light tints of the Okabe-Ito palette (and every category also has a text label),
// risk bands a light-to-dark yellow-orange-red ramp (ColorBrewer YlOrRd). Text colour is picked per
// background so contrast is always at least 4.5:1 (WCAG AA).

#include "vocabulary.h"

#include <QColor>

namespace theme {

QColor categoryColour(pm::Category category);
// The band colours are core's (core/bandpalette.h), shared with the HTML and PDF reports.
QColor bandColour(pm::RiskBand band);
// The text colour on bandColour(band): what textOn() picks for it, from the same table.
QColor bandTextColour(pm::RiskBand band);
// A pale wash of a band's colour, for large areas (a component's body in the heat map) that
// text and notes sit on; the full band colour stays for headers and badges.
QColor bandTint(pm::RiskBand band);
// A stable colour per author (for "colour by author"), from the same palette.
QColor authorColour(int authorIndex);
QColor componentColour(pm::ComponentKind kind);

// WCAG 2 relative luminance and contrast ratio.
double relativeLuminance(const QColor &colour);
double contrastRatio(const QColor &a, const QColor &b);
// Near-black or white, whichever contrasts more with the background.
QColor textOn(const QColor &background);

} // namespace theme

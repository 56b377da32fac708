#pragma once

// The risk bands' colours, in one place for everything that draws a band: the app (which turns
// them into QColor, app/theme), the HTML report and, through it, the PDF report. A light-to-dark
// yellow-orange-red ramp (ColorBrewer YlOrRd) rather than green to red, so it reads for the
// common colour-vision deficiencies and in greyscale; the band's name is always written beside
// it. Each background has its text colour, the one of near-black and white that contrasts more
// (at least 4.5:1, WCAG AA). The core holds no QColor: these are "#rrggbb" in lower case.

#include "vocabulary.h"

#include <QString>

namespace pm {

// The band's background colour, e.g. "#feb24c" for Medium.
QString bandColourHex(RiskBand band);
// The text colour on that background: "#1a1a1a" or "#ffffff".
QString bandTextColourHex(RiskBand band);

} // namespace pm

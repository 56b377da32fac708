#include "bandpalette.h"

namespace pm {

namespace {

struct BandColours
{
    const char *background;
    const char *text;
};

// YlOrRd, five-class: #ffeda0, #feb24c, #e31a1c, #800026 (and a neutral grey for unscored).
// White on #e31a1c is 4.7:1, near-black 3.7:1; tst_imageexport checks every pair.
BandColours coloursOf(RiskBand band)
{
    switch (band) {
    case RiskBand::Unscored:
        return {"#e0e0e0", "#1a1a1a"};
    case RiskBand::Low:
        return {"#ffeda0", "#1a1a1a"};
    case RiskBand::Medium:
        return {"#feb24c", "#1a1a1a"};
    case RiskBand::High:
        return {"#e31a1c", "#ffffff"};
    case RiskBand::Critical:
        return {"#800026", "#ffffff"};
    }
    return {"#e0e0e0", "#1a1a1a"};
}

} // namespace

QString bandColourHex(RiskBand band)
{
    return QString::fromLatin1(coloursOf(band).background);
}

QString bandTextColourHex(RiskBand band)
{
    return QString::fromLatin1(coloursOf(band).text);
}

} // namespace pm

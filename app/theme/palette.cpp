#include "palette.h"

#include "bandpalette.h"

#include <QtMath>

namespace theme {

namespace {

// Okabe-Ito: orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple, grey.
const QColor kOkabeIto[] = {QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9),
                            QColor(0x00, 0x9E, 0x73), QColor(0xF0, 0xE4, 0x42),
                            QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00),
                            QColor(0xCC, 0x79, 0xA7), QColor(0x99, 0x99, 0x99)};

QColor tint(const QColor &c, double amount)
{
    // Mix with white: sticky notes want light backgrounds that still read as their hue.
    return QColor::fromRgbF(float(c.redF() + (1 - c.redF()) * amount),
                            float(c.greenF() + (1 - c.greenF()) * amount),
                            float(c.blueF() + (1 - c.blueF()) * amount));
}

} // namespace

QColor categoryColour(pm::Category category)
{
    // Eleven categories on eight hues: the second use of a hue is a paler tint, and the
    // category's short label on every note tells them apart without colour.
    switch (category) {
    case pm::Category::Uncategorised:
        return QColor(0xF2, 0xF2, 0xF2);
    case pm::Category::Bug:
        return tint(kOkabeIto[5], 0.35);
    case pm::Category::RaceCondition:
        return tint(kOkabeIto[6], 0.35);
    case pm::Category::MemoryLeak:
        return tint(kOkabeIto[4], 0.55);
    case pm::Category::Load:
        return tint(kOkabeIto[0], 0.35);
    case pm::Category::Rollout:
        return tint(kOkabeIto[2], 0.45);
    case pm::Category::InfraMisalignment:
        return tint(kOkabeIto[1], 0.35);
    case pm::Category::Observability:
        return tint(kOkabeIto[3], 0.25);
    case pm::Category::Architecture:
        return tint(kOkabeIto[6], 0.65);
    case pm::Category::Dependency:
        return tint(kOkabeIto[1], 0.70);
    case pm::Category::BlindSpot:
        return tint(kOkabeIto[0], 0.70);
    case pm::Category::TechDebt:
        return tint(kOkabeIto[2], 0.75);
    }
    return QColor(0xF2, 0xF2, 0xF2);
}

QColor bandColour(pm::RiskBand band)
{
    // One ramp for the app and the reports (core/bandpalette.h).
    return QColor(pm::bandColourHex(band));
}

QColor bandTextColour(pm::RiskBand band)
{
    return QColor(pm::bandTextColourHex(band));
}

QColor bandTint(pm::RiskBand band)
{
    return tint(bandColour(band), 0.8);
}

QColor authorColour(int authorIndex)
{
    const int n = int(std::size(kOkabeIto));
    const int i = ((authorIndex % n) + n) % n;
    return tint(kOkabeIto[i], authorIndex / n % 2 == 0 ? 0.45 : 0.7);
}

QColor componentColour(pm::ComponentKind kind)
{
    switch (kind) {
    case pm::ComponentKind::Layer:
        return QColor(0xE8, 0xEE, 0xF4);
    case pm::ComponentKind::Boundary:
        return QColor(0xF4, 0xF0, 0xE8);
    case pm::ComponentKind::External:
        return QColor(0xEE, 0xEE, 0xEE);
    default:
        return QColor(0xFF, 0xFF, 0xFF);
    }
}

double relativeLuminance(const QColor &colour)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : qPow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor textOn(const QColor &background)
{
    const QColor dark(0x1A, 0x1A, 0x1A), light(Qt::white);
    return contrastRatio(background, dark) >= contrastRatio(background, light) ? dark : light;
}

} // namespace theme

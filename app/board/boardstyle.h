#pragma once

// How the board draws: fonts and sizes for the normal and the presentation (projector) mode, in
// one place so every item agrees. Sizes are in scene units (1 unit = 1 px at 100% zoom).

#include "heatmap.h"

#include <QFont>

namespace board {

enum class ColourBy
{
    Category,
    Author
};

struct BoardStyle
{
    bool presentation = false;
    ColourBy colourBy = ColourBy::Category;
    // The architecture heat map: components tinted by the risk of their failure modes.
    bool heatMap = false;
    pm::HeatAggregation heatAggregation = pm::HeatAggregation::Max;

    QFont noteFont() const;    // body text of a note: 18 pt in presentation mode
    QFont labelFont() const;   // category label, initials, badges
    QFont titleFont() const;   // component and stack titles
    QFont regionFont() const;  // layer and boundary titles
    qreal borderWidth() const; // thicker on a projector
    // Below this many device pixels per text line, notes draw as plain coloured blocks.
    static constexpr qreal kMinLegibleTextPixels = 7.0;
};

} // namespace board

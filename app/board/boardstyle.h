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

    // On the projector the board is drawn twice as large at 100% zoom (the view scales it), and
    // note text is set at half of 18 pt in scene units: the room sees 18 pt at 100%, and every
    // note keeps room for its whole text (18 pt in the same box cut it short: "Rollback
    // impossible…"). Titles keep their size in scene units, so the fitted board still reads
    // as an overview of components and failure modes (>= 40 pt at 100%).
    static constexpr qreal kPresentationScale = 2.0;
    qreal viewScale() const { return presentation ? kPresentationScale : 1.0; }

    // Sizes in scene units (1 unit = 1 px at a transform of 1).
    QFont noteFont() const;   // body text of a note: 18 pt at 100% zoom in presentation mode
    QFont labelFont() const;  // category label, initials, badges (13.5 pt at 100% on the projector)
    QFont titleFont() const;  // component and stack titles
    QFont regionFont() const; // layer and boundary titles
    qreal borderWidth() const; // thicker on a projector
    // A dependency arrow's label: as large as note text, so the room reads "CALL · REST" from
    // the back in F11 (24 px on a 1920x1080 projector).
    QFont dependencyFont() const;
    qreal dependencyWidth() const; // the arrow's line
    // Below this many device pixels per text line, notes draw as plain coloured blocks.
    static constexpr qreal kMinLegibleTextPixels = 7.0;
};

} // namespace board

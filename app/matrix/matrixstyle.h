#pragma once

// How the risk matrix draws: fonts and spacing for the facilitator's laptop and for the
// projector (presentation mode: every word on a card at least 18 pt, read from 5 m away).

#include <QFont>

namespace matrix {

struct MatrixStyle
{
    bool presentation = false;

    QFont cardTitleFont() const; // failure mode title
    QFont cardMetaFont() const;  // component name and vote count
    QFont cellLabelFont() const; // "20 Critical" in each cell
    QFont axisFont() const;      // factor names: "Almost certain"
    QFont axisTitleFont() const; // "Likelihood", the factor numbers
    QFont captionFont() const;   // what the matrix shows
    qreal margin() const { return presentation ? 16 : 10; }
    qreal cellPadding() const { return presentation ? 6 : 4; }
    qreal cardPadding() const { return presentation ? 7 : 4; }
    qreal tightCardPadding() const { return presentation ? 4 : 3; } // brief and compact cards
    qreal cardGap() const { return presentation ? 5 : 3; }
    qreal borderWidth() const { return presentation ? 2.5 : 1.2; }
};

} // namespace matrix

#pragma once

// How several cards share one cell (or the tray) and stay readable: all cards of a cell use the
// roomiest of four layouts that lets every one of them fit:
//   full:    title on up to three lines, then component and votes
//   medium:  title on up to two lines, then component and votes
//   brief:   title on up to two lines, votes beside it, no component
//   compact: one line of title, votes beside it
// When even compact cards do not fit, the last place says "+N more" instead of overlapping.

#include <QList>
#include <QRectF>

#include <array>

namespace matrix {

enum class CardTier
{
    Full,
    Medium,
    Brief,
    Compact
};
constexpr int kCardTiers = 4;
using TierHeights = std::array<qreal, kCardTiers>;

struct CardStack
{
    CardTier tier = CardTier::Full;
    QList<QRectF> rects; // one per card shown, top to bottom; the first rects.size() cards
    int hidden = 0;      // cards that did not fit
    QRectF more;         // where "+N more" goes when hidden > 0
};

// heights[i]: card i's height in each tier. moreHeight: the "+N more" line.
CardStack stackCards(const QRectF &area, const QList<TierHeights> &heights, qreal gap,
                     qreal moreHeight);
// The height a cell needs to show this many compact cards.
qreal compactStackHeight(int cards, qreal compactHeight, qreal gap);

} // namespace matrix

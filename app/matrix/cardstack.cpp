#include "cardstack.h"

namespace matrix {

qreal compactStackHeight(int cards, qreal compactHeight, qreal gap)
{
    return cards <= 0 ? 0 : cards * compactHeight + (cards - 1) * gap;
}

CardStack stackCards(const QRectF &area, const QList<TierHeights> &heights, qreal gap,
                     qreal moreHeight)
{
    CardStack stack;
    if (heights.isEmpty())
        return stack;
    auto place = [&](int tier, int count) {
        qreal y = area.top();
        for (int i = 0; i < count; ++i) {
            const qreal h = heights.at(i)[size_t(tier)];
            stack.rects << QRectF(area.left(), y, area.width(), h);
            y += h + gap;
        }
        return y;
    };
    for (int tier = 0; tier < kCardTiers; ++tier) {
        qreal total = gap * (heights.size() - 1);
        for (const TierHeights &h : heights)
            total += h[size_t(tier)];
        if (total <= area.height() + 0.5) {
            stack.tier = CardTier(tier);
            place(tier, int(heights.size()));
            return stack;
        }
    }
    // Compact, as many as fit above a "+N more" line.
    stack.tier = CardTier::Compact;
    const size_t compact = size_t(CardTier::Compact);
    int shown = 0;
    qreal used = moreHeight;
    while (shown < heights.size() && used + gap + heights.at(shown)[compact] <= area.height())
        used += gap + heights.at(shown++)[compact];
    const qreal y = place(int(compact), shown);
    stack.hidden = int(heights.size()) - shown;
    stack.more = QRectF(area.left(), y, area.width(), qMin(moreHeight, area.bottom() - y));
    return stack;
}

} // namespace matrix

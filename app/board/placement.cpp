#include "placement.h"

#include <algorithm>
#include <cmath>

namespace board {

namespace {
// How far the search goes before it gives up and puts the item below everything: far enough
// for a crowded cluster, near enough that the view can still show where the item went.
constexpr int kRings = 24;
} // namespace

QPointF freeSpot(const QRectF &wanted, const QList<QRectF> &occupied, qreal gap)
{
    // Half-size steps find the gaps between irregularly placed items as well as a grid would.
    const qreal stepX = (wanted.width() + gap) / 2;
    const qreal stepY = (wanted.height() + gap) / 2;
    const QRectF reach = wanted.adjusted(-stepX * kRings - gap, -stepY * kRings - gap,
                                         stepX * kRings + gap, stepY * kRings + gap);
    QList<QRectF> near; // only what the search can touch: a big board stays cheap
    qreal bottom = wanted.top();
    for (const QRectF &r : occupied) {
        if (r.intersects(reach))
            near << r;
        bottom = std::max(bottom, r.bottom());
    }
    auto isFree = [&](const QPointF &topLeft) {
        const QRectF candidate = QRectF(topLeft, wanted.size()).adjusted(-gap, -gap, gap, gap);
        return std::none_of(near.cbegin(), near.cend(),
                            [&](const QRectF &r) { return r.intersects(candidate); });
    };

    struct Candidate
    {
        int dx, dy;
        qreal distance;
    };
    for (int ring = 0; ring <= kRings; ++ring) {
        QList<Candidate> candidates;
        for (int dy = -ring; dy <= ring; ++dy) {
            for (int dx = -ring; dx <= ring; ++dx) {
                if (std::max(std::abs(dx), std::abs(dy)) != ring)
                    continue;                                    // inner rings were tried already
                candidates.append({dx, dy, std::hypot(dx, dy)}); // in steps: beside before below
            }
        }
        // Nearest first; at equal distance, to the right and then below, as one reads.
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.distance != b.distance)
                return a.distance < b.distance;
            if ((a.dx >= 0) != (b.dx >= 0))
                return a.dx >= 0;
            if ((a.dy >= 0) != (b.dy >= 0))
                return a.dy >= 0;
            return std::make_pair(a.dy, a.dx) < std::make_pair(b.dy, b.dx);
        });
        for (const Candidate &c : std::as_const(candidates)) {
            const QPointF topLeft = wanted.topLeft() + QPointF(c.dx * stepX, c.dy * stepY);
            if (isFree(topLeft))
                return topLeft;
        }
    }
    return QPointF(wanted.left(), bottom + 2 * gap);
}

} // namespace board

#include "obstaclegrid.h"

#include <cmath>

namespace board {

bool ObstacleGrid::crosses(const QLineF &line, const QRectF &rect)
{
    // Liang-Barsky: clip the segment's parameter range to the rectangle's four sides.
    qreal t0 = 0, t1 = 1;
    const qreal p[4] = {-line.dx(), line.dx(), -line.dy(), line.dy()};
    const qreal q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                        rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

void ObstacleGrid::insert(const QRectF &rect, Kind kind, const void *owner)
{
    if (rect.isEmpty())
        return;
    const int index = int(m_entries.size());
    m_entries << Entry{rect, kind, owner};
    m_seen << 0;
    const int x0 = int(std::floor(rect.left() / kCell)), x1 = int(std::floor(rect.right() / kCell));
    const int y0 = int(std::floor(rect.top() / kCell)), y1 = int(std::floor(rect.bottom() / kCell));
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y)
            m_cells[key(x, y)] << index;
    }
}

void ObstacleGrid::visitNear(
    const QLineF &line, qreal reach,
    const std::function<void(const QRectF &, Kind, const void *)> &visit) const
{
    ++m_visit;
    const QRectF span =
        QRectF(line.p1(), line.p2()).normalized().adjusted(-reach, -reach, reach, reach);
    const int x0 = int(std::floor(span.left() / kCell)), x1 = int(std::floor(span.right() / kCell));
    const int y0 = int(std::floor(span.top() / kCell)), y1 = int(std::floor(span.bottom() / kCell));
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            // Only the cells along the line (a long diagonal's span is most of the map).
            const QRectF cell(x * kCell, y * kCell, kCell, kCell);
            if (!crosses(line, cell.adjusted(-reach, -reach, reach, reach)))
                continue;
            const auto found = m_cells.constFind(key(x, y));
            if (found == m_cells.constEnd())
                continue;
            for (int index : *found) {
                if (m_seen.at(index) == m_visit)
                    continue;
                m_seen[index] = m_visit;
                const Entry &e = m_entries.at(index);
                if (crosses(line, e.rect.adjusted(-reach, -reach, reach, reach)))
                    visit(e.rect, e.kind, e.owner);
            }
        }
    }
}

} // namespace board

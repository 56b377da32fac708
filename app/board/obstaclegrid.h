#pragma once

// What lies on the board where dependency arrows run, in a uniform grid of cells: the boxes an
// arrow passes behind and the notes, stacks and labels its label keeps off. Built once for a batch
// of arrows (a whole board, one edit), so laying out 10,000 arrows on a map of 2,000 boxes asks
// each arrow's neighbourhood, not the whole board.

#include <QHash>
#include <QLineF>
#include <QList>
#include <QRectF>

#include <functional>

namespace board {

class ObstacleGrid
{
public:
    enum Kind
    {
        Box,
        Cover, // notes, stack frames, other arrows' labels
    };

    void insert(const QRectF &rect, Kind kind, const void *owner);
    // Each rectangle within reach of the segment, once, with its kind and owner.
    void visitNear(const QLineF &line, qreal reach,
                   const std::function<void(const QRectF &, Kind, const void *)> &visit) const;

    // Whether the segment passes through rect.
    static bool crosses(const QLineF &line, const QRectF &rect);

private:
    static constexpr qreal kCell = 512;
    struct Entry
    {
        QRectF rect;
        Kind kind;
        const void *owner;
    };
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    QList<Entry> m_entries;
    QHash<quint64, QList<int>> m_cells;
    mutable QList<int> m_seen; // the last visit's number per entry
    mutable int m_visit = 0;
};

} // namespace board

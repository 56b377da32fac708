#pragma once

// Where everything of the risk matrix goes for a given widget size: the 5x5 grid (likelihood up,
// blast radius to the right, so the worst risks sit top right), the axis labels, an optional
// caption, and the tray of unscored failure modes on the right. Pure geometry.
//
// Rows share the grid's height equally while every cell's cards fit. When a row needs more room
// to show all its cards (rowNeeds), it takes it from rows that need less, down to a floor, so a
// crowded cell shows its cards instead of "+N more" as long as the grid as a whole has room.

#include "matrixstyle.h"

#include <QRectF>
#include <QStringList>

#include <array>

namespace matrix {

struct MatrixGeometry
{
    QRectF caption; // empty when there is none
    QRectF grid;
    QRectF likelihoodTitle; // the vertical axis title, drawn rotated
    QRectF blastRadiusTitle;
    std::array<QRectF, 5> rowHeaders{};    // [likelihood - 1]
    std::array<QRectF, 5> columnHeaders{}; // [blast radius - 1]
    std::array<qreal, 5> rowTop{};         // [likelihood - 1]
    std::array<qreal, 5> rowHeight{};
    QRectF tray;
    QRectF trayTitle;
    QRectF trayCards;
    qreal cellLabelHeight = 0;
    qreal cellPadding = 0;

    struct Input
    {
        QSizeF size;
        bool caption = true;
        bool wideTray = false;           // wide while it holds cards, a narrow drop zone if not
        std::array<qreal, 5> rowNeeds{}; // [likelihood - 1]: the height a row's cards need
        QStringList likelihoodNames;     // the row headers' words, level 1 first
        QString trayTitle;               // the tray's title at its widest, as translated
        QStringList blastRadiusNames;    // the column headers' words, level 1 first
    };
    static MatrixGeometry compute(const Input &input, const MatrixStyle &style);
    // The part of a cell its label leaves for cards, and its padding: what rowNeeds add to.
    static qreal cellOverhead(const MatrixStyle &style);
    // How many lines a column header's name may take: two, or three when a name needs them.
    static constexpr int kMaxColumnHeaderLines = 3;

    QRectF cell(int likelihood, int blastRadius) const;
    QRectF cellLabel(int likelihood, int blastRadius) const;
    QRectF cellCards(int likelihood, int blastRadius) const;
    // The cell under a point as {likelihood, blast radius}, or {0, 0}.
    std::pair<int, int> cellAt(const QPointF &point) const;
};

} // namespace matrix

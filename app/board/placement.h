#pragma once

// Where a new note or component goes: where the user asked (the focus, the view centre) when that
// spot is free, otherwise the nearest free spot, searched outward ring by ring. New items never
// land on top of another, so eight notes written in a row lie side by side instead of in a pile.

#include <QList>
#include <QPointF>
#include <QRectF>

namespace board {

// The top-left corner for an item of wanted.size(), as close to wanted.topLeft() as possible,
// where the item (with gap around it) overlaps none of occupied. When the neighbourhood is full,
// the spot below everything in occupied.
QPointF freeSpot(const QRectF &wanted, const QList<QRectF> &occupied, qreal gap = 10);

} // namespace board

#pragma once

// The keyboard focus, drawn above everything on the board. Notes lower on the board lie on top
// (so a cascaded stack shows every header), which hid the outline of a focused note under its
// neighbours; this ring is its own item above all notes. A light band under a dark dashed line
// shows on every note colour, on dark face-down notes and on the canvas alike.

#include <QGraphicsItem>

namespace board {

class FocusRing : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 4
    };

    FocusRing();

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    // Empty: the ring is never hit by a click or a drop, which go to the item under it.
    QPainterPath shape() const override { return {}; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // Follows item (hidden for none); width: the board's border width, thicker on a projector.
    void track(const QGraphicsItem *item, qreal width);
    QRectF ringRect() const { return m_rect; }

private:
    QRectF m_rect; // in scene coordinates; the item sits at the origin
    qreal m_width = 1.5;
};

} // namespace board

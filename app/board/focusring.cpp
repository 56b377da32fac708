#include "focusring.h"

#include <QPainter>

namespace board {

FocusRing::FocusRing()
{
    setZValue(100); // notes are at 2..3, stacks at 1
    setAcceptedMouseButtons(Qt::NoButton);
    setVisible(false);
}

QRectF FocusRing::boundingRect() const
{
    const qreal out = 3 * m_width + 2;
    return m_rect.adjusted(-out, -out, out, out);
}

void FocusRing::track(const QGraphicsItem *item, qreal width)
{
    QRectF rect;
    if (item)
        rect = item->mapRectToScene(item->shape().boundingRect());
    if (rect == m_rect && width == m_width && isVisible() == bool(item))
        return;
    prepareGeometryChange();
    m_rect = rect;
    m_width = width;
    setVisible(item != nullptr);
}

void FocusRing::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Just outside the item, so the item's own selection outline stays visible inside it.
    const qreal gap = 2 * m_width;
    const QRectF ring = m_rect.adjusted(-gap, -gap, gap, gap);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(0xFF, 0xFF, 0xFF), 2 * m_width));
    painter->drawRect(ring);
    QPen dashes(QColor(0x00, 0x2B, 0x57), 1.5 * m_width, Qt::DashLine);
    painter->setPen(dashes);
    painter->drawRect(ring);
}

} // namespace board

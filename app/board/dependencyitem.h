#pragma once

// A dependency on the architecture map: an arrow from the depending component to the one it
// depends on ("Checkout calls Payments"), drawn between the two boxes' edges so it never runs
// over a name. The kind is the line's pattern (solid call, dashed message, dotted data, dash-dot
// deployment) and is written in the label too ("CALL · REST"); a dependency without an agreed SLA
// or fallback says so in words ("⚠ no SLA"), not by colour alone. It lies above the boxes and
// under the notes, and follows its components while they are dragged or resized.

#include "boardstyle.h"
#include "entities.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace board {

class DependencyItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 5
    };

    explicit DependencyItem(const pm::Dependency &dependency);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const pm::Dependency &dependency() const { return m_dependency; }
    QUuid id() const { return m_dependency.meta.id; }
    // The row and the two components' rectangles in scene coordinates; offset moves the arrow
    // sideways, so A → B and B → A lie beside each other instead of on top.
    void setDependency(const pm::Dependency &dependency, const BoardStyle &style);
    // boxes: the other boxes near the line; it passes behind them (it is not drawn over their
    // names) and the label keeps off them and off notes.
    void setEnds(const QRectF &from, const QRectF &to, qreal offset,
                 const QList<QRectF> &boxes = {}, const QList<QRectF> &notes = {});
    // The two components' names, for the tooltip (set before setDependency()).
    void setNames(const QString &from, const QString &to);

    // What the label says: the kind's short name, the label, the missing SLA; shownText() is
    // what it shows now (a long label shortened to the free stretch unless chosen or focused).
    QString labelText() const;
    QString shownText() const { return m_shownText; }
    // Where the arrow starts and ends (on the components' edges) and the label's box, in scene
    // coordinates (the item lies at the origin).
    QLineF line() const { return m_line; }
    QRectF labelRect() const { return m_labelRect; }
    static Qt::PenStyle penStyle(pm::DependencyKind kind);

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void layout();

    pm::Dependency m_dependency;
    BoardStyle m_style;
    QString m_fromName, m_toName;
    QRectF m_from, m_to;
    qreal m_offset = 0;
    QList<QRectF> m_boxes, m_notes, m_ends;
    QPainterPath m_hidden; // the boxes the line passes behind
    QLineF m_line;
    QPolygonF m_head;
    QRectF m_labelRect;
    QString m_shownText;
    QRectF m_bounds;
};

} // namespace board

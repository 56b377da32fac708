#pragma once

// A component on the architecture canvas: a labelled box (service, datastore, queue, external
// dependency) or a large region (stack layer, service boundary) that can hold other components.
// Notes dropped on it belong to it; it shows how many.

#include "boardstyle.h"
#include "entities.h"

#include <QGraphicsItem>

namespace board {

class ComponentItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };

    explicit ComponentItem(const pm::Component &component);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const pm::Component &component() const { return m_component; }
    QUuid id() const { return m_component.meta.id; }
    bool isRegion() const;
    void setComponent(const pm::Component &component, int noteCount, const BoardStyle &style);
    void setDropTarget(bool on);
    // The bottom-right grip that resizes the box, in item coordinates.
    QRectF resizeGrip() const;
    // Shows a size while the user drags the grip; the model is written on release.
    void previewSize(const QSizeF &size);

private:
    pm::Component m_component;
    int m_noteCount = 0;
    BoardStyle m_style;
    bool m_dropTarget = false;
};

} // namespace board

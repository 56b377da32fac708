#pragma once

// A component on the architecture canvas: a labelled box (service, datastore, queue, external
// dependency) or a large region (stack layer, service boundary) that can hold other components.
// Notes dropped on it belong to it; it shows how many.

#include "boardstyle.h"
#include "entities.h"
#include "heatmap.h"

#include <QGraphicsItem>

#include <optional>

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
    // The box in scene coordinates, as shown now (during a drag or a resize preview too).
    QRectF sceneRect() const
    {
        return QRectF(pos(), QSizeF(m_component.width, m_component.height));
    }
    void setComponent(const pm::Component &component, int noteCount, const BoardStyle &style);
    void setDropTarget(bool on);
    // The heat map's verdict for this component; none while the heat map is off.
    void setHeat(const std::optional<pm::ComponentHeat> &heat);
    const std::optional<pm::ComponentHeat> &heat() const { return m_heat; }
    // The header colour: the band colour of its heat, or the kind's colour without one.
    QColor headerColour() const;
    // The bottom-right grip that resizes the box, in item coordinates.
    QRectF resizeGrip() const;
    // Shows a size while the user drags the grip; the model is written on release.
    void previewSize(const QSizeF &size);
    // The name, wrapped onto at most two lines beside the heat badge (the last line elided).
    const QStringList &titleLines() const { return m_titleLines; }
    // The name and kind lines at the top, in scene coordinates: stack titles keep clear of it.
    QRectF headerRect() const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    pm::Component m_component;
    int m_noteCount = 0;
    BoardStyle m_style;
    bool m_dropTarget = false;
    std::optional<pm::ComponentHeat> m_heat;
    QStringList m_titleLines;
    qreal m_badgeWidth = 0;

    QString heatBadge() const;
    void layoutTitle();
};

} // namespace board

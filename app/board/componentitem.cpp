#include "componentitem.h"

#include "palette.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace board {

namespace {
constexpr qreal kGrip = 18;
}

ComponentItem::ComponentItem(const pm::Component &component) : m_component(component)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
}

bool ComponentItem::isRegion() const
{
    return m_component.kind == pm::ComponentKind::Layer ||
           m_component.kind == pm::ComponentKind::Boundary;
}

QRectF ComponentItem::boundingRect() const
{
    return QRectF(-3, -3, m_component.width + 6, m_component.height + 6);
}

QRectF ComponentItem::resizeGrip() const
{
    return QRectF(m_component.width - kGrip, m_component.height - kGrip, kGrip, kGrip);
}

void ComponentItem::setComponent(const pm::Component &component, int noteCount,
                                 const BoardStyle &style)
{
    if (component.width != m_component.width || component.height != m_component.height)
        prepareGeometryChange();
    m_component = component;
    m_noteCount = noteCount;
    m_style = style;
    setPos(component.x, component.y);
    // Regions lie under boxes, boxes under notes; nested regions above their parents.
    setZValue(isRegion() ? -2 : -1);
    setToolTip(QStringLiteral("%1 — %2").arg(component.name, pm::displayName(component.kind)));
    update();
}

void ComponentItem::previewSize(const QSizeF &size)
{
    prepareGeometryChange();
    m_component.width = qMax<qreal>(80, size.width());
    m_component.height = qMax<qreal>(60, size.height());
    update();
}

void ComponentItem::setDropTarget(bool on)
{
    if (m_dropTarget != on) {
        m_dropTarget = on;
        update();
    }
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(0, 0, m_component.width, m_component.height);
    const bool region = isRegion();
    const QColor fill = theme::componentColour(m_component.kind);
    const bool highlighted = isSelected() || hasFocus() || m_dropTarget;
    QPen border(highlighted ? QColor(0x00, 0x4C, 0x99) : QColor(0x55, 0x5F, 0x6B),
                m_style.borderWidth() * (highlighted ? 2 : 1),
                m_component.kind == pm::ComponentKind::Boundary ||
                        m_component.kind == pm::ComponentKind::External
                    ? Qt::DashLine
                    : Qt::SolidLine);
    if (m_dropTarget)
        border.setColor(QColor(0xD5, 0x5E, 0x00));
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, region ? 4 : 10, region ? 4 : 10);

    const QColor ink = theme::textOn(fill);
    painter->setPen(ink);
    painter->setFont(region ? m_style.regionFont() : m_style.titleFont());
    const QFontMetricsF titleMetrics(painter->font());
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod * titleMetrics.height() < BoardStyle::kMinLegibleTextPixels)
        return;
    const QRectF titleRect(12, 8, rect.width() - 24, titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(m_component.name, Qt::ElideRight, titleRect.width()));

    painter->setFont(m_style.labelFont());
    const QFontMetricsF labelMetrics(painter->font());
    const QString kind = pm::shortLabel(m_component.kind);
    const QString count = QObject::tr("%n note(s)", nullptr, m_noteCount);
    const QRectF labelRect(12, titleRect.bottom() + 2, rect.width() - 24, labelMetrics.height());
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                      m_noteCount > 0 ? QStringLiteral("%1 · %2").arg(kind, count) : kind);

    if (isSelected()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x00, 0x4C, 0x99));
        QPolygonF grip;
        const QRectF g = resizeGrip();
        grip << g.topRight() << g.bottomRight() << g.bottomLeft();
        painter->drawPolygon(grip);
    }
}

} // namespace board

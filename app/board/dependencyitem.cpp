#include "dependencyitem.h"

#include <QFontMetricsF>
#include <QObject>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace board {

namespace {

constexpr qreal kGap = 6; // between a box's edge and the arrow's end
const QColor kInk(0x37, 0x41, 0x51);
const QColor kUnprotectedInk(0xA6, 0x37, 0x00); // dark orange: reads on white and on tints
const QColor kSelectedInk(0x00, 0x4C, 0x99);

// Where the ray from the centre of rect towards direction leaves rect.
QPointF exitPoint(const QRectF &rect, const QPointF &direction)
{
    const QPointF c = rect.center();
    const qreal dx = std::abs(direction.x()), dy = std::abs(direction.y());
    qreal t = std::numeric_limits<qreal>::max();
    if (dx > 1e-9)
        t = std::min(t, rect.width() / 2 / dx);
    if (dy > 1e-9)
        t = std::min(t, rect.height() / 2 / dy);
    if (t == std::numeric_limits<qreal>::max())
        return c;
    return c + direction * t;
}

} // namespace

DependencyItem::DependencyItem(const pm::Dependency &dependency) : m_dependency(dependency)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(-0.5); // above boxes and regions, under every note
}

Qt::PenStyle DependencyItem::penStyle(pm::DependencyKind kind)
{
    switch (kind) {
    case pm::DependencyKind::SyncCall:
        return Qt::SolidLine;
    case pm::DependencyKind::AsyncMessage:
        return Qt::DashLine;
    case pm::DependencyKind::Data:
        return Qt::DotLine;
    case pm::DependencyKind::Deployment:
        return Qt::DashDotLine;
    }
    return Qt::SolidLine;
}

QString DependencyItem::labelText() const
{
    QStringList parts{pm::shortLabel(m_dependency.kind)};
    if (!m_dependency.label.trimmed().isEmpty())
        parts << m_dependency.label.simplified().left(60);
    if (m_dependency.unprotected)
        parts << QObject::tr("⚠ no SLA");
    return parts.join(QStringLiteral(" · "));
}

void DependencyItem::setDependency(const pm::Dependency &dependency, const BoardStyle &style)
{
    m_dependency = dependency;
    m_style = style;
    layout();
}

void DependencyItem::setNames(const QString &from, const QString &to)
{
    m_fromName = from;
    m_toName = to;
}

void DependencyItem::setEnds(const QRectF &from, const QRectF &to, qreal offset)
{
    if (from == m_from && to == m_to && offset == m_offset)
        return;
    m_from = from;
    m_to = to;
    m_offset = offset;
    layout();
}

void DependencyItem::layout()
{
    prepareGeometryChange();
    const QPointF a = m_from.center(), b = m_to.center();
    QPointF d = b - a;
    const qreal length = std::hypot(d.x(), d.y());
    if (length < 1e-6) {
        m_line = QLineF(a, b);
    } else {
        d /= length;
        const QPointF side(-d.y() * m_offset, d.x() * m_offset);
        QPointF start = exitPoint(m_from, d) + d * kGap + side;
        QPointF end = exitPoint(m_to, -d) - d * kGap + side;
        // Overlapping boxes (a box inside the region it depends on): centre to centre.
        if (QPointF::dotProduct(end - start, d) <= 0) {
            start = a + side;
            end = b + side;
        }
        m_line = QLineF(start, end);
    }
    const qreal width = m_style.dependencyWidth();
    const qreal headLength = 6 * width + 6, headWidth = 3 * width + 3;
    m_head.clear();
    if (m_line.length() > 1e-6) {
        const QPointF u = (m_line.p2() - m_line.p1()) / m_line.length();
        const QPointF n(-u.y(), u.x());
        const QPointF tip = m_line.p2(), base = tip - u * headLength;
        m_head << tip << base + n * headWidth << base - n * headWidth;
    }
    const QFontMetricsF metrics(m_style.dependencyFont());
    const QString text = labelText();
    const QSizeF size(metrics.horizontalAdvance(text) + 12, metrics.height() + 4);
    m_labelRect = QRectF(m_line.center() - QPointF(size.width() / 2, size.height() / 2), size);
    m_bounds = QRectF(m_line.p1(), m_line.p2()).normalized() | m_head.boundingRect() | m_labelRect;
    m_bounds.adjust(-3 * width - 4, -3 * width - 4, 3 * width + 4, 3 * width + 4);
    // The tooltip is the legend: names, the kind in words, the label whole, the missing SLA.
    QString tip = QObject::tr("%1 depends on %2\n%3")
                      .arg(m_fromName, m_toName, pm::displayName(m_dependency.kind));
    if (!m_dependency.label.isEmpty())
        tip += QStringLiteral(": ") + m_dependency.label.left(200);
    if (m_dependency.unprotected)
        tip += QLatin1Char('\n') + QObject::tr("No agreed SLA and no fallback");
    setToolTip(tip);
    update();
}

QRectF DependencyItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath DependencyItem::shape() const
{
    // A band along the line wide enough to hit with a mouse, the head and the label.
    QPainterPath line;
    line.moveTo(m_line.p1());
    line.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max<qreal>(12, 4 * m_style.dependencyWidth()));
    QPainterPath path = stroker.createStroke(line);
    path.addPolygon(m_head);
    path.addRect(m_labelRect);
    return path.simplified();
}

void DependencyItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = isSelected();
    const bool focused = hasFocus();
    const QColor ink =
        selected ? kSelectedInk : (m_dependency.unprotected ? kUnprotectedInk : kInk);
    const qreal width = m_style.dependencyWidth() * (selected ? 1.6 : 1);
    if (focused) {
        // The keyboard focus: a pale band under the line, as the focus ring does for boxes.
        painter->setPen(QPen(QColor(0xFF, 0xD5, 0x4F), width + 8, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(m_line);
    }
    QPen pen(ink, width, penStyle(m_dependency.kind), Qt::FlatCap, Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(m_line);
    painter->setPen(QPen(ink, 1));
    painter->setBrush(ink);
    painter->drawPolygon(m_head);

    const QFont font = m_style.dependencyFont();
    const QFontMetricsF metrics(font);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod * metrics.height() < BoardStyle::kMinLegibleTextPixels)
        return;
    // The label on a near-white plate, so it reads over a region's tint or a crossing line.
    painter->setPen(QPen(ink, focused || selected ? 2 : 1));
    painter->setBrush(QColor(0xFF, 0xFF, 0xFF, 235));
    painter->drawRoundedRect(m_labelRect, 4, 4);
    painter->setPen(ink);
    painter->setFont(font);
    painter->drawText(m_labelRect, Qt::AlignCenter, labelText());
}

} // namespace board

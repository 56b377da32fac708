#include "dependencyitem.h"

#include "obstaclegrid.h"

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

void DependencyItem::setEnds(const QRectF &from, const QRectF &to, qreal offset,
                             const QList<QRectF> &boxes, const QList<QRectF> &notes)
{
    if (from == m_from && to == m_to && offset == m_offset && boxes == m_boxes && notes == m_notes)
        return;
    m_from = from;
    m_to = to;
    m_offset = offset;
    m_boxes = boxes;
    m_notes = notes;
    layout();
}

void DependencyItem::layout()
{
    prepareGeometryChange();
    const QPointF a = m_from.center(), b = m_to.center();
    QPointF d = b - a;
    const qreal length = std::hypot(d.x(), d.y());
    if (m_to.contains(m_from) || m_from.contains(m_to)) {
        // One inside the other (a service and the platform it runs on): a short arrow between
        // the inner box and the outer one's nearest side, not across the inner box.
        const bool outward = m_to.contains(m_from);
        const QRectF inner = outward ? m_from : m_to, outer = outward ? m_to : m_from;
        const QPointF c = inner.center();
        const qreal gaps[4] = {c.x() - outer.left(), outer.right() - c.x(), c.y() - outer.top(),
                               outer.bottom() - c.y()};
        const QPointF normals[4] = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        const int nearest = int(std::min_element(gaps, gaps + 4) - gaps);
        const QPointF n = normals[nearest];
        const QPointF innerEdge = exitPoint(inner, n) + n * kGap;
        const QPointF outerEdge = c + n * (gaps[nearest] - kGap);
        m_line = outward ? QLineF(innerEdge, outerEdge) : QLineF(outerEdge, innerEdge);
    } else if (length < 1e-6) {
        m_line = QLineF(a, b);
    } else {
        d /= length;
        const QPointF side(-d.y() * m_offset, d.x() * m_offset);
        QPointF start = exitPoint(m_from, d) + d * kGap + side;
        QPointF end = exitPoint(m_to, -d) - d * kGap + side;
        // Overlapping boxes: centre to centre.
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
    m_ends = {m_from, m_to};
    m_hidden = QPainterPath();
    for (const QRectF &box : std::as_const(m_boxes))
        m_hidden.addRect(box);
    const QFontMetricsF metrics(m_style.dependencyFont());
    // The longest stretch of the line that runs over nothing: the label's first choice.
    const QList<const QList<QRectF> *> obstacles{&m_boxes, &m_notes, &m_ends};
    constexpr int kSamples = 64;
    QList<QRectF> onLine; // what the line itself runs through
    for (const QList<QRectF> *rects : obstacles) {
        for (const QRectF &r : *rects) {
            if (ObstacleGrid::crosses(m_line, r))
                onLine << r;
        }
    }
    int runStart = -1, bestStart = 0, bestLength = 0;
    for (int i = 0; i <= kSamples + 1; ++i) {
        bool blocked = i > kSamples;
        const QPointF p = m_line.pointAt(qreal(i) / kSamples);
        for (int k = 0; !blocked && k < onLine.size(); ++k)
            blocked = onLine.at(k).contains(p);
        if (!blocked && runStart < 0)
            runStart = i;
        if (blocked && runStart >= 0) {
            if (i - runStart > bestLength) {
                bestStart = runStart;
                bestLength = i - runStart;
            }
            runStart = -1;
        }
    }
    const qreal free = m_line.length() * std::max(bestLength - 1, 0) / kSamples;
    // Chosen or focused, the label says everything; otherwise a long label is shortened to the
    // free stretch (the kind and a missing SLA always stay; the tooltip has it whole).
    const QString full = labelText();
    m_shownText = full;
    if (!isSelected() && !hasFocus() && metrics.horizontalAdvance(full) + 12 > free &&
        !m_dependency.label.trimmed().isEmpty()) {
        QStringList minimal{pm::shortLabel(m_dependency.kind)};
        if (m_dependency.unprotected)
            minimal << QObject::tr("⚠ no SLA");
        const QString separator = QStringLiteral(" · ");
        const qreal room =
            free - 12 - metrics.horizontalAdvance(minimal.join(separator) + separator);
        const QString label = m_dependency.label.simplified().left(60);
        if (room > metrics.horizontalAdvance(QStringLiteral("ab…"))) {
            minimal.insert(1, metrics.elidedText(label, Qt::ElideRight, room));
        }
        m_shownText = minimal.join(separator);
    }
    const QSizeF size(metrics.horizontalAdvance(m_shownText) + 12, metrics.height() + 4);
    auto labelAt = [&](qreal t) {
        return QRectF(m_line.pointAt(t) - QPointF(size.width() / 2, size.height() / 2), size);
    };
    // The middle of the free stretch, else the middle of the line or near it; where every place
    // covers something (boxes packed tight), the one that covers least.
    const qreal runMiddle = (bestStart + (bestLength - 1) / 2.0) / kSamples;
    m_labelRect = labelAt(0.5);
    qreal least = std::numeric_limits<qreal>::max();
    for (qreal t : {bestLength > 0 ? runMiddle : 0.5, 0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
        const QRectF candidate = labelAt(t);
        qreal covered = 0;
        for (const QList<QRectF> *rects : obstacles) {
            for (const QRectF &r : *rects) {
                const QRectF overlap = r & candidate;
                covered += overlap.width() * overlap.height();
                // A box's name is the worst thing to cover.
                const QRectF name =
                    QRectF(r.topLeft(), QSizeF(r.width(), std::min(40.0, r.height()))) & candidate;
                covered += 4 * name.width() * name.height();
            }
        }
        if (covered < least) {
            least = covered;
            m_labelRect = candidate;
        }
        if (covered == 0)
            break;
    }
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

QVariant DependencyItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        layout(); // the whole label when chosen
    return QGraphicsItem::itemChange(change, value);
}

void DependencyItem::focusInEvent(QFocusEvent *event)
{
    QGraphicsItem::focusInEvent(event);
    layout();
}

void DependencyItem::focusOutEvent(QFocusEvent *event)
{
    QGraphicsItem::focusOutEvent(event);
    layout();
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
    if (!m_hidden.isEmpty())
        path = path.subtracted(m_hidden); // a click on a box it passes behind is the box's
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
    // The line passes behind the boxes it crosses, so it never strikes through a name.
    if (!m_hidden.isEmpty()) {
        QPainterPath visible;
        visible.addRect(m_bounds);
        painter->setClipPath(visible.subtracted(m_hidden));
    }
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
    painter->setClipping(false);

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
    painter->drawText(m_labelRect, Qt::AlignCenter, m_shownText);
}

} // namespace board

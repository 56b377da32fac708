#include "componentitem.h"

#include "boardscene.h"

#include "palette.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

namespace board {

namespace {
constexpr qreal kGrip = 18;
constexpr qreal kInset = 12; // left and right of the title
constexpr qreal kTitleTop = 8;
constexpr int kTitleLines = 2; // a long name wraps once, then is elided (on the projector: below)
} // namespace

ComponentItem::ComponentItem(const pm::Component &component) : m_component(component)
{
    setFlags(ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    // The arrows follow while the box is dragged, before anything is written.
    if (change == ItemPositionHasChanged) {
        if (auto *board = qobject_cast<BoardScene *>(scene()))
            board->componentGeometryChanged(id());
    }
    return QGraphicsItem::itemChange(change, value);
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
    layoutTitle();
    update();
}

QString ComponentItem::heatBadge() const
{
    if (!m_heat || m_heat->band == pm::RiskBand::Unscored)
        return {};
    return m_style.heatAggregation == pm::HeatAggregation::Sum
               ? QObject::tr("Σ %1 · %2").arg(m_heat->score).arg(pm::displayName(m_heat->band))
               : QObject::tr("%1 · %2").arg(m_heat->score).arg(pm::displayName(m_heat->band));
}

void ComponentItem::layoutTitle()
{
    const QFontMetricsF metrics(isRegion() ? m_style.regionFont() : m_style.titleFont());
    const qreal width = m_component.width - 2 * kInset;
    const QString badge = heatBadge();
    m_badgeWidth = badge.isEmpty() ? 0 : qMin(metrics.horizontalAdvance(badge) + 16, width / 2);
    m_titleLines.clear();
    // Word-wrapped into the room beside the badge; whatever does not fit ends in "…".
    QString rest = m_component.name.simplified();
    const qreal room = qMax<qreal>(width - m_badgeWidth, 10);
    // In presentation mode the room must know which box is discussed: the name takes as many
    // lines as the box holds above its kind label ("Drift and quality monit…" at 1366x768).
    int lines = kTitleLines;
    if (m_style.presentation) {
        const qreal height =
            m_component.height - kTitleTop - 2 - QFontMetricsF(m_style.labelFont()).height() - 6;
        lines = qMax(kTitleLines, int(height / metrics.height()));
    }
    while (!rest.isEmpty() && m_titleLines.size() < lines) {
        if (m_titleLines.size() == lines - 1 || metrics.horizontalAdvance(rest) <= room) {
            m_titleLines << metrics.elidedText(rest, Qt::ElideRight, room);
            break;
        }
        int cut = int(rest.size());
        while (cut > 0 && metrics.horizontalAdvance(rest.left(cut)) > room)
            cut = int(rest.lastIndexOf(QLatin1Char(' '), cut - 1));
        if (cut <= 0) { // one long word: break it where it must
            cut = 1;
            while (cut < rest.size() && metrics.horizontalAdvance(rest.left(cut + 1)) <= room)
                ++cut;
        }
        m_titleLines << rest.left(cut).trimmed();
        rest = rest.mid(cut).trimmed();
    }
    if (m_titleLines.isEmpty())
        m_titleLines << QString();
}

QRectF ComponentItem::headerRect() const
{
    const QFontMetricsF title(isRegion() ? m_style.regionFont() : m_style.titleFont());
    const QFontMetricsF label(m_style.labelFont());
    const qreal height = kTitleTop + m_titleLines.size() * title.height() + 2 + label.height() + 6;
    return QRectF(pos(), QSizeF(m_component.width, qMin(height, m_component.height)));
}

void ComponentItem::previewSize(const QSizeF &size)
{
    prepareGeometryChange();
    m_component.width = qMax<qreal>(80, size.width());
    m_component.height = qMax<qreal>(60, size.height());
    layoutTitle();
    update();
    if (auto *board = qobject_cast<BoardScene *>(scene()))
        board->componentGeometryChanged(id());
}

void ComponentItem::setDropTarget(bool on)
{
    if (m_dropTarget != on) {
        m_dropTarget = on;
        update();
    }
}

void ComponentItem::setHeat(const std::optional<pm::ComponentHeat> &heat)
{
    if (heat != m_heat) {
        m_heat = heat;
        layoutTitle();
        update();
    }
}

QColor ComponentItem::headerColour() const
{
    return m_heat && m_heat->band != pm::RiskBand::Unscored
               ? theme::bandColour(m_heat->band)
               : theme::componentColour(m_component.kind);
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(0, 0, m_component.width, m_component.height);
    const bool region = isRegion();
    const bool heated = m_heat && m_heat->band != pm::RiskBand::Unscored;
    const QColor fill =
        heated ? theme::bandTint(m_heat->band) : theme::componentColour(m_component.kind);
    const bool highlighted = isSelected() || m_dropTarget; // focus: FocusRing
    QPen border(highlighted ? QColor(0x00, 0x4C, 0x99) : QColor(0x55, 0x5F, 0x6B),
                m_style.borderWidth() * (highlighted ? 2 : 1),
                m_component.kind == pm::ComponentKind::Boundary ||
                        m_component.kind == pm::ComponentKind::External
                    ? Qt::DashLine
                    : Qt::SolidLine);
    if (m_dropTarget)
        border.setColor(QColor(0xD5, 0x5E, 0x00));
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    const qreal radius = region ? 4 : 10;
    painter->drawRoundedRect(rect, radius, radius);

    const QFont titleFont = region ? m_style.regionFont() : m_style.titleFont();
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF labelMetrics(m_style.labelFont());
    const QColor header = headerColour();
    if (heated) {
        // The header in the full band colour; the band is also written in it (never colour
        // alone), and the body keeps a pale wash so notes on it stay readable.
        const qreal height = headerRect().height();
        QPainterPath outline;
        outline.addRoundedRect(rect, radius, radius);
        QPainterPath strip;
        strip.addRect(QRectF(0, 0, rect.width(), qMin(height, rect.height())));
        painter->setBrush(header);
        painter->drawPath(outline.intersected(strip));
    }
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(rect, radius, radius);

    const QColor ink = theme::textOn(heated ? header : fill);
    painter->setPen(ink);
    painter->setFont(titleFont);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod * titleMetrics.height() < BoardStyle::kMinLegibleTextPixels)
        return;
    const QRectF titleRect(kInset, kTitleTop, rect.width() - 2 * kInset, titleMetrics.height());
    // The heat badge ("20 · Critical") shares the first title line in the title's type: it is
    // what the heat map is for, and the band is written, not only coloured. The name wraps
    // beside it, so neither covers the other.
    if (m_badgeWidth > 0) {
        painter->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                          titleMetrics.elidedText(heatBadge(), Qt::ElideRight, m_badgeWidth));
    }
    QRectF lineRect = titleRect.adjusted(0, 0, -m_badgeWidth, 0);
    for (const QString &line : m_titleLines) {
        painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter, line);
        lineRect.translate(0, titleMetrics.height());
    }

    painter->setFont(m_style.labelFont());
    const QString kind = pm::shortLabel(m_component.kind);
    const QString count = QObject::tr("%n note(s)", nullptr, m_noteCount);
    const QRectF labelRect(kInset, lineRect.top() + 2, rect.width() - 2 * kInset,
                           labelMetrics.height());
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

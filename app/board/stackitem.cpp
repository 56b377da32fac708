#include "stackitem.h"

#include "palette.h"
#include "risk.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace board {

namespace {
constexpr qreal kMargin = 10;
}

StackItem::StackItem(const pm::FailureMode &mode) : m_mode(mode)
{
    setZValue(1); // above components, below notes
}

QRectF StackItem::boundingRect() const
{
    return m_frame.adjusted(-2, -2, 2, 2);
}

void StackItem::setFailureMode(const pm::FailureMode &mode, const QRectF &members, int memberCount,
                               const BoardStyle &style, const QList<QRectF> &avoid)
{
    prepareGeometryChange();
    m_mode = mode;
    m_memberCount = memberCount;
    m_style = style;
    const qreal titleHeight = QFontMetricsF(style.titleFont()).height() + 8;
    m_titleBelow = false;
    m_frame = members.adjusted(-kMargin, -kMargin - titleHeight, kMargin, kMargin);
    const QRectF above = titleRect();
    if (std::any_of(avoid.cbegin(), avoid.cend(),
                    [&](const QRectF &r) { return r.intersects(above); })) {
        // Notes close under a component's name: the title goes under the notes instead.
        m_titleBelow = true;
        m_frame = members.adjusted(-kMargin, -kMargin, kMargin, kMargin + titleHeight);
    }
    setVisible(memberCount > 0);
    update();
}

QRectF StackItem::titleRect() const
{
    const qreal height = QFontMetricsF(m_style.titleFont()).height();
    const qreal top = m_titleBelow ? m_frame.bottom() - 4 - height : m_frame.top() + 4;
    return QRectF(m_frame.left() + kMargin, top, m_frame.width() - 2 * kMargin, height);
}

void StackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const int score = pm::riskScore(m_mode.likelihood, m_mode.blastRadius);
    const QColor band = theme::bandColour(pm::riskBand(score));
    // An outline only: a filled frame would blend a large area on every paint.
    painter->setPen(QPen(band.darker(120), m_style.borderWidth() * 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(m_frame, 8, 8);

    painter->setFont(m_style.titleFont());
    const QFontMetricsF metrics(painter->font());
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod * metrics.height() < BoardStyle::kMinLegibleTextPixels)
        return; // too small to read: the outline in its band colour says enough
    const QRectF titleRect = this->titleRect();
    QString badge;
    if (score > 0)
        badge = QStringLiteral("%1 %2  ").arg(score).arg(pm::shortLabel(pm::riskBand(score)));
    const qreal badgeWidth = badge.isEmpty() ? 0 : metrics.horizontalAdvance(badge);
    if (!badge.isEmpty()) {
        const QRectF badgeRect(titleRect.left(), titleRect.top(), badgeWidth - 6,
                               titleRect.height());
        painter->fillRect(badgeRect, band);
        painter->setPen(theme::textOn(band));
        painter->drawText(badgeRect, Qt::AlignCenter, badge.trimmed());
    }
    painter->setPen(QColor(0x1A, 0x1A, 0x1A));
    const QRectF textRect = titleRect.adjusted(badgeWidth, 0, 0, 0);
    const QString title = QStringLiteral("%1 (%2)").arg(m_mode.title).arg(m_memberCount);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(title, Qt::ElideRight, textRect.width()));
}

} // namespace board

#include "matrixcard.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace matrix {

namespace {
const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kSecondaryInk(0x3D, 0x3D, 0x3D); // 10:1 on white
const QColor kSelected(0x00, 0x4C, 0x99);
constexpr int kDotsWithComponent = 3; // on the component line
constexpr int kDotsBesideTitle = 1;   // beside the title, where room is short
} // namespace

CardPainter::CardPainter(const MatrixStyle &style)
    : m_style(style), m_title(style.cardTitleFont()), m_meta(style.cardMetaFont()),
      m_titleLine(QFontMetricsF(m_title).lineSpacing()),
      m_metaLine(QFontMetricsF(m_meta).lineSpacing())
{}

QStringList CardPainter::wrap(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList lines;
    const QString simplified = text.simplified();
    if (simplified.isEmpty() || width <= 0)
        return lines;
    QTextLayout layout(simplified, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line takes the rest of the text, elided.
            lines << QFontMetricsF(font).elidedText(simplified.mid(line.textStart()),
                                                    Qt::ElideRight, width);
            break;
        }
        lines << simplified.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

int CardPainter::titleLines(CardTier tier)
{
    switch (tier) {
    case CardTier::Full:
        return 3;
    case CardTier::Medium:
    case CardTier::Brief:
        return 2;
    case CardTier::Compact:
        break;
    }
    return 1;
}

qreal CardPainter::votesWidth(int votes, int maxDots) const
{
    if (votes <= 0)
        return 0;
    const qreal diameter = m_metaLine * 0.42;
    return qMin(votes, maxDots) * diameter * 1.3 + diameter * 0.3 +
           QFontMetricsF(m_meta).horizontalAdvance(QString::number(votes)) + diameter;
}

TierHeights CardPainter::heights(const QString &title, int votes, qreal width) const
{
    const qreal pad = m_style.cardPadding(), tight = m_style.tightCardPadding();
    auto lines = [&](qreal textWidth, int maxLines) {
        return qMax(1, int(wrap(title, m_title, textWidth, maxLines).size()));
    };
    const qreal full = 2 * pad + lines(width - 2 * pad, 3) * m_titleLine + m_metaLine;
    const qreal medium = 2 * pad + lines(width - 2 * pad, 2) * m_titleLine + m_metaLine;
    const qreal brief =
        2 * tight + lines(width - 2 * tight - votesWidth(votes, kDotsBesideTitle), 2) * m_titleLine;
    return {full, medium, brief, compactHeight()};
}

qreal CardPainter::compactHeight() const
{
    return 2 * m_style.tightCardPadding() + m_titleLine;
}

qreal CardPainter::moreHeight() const
{
    return m_metaLine + 2;
}

void CardPainter::paintVotes(QPainter *painter, const QRectF &line, int votes, int maxDots) const
{
    if (votes <= 0)
        return;
    const qreal diameter = m_metaLine * 0.42;
    const qreal width = votesWidth(votes, maxDots) - diameter;
    qreal x = line.right() - width;
    painter->setPen(Qt::NoPen);
    painter->setBrush(kInk);
    for (int i = 0; i < qMin(votes, maxDots); ++i) {
        painter->drawEllipse(QRectF(x, line.center().y() - diameter / 2, diameter, diameter));
        x += diameter * 1.3;
    }
    painter->setFont(m_meta);
    painter->setPen(kInk);
    painter->drawText(QRectF(x + diameter * 0.3, line.top(), line.right() - x, line.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, QString::number(votes));
}

void CardPainter::paint(QPainter *painter, const QRectF &rect, CardTier tier,
                        const CardContent &content) const
{
    const bool roomy = tier == CardTier::Full || tier == CardTier::Medium;
    const qreal pad = roomy ? m_style.cardPadding() : m_style.tightCardPadding();
    const qreal radius = m_style.presentation ? 6 : 4;
    if (content.ghost) {
        // Translucent, dashed: where the risk sits today, not a card to act on.
        QColor fill(Qt::white);
        fill.setAlpha(170);
        painter->setBrush(fill);
        painter->setPen(QPen(kInk, m_style.borderWidth(), Qt::DashLine));
    } else {
        painter->setBrush(Qt::white);
        painter->setPen(content.selected ? QPen(kSelected, m_style.borderWidth() * 2.2)
                                         : QPen(QColor(0x55, 0x5F, 0x6B), m_style.borderWidth()));
    }
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const QRectF inner = rect.adjusted(pad, pad, -pad, -pad);
    QFont titleFont = m_title;
    titleFont.setItalic(content.ghost);
    const int votes = content.ghost ? 0 : content.votes;
    // Brief and compact cards have the votes beside the first title line.
    const qreal beside = roomy ? 0 : votesWidth(votes, kDotsBesideTitle);
    if (!roomy)
        paintVotes(painter, QRectF(inner.left(), inner.top(), inner.width(), m_titleLine), votes,
                   kDotsBesideTitle);
    const QStringList lines =
        wrap(content.title, titleFont, inner.width() - beside, titleLines(tier));
    painter->setFont(titleFont);
    painter->setPen(content.ghost ? kSecondaryInk : kInk);
    qreal y = inner.top();
    for (const QString &line : lines) {
        painter->drawText(QRectF(inner.left(), y, inner.width() - beside, m_titleLine),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += m_titleLine;
    }
    if (!roomy)
        return;
    const QRectF meta(inner.left(), inner.bottom() - m_metaLine, inner.width(), m_metaLine);
    paintVotes(painter, meta, votes, kDotsWithComponent);
    painter->setFont(m_meta);
    painter->setPen(kSecondaryInk);
    const QRectF component = meta.adjusted(0, 0, -votesWidth(votes, kDotsWithComponent), 0);
    painter->drawText(
        component, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(m_meta).elidedText(content.component, Qt::ElideRight, component.width()));
}

void CardPainter::paintMore(QPainter *painter, const QRectF &rect, int hidden,
                            const QColor &on) const
{
    painter->setFont(m_meta);
    painter->setPen(on);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                      QObject::tr("+%n more", nullptr, hidden));
}

} // namespace matrix

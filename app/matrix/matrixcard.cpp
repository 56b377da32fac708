#include "matrixcard.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace matrix {

namespace {
const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kSecondaryInk(0x3D, 0x3D, 0x3D); // 10:1 on white
const QColor kSelected(0x00, 0x4C, 0x99);
constexpr int kDotsWithComponent = 3;  // on the component line
constexpr int kDotsBesideTitle = 1;    // beside the title, where room is short
constexpr int kReadableCharacters = 8; // a title shows this much of itself at least
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
    // Between words only: "Checko / ut" reads as neither word.
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1 || line.naturalTextWidth() > width + 0.5) {
            // The last line, or a word longer than a line, takes the rest of the text, elided.
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
    // The lines paint() writes, in the type it chooses: the heights are the heights painted.
    auto lines = [&](CardTier tier) {
        return qMax(1, int(layTitle(width, tier, title, votes, false).lines.size()));
    };
    const qreal full = 2 * pad + lines(CardTier::Full) * m_titleLine + m_metaLine;
    const qreal medium = 2 * pad + lines(CardTier::Medium) * m_titleLine + m_metaLine;
    const qreal brief = 2 * tight + lines(CardTier::Brief) * m_titleLine;
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

bool CardPainter::readable(const QStringList &lines, const QString &title)
{
    const QString whole = title.simplified();
    const QString shown = lines.join(QLatin1Char(' ')).section(QChar(0x2026), 0, 0).trimmed();
    // A long first word ("Autoscaling") may be cut after ten letters.
    return shown.size() >= qMin(int(whole.size()), kReadableCharacters) &&
           whole.startsWith(shown) &&
           (shown.startsWith(whole.section(QLatin1Char(' '), 0, 0)) || shown.size() >= 10);
}

CardPainter::Title CardPainter::layTitle(qreal cardWidth, CardTier tier, const QString &text,
                                         int votes, bool ghost) const
{
    const bool roomy = tier == CardTier::Full || tier == CardTier::Medium;
    const qreal pad = roomy ? m_style.cardPadding() : m_style.tightCardPadding();
    const qreal beside = roomy ? 0 : votesWidth(votes, kDotsBesideTitle);
    const qreal width = cardWidth - 2 * pad - beside;
    // A narrow card (F11 on a laptop) names its failure mode in a smaller type, in the same
    // line height, rather than "Traffi…": its first word whole and a few more letters.
    Title title;
    for (qreal scale : {1.0, 0.9, 0.8, 0.7, 0.6}) {
        title.font = m_title;
        title.font.setPointSizeF(m_title.pointSizeF() * scale);
        title.font.setItalic(ghost);
        title.lines = wrap(text, title.font, width, titleLines(tier));
        if (readable(title.lines, text))
            break;
    }
    return title;
}

QStringList CardPainter::titleShown(const QRectF &rect, CardTier tier,
                                    const CardContent &content) const
{
    return layTitle(rect.width(), tier, content.title, content.ghost ? 0 : content.votes,
                    content.ghost)
        .lines;
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
    const int votes = content.ghost ? 0 : content.votes;
    // Brief and compact cards have the votes beside the first title line.
    const qreal beside = roomy ? 0 : votesWidth(votes, kDotsBesideTitle);
    if (!roomy)
        paintVotes(painter, QRectF(inner.left(), inner.top(), inner.width(), m_titleLine), votes,
                   kDotsBesideTitle);
    const Title title = layTitle(rect.width(), tier, content.title, votes, content.ghost);
    painter->setFont(title.font);
    painter->setPen(content.ghost ? kSecondaryInk : kInk);
    qreal y = inner.top();
    for (const QString &line : title.lines) {
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

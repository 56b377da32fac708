#include "heatlegend.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace board {

namespace {
constexpr qreal kPadding = 6;
constexpr qreal kItemGap = 18;
constexpr pm::RiskBand kBands[] = {pm::RiskBand::Critical, pm::RiskBand::High, pm::RiskBand::Medium,
                                   pm::RiskBand::Low};
} // namespace

HeatLegend::HeatLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("heatLegend"));
    setAccessibleName(tr("Heat map legend"));
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void HeatLegend::setAggregation(pm::HeatAggregation aggregation)
{
    m_aggregation = aggregation;
    setAccessibleDescription(lines().join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

void HeatLegend::setPresentation(bool on)
{
    m_presentation = on;
    updateGeometry();
    update();
}

QFont HeatLegend::font(bool bold) const
{
    QFont f;
    f.setPointSizeF(m_presentation ? 16 : 10);
    f.setBold(bold);
    return f;
}

QStringList HeatLegend::lines() const
{
    const bool sum = m_aggregation == pm::HeatAggregation::Sum;
    QStringList lines;
    lines << (sum ? tr("Heat map: risks added up per component")
                  : tr("Heat map: highest risk per component"));
    for (pm::RiskBand band : kBands) {
        QString range;
        switch (band) {
        case pm::RiskBand::Critical:
            range = sum ? tr("17 and more") : tr("20–25");
            break;
        case pm::RiskBand::High:
            range = tr("10–16");
            break;
        case pm::RiskBand::Medium:
            range = tr("5–9");
            break;
        default:
            range = tr("1–4");
            break;
        }
        lines << tr("%1 %2").arg(pm::displayName(band), range);
    }
    lines << tr("Untinted: no scored risk");
    lines << tr("Regions include the components inside them");
    return lines;
}

QList<HeatLegend::Item> HeatLegend::layoutItems(qreal width) const
{
    const QStringList text = lines();
    const QFontMetricsF plain(font(false)), bold(font(true));
    const qreal line = qMax(plain.lineSpacing(), bold.lineSpacing());
    const qreal swatch = plain.height() * 0.8;
    QList<Item> items;
    qreal x = kPadding, y = kPadding;
    for (int i = 0; i < text.size(); ++i) {
        Item item;
        item.text = text.at(i);
        item.bold = i == 0;
        if (i >= 1 && i <= 4)
            item.swatch = theme::bandColour(kBands[i - 1]);
        else if (i == 5)
            item.swatch = Qt::white; // an untinted component
        const qreal w = (item.bold ? bold : plain).horizontalAdvance(item.text) +
                        (item.swatch.isValid() ? swatch + 6 : 0);
        if (x > kPadding && x + w > width - kPadding) {
            x = kPadding;
            y += line;
        }
        item.rect = QRectF(x, y, w, line);
        x += w + kItemGap;
        items << item;
    }
    return items;
}

int HeatLegend::heightForWidth(int width) const
{
    const QList<Item> items = layoutItems(width);
    return int(std::ceil(items.constLast().rect.bottom() + kPadding));
}

QSize HeatLegend::sizeHint() const
{
    const QList<Item> items = layoutItems(1e6);
    return QSize(int(items.constLast().rect.right() + kPadding),
                 int(items.constLast().rect.bottom() + kPadding));
}

void HeatLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(QColor(0x55, 0x5F, 0x6B), 1));
    painter.drawLine(QPointF(0, 0.5), QPointF(width(), 0.5));
    const QColor ink(0x1A, 0x1A, 0x1A);
    const qreal swatch = QFontMetricsF(font(false)).height() * 0.8;
    for (const Item &item : layoutItems(width())) {
        QRectF text = item.rect;
        if (item.swatch.isValid()) {
            painter.setPen(QPen(QColor(0x55, 0x5F, 0x6B), 1));
            painter.setBrush(item.swatch);
            painter.drawRect(QRectF(text.left(), text.center().y() - swatch / 2, swatch, swatch));
            text.setLeft(text.left() + swatch + 6);
        }
        painter.setFont(font(item.bold));
        painter.setPen(ink);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
}

} // namespace board

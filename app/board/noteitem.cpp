#include "noteitem.h"

#include "palette.h"
#include "risk.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

namespace board {

namespace {
constexpr qreal kPadding = 8;
constexpr qreal kHeader = 22; // the row with the category label and the initials
} // namespace

NoteItem::NoteItem(const pm::Note &note) : m_note(note)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setZValue(2);
}

QRectF NoteItem::boundingRect() const
{
    // Room for the shadow and a thick selection outline.
    return QRectF(-4, -4, m_note.width + 10, m_note.height + 10);
}

QPainterPath NoteItem::shape() const
{
    QPainterPath path;
    path.addRect(0, 0, m_note.width, m_note.height);
    return path;
}

void NoteItem::setNote(const pm::Note &note, const Decoration &decoration, const BoardStyle &style)
{
    if (note.width != m_note.width || note.height != m_note.height)
        prepareGeometryChange();
    m_note = note;
    m_decoration = decoration;
    m_style = style;
    setPos(note.x, note.y);
    setPresentedOffset(m_presentedOffset); // the stacking order for the new place
    QString tip = note.hidden ? QObject::tr("A hidden note (revealed later)") : note.text;
    if (!decoration.authorName.isEmpty() && !note.hidden)
        tip += QStringLiteral("\n— ") + decoration.authorName;
    setToolTip(tip);
    // Text is laid out when it is first drawn legibly: opening a 10,000-note board fitted in the
    // window draws no text at all, and shaping it all up front took seconds.
    m_lineHeight = QFontMetricsF(m_style.noteFont()).lineSpacing();
    m_linesLaidOut = false;
    update();
}

void NoteItem::setDropTarget(bool on)
{
    if (m_dropTarget != on) {
        m_dropTarget = on;
        update();
    }
}

bool NoteItem::isTextElided()
{
    if (!m_linesLaidOut)
        layoutText();
    return m_elided;
}

int NoteItem::textLineCount()
{
    if (!m_linesLaidOut)
        layoutText();
    return int(m_lines.size());
}

void NoteItem::setPresentedOffset(const QPointF &offset)
{
    m_presentedOffset = offset;
    setTransform(QTransform::fromTranslate(offset.x(), offset.y()));
    // Lower notes lie on top, so a cascaded stack shows every note's header row; notes laid out
    // for the room lie above all others (notes are at 2..3, the focus ring at 100).
    setZValue(offset.isNull() ? 2 + m_note.y / (4 * pm::kMaxCoordinate) : 3.5);
}

QRectF NoteItem::textRect()
{
    if (!m_linesLaidOut)
        layoutText();
    if (m_lines.isEmpty())
        return {};
    const qreal top = kHeader + kPadding / 2;
    return QRectF(kPadding, top, m_note.width - 2 * kPadding, m_lines.size() * m_lineHeight);
}

void NoteItem::layoutText()
{
    m_lines.clear();
    m_linesLaidOut = true;
    m_elided = false;
    const QFont font = m_style.noteFont();
    const QFontMetricsF metrics(font);
    m_lineHeight = metrics.lineSpacing();
    const qreal width = m_note.width - 2 * kPadding;
    const qreal bottom = m_note.height - kPadding - (m_decoration.score > 0 ? 18 : 0);
    if (width <= 0 || m_note.hidden)
        return;

    // Very long notes (up to 20,000 characters) are elided: lay out only what can show.
    QString text = m_note.text.left(2000);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal y = kHeader + kPadding / 2;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        const bool lastThatFits = y + 2 * m_lineHeight > bottom;
        QString lineText = text.mid(line.textStart(), line.textLength()).trimmed();
        if (lastThatFits && line.textStart() + line.textLength() < text.size()) {
            m_elided = true;
            lineText =
                metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width);
        }
        m_lines.append({QPointF(kPadding, y + metrics.ascent()), lineText});
        y += m_lineHeight;
        if (lastThatFits)
            break;
    }
    layout.endLayout();
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(0, 0, m_note.width, m_note.height);
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor background = m_note.hidden ? QColor(0x4A, 0x4A, 0x55) : m_decoration.background;
    const bool selected = isSelected();

    // Zoomed out: a block of colour is all a viewer could see anyway.
    if (lod * m_lineHeight < BoardStyle::kMinLegibleTextPixels) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->fillRect(rect, background);
        if (selected || m_dropTarget)
            painter->fillRect(rect.adjusted(0, 0, 0, -rect.height() * 0.7),
                              QColor(0x00, 0x72, 0xB2));
        return;
    }

    painter->fillRect(rect.translated(3, 4), QColor(0, 0, 0, 40)); // shadow
    painter->fillRect(rect, background);
    if (m_note.hidden) // a card back: hatched, so it never reads as an empty note
        painter->fillRect(rect, QBrush(QColor(255, 255, 255, 48), Qt::BDiagPattern));
    const QColor ink = theme::textOn(background);
    if (selected || m_dropTarget) { // the focus has its own ring (FocusRing)
        QPen pen(m_dropTarget ? QColor(0xD5, 0x5E, 0x00) : QColor(0x00, 0x4C, 0x99),
                 m_style.borderWidth() * 2, m_dropTarget ? Qt::DashLine : Qt::SolidLine);
        painter->setPen(pen);
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    } else {
        painter->setPen(QPen(background.darker(130), 1));
        painter->drawRect(rect);
    }

    painter->setPen(ink);
    painter->setFont(m_style.labelFont());
    const QRectF header(kPadding, 4, rect.width() - 2 * kPadding, kHeader - 4);
    if (m_note.hidden) {
        painter->drawText(rect, Qt::AlignCenter, QObject::tr("hidden"));
    } else {
        painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                          pm::shortLabel(m_note.category));
    }
    if (!m_decoration.authorInitials.isEmpty())
        painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_decoration.authorInitials);

    painter->setFont(m_style.noteFont());
    if (!m_linesLaidOut)
        layoutText();
    for (const Line &line : m_lines)
        painter->drawText(line.position, line.text);

    if (m_decoration.score > 0 && !m_note.hidden) {
        const pm::RiskBand band = pm::riskBand(m_decoration.score);
        const QString badge =
            QStringLiteral("%1 %2").arg(m_decoration.score).arg(pm::shortLabel(band));
        painter->setFont(m_style.labelFont());
        const QFontMetricsF metrics(painter->font());
        const QRectF badgeRect(rect.right() - metrics.horizontalAdvance(badge) - 12,
                               rect.bottom() - metrics.height() - 6,
                               metrics.horizontalAdvance(badge) + 8, metrics.height() + 2);
        const QColor bandColour = theme::bandColour(band);
        painter->fillRect(badgeRect, bandColour);
        painter->setPen(theme::textOn(bandColour));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
}

} // namespace board

#pragma once

// A sticky note on the board. It paints from a copy of its core row (never from the database),
// caches its text layout, and draws only a coloured block when zoomed out too far to read.

#include "boardstyle.h"
#include "entities.h"

#include <QGraphicsItem>

namespace board {

class NoteItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };

    explicit NoteItem(const pm::Note &note);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const pm::Note &note() const { return m_note; }
    QUuid id() const { return m_note.meta.id; }
    // Everything the note shows that does not live in the note row itself.
    struct Decoration
    {
        QColor background;
        QString authorInitials;
        QString authorName;
        int score = 0; // of its failure mode, 0 = none or unscored
    };
    void setNote(const pm::Note &note, const Decoration &decoration, const BoardStyle &style);
    void setDropTarget(bool on);
    // Whether the note shows less than its whole text (laid out now if it was not yet).
    bool isTextElided();
    int textLineCount();
    // Presentation mode: where the note is drawn, moved from its place in the file (the notes of
    // the stack the room discusses side by side), above every other note. The file, pos() and
    // every edit keep the saved place.
    void setPresentedOffset(const QPointF &offset);
    QPointF presentedOffset() const { return m_presentedOffset; }
    // Where the body text is written, in item coordinates (empty for a hidden or empty note).
    QRectF textRect();

private:
    void layoutText();

    pm::Note m_note;
    Decoration m_decoration;
    BoardStyle m_style;
    bool m_dropTarget = false;
    struct Line
    {
        QPointF position;
        QString text;
    };
    QList<Line> m_lines; // the wrapped, elided body text
    qreal m_lineHeight = 0;
    bool m_linesLaidOut = false; // m_lines match the note and style (laid out on first paint)
    bool m_elided = false;
    QPointF m_presentedOffset;
};

} // namespace board

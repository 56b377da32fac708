#pragma once

// One failure mode as a card in the matrix: its title, its component and its vote dots, on a
// white card that reads on every band colour. Measuring and painting live together so the
// heights the stacking uses are the heights painted.

#include "cardstack.h"
#include "matrixstyle.h"

#include <QString>
#include <QStringList>

class QPainter;

namespace matrix {

struct CardContent
{
    QString title;
    QString component;
    int votes = 0;
    bool selected = false;
    bool ghost = false; // where a risk is now, in the residual view
};

class CardPainter
{
public:
    explicit CardPainter(const MatrixStyle &style);

    // Heights in each tier of a card of this width.
    TierHeights heights(const QString &title, int votes, qreal width) const;
    qreal compactHeight() const;
    qreal moreHeight() const;
    void paint(QPainter *painter, const QRectF &rect, CardTier tier,
               const CardContent &content) const;
    void paintMore(QPainter *painter, const QRectF &rect, int hidden, const QColor &on) const;

    // The title's lines as paint() writes them on a card of this rect and tier (the tests read
    // what the room sees).
    QStringList titleShown(const QRectF &rect, CardTier tier, const CardContent &content) const;
    // Whether these lines name the title: its first word whole and a few letters more.
    static bool readable(const QStringList &lines, const QString &title);
    // Up to maxLines lines of word-wrapped text; the last one elided.
    static QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines);

private:
    struct Title
    {
        QFont font;
        QStringList lines;
    };
    Title layTitle(qreal cardWidth, CardTier tier, const QString &text, int votes,
                   bool ghost) const;
    // Vote dots (a few, like the stickers the room votes with) and the number, so nobody counts.
    qreal votesWidth(int votes, int maxDots) const;
    void paintVotes(QPainter *painter, const QRectF &line, int votes, int maxDots) const;
    static int titleLines(CardTier tier);

    MatrixStyle m_style;
    QFont m_title;
    QFont m_meta;
    qreal m_titleLine;
    qreal m_metaLine;
};

} // namespace matrix

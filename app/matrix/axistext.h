#pragma once

// The matrix's axis labels and titles as placed texts: what the view paints and what it reports
// as cut. A label wraps at word boundaries only and shrinks its type a little before it would
// break a word or end in "…", so "Whole platform" never reads "Whole pla…" on a laptop.

#include <QFont>
#include <QRectF>
#include <QStringList>

namespace matrix {

struct PlacedText
{
    QRectF rect;
    QString text;
    QFont font;
    int flags = 0;
    bool whole = true; // false: elided, or wider than its rectangle
};

struct FittedLines
{
    QStringList lines;
    QFont font;
    bool whole = true;
};

// text in at most maxLines lines of width, in font or down to 70% of its size; elided at the
// smallest size when even that does not fit.
FittedLines fitLines(const QString &text, const QFont &font, qreal width, int maxLines);

} // namespace matrix

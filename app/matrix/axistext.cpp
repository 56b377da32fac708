#include "axistext.h"

#include "matrixcard.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace matrix {

namespace {

// Lines broken at word boundaries only; empty when a single word is wider than width.
QStringList wordLines(const QString &text, const QFont &font, qreal width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (line.naturalTextWidth() > width + 0.5) {
            lines.clear();
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

} // namespace

FittedLines fitLines(const QString &text, const QFont &font, qreal width, int maxLines)
{
    const QString simplified = text.simplified();
    if (simplified.isEmpty())
        return {{}, font, true};
    QFont f = font;
    for (qreal scale : {1.0, 0.9, 0.8, 0.7}) {
        f.setPointSizeF(font.pointSizeF() * scale);
        const QStringList lines = wordLines(simplified, f, width);
        if (!lines.isEmpty() && lines.size() <= maxLines)
            return {lines, f, true};
    }
    return {CardPainter::wrap(simplified, f, width, maxLines), f, false};
}

} // namespace matrix

#include "matrixgeometry.h"

#include "axistext.h"
#include "risk.h"

#include <QFontMetricsF>

namespace matrix {

namespace {

constexpr qreal kCellGap = 2;     // each side: the background shows between cells
constexpr qreal kRowFloor = 0.55; // a row never shrinks below this share of an equal row

// Equal rows while every row's cards fit; otherwise crowded rows get what they need and the
// others share the rest, none below the floor. When even that cannot satisfy every row, rows
// get their wish scaled down to the height there is.
std::array<qreal, 5> rowHeights(qreal height, const std::array<qreal, 5> &needs)
{
    const qreal equal = height / 5;
    std::array<qreal, 5> rows;
    rows.fill(equal);
    bool crowded = false;
    for (qreal need : needs)
        crowded = crowded || need > equal;
    if (!crowded)
        return rows;
    const qreal floor = equal * kRowFloor;
    qreal wanted = 0;
    int roomy = 0;
    for (size_t i = 0; i < 5; ++i) {
        rows[i] = qMax(needs[i], floor);
        wanted += rows[i];
        roomy += needs[i] <= equal ? 1 : 0;
    }
    if (wanted > height) {
        for (qreal &row : rows)
            row *= height / wanted;
        return rows;
    }
    // The height left over goes to the rows that were not crowded, equally.
    const qreal spare = height - wanted;
    for (size_t i = 0; i < 5; ++i) {
        if (needs[i] <= equal)
            rows[i] += spare / qMax(1, roomy);
    }
    return rows;
}

} // namespace

qreal MatrixGeometry::cellOverhead(const MatrixStyle &style)
{
    return 2 * kCellGap + QFontMetricsF(style.cellLabelFont()).lineSpacing() + 3 +
           style.cellPadding() / 2;
}

MatrixGeometry MatrixGeometry::compute(const Input &input, const MatrixStyle &style)
{
    MatrixGeometry g;
    const QSizeF size = input.size;
    const qreal m = style.margin();
    const QFontMetricsF caption(style.captionFont()), axis(style.axisFont()),
        axisTitle(style.axisTitleFont()), label(style.cellLabelFont());
    if (input.caption)
        g.caption = QRectF(m, m, size.width() - 2 * m, caption.lineSpacing() + m / 2);

    qreal nameWidth = 0;
    for (const QString &name : input.likelihoodNames)
        nameWidth = qMax(nameWidth, axis.horizontalAdvance(name));
    const qreal rowHeaderWidth = qBound(60.0, nameWidth + 2 * m, size.width() * 0.15);
    const qreal titleWidth = axisTitle.lineSpacing() + m;
    // An empty tray is a narrow drop zone, but wide enough for its title.
    const qreal trayTitleWidth =
        axisTitle.horizontalAdvance(input.trayTitle.isEmpty() ? QStringLiteral("Not scored (00)")
                                                              : input.trayTitle) +
        2 * style.cellPadding() + 2;
    const qreal trayWidth = qMax(trayTitleWidth, size.width() * (input.wideTray ? 0.14 : 0.08));
    const qreal left = m + titleWidth + rowHeaderWidth;
    // Height is what the cards are short of, so the top and bottom margins are half the sides'.
    const qreal top = input.caption ? g.caption.bottom() + m / 2 : m / 2;
    const qreal right = size.width() - m - trayWidth - m;
    // A column header is its number with the name beside it, on two lines, or three when a name
    // (in a narrow column) needs them rather than being cut.
    const qreal columnWidth = (qMax(left + 50, right) - left) / 5 - 8 -
                              axisTitle.horizontalAdvance(QStringLiteral("5")) - 8;
    int columnLines = 2;
    for (const QString &name : input.blastRadiusNames)
        columnLines = qMax(
            columnLines,
            int(fitLines(name, style.axisFont(), columnWidth, kMaxColumnHeaderLines).lines.size()));
    const qreal columnHeaderHeight =
        qMax(axisTitle.lineSpacing(), columnLines * axis.lineSpacing()) + m / 4;
    const qreal blastTitleHeight = axisTitle.lineSpacing() + m / 4;
    const qreal bottom = size.height() - m / 2 - blastTitleHeight - columnHeaderHeight;
    g.grid = QRectF(QPointF(left, top), QPointF(qMax(left + 50, right), qMax(top + 50, bottom)));

    g.rowHeight = rowHeights(g.grid.height(), input.rowNeeds);
    qreal y = g.grid.top();
    for (int l = pm::kMaxScore; l >= pm::kMinScore; --l) {
        g.rowTop[size_t(l - 1)] = y;
        y += g.rowHeight[size_t(l - 1)];
    }
    const qreal cw = g.grid.width() / 5;
    for (size_t i = 0; i < 5; ++i) {
        g.rowHeaders[i] =
            QRectF(left - rowHeaderWidth, g.rowTop[i], rowHeaderWidth - m / 2, g.rowHeight[i]);
        g.columnHeaders[i] =
            QRectF(left + qreal(i) * cw, g.grid.bottom() + m / 4, cw, columnHeaderHeight);
    }
    g.likelihoodTitle = QRectF(m, g.grid.top(), titleWidth, g.grid.height());
    g.blastRadiusTitle = QRectF(g.grid.left(), g.grid.bottom() + m / 4 + columnHeaderHeight,
                                g.grid.width(), blastTitleHeight);
    g.tray = QRectF(g.grid.right() + m, g.grid.top(), trayWidth, g.grid.height());
    g.trayTitle = QRectF(g.tray.left() + style.cellPadding(), g.tray.top() + style.cellPadding(),
                         g.tray.width() - 2 * style.cellPadding(), axisTitle.lineSpacing());
    g.trayCards = QRectF(
        QPointF(g.tray.left() + style.cellPadding(), g.trayTitle.bottom() + m / 2),
        QPointF(g.tray.right() - style.cellPadding(), g.tray.bottom() - style.cellPadding()));
    g.cellLabelHeight = label.lineSpacing() + 2;
    g.cellPadding = style.cellPadding();
    return g;
}

QRectF MatrixGeometry::cell(int likelihood, int blastRadius) const
{
    const qreal cw = grid.width() / 5;
    const size_t row = size_t(likelihood - 1);
    return QRectF(grid.left() + (blastRadius - 1) * cw, rowTop[row], cw, rowHeight[row])
        .adjusted(kCellGap, kCellGap, -kCellGap, -kCellGap);
}

QRectF MatrixGeometry::cellLabel(int likelihood, int blastRadius) const
{
    const QRectF c = cell(likelihood, blastRadius);
    return QRectF(c.left() + cellPadding, c.top() + 1, c.width() - 2 * cellPadding,
                  cellLabelHeight);
}

QRectF MatrixGeometry::cellCards(int likelihood, int blastRadius) const
{
    const QRectF c = cell(likelihood, blastRadius);
    return QRectF(QPointF(c.left() + cellPadding, c.top() + cellLabelHeight + 1),
                  QPointF(c.right() - cellPadding, c.bottom() - cellPadding / 2));
}

std::pair<int, int> MatrixGeometry::cellAt(const QPointF &point) const
{
    if (!grid.contains(point))
        return {0, 0};
    const int blast = qBound(1, int((point.x() - grid.left()) / (grid.width() / 5)) + 1, 5);
    for (int l = pm::kMinScore; l <= pm::kMaxScore; ++l) {
        const size_t row = size_t(l - 1);
        if (point.y() >= rowTop[row] && point.y() < rowTop[row] + rowHeight[row])
            return {l, blast};
    }
    return {0, 0};
}

} // namespace matrix

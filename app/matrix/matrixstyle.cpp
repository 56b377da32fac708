#include "matrixstyle.h"

namespace matrix {

namespace {
QFont font(qreal points, QFont::Weight weight = QFont::Normal)
{
    QFont f;
    f.setPointSizeF(points);
    f.setWeight(weight);
    return f;
}
} // namespace

QFont MatrixStyle::cardTitleFont() const
{
    return font(presentation ? 18 : 11, QFont::DemiBold);
}

QFont MatrixStyle::cardMetaFont() const
{
    return font(presentation ? 18 : 10);
}

QFont MatrixStyle::cellLabelFont() const
{
    return font(presentation ? 16 : 10, QFont::Bold);
}

QFont MatrixStyle::axisFont() const
{
    return font(presentation ? 16 : 10);
}

QFont MatrixStyle::axisTitleFont() const
{
    return font(presentation ? 18 : 11, QFont::Bold);
}

QFont MatrixStyle::captionFont() const
{
    return font(presentation ? 22 : 13, QFont::Bold);
}

} // namespace matrix

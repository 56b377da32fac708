#include "boardstyle.h"

namespace board {

namespace {
QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}
} // namespace

QFont BoardStyle::noteFont() const
{
    return font(presentation ? 18 : 12);
}

QFont BoardStyle::labelFont() const
{
    return font(presentation ? 12 : 9, true);
}

QFont BoardStyle::titleFont() const
{
    return font(presentation ? 20 : 14, true);
}

QFont BoardStyle::regionFont() const
{
    return font(presentation ? 28 : 20, true);
}

qreal BoardStyle::borderWidth() const
{
    return presentation ? 3 : 1.5;
}

} // namespace board

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

// A size the room sees at 100% zoom in presentation mode, in scene units.
QFont projected(qreal points, bool bold = false)
{
    return font(points / BoardStyle::kPresentationScale, bold);
}
} // namespace

QFont BoardStyle::noteFont() const
{
    return presentation ? projected(18) : font(12);
}

QFont BoardStyle::labelFont() const
{
    return presentation ? projected(13.5, true) : font(9, true);
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

QFont BoardStyle::dependencyFont() const
{
    return presentation ? projected(18, true) : font(10, true);
}

qreal BoardStyle::dependencyWidth() const
{
    return presentation ? 2.5 : 2;
}

} // namespace board

#pragma once

// Type sizes set on widgets: the projector and the header need their own, larger than the
// desktop's.

#include <QString>

class QLabel;
class QWidget;

namespace theme {

// Sets the widget's type to points (its family and style as they were).
void setPointSize(QWidget *widget, qreal points);
// A bold section heading in points. Short and never wrapping: a wrapping label asks its layout
// for the height of several lines and stands in a gap.
QLabel *heading(const QString &text, qreal points, QWidget *parent);

} // namespace theme

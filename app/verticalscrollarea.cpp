#include "verticalscrollarea.h"

#include <QScrollBar>

VerticalScrollArea::VerticalScrollArea(QWidget *form, QWidget *parent) : QScrollArea(parent)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(form);
}

QSize VerticalScrollArea::minimumSizeHint() const
{
    const QSize own = QScrollArea::minimumSizeHint();
    if (!widget())
        return own;
    // The form's own minimum width, and room for the vertical bar it may need; its height
    // scrolls, so a short panel needs only a few lines.
    const QSize form = widget()->minimumSizeHint().expandedTo(widget()->minimumSize());
    const int bar = verticalScrollBar()->sizeHint().width();
    const QMargins margins = contentsMargins();
    return QSize(form.width() + bar + margins.left() + margins.right(), own.height());
}

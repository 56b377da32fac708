#pragma once

// A stacked widget as small as the page it shows. QStackedWidget's minimum size is that of its
// largest page, shown or not, so a hidden page (the preparation view, the start page) would hold
// the window wider than a laptop screen in every phase.

#include <QStackedWidget>

class CurrentPageStack : public QStackedWidget
{
public:
    explicit CurrentPageStack(QWidget *parent = nullptr) : QStackedWidget(parent)
    {
        connect(this, &QStackedWidget::currentChanged, this, &QWidget::updateGeometry);
    }

    QSize minimumSizeHint() const override
    {
        const QWidget *page = currentWidget();
        return page ? page->minimumSizeHint().expandedTo(page->minimumSize()) : QSize();
    }
    QSize sizeHint() const override
    {
        const QWidget *page = currentWidget();
        return page ? page->sizeHint() : QSize();
    }
};

#pragma once

// A ring drawn around the widget that has keyboard focus, over a page whose own widgets show
// focus too faintly to see from a step away (command link buttons draw none at all in the Fusion
// style, so Tab over the start page's templates seemed to do nothing). A transparent layer on top
// of the page: it takes no input and changes no widget's own look.

#include <QPointer>
#include <QWidget>

class FocusOverlay : public QWidget
{
    Q_OBJECT

public:
    // Watches focus inside page and rings it; page owns the overlay.
    explicit FocusOverlay(QWidget *page);

    // The rectangle ringed now, in the page's coordinates; empty when focus is elsewhere.
    QRect ringRect() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow(QWidget *now);

    QWidget *m_page;
    QPointer<QWidget> m_target;
};

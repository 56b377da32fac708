#pragma once

// A dock whose panel is built the first time the dock is shown or the panel is asked for, so the
// window opens with only the panels its phase shows (issue #17: start-up). Until then it is a
// frame with its name, place and View menu toggle: the phase layout and a remembered arrangement
// place and size it like any other dock.

#include <QDockWidget>

#include <functional>

class LazyDock : public QDockWidget
{
    Q_OBJECT

public:
    // build makes the dock's widget; it runs once, with the dock as the widget's parent to be.
    LazyDock(const QString &title, const QString &objectName, std::function<QWidget *()> build,
             QWidget *parent);

    // The dock's widget, built now if it was not yet.
    QWidget *panel();
    bool isBuilt() const { return !m_build; }

    void setVisible(bool visible) override;

private:
    std::function<QWidget *()> m_build;
};

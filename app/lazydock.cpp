#include "lazydock.h"

LazyDock::LazyDock(const QString &title, const QString &objectName,
                   std::function<QWidget *()> build, QWidget *parent)
    : QDockWidget(title, parent), m_build(std::move(build))
{
    setObjectName(objectName);
}

QWidget *LazyDock::panel()
{
    if (m_build) {
        // Cleared first: a builder that asks for its own dock's panel must not build it twice.
        const std::function<QWidget *()> build = std::move(m_build);
        m_build = nullptr;
        setWidget(build());
    }
    return widget();
}

void LazyDock::setVisible(bool visible)
{
    // Every way a dock shows goes through here: show(), the View menu's toggle, a raised tab,
    // restoreState().
    if (visible)
        panel();
    QDockWidget::setVisible(visible);
}

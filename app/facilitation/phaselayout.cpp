#include "phaselayout.h"

#include <QDockWidget>
#include <QDebug>
#include <QLayout>
#include <QMainWindow>

#include <algorithm>
#include <cmath>

namespace {

struct Row
{
    pm::Phase phase;
    PhaseLayout layout;
};

// The one table. Docks: notesDock, rankedDock, warningsDock, mitigationDock (main window),
// promptDock (prompt cards), participantsDock, votingDock, lookbackDock (other panels).
const QList<Row> &table()
{
    using pm::Phase;
    static const QList<Row> rows{
        {Phase::Frame, {{}, CentreView::Board}},
        {Phase::People, {{QStringLiteral("participantsDock")}, CentreView::Board}},
        {Phase::Writing, {{QStringLiteral("promptDock")}, CentreView::Board}},
        {Phase::Cluster, {{QStringLiteral("notesDock")}, CentreView::Board}},
        {Phase::Rank,
         {{QStringLiteral("rankedDock"), QStringLiteral("warningsDock"),
           QStringLiteral("votingDock")},
          CentreView::Matrix}},
        {Phase::Mitigate,
         {{QStringLiteral("rankedDock"), QStringLiteral("mitigationDock"),
           QStringLiteral("warningsDock")},
          CentreView::Matrix}},
        {Phase::Report,
         {{QStringLiteral("rankedDock"), QStringLiteral("warningsDock")}, CentreView::Matrix}},
        {Phase::LookBack,
         {{QStringLiteral("lookbackDock"), QStringLiteral("rankedDock")}, CentreView::Matrix}},
    };
    return rows;
}

} // namespace

PhaseLayout phaseLayout(pm::Phase phase)
{
    for (const Row &row : table()) {
        if (row.phase == phase)
            return row.layout;
    }
    return {};
}

QStringList phaseManagedDocks()
{
    QStringList names;
    for (const Row &row : table()) {
        for (const QString &name : row.layout.docks) {
            if (!names.contains(name))
                names << name;
        }
    }
    return names;
}

void applyDockLayout(QMainWindow *window, pm::Phase phase, bool presentation,
                     const QStringList &keepInPresentation)
{
    const QStringList wanted = phaseLayout(phase).docks;
    for (const QString &name : phaseManagedDocks()) {
        auto *dock = window->findChild<QDockWidget *>(name);
        if (!dock)
            continue; // a panel that is not built (yet)
        const bool show =
            wanted.contains(name) && (!presentation || keepInPresentation.contains(name));
        dock->setVisible(show);
    }
    // Docks that share a tab group (the look-back behind the ranked list) show the one listed
    // first: the phase's own panel in front, not whichever tab was raised last.
    for (auto it = wanted.crbegin(); it != wanted.crend(); ++it) {
        auto *dock = window->findChild<QDockWidget *>(*it);
        if (dock && dock->isVisible())
            dock->raise();
    }
}

void applyNoWorkshopLayout(QMainWindow *window)
{
    for (const QString &name : phaseManagedDocks()) {
        if (auto *dock = window->findChild<QDockWidget *>(name))
            dock->hide();
    }
}

namespace {

// The docks shown in one dock area, laid out in the window (not floating).
QList<QDockWidget *> shownDocks(QMainWindow *window, Qt::DockWidgetArea area)
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock->isVisible() && !dock->isFloating() && window->dockWidgetArea(dock) == area)
            docks << dock;
    }
    return docks;
}

// Takes up to want pixels from the docks of the areas across orientation (widths for the
// side areas, heights for top and bottom), never below a dock's minimum; returns what it took.
int shrinkDocks(QMainWindow *window, const QList<Qt::DockWidgetArea> &areas,
                Qt::Orientation orientation, int want)
{
    int taken = 0;
    for (Qt::DockWidgetArea area : areas) {
        if (want - taken <= 0)
            break;
        const QList<QDockWidget *> docks = shownDocks(window, area);
        if (docks.isEmpty())
            continue;
        // The docks of one area side by side across the orientation share its extent: the
        // area gives up as much as its stiffest dock can.
        int slack = want - taken;
        for (QDockWidget *dock : docks) {
            const QSize minimum = dock->minimumSizeHint().expandedTo(dock->minimumSize());
            qDebug() << "DBG" << dock->objectName() << dock->size() << minimum << want;
            slack =
                std::min(slack, orientation == Qt::Horizontal ? dock->width() - minimum.width()
                                                              : dock->height() - minimum.height());
        }
        if (slack <= 0)
            continue;
        QList<int> sizes;
        for (QDockWidget *dock : docks)
            sizes << (orientation == Qt::Horizontal ? dock->width() : dock->height()) - slack;
        window->resizeDocks(docks, sizes, orientation);
        taken += slack;
    }
    return taken;
}

} // namespace

void capDocksForCentre(QMainWindow *window, QWidget *centre, double share)
{
    if (!window || !centre || !centre->isVisible())
        return;
    window->layout()->activate(); // the docks the phase just showed, in place
    const double goal = share * window->width() * window->height();
    const int width = centre->width();
    const int height = centre->height();
    if (double(width) * height >= goal || width <= 0 || height <= 0)
        return;
    // Narrower side panels first (a list keeps its rows when narrowed), then lower ones below
    // and above the centre for what is still missing.
    const int wantWidth = int(std::ceil(goal / height)) - width;
    const int gotWidth = shrinkDocks(window, {Qt::RightDockWidgetArea, Qt::LeftDockWidgetArea},
                                     Qt::Horizontal, wantWidth);
    const int wantHeight = int(std::ceil(goal / (width + gotWidth))) - height;
    if (wantHeight > 0)
        shrinkDocks(window, {Qt::BottomDockWidgetArea, Qt::TopDockWidgetArea}, Qt::Vertical,
                    wantHeight);
    window->layout()->activate();
}

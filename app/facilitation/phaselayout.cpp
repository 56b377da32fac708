#include "phaselayout.h"

#include "phasedockmemory.h"

#include <QDockWidget>
#include <QLayout>
#include <QMainWindow>
#include <QToolBar>

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
        {Phase::People, {{QStringLiteral("participantsDock")}, CentreView::Board, false}},
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

namespace {

const char kNeedsRoomProperty[] = "premortemDocksNeedRoom";

// The docks shown (or to be shown, in a window not yet on screen) in one dock area, laid out in
// the window (not floating).
QList<QDockWidget *> shownDocks(QMainWindow *window, Qt::DockWidgetArea area)
{
    QList<QDockWidget *> docks;
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (!dock->isHidden() && !dock->isFloating() && window->dockWidgetArea(dock) == area)
            docks << dock;
    }
    return docks;
}

// A phase's first visit: the panels below the centre (the ranked list, the look-back) get 30% of
// the window's height. Their own size hint is a table's header and a row or two, too little to
// rank by; capDocksForCentre() takes back what the board or matrix needs.
void giveBottomDocksRoom(QMainWindow *window)
{
    const QList<QDockWidget *> docks = shownDocks(window, Qt::BottomDockWidgetArea);
    const int height = window->height() * 3 / 10;
    QList<int> sizes;
    for (QDockWidget *dock : docks)
        sizes << std::max(height, dock->height());
    if (!docks.isEmpty())
        window->resizeDocks(docks, sizes, Qt::Vertical);
}

} // namespace

void rememberDockLayout(QMainWindow *window)
{
    if (const std::optional<pm::Phase> phase = arrangedPhase(window))
        rememberArrangement(window, phaseManagedDocks(), phaseLayout(*phase).docks);
}

void applyDockLayout(QMainWindow *window, pm::Phase phase, bool presentation,
                     const QStringList &keepInPresentation)
{
    const QStringList managed = phaseManagedDocks();
    QStringList wanted = phaseLayout(phase).docks;
    if (presentation) {
        // The room's view, not the facilitator's arrangement: remembered as presentation began
        // (MainWindow), put back when it ends.
        setArrangedPhase(window, std::nullopt);
    } else {
        // The phase left as the facilitator arranged it; the next one as they arranged it last.
        rememberDockLayout(window);
        if (const std::optional<PhaseDocks> own = restoreArrangement(window, phase)) {
            for (const QString &name : own->closed)
                wanted.removeAll(name);
            for (const QString &name : own->opened) {
                if (managed.contains(name) && !wanted.contains(name))
                    wanted << name;
            }
            window->setProperty(kNeedsRoomProperty, false);
        } else {
            // A first visit: the docks get their room once the window has its size (fitDocks()).
            window->setProperty(kNeedsRoomProperty, true);
        }
        setArrangedPhase(window, phase);
    }
    for (const QString &name : managed) {
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
    if (auto *palette = window->findChild<QToolBar *>(QStringLiteral("componentPalette")))
        palette->setVisible(!presentation && phaseLayout(phase).palette &&
                            phaseLayout(phase).centre == CentreView::Board);
}

void applyNoWorkshopLayout(QMainWindow *window)
{
    setArrangedPhase(window, std::nullopt); // the caller remembered the workshop's arrangement
    for (const QString &name : phaseManagedDocks()) {
        if (auto *dock = window->findChild<QDockWidget *>(name))
            dock->hide();
    }
}

namespace {

// Takes up to want pixels from each shown dock of the areas across orientation (widths for the
// side areas, heights for top and bottom), never below a dock's minimum. Docks side by side,
// stacked or in tabs share their room in ways only the window's layout knows: the caller
// measures the centre again afterwards.
void shrinkDocks(QMainWindow *window, const QList<Qt::DockWidgetArea> &areas,
                 Qt::Orientation orientation, int want)
{
    QList<QDockWidget *> docks;
    QList<int> sizes;
    for (Qt::DockWidgetArea area : areas) {
        for (QDockWidget *dock : shownDocks(window, area)) {
            const QSize minimum = dock->minimumSizeHint().expandedTo(dock->minimumSize());
            const int size = orientation == Qt::Horizontal ? dock->width() : dock->height();
            const int least = orientation == Qt::Horizontal ? minimum.width() : minimum.height();
            if (size > least) {
                docks << dock;
                sizes << std::max(least, size - want);
            }
        }
    }
    if (!docks.isEmpty())
        window->resizeDocks(docks, sizes, orientation);
}

} // namespace

void capDocksForCentre(QMainWindow *window, QWidget *centre, double share)
{
    if (!window || !centre || !centre->isVisible())
        return;
    const double goal = share * window->width() * window->height();
    // Narrower side panels first (a list keeps its rows when narrowed), then lower ones below
    // and above the centre for what is still missing; measured after each step, a few rounds
    // at most (a dock at its minimum gives nothing more).
    for (int round = 0; round < 3; ++round) {
        window->layout()->activate(); // the docks as the phase (or the last step) left them
        const int width = centre->width();
        const int height = centre->height();
        if (width <= 0 || height <= 0 || double(width) * height >= goal)
            return;
        const int wantWidth = int(std::ceil(goal / height)) - width;
        shrinkDocks(window, {Qt::RightDockWidgetArea, Qt::LeftDockWidgetArea}, Qt::Horizontal,
                    wantWidth);
        window->layout()->activate();
        const int wantHeight = int(std::ceil(goal / centre->width())) - centre->height();
        if (wantHeight > 0)
            shrinkDocks(window, {Qt::BottomDockWidgetArea, Qt::TopDockWidgetArea}, Qt::Vertical,
                        wantHeight);
    }
    window->layout()->activate();
}

void fitDocks(QMainWindow *window, QWidget *centre)
{
    if (!window || !window->isVisible() || window->isFullScreen())
        return; // not yet its size, or the room's view
    if (window->property(kNeedsRoomProperty).toBool()) {
        window->setProperty(kNeedsRoomProperty, false);
        window->layout()->activate(); // the docks in their places
        giveBottomDocksRoom(window);
    }
    capDocksForCentre(window, centre, kCentreShare);
}

#include "phaselayout.h"

#include <QDockWidget>
#include <QMainWindow>

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

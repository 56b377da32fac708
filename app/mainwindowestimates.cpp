// MainWindow's part in the independent estimates (core/estimates.h): M scores the selected
// failure modes at their estimates' median, Shift+R reveals the estimates (and hides them again),
// E enters estimates for someone without a device. All three in the Rank phase, each edit one
// undo step; the facilitator can still set any score with 1-5 and Shift+1-5.

#include "mainwindow.h"

#include "changesetcommand.h"
#include "estimates.h"
#include "facilitation/facilitationpanels.h"
#include "rank/estimateentrydialog.h"
#include "rank/failuremodeselection.h"
#include "rank/riskindex.h"
#include "ranking.h"
#include "workshop.h"
#include "workshopview.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

void MainWindow::createEstimateActions()
{
    using shortcuts::Id;
    auto make = [this](Id id, const QString &name) {
        auto *a = new QAction(shortcuts::text(id), this);
        a->setObjectName(name);
        a->setShortcuts(shortcuts::entry(id).keys);
        addAction(a); // a window shortcut, with the menu bar hidden too (presentation mode)
        return a;
    };
    m_adoptMedianAction = make(Id::AdoptMedian, QStringLiteral("actionAdoptMedian"));
    connect(m_adoptMedianAction, &QAction::triggered, this, [this] {
        QString error;
        if (!adoptMedian(&error))
            showEditError(error);
    });
    m_revealEstimatesAction = make(Id::RevealEstimates, QStringLiteral("actionRevealEstimates"));
    m_revealEstimatesAction->setCheckable(true);
    connect(m_revealEstimatesAction, &QAction::triggered, this, [this](bool on) {
        QString error;
        if (!setEstimatesRevealed(on, &error))
            showEditError(error);
        updateEstimateActions();
    });
    m_enterEstimatesAction = make(Id::EnterEstimates, QStringLiteral("actionEnterEstimates"));
    connect(m_enterEstimatesAction, &QAction::triggered, this, &MainWindow::promptEnterEstimates);
}

// In the menus once they exist: the median beside the other scores, the rest in Workshop.
void MainWindow::addEstimateActionsToMenus()
{
    if (auto *score = menuBar()->findChild<QMenu *>(QStringLiteral("scoreMenu"))) {
        score->addSeparator();
        score->addAction(m_adoptMedianAction);
    }
    QMenu *workshop = m_teamPanels->menu();
    workshop->addSeparator();
    workshop->addAction(m_revealEstimatesAction);
    workshop->addAction(m_enterEstimatesAction);
}

void MainWindow::updateEstimateActions()
{
    const bool rank = m_workshop && !m_workshop->isReadOnly() &&
                      m_pages->currentWidget() == m_workshopView &&
                      m_workshop->info().phase == pm::Phase::Rank;
    for (QAction *a : {m_adoptMedianAction, m_revealEstimatesAction, m_enterEstimatesAction})
        a->setEnabled(rank);
    m_revealEstimatesAction->setChecked(m_workshop && m_workshop->info().estimatesRevealed);
}

bool MainWindow::adoptMedian(QString *error)
{
    if (!m_workshop)
        return false;
    const QList<QUuid> ids = m_selection->ids();
    if (ids.isEmpty()) {
        if (error)
            *error = tr("Select a failure mode to score at its estimates' median.");
        return false;
    }
    // Several selected: one change, one undo step.
    pm::ChangeSet changes;
    for (const QUuid &id : ids) {
        pm::Result<pm::ChangeSet> median = pm::adoptMedianChanges(*m_workshop, id);
        if (!median) {
            if (error)
                *error = median.error().message;
            return false;
        }
        changes << *median;
    }
    return ChangeSetCommand::push(m_undoStack, m_workshop.get(),
                                  tr("Score at the Estimates' Median"), m_workshop->apply(changes),
                                  error,
                                  [this](const QString &message) { showEditError(message); });
}

bool MainWindow::setEstimatesRevealed(bool revealed, QString *error)
{
    if (!m_workshop || m_workshop->isReadOnly())
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop.get(),
                                  revealed ? tr("Reveal Estimates") : tr("Hide Estimates"),
                                  pm::setEstimatesRevealed(*m_workshop, revealed), error,
                                  [this](const QString &message) { showEditError(message); });
}

void MainWindow::promptEnterEstimates()
{
    if (!m_workshop || m_workshop->isReadOnly())
        return;
    if (m_workshop->info().estimatesRevealed) {
        showEditError(tr("The estimates have been revealed: hide them again (%1) to enter or "
                         "change one.")
                          .arg(shortcuts::keysText(shortcuts::Id::RevealEstimates)));
        return;
    }
    // In the ranked list's order: the one the room discusses first comes first.
    QList<pm::RiskSummary> risks;
    for (const QUuid &id : m_risks->ids()) {
        const pm::RiskSummary *risk = m_risks->summary(id);
        if (risk && m_workshop->findLive<pm::FailureMode>(id))
            risks << *risk;
    }
    std::sort(risks.begin(), risks.end(), pm::ranksBefore);
    QList<QUuid> ids;
    for (const pm::RiskSummary &risk : std::as_const(risks))
        ids << risk.failureMode;
    EstimateEntryDialog dialog(m_workshop.get(), m_undoStack, ids, this);
    dialog.exec();
}

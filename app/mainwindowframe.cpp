// The main window's part in editing the workshop's frame (title, system, scenario): the action
// in the Edit menu and the one undo step. The editing itself happens in the header
// (WorkshopView, FrameEditor).

#include "changesetcommand.h"
#include "mainwindow.h"
#include "workshop.h"
#include "workshopview.h"

#include <QAction>
#include <QMenu>
#include <QUndoStack>

void MainWindow::createFrameEditing()
{
    using shortcuts::Id;
    m_editFrameAction = new QAction(shortcuts::text(Id::EditFrame) + QStringLiteral("…"), this);
    m_editFrameAction->setObjectName(QStringLiteral("actionEditFrame"));
    m_editFrameAction->setShortcuts(shortcuts::entry(Id::EditFrame).keys);
    m_editFrameAction->setShortcutContext(Qt::WindowShortcut); // from any pane
    addAction(m_editFrameAction);
    connect(m_editFrameAction, &QAction::triggered, m_workshopView, &WorkshopView::editFrame);
    // Next to the other edits of the workshop as a whole (axis wording) in the Edit menu.
    for (QObject *o : m_axisWordingAction->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o))
            menu->insertAction(m_axisWordingAction, m_editFrameAction);
    }
    m_workshopView->setNoScenarioHint(
        tr("No failure scenario yet: press %1 and write what users saw.")
            .arg(shortcuts::keysText(Id::EditFrame)));
    connect(m_workshopView, &WorkshopView::frameEdited, this, &MainWindow::editFrame);
}

void MainWindow::updateFrameEditing(bool writable)
{
    m_editFrameAction->setEnabled(writable);
    m_workshopView->setReadOnly(!writable);
}

void MainWindow::editFrame(const QString &title, const QString &system, const QString &scenario)
{
    if (!m_workshop || m_workshop->isReadOnly())
        return;
    pm::WorkshopInfo info = m_workshop->info();
    info.title = title;
    info.system = system;
    info.scenario = scenario;
    // One update of the workshop row: one transaction and one undo step for all three.
    QString error;
    if (!ChangeSetCommand::push(m_undoStack, m_workshop.get(), tr("Edit Title and Scenario"),
                                m_workshop->update(info), &error,
                                [this](const QString &message) { showEditError(message); }))
        showEditError(error);
}

// MainWindow's part in the look-back: the Look Back dock (hidden until the facilitator or the
// phase stepper shows it; View menu toggle) and File > Statistics over a Folder…. Kept apart from
// mainwindow.cpp so the window's own file stays about files, menus and pages.

#include "mainwindow.h"

#include "lookback/lookbackpanel.h"
#include "lookback/lookbackstatsdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>

void MainWindow::createLookback()
{
    m_lookbackPanel = new LookbackPanel(m_risks, m_selection, m_undoStack);
    connect(m_lookbackPanel, &LookbackPanel::editFailed, this, &MainWindow::showEditError);
    m_lookbackDock = new QDockWidget(tr("Look Back"), this);
    m_lookbackDock->setObjectName(QStringLiteral("lookbackDock"));
    m_lookbackDock->setWidget(m_lookbackPanel);
    // A tab beside the ranked list, so it has the full width below the board when shown.
    addDockWidget(Qt::BottomDockWidgetArea, m_lookbackDock);
    tabifyDockWidget(m_rankedDock, m_lookbackDock);
    m_lookbackDock->hide();
    connect(m_lookbackDock->toggleViewAction(), &QAction::triggered, m_lookbackDock,
            [this](bool on) {
                if (on)
                    m_lookbackDock->raise();
            });
    m_viewMenu->insertAction(m_boardActions.value(shortcuts::Id::Presentation),
                             m_lookbackDock->toggleViewAction());

    // In the File menu, after Save As: it works on files, not on the open workshop.
    auto *stats = new QAction(tr("S&tatistics over a Folder…"), this);
    stats->setObjectName(QStringLiteral("actionLookbackStats"));
    connect(stats, &QAction::triggered, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Folder of Workshops"), dialogDirectory());
        if (folder.isEmpty())
            return;
        auto *dialog = new LookbackStatsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showFolder(folder);
        dialog->show();
    });
    for (QObject *object : m_saveAsAction->associatedObjects()) {
        if (auto *file = qobject_cast<QMenu *>(object)) {
            file->insertAction(m_closeAction, stats);
            file->insertSeparator(m_closeAction);
        }
    }
}

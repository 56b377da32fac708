// MainWindow's part in the look-back: the Look Back dock (hidden until the facilitator or the
// phase stepper shows it; View menu toggle) and File > Statistics over a Folder…. Kept apart from
// mainwindow.cpp so the window's own file stays about files, menus and pages.

#include "mainwindow.h"

#include "lazydock.h"
#include "lookback/lookbackpanel.h"
#include "lookback/lookbackstatsdialog.h"
#include "verticalscrollarea.h"
#include "workshop.h"
#include "workshopview.h"

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QStackedWidget>

void MainWindow::createLookback()
{
    // Built when first shown: only the look-back phase needs it.
    m_lookbackDock = new LazyDock(
        tr("Look Back"), QStringLiteral("lookbackDock"),
        [this] {
            m_lookbackPanel = new LookbackPanel(m_risks, m_selection, m_undoStack);
            m_lookbackPanel->setPresentation(m_presentation);
            connect(m_lookbackPanel, &LookbackPanel::editFailed, this, &MainWindow::showEditError);
            // A short dock (a laptop) scrolls rather than squeezing the mitigations table.
            return new VerticalScrollArea(m_lookbackPanel);
        },
        this);
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

    // Add Surprise from the keyboard, in the look-back phase only (a bare key elsewhere would
    // open a dialog in front of the room); it shows the panel, too.
    m_addSurpriseAction = new QAction(shortcuts::text(shortcuts::Id::AddSurprise), this);
    m_addSurpriseAction->setObjectName(QStringLiteral("actionAddSurprise"));
    m_addSurpriseAction->setShortcuts(shortcuts::entry(shortcuts::Id::AddSurprise).keys);
    addAction(m_addSurpriseAction); // a window shortcut, with the menu bar hidden too
    connect(m_addSurpriseAction, &QAction::triggered, this, [this] {
        m_lookbackDock->show();
        m_lookbackDock->raise();
        lookbackPanel()->promptAddSurprise();
    });

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

LookbackPanel *MainWindow::lookbackPanel()
{
    m_lookbackDock->panel();
    return m_lookbackPanel;
}

void MainWindow::updateLookbackActions()
{
    const bool lookback = m_workshop && !m_workshop->isReadOnly() &&
                          m_pages->currentWidget() == m_workshopView &&
                          m_workshop->info().phase == pm::Phase::LookBack;
    m_addSurpriseAction->setEnabled(lookback);
}

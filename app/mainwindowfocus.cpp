// MainWindow's part in the focus model (UX.md, "Focus and layout"; app/keyboardfocus.h): every
// keyboard action is the window's own, so it works with the menu bar hidden and whatever pane has
// focus; F6 / Shift+F6 cycle the panes; View > Go To enters each pane by an access key. Kept apart
// from mainwindow.cpp so the window's own file stays about files, menus and pages.

#include "mainwindow.h"

#include "banner.h"
#include "board/boardview.h"
#include "enterclicks.h"
#include "facilitation/facilitation.h"
#include "facilitationpanels.h"
#include "keyboardfocus.h"
#include "lazydock.h"
#include "merge/prepareview.h"
#include "mitigation/mitigationpanel.h"
#include "workshopview.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>

void MainWindow::createFocusModel()
{
    // The panes in F6 order: top to bottom, left to right, as the window lays them out.
    auto dock = [this](const QString &name) {
        return findChild<QDockWidget *>(name);
    };
    QDockWidget *prompts = dock(QStringLiteral("promptDock"));
    QDockWidget *participants = dock(QStringLiteral("participantsDock"));
    QDockWidget *voting = dock(QStringLiteral("votingDock"));
    auto centre = [this]() -> QWidget * {
        if (m_pages->currentWidget() == m_workshopView && m_centre)
            return m_centre;             // the board or the matrix
        return m_pages->currentWidget(); // the start page or a preparation pack
    };
    m_focus = new KeyboardFocus(this, [=]() -> QList<QWidget *> {
        return {m_errorBanner,    m_upgradeBanner, m_facilitation->bar(),
                m_palette,        prompts,         participants,
                voting,           centre(),        m_notesDock,
                m_mitigationDock, m_rankedDock,    m_lookbackDock,
                m_warningsDock};
    });

    // A tool bar's buttons take no focus by default: the palette's must, to be reached at all.
    // Enter adds the focused kind, as Space does.
    for (QToolButton *button : m_palette->findChildren<QToolButton *>()) {
        button->setFocusPolicy(Qt::TabFocus);
        enterclicks::install(button);
    }

    // Every keyboard action on the window itself: actions only in the (hidden) menu bar or on a
    // hidden view do not fire, which kept F11 and Ctrl+1 dead while the matrix was shown.
    for (QAction *a : std::as_const(m_boardActions))
        addAction(a);
    addActions(m_scoreActions);

    using shortcuts::Id;
    // F2 edits the board's focused note or component from any pane (Enter only on the board).
    auto *edit = new QAction(shortcuts::text(Id::EditItem), this);
    edit->setObjectName(QStringLiteral("actionEditFromAnywhere"));
    edit->setShortcut(QKeySequence(Qt::Key_F2));
    connect(edit, &QAction::triggered, this, [this] {
        QAction *onBoard = m_boardActions.value(Id::EditItem);
        if (m_boardView && m_boardView->isVisible() && onBoard->isEnabled()) {
            m_boardView->setFocus(Qt::ShortcutFocusReason);
            m_boardView->editFocused();
        }
    });
    addAction(edit);

    auto make = [this](Id id, auto run) {
        auto *a = new QAction(shortcuts::text(id), this);
        a->setObjectName(QStringLiteral("focus_%1").arg(int(id)));
        a->setShortcuts(shortcuts::entry(id).keys);
        connect(a, &QAction::triggered, this, run);
        addAction(a);
        return a;
    };
    QMenu *goTo = new QMenu(tr("&Go To"), this);
    goTo->setObjectName(QStringLiteral("goToMenu"));
    goTo->addAction(make(Id::NextPane, [this] { m_focus->cycle(false); }));
    goTo->addAction(make(Id::PreviousPane, [this] { m_focus->cycle(true); }));
    goTo->addSeparator();
    const QList<std::pair<Id, std::function<QWidget *()>>> panes{
        {Id::GoToCentre, centre},
        {Id::GoToPhaseBar,
         [this] {
             return m_facilitation->bar();
         }},
        {Id::GoToPalette,
         [this] {
             return m_palette;
         }},
        {Id::GoToPrompts,
         [prompts] {
             return prompts;
         }},
        {Id::GoToParticipants,
         [participants] {
             return participants;
         }},
        {Id::GoToVoting,
         [voting] {
             return voting;
         }},
        {Id::GoToNotes,
         [this] {
             return m_notesDock;
         }},
        {Id::GoToMitigations,
         [this] {
             if (MitigationPanel *panel = mitigationPanel())
                 panel->selectTopRiskIfNone();
             return m_mitigationDock;
         }},
        {Id::GoToRanked,
         [this] {
             return m_rankedDock;
         }},
        {Id::GoToWarnings,
         [this] {
             return m_warningsDock;
         }},
        {Id::GoToLookback,
         [this] {
             return m_lookbackDock;
         }},
    };
    for (const auto &[id, pane] : panes) {
        m_paneActions << make(id, [this, pane = pane] {
            // Panels the presentation hides stay hidden: the room sees the room's panes only.
            QWidget *target = pane();
            if (!target || (m_presentation && !target->isVisible()))
                return;
            if (!m_workshop && target != m_pages->currentWidget())
                return;
            m_focus->focusPane(target);
        });
        goTo->addAction(m_paneActions.last());
    }
    m_viewMenu->insertMenu(m_boardActions.value(Id::Presentation), goTo);
    m_viewMenu->insertSeparator(m_boardActions.value(Id::Presentation));
}

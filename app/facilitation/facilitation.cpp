#include "facilitation.h"

#include "boardview.h"
#include "changesetcommand.h"
#include "coveragestrip.h"
#include "phaseguide.h"
#include "phaselayout.h"
#include "phasestepper.h"
#include "phasetimer.h"
#include "promptcardspanel.h"
#include "timerdisplay.h"
#include "workshop.h"
#include "writingbar.h"

#include <QAction>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QMainWindow>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

const QString kPromptDock = QStringLiteral("promptDock");

} // namespace

Facilitation::Facilitation(QMainWindow *window, QUndoStack *undoStack,
                           std::function<void(bool)> showMatrix)
    : QObject(window), m_window(window), m_undoStack(undoStack),
      m_showMatrix(std::move(showMatrix)), m_timer(new PhaseTimer(this))
{
    m_bar = new QWidget(window);
    m_bar->setObjectName(QStringLiteral("facilitationBar"));
    // A rule below the bar sets the facilitation apart from the workshop's own title.
    m_bar->setAttribute(Qt::WA_StyledBackground);
    m_bar->setStyleSheet(
        QStringLiteral("#facilitationBar { border-bottom: 2px solid palette(mid); }"));
    auto *outer = new QVBoxLayout(m_bar);
    outer->setContentsMargins(8, 6, 8, 6);
    outer->setSpacing(6);
    auto *top = new QHBoxLayout;
    m_stepper = new PhaseStepper(m_bar);
    m_timerDisplay = new TimerDisplay(m_timer, m_bar);
    top->addWidget(m_stepper, 1);
    top->addWidget(m_timerDisplay, 0, Qt::AlignTop);
    outer->addLayout(top);
    m_writingBar = new WritingBar(m_bar);
    outer->addWidget(m_writingBar);
    m_coverage = new CoverageStrip(m_bar);
    outer->addWidget(m_coverage);

    m_prompts = new PromptCardsPanel;
    m_promptDock = new QDockWidget(tr("Prompt Cards"), window);
    m_promptDock->setObjectName(kPromptDock);
    m_promptDock->setWidget(m_prompts);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_promptDock);
    m_promptDock->hide();

    connect(m_stepper, &PhaseStepper::phaseClicked, this, [this](pm::Phase phase) {
        QString error;
        report(setPhase(phase, &error), error);
    });
    connect(m_writingBar, &WritingBar::writerChanged, this, &Facilitation::updateNewNoteTemplate);
    connect(m_writingBar, &WritingBar::revealRequested, this, [this] {
        QString error;
        report(reveal(&error), error);
    });
    connect(m_prompts, &PromptCardsPanel::cardChosen, this, &Facilitation::startNote);
    connect(m_timer, &PhaseTimer::stateChanged, this, &Facilitation::saveTimer);
    createActions();
    setWorkshop(nullptr, nullptr, nullptr);
}

void Facilitation::createActions()
{
    using shortcuts::Id;
    auto make = [this](Id id, auto run) {
        auto *a = new QAction(shortcuts::text(id), m_window);
        a->setObjectName(QStringLiteral("facilitation_%1").arg(int(id)));
        const QList<QKeySequence> keys = shortcuts::entry(id).keys;
        a->setShortcuts(keys);
        // Window-wide, whatever pane has focus; the window's KeyboardFocus hands bare letters
        // back to a text field being typed in.
        a->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(a);
        connect(a, &QAction::triggered, this, run);
        m_actions.insert(id, a);
        return a;
    };
    make(Id::NextPhase, [this] { nextPhase(); });
    make(Id::PreviousPhase, [this] { previousPhase(); });
    make(Id::TimerStartPause, [this] { m_timer->toggle(); });
    make(Id::TimerAddMinute, [this] { m_timer->addMinute(); });
    make(Id::Reveal, [this] {
        QString error;
        report(reveal(&error), error);
    });
    m_timerDisplay->setHints(shortcuts::keysText(Id::TimerStartPause),
                             shortcuts::keysText(Id::TimerAddMinute));
    m_writingBar->setRevealKey(shortcuts::keysText(Id::Reveal));

    // Listed in a menu, so they are found without the keyboard map.
    auto separator = [this] {
        auto *a = new QAction(this);
        a->setSeparator(true);
        return a;
    };
    m_menuActions = {m_actions.value(Id::PreviousPhase),
                     m_actions.value(Id::NextPhase),
                     separator(),
                     m_actions.value(Id::TimerStartPause),
                     m_actions.value(Id::TimerAddMinute),
                     m_actions.value(Id::Reveal),
                     m_promptDock->toggleViewAction()};
}

void Facilitation::setWorkshop(pm::Workshop *workshop, board::BoardView *board, QWidget *matrix)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_keepTimer = false;
    m_workshop = workshop;
    m_board = board;
    Q_UNUSED(matrix)
    m_writingBar->setWorkshop(workshop);
    m_coverage->setWorkshop(workshop);
    m_bar->setVisible(workshop != nullptr);
    if (m_workshop) {
        connect(m_workshop, &pm::Workshop::changed, this, &Facilitation::onChanged);
        // The main window arranges the panels for the phase the file opens in; a phase change
        // (or going to the phase it is in, as --phase does) arranges them here.
        enterPhase(m_workshop->info().phase, false);
        restoreTimer();
    } else {
        m_timer->reset(0);
        m_promptDock->hide();
    }
    // The timer is no edit: it runs on a read-only workshop too.
    const bool writable = workshop && !workshop->isReadOnly();
    using shortcuts::Id;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        const bool timer = it.key() == Id::TimerStartPause || it.key() == Id::TimerAddMinute;
        it.value()->setEnabled(timer ? workshop != nullptr : writable);
    }
    m_writingBar->revealButton()->setVisible(writable);
    m_keepTimer = writable;
}

void Facilitation::setPresentation(bool on)
{
    m_presentation = on;
    m_stepper->setPresentation(on);
    m_timerDisplay->setPresentation(on);
    m_writingBar->setPresentation(on);
    m_coverage->setPresentation(on);
    m_prompts->setPresentation(on);
    if (!on && m_layoutPending)
        applyLayout(); // the main window has just put back the docks it hid
}

bool Facilitation::writable(QString *error) const
{
    if (m_workshop && !m_workshop->isReadOnly())
        return true;
    if (error)
        *error = m_workshop ? m_workshop->readOnlyReason() : tr("Open a workshop first.");
    return false;
}

bool Facilitation::setPhase(pm::Phase phase, QString *error)
{
    if (!writable(error))
        return false;
    pm::WorkshopInfo info = m_workshop->info();
    if (info.phase == phase) {
        applyLayout(); // nothing to change in the file; the panels may be
        return true;
    }
    info.phase = phase;
    // The view follows through the workshop's changed(), as it does on undo.
    return ChangeSetCommand::push(m_undoStack, m_workshop,
                                  tr("Go to Phase “%1”").arg(pm::displayName(phase)),
                                  m_workshop->update(info), error,
                                  [this](const QString &message) { emit editFailed(message); });
}

bool Facilitation::nextPhase()
{
    QString error;
    return report(setPhase(pm::nextPhase(m_phase), &error), error);
}

bool Facilitation::previousPhase()
{
    QString error;
    return report(setPhase(pm::previousPhase(m_phase), &error), error);
}

bool Facilitation::report(bool ok, const QString &error)
{
    if (!ok && !error.isEmpty())
        emit editFailed(error);
    return ok;
}

bool Facilitation::reveal(QString *error)
{
    if (!writable(error))
        return false;
    pm::ChangeSet changes;
    for (pm::Note note : m_workshop->rows<pm::Note>()) {
        if (note.hidden) {
            note.hidden = false;
            changes << note;
        }
    }
    if (changes.isEmpty())
        return true;
    // All of them in one step: one Ctrl+Z turns them face down again.
    return ChangeSetCommand::push(m_undoStack, m_workshop,
                                  tr("Reveal %n Note(s)", nullptr, int(changes.size())),
                                  m_workshop->apply(changes), error,
                                  [this](const QString &message) { emit editFailed(message); });
}

void Facilitation::startNote(pm::Category category)
{
    if (!m_board || m_board->isReadOnly())
        return;
    m_showMatrix(false);
    m_board->setFocus();
    m_board->newNoteInCategory(category);
}

void Facilitation::onChanged(const QList<pm::RowChange> &changes)
{
    bool notes = false;
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::Workshop && m_workshop->info().phase != m_phase)
            enterPhase(m_workshop->info().phase, true);
        notes = notes || change.kind == pm::EntityKind::Note ||
                change.kind == pm::EntityKind::Participant;
    }
    if (notes) {
        m_writingBar->refresh();
        m_coverage->refresh();
        updateWritingWidgets();
    }
}

void Facilitation::enterPhase(pm::Phase phase, bool layout)
{
    m_phase = phase;
    m_stepper->setPhase(phase);
    m_timer->reset(pm::phaseDefaultSeconds(phase));
    updateWritingWidgets();
    updateNewNoteTemplate();
    if (layout)
        applyLayout();
}

void Facilitation::applyLayout()
{
    // Presentation mode keeps the panels for the room only (the prompts while writing, who is
    // there and what the team still lacks, the outcomes in the look-back); the others follow
    // when it ends.
    applyDockLayout(
        m_window, m_phase, m_presentation,
        {kPromptDock, QStringLiteral("participantsDock"), QStringLiteral("lookbackDock")});
    m_layoutPending = m_presentation;
    m_showMatrix(phaseLayout(m_phase).centre == CentreView::Matrix);
    // The bar and the panels changed size: once the layout settles, the docks leave the board
    // or matrix at least half the window (issue #17) and the whole board shows again.
    if (m_board)
        QMetaObject::invokeMethod(
            m_board,
            [board = m_board, window = QPointer<QMainWindow>(m_window)] {
                fitDocks(window, window
                                     ? window->findChild<QWidget *>(QStringLiteral("centreStack"))
                                     : nullptr);
                if (board)
                    board->fitAll();
            },
            Qt::QueuedConnection);
}

void Facilitation::updateWritingWidgets()
{
    bool anyHidden = false;
    if (m_workshop) {
        for (const pm::Note &note : m_workshop->rows<pm::Note>())
            anyHidden = anyHidden || note.hidden;
    }
    // The reveal stays at hand while any note is face down, even after the room moved on.
    m_writingBar->setWritingPhase(m_phase == pm::Phase::Writing);
    m_writingBar->setVisible(m_phase == pm::Phase::Writing || anyHidden);
    m_coverage->setVisible(m_phase == pm::Phase::Writing || m_phase == pm::Phase::Cluster);
}

void Facilitation::updateNewNoteTemplate()
{
    if (!m_board)
        return;
    pm::Note note;
    if (m_phase == pm::Phase::Writing) {
        note.hidden = true;
        note.author = m_writingBar->writer();
    }
    m_board->setNewNoteTemplate(note);
}

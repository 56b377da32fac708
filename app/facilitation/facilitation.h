#pragma once

// Leads the room through the workshop: the phase stepper with its instruction and timer across
// the top, the silent-writing bar (writer, face-down counters, Reveal) and coverage strip below
// it, the prompt cards panel, and their keys. Each phase move and the reveal is one undoable
// change of the workshop; the phase is saved in the file and every view follows it, including
// after undo. The main window only hands over its workshop, views and presentation mode.

#include "shortcuts.h"
#include "vocabulary.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class CoverageStrip;
class PhaseStepper;
class PhaseTimer;
class PromptCardsPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class QUndoStack;
class QWidget;
class TimerDisplay;
class WritingBar;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

namespace board {
class BoardView;
}

class Facilitation : public QObject
{
    Q_OBJECT

public:
    // showMatrix: switches the window's centre between the board (false) and the matrix (true).
    Facilitation(QMainWindow *window, QUndoStack *undoStack, std::function<void(bool)> showMatrix);

    // The bar that goes above the workshop page; hidden while no workshop is open.
    QWidget *bar() const { return m_bar; }
    // The board (where prompt cards start notes); matrix is unused now that T, Shift+T and R
    // are window shortcuts (app/keyboardfocus.h).
    void setWorkshop(pm::Workshop *workshop, board::BoardView *board, QWidget *matrix);
    void setPresentation(bool on);

    // One undo step each; false with a message when the workshop refuses (read-only).
    bool setPhase(pm::Phase phase, QString *error = nullptr);
    bool nextPhase();
    bool previousPhase();
    bool reveal(QString *error = nullptr);
    // Starts a note from a prompt card: in writing, hidden and by the current writer.
    void startNote(pm::Category category);

    pm::Phase phase() const { return m_phase; }
    QAction *action(shortcuts::Id id) const { return m_actions.value(id); }
    // The actions for a menu, separators included.
    QList<QAction *> menuActions() const { return m_menuActions; }
    PhaseStepper *stepper() const { return m_stepper; }
    PhaseTimer *timer() const { return m_timer; }
    TimerDisplay *timerDisplay() const { return m_timerDisplay; }
    WritingBar *writingBar() const { return m_writingBar; }
    CoverageStrip *coverageStrip() const { return m_coverage; }
    PromptCardsPanel *promptPanel() const { return m_prompts; }
    QDockWidget *promptDock() const { return m_promptDock; }

signals:
    void editFailed(const QString &message);

private:
    void createActions();
    void onChanged(const QList<pm::RowChange> &changes);
    // Shows what the workshop's phase needs. applyLayout: also the docks and the centre view.
    void enterPhase(pm::Phase phase, bool applyLayout);
    void applyLayout();
    void updateNewNoteTemplate();
    void updateWritingWidgets();
    bool writable(QString *error) const;
    // The timer kept in the file, so reopening carries on (facilitationtimer.cpp).
    void saveTimer();
    void restoreTimer();
    // A refused key or click: the window shows why in its error banner. Returns ok.
    bool report(bool ok, const QString &error);

    QMainWindow *m_window;
    QUndoStack *m_undoStack;
    std::function<void(bool)> m_showMatrix;
    QPointer<pm::Workshop> m_workshop; // the window closes it before telling us
    QPointer<board::BoardView> m_board;
    pm::Phase m_phase = pm::Phase::Frame;
    bool m_presentation = false;
    bool m_layoutPending = false; // the phase moved during presentation mode
    bool m_keepTimer = false;     // off while a workshop is being shown: opening writes nothing

    QWidget *m_bar;
    PhaseStepper *m_stepper;
    PhaseTimer *m_timer;
    TimerDisplay *m_timerDisplay;
    WritingBar *m_writingBar;
    CoverageStrip *m_coverage;
    PromptCardsPanel *m_prompts;
    QDockWidget *m_promptDock;
    QHash<shortcuts::Id, QAction *> m_actions;
    QList<QAction *> m_menuActions;
};

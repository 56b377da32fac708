#pragma once

// The facilitation tools of the People and Rank phases, kept out of the main window: the
// participants dock ("participantsDock"), the voting dock ("votingDock") and the Workshop menu
// (anonymous mode, recording authors, vote dots by key). The window creates one, hands it each
// workshop it opens, and lists its docks with its own (presentation mode hides them; the phase
// stepper shows them by object name).

#include <QFont>
#include <QObject>
#include <QPointer>

class FailureModeSelection;
class LazyDock;
class ParticipantsPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;
class VotingPanel;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class FacilitationPanels : public QObject
{
    Q_OBJECT

public:
    // Adds the docks to the window and a Workshop menu before `beforeMenu` (or at the end).
    FacilitationPanels(QMainWindow *window, QUndoStack *undoStack, FailureModeSelection *selection,
                       QAction *beforeMenu = nullptr);

    void setWorkshop(pm::Workshop *workshop);
    // The participants stay on the projector in the People phase: large enough to read there.
    void setPresentation(bool on);

    // Built on first use (app/lazydock.h).
    ParticipantsPanel *participants();
    VotingPanel *voting() const { return m_voting; }
    QList<QDockWidget *> docks() const;
    QAction *anonymousAction() const { return m_anonymous; }
    QAction *recordAuthorsAction() const { return m_recordAuthors; }
    QMenu *menu() const { return m_menu; }
    // Disabled while authors are hidden (anonymous mode), so colours give nobody away.
    void setColourByAuthorAction(QAction *action);

    // The toggles as undoable edits; false with a message when refused.
    bool setAnonymous(bool on, QString *error = nullptr);
    bool setRecordAuthors(bool on, QString *error = nullptr);

signals:
    void editFailed(const QString &message);

private:
    void syncActions();

    QUndoStack *m_undoStack;
    QPointer<pm::Workshop> m_workshop;
    ParticipantsPanel *m_participants = nullptr;
    VotingPanel *m_voting;
    LazyDock *m_participantsDock;
    QDockWidget *m_votingDock;
    QMenu *m_menu;
    QAction *m_anonymous;
    QAction *m_recordAuthors;
    QAction *m_giveDot;
    QAction *m_takeDot;
    QPointer<QAction> m_colourByAuthor;
    QFont m_font; // the panels' type: the window's, or larger on the projector
};

#pragma once

// The keyboard map, in one place: the actions that carry these keys are built from this table,
// and Help > Keyboard Shortcuts lists it, so the two can never disagree.

#include <QKeySequence>
#include <QList>

namespace shortcuts {

enum class Id
{
    NewNote,
    EditItem,
    EditFrame, // the workshop's title, system and scenario, in the header
    Delete,
    Duplicate,
    Stack,
    Unstack,
    SendTo,        // the selected notes onto a component or into a stack chosen by name
    AddDependency, // from the focused component to one chosen by name
    SelectAll,
    FitAll,
    ZoomIn,
    ZoomOut,
    Presentation,
    ColourByAuthor,
    // Ranking: one action per key for 1-5 and Shift+1-5, on every view that shows failure modes.
    SetLikelihood,
    SetBlastRadius,
    ShowBoard,
    ShowMatrix,
    ShowResidual,
    HeatMap,
    HeatMapSum,
    // Facilitation: phases, the timer and the reveal.
    NextPhase,
    PreviousPhase,
    TimerStartPause,
    TimerAddMinute,
    Reveal,
    // Keys handled by the board itself, listed for the help only.
    CommitText,
    CancelText,
    FocusItems,
    MoveNotes,
    Pan,
    MoveCard,    // handled by the risk matrix
    SelectItems, // Ctrl+Tab, Ctrl+Space, Shift+arrows: choose several items by keyboard
    ContextMenu,
    ShowHelp,
    Export,
    // Dot voting, as the participant chosen in the voting panel.
    GiveDot,
    TakeDot,
    // The look-back phase: a failure nobody predicted.
    AddSurprise,
    // Handled by the participants panel, listed for the help only.
    RemoveParticipant,
    // Panes (app/keyboardfocus.h): F6 cycles the visible ones, each has an access key.
    NextPane,
    PreviousPane,
    GoToCentre,
    GoToPhaseBar,
    GoToPalette,
    GoToPrompts,
    GoToParticipants,
    GoToVoting,
    GoToNotes,
    GoToMitigations,
    GoToRanked,
    GoToWarnings,
    GoToLookback,
    // Participants join from their own devices (app/room).
    InviteRoom,
    // Independent estimates (core/estimates.h), in the Rank phase.
    AdoptMedian,
    RevealEstimates,
    EnterEstimates,
};

struct Entry
{
    Id id;
    QList<QKeySequence> keys;
    const char *text; // the action's menu text; translatable in context "shortcuts"
    bool isAction;    // false: the key is handled inside the board and only documented
};

const QList<Entry> &all();
const Entry &entry(Id id);
QString text(Id id);
// The keys as shown to people, e.g. "Enter, F2".
QString keysText(Id id);

} // namespace shortcuts

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
    Delete,
    Duplicate,
    Stack,
    Unstack,
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
    MoveCard, // handled by the risk matrix
    ShowHelp,
    Export,
    // Dot voting, as the participant chosen in the voting panel.
    GiveDot,
    TakeDot,
    // Participants join from their own devices (app/room).
    InviteRoom,
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

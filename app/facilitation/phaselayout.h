#pragma once

// Which panels and which central view each workshop phase shows: one table, so a panel added
// later needs one line there. Panels are dock widgets named by objectName; names of docks that
// do not exist (yet) are skipped.

#include "vocabulary.h"

#include <QStringList>

class QMainWindow;
class QWidget;

enum class CentreView
{
    Board,
    Matrix
};

struct PhaseLayout
{
    QStringList docks; // objectNames of the dock widgets shown in this phase
    CentreView centre = CentreView::Board;
    // The component palette beside the board: not while the room says who is there (People),
    // whose panel needs the width; never beside the matrix, where components cannot go.
    bool palette = true;
};

PhaseLayout phaseLayout(pm::Phase phase);
// Every dock the table names in some phase: the docks a phase change shows or hides. Any other
// dock is left as the facilitator put it.
QStringList phaseManagedDocks();
// Shows the phase's docks and hides the other managed ones; of docks in one tab group, the one
// the phase lists first is in front. Outside presentation mode the arrangement of the phase left
// is remembered and the facilitator's own for this phase comes back (phasedockmemory.h): where
// the docks are, their sizes, and the phase's docks they closed or others they opened. With
// presentation on, only the docks meant for the room (keepInPresentation) are shown; the rest
// wait until it ends.
void applyDockLayout(QMainWindow *window, pm::Phase phase, bool presentation,
                     const QStringList &keepInPresentation);
// Remembers the facilitator's arrangement of the phase the docks are arranged for, before the
// window closes, the workshop goes or presentation mode puts the panels aside.
void rememberDockLayout(QMainWindow *window);
// No workshop open (the start page): the layout with no phase, so none of the managed docks.
void applyNoWorkshopLayout(QMainWindow *window);
// The board or matrix (centre) keeps at least share of the window's area: the shown docks
// are narrowed (left, right) and then lowered (top, bottom) towards their minimum size until it
// does. Sizes that already leave the centre its share are left as the facilitator made them.
// The share the window and the phase changes keep for the board or matrix (issue #17: at least
// half; a little more, so a scroll bar or a rounding never takes it under).
constexpr double kCentreShare = 0.52;
void capDocksForCentre(QMainWindow *window, QWidget *centre, double share);
// Once the window has its size, after applyDockLayout(): on a phase's first visit the docks below
// the centre get room to read (30% of the window's height; their size hint is a table's header
// and a row), then capDocksForCentre() with kCentreShare. A window not yet shown, or in
// presentation mode, is left alone: its owner calls this again once it is on screen.
void fitDocks(QMainWindow *window, QWidget *centre);

#pragma once

// The facilitator's own arrangement of each phase's panels (issue #17): where each dock is, its
// size, floating or in tabs, which of the phase's panels they closed and which others they
// opened. Kept in the user's settings, so the next phase change, workshop and start find each
// phase as the facilitator left it. The phase table (phaselayout.h) still decides what a phase
// shows until the facilitator changes it.

#include "vocabulary.h"

#include <QStringList>

#include <optional>

class QMainWindow;

struct PhaseDocks
{
    QStringList closed; // docks the phase shows that the facilitator closed
    QStringList opened; // docks the phase does not show that the facilitator opened
};

// The phase the window's docks are arranged for now; none on the start page, for a preparation
// pack and while presentation mode has put the panels aside.
void setArrangedPhase(QMainWindow *window, std::optional<pm::Phase> phase);
std::optional<pm::Phase> arrangedPhase(QMainWindow *window);

// Remembers the window's arrangement for the phase it is arranged for (nothing without one).
// managed: the docks a phase change shows or hides; wanted: those this phase shows.
void rememberArrangement(QMainWindow *window, const QStringList &managed,
                         const QStringList &wanted);
// Puts the docks back where they were remembered for phase and says which the facilitator
// closed or opened there; none, and nothing changes, when nothing was remembered.
std::optional<PhaseDocks> restoreArrangement(QMainWindow *window, pm::Phase phase);
// Forgets every phase's arrangement: each phase shows its panels as the table says again.
void forgetArrangements();

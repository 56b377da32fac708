#pragma once

// A revealed note in no stack is a risk too: a failure mode of one note. Its failure-mode row is
// written only when something needs it (the first score), so a board of loose notes stays a board
// of notes; until then every view shows it under the id that row will have. The id is derived
// from the note's, so views can select and rank the risk before the row exists, the written row
// takes the place of the unwritten one without a view noticing, and two copies that both score
// the same note offline write the same row, which merges into one.

#include "entities.h"

namespace pm {

class Workshop;

// A live note the room can see that belongs to no failure mode.
bool isLooseNote(const Note &note);

// The failure-mode id of a note's singleton, and back (a null id when `failureMode` is no
// singleton id of a live note).
QUuid singletonId(const QUuid &note);
QUuid singletonNote(const QUuid &failureMode);

// The row the singleton of a loose note will be: titled after the note, on its component, in its
// category, unscored. Not written.
FailureMode singletonFailureMode(const Note &note);

// The singletons of every loose note, not written, in note creation order.
QList<FailureMode> unwrittenSingletons(const Workshop &workshop);
// How many there are, without sorting the notes or making the rows: for counts on every change.
int unwrittenSingletonCount(const Workshop &workshop);

// The live failure mode with this id, or the unwritten singleton of a loose note; nullopt when
// neither.
std::optional<FailureMode> failureModeOrSingleton(const Workshop &workshop, const QUuid &id);

// The rows that write the singleton with this id (the failure mode, reviving its tombstone if an
// earlier one was removed, and the note joining it); empty when `id` names no unwritten singleton.
// Callers add their own change (a score) to the same change set: one transaction, one undo step.
ChangeSet writeSingleton(const Workshop &workshop, const QUuid &id);

} // namespace pm

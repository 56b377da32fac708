#pragma once

// Anonymous mode: people name the uncomfortable risks only when they cannot be blamed for them.
// `anonymous` hides authors wherever the room or a reader sees them (board, matrix, exports);
// `recordAuthors == false` goes further: the file keeps no authors at all (Workshop::apply drops
// them from every note written).

#include "entities.h"
#include "result.h"

namespace pm {

class Workshop;

// Whether views and exports may name the author of a note.
bool showsAuthors(const WorkshopInfo &info);

// Turns anonymous mode on or off.
Result<ChangeSet> setAnonymous(Workshop &workshop, bool on);
// Starts or stops recording authors. Stopping clears the authors of all notes in the same change
// set, so one undo brings them back.
ChangeSet setRecordAuthorsChanges(const Workshop &workshop, bool record);
Result<ChangeSet> setRecordAuthors(Workshop &workshop, bool record);

} // namespace pm

#pragma once

// What each workshop phase asks of the room, in one place: the one-line instruction shown under
// the phase stepper, the default length of the timed phases, and reading a phase from a command
// line. UI-free, so the report and the CLI can say the same thing as the app.

#include "result.h"
#include "vocabulary.h"

#include <QString>

namespace pm {

// One sentence for the room, e.g. "Write, silently, every reason the launch failed. One reason
// per note." Translated.
QString phaseInstruction(Phase phase);

// The phase's default timer in seconds; 0 for phases the room does not time.
int phaseDefaultSeconds(Phase phase);

// A phase from its stable key ("writing"), as given on a command line. An unknown key gives an
// error that lists the keys there are.
Result<Phase> phaseFromKey(const QString &key);

// The phase before or after this one, staying at the ends.
Phase nextPhase(Phase phase);
Phase previousPhase(Phase phase);

} // namespace pm

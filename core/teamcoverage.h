#pragma once

// Whether the people in the room cover the method's angles: a pre-mortem finds failure causes
// because builders and operators look at the launch together. A team without anyone who runs the
// system (or builds it), or without an SRE/operations role, gets a warning in the People phase.

#include "entities.h"

namespace pm {

enum class TeamGap
{
    NoRunTime,   // nobody on the run-time side (Side::Both counts)
    NoBuildTime, // nobody on the build-time side (Side::Both counts)
    NoOperations // no SRE/operations role
};

// The gaps of these participants (tombstones ignored), in the order above. An empty team has
// all three.
QList<TeamGap> teamGaps(const QList<Participant> &participants);
// What is missing and why it matters, for the facilitator.
QString teamGapText(TeamGap gap);

} // namespace pm

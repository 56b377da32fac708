#pragma once

// Dot voting: each participant has WorkshopInfo::voteBudget dots to spread over failure modes.
// One Vote row per participant and failure mode holds that participant's dots on it.
//
// Counting rule (never twice): when several live rows name the same participant and failure mode
// (two files merged that both voted), only the latest write counts (highest hlc, then id), the
// same row the merger keeps; the others are ignored, not added. So totals and the budget check
// agree with what a merge produces, in any merge order.
//
// While the vote is open (WorkshopInfo::votingOpen) nobody sees totals: the room should not herd
// towards the early favourites. Views take their numbers from visibleVoteTotals() or
// visibleVotes(), which give nothing while the vote is open.

#include "entities.h"
#include "result.h"

#include <QHash>

namespace pm {

class Workshop;
struct RowKey;

// The votes that count, one per participant and failure mode (see the rule above).
QList<Vote> countedVotes(const QList<Vote> &votes);
// Dots of these votes after the rule above.
int countedDots(const QList<Vote> &votes);

// The votes a view may show: none while the vote is open, else those given.
QList<Vote> visibleVotes(const WorkshopInfo &info, const QList<Vote> &votes);
// Dots per failure mode for the room; empty while the vote is open.
QHash<QUuid, int> visibleVoteTotals(const Workshop &workshop);

// Dots this participant has given, in all, and may still give.
int dotsUsed(const Workshop &workshop, const QUuid &participant);
int dotsLeft(const Workshop &workshop, const QUuid &participant);
// This participant's dots on this failure mode.
int dotsOn(const Workshop &workshop, const QUuid &participant, const QUuid &failureMode);

// The change sets; apply them with Workshop::apply(), which returns the inverse for undo.
// One more dot: fails when the vote is not open, the participant or failure mode does not exist,
// or the participant has no dots left.
Result<ChangeSet> castDotChanges(const Workshop &workshop, const QUuid &participant,
                                 const QUuid &failureMode);
// One dot fewer; fails when the participant has none on the failure mode or the vote is closed.
Result<ChangeSet> removeDotChanges(const Workshop &workshop, const QUuid &participant,
                                   const QUuid &failureMode);
// Opens or closes the vote.
ChangeSet setVotingOpenChanges(const Workshop &workshop, bool open);
// Dots per participant (1..99). Lowering it below what someone gave keeps their dots but lets
// them give no more.
Result<ChangeSet> setVoteBudget(Workshop &workshop, int dots);

// Apply the above in one go, returning the inverse (for ChangeSetCommand::push).
Result<ChangeSet> castDot(Workshop &workshop, const QUuid &participant, const QUuid &failureMode);
Result<ChangeSet> removeDot(Workshop &workshop, const QUuid &participant, const QUuid &failureMode);
Result<ChangeSet> setVotingOpen(Workshop &workshop, bool open);

} // namespace pm

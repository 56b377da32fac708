#pragma once

// Independent estimates (risk-storming, planning poker): every participant scores each failure
// mode's likelihood and blast radius on their own, hidden from the others, and the group then
// discusses where the estimates spread before it agrees on the failure mode's score (the agreed
// score in FailureMode, which is what ranks, bands, exports and `check` use).
//
// Hidden until revealed: before WorkshopInfo::estimatesRevealed, a participant sees only their
// own estimates and everyone else (the facilitator's window, the reports) sees none; progress
// (how many each person has scored) is all that shows. After the reveal everyone sees every
// estimate, and estimates can no longer be changed (hide them again to allow that). In anonymous
// workshops (showsAuthors() false) a viewer is told only which estimates are their own, and the
// estimates come sorted by value, so neither names nor order tell whose is whose.
//
// Counting rule: an estimate counts when it is live, its id is estimateId() of its pair, and its
// participant and failure mode are live.

#include "entities.h"
#include "result.h"

namespace pm {

class Workshop;

// Estimates span a disagreement when they are this many steps apart or more on either axis.
constexpr int kDisagreementSteps = 2;

struct VisibleEstimate
{
    QUuid failureMode;
    QUuid participant; // null when the workshop is anonymous and the estimate is not the viewer's
    int likelihood = 0;
    int blastRadius = 0;
    bool own = false; // the viewer's own estimate
};

// What `viewer` may see (see above). A null viewer is the facilitator, a report or an export.
// Sorted by failure mode (ranked-list order is the caller's), then likelihood, blast radius.
QList<VisibleEstimate> visibleEstimates(const Workshop &workshop, const QUuid &viewer = QUuid());

// The median of 1..5 scores: the middle one; for an even count the mean of the two middle ones
// rounded half up (2 and 3 give 3): a tie leans towards the more cautious score. 0 when empty.
int medianScore(QList<int> scores);

struct EstimateSpread
{
    QUuid failureMode;
    int count = 0;
    int minLikelihood = 0, maxLikelihood = 0;
    int minBlastRadius = 0, maxBlastRadius = 0;
    int medianLikelihood = 0, medianBlastRadius = 0;

    int likelihoodSpan() const { return maxLikelihood - minLikelihood; }
    int blastRadiusSpan() const { return maxBlastRadius - minBlastRadius; }
    bool disagreement() const
    {
        return likelihoodSpan() >= kDisagreementSteps || blastRadiusSpan() >= kDisagreementSteps;
    }
    // Larger means more disagreement: the wider span first, then both spans together.
    int disagreementKey() const
    {
        const int wider = qMax(likelihoodSpan(), blastRadiusSpan());
        return wider * 16 + likelihoodSpan() + blastRadiusSpan();
    }
};

// The spread of what `viewer` may see, one per failure mode with at least one such estimate, in
// failure-mode creation order. Nothing before the reveal unless the viewer has own estimates
// (then only their own, which is no spread worth showing; views may skip count < 2).
QList<EstimateSpread> estimateSpreads(const Workshop &workshop, const QUuid &viewer = QUuid());
// The same sorted for discussion: most disagreement first (stable for ties).
QList<EstimateSpread> byDisagreement(QList<EstimateSpread> spreads);

struct EstimateProgress
{
    QUuid participant;
    int scored = 0; // live failure modes this participant has estimated
    int of = 0;     // live failure modes
};
// Per live participant in creation order, without values: shown before the reveal too.
QList<EstimateProgress> estimateProgress(const Workshop &workshop);

// A live failure mode by its title (ignoring case) or its id, for the command line.
Result<QUuid> findFailureMode(const Workshop &workshop, const QString &titleOrId);
// "Ann 3 of 4, Bob 4 of 4": the progress in words, names but never values.
QString progressText(const Workshop &workshop);

// The change sets (apply with Workshop::apply(), which returns the inverse for undo).
// Sets a participant's estimate (1..5 each); refused after the reveal, for unknown participants
// or failure modes and for values out of range. `failureMode` may be the unwritten singleton of
// a loose note (singletonrisk.h): its row is written in the same change set.
Result<ChangeSet> setEstimateChanges(const Workshop &workshop, const QUuid &participant,
                                     const QUuid &failureMode, int likelihood, int blastRadius);
// Takes the estimate back (a tombstone, so the clear merges); refused after the reveal.
Result<ChangeSet> clearEstimateChanges(const Workshop &workshop, const QUuid &participant,
                                       const QUuid &failureMode);
ChangeSet setEstimatesRevealedChanges(const Workshop &workshop, bool revealed);
// Sets the failure mode's agreed likelihood and blast radius to the estimates' medians, one
// change set; refused before the reveal or without estimates.
Result<ChangeSet> adoptMedianChanges(const Workshop &workshop, const QUuid &failureMode);

Result<ChangeSet> setEstimate(Workshop &workshop, const QUuid &participant,
                              const QUuid &failureMode, int likelihood, int blastRadius);
Result<ChangeSet> clearEstimate(Workshop &workshop, const QUuid &participant,
                                const QUuid &failureMode);
Result<ChangeSet> setEstimatesRevealed(Workshop &workshop, bool revealed);
Result<ChangeSet> adoptMedian(Workshop &workshop, const QUuid &failureMode);

} // namespace pm

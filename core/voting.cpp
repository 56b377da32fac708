#include "voting.h"

#include "singletonrisk.h"
#include "workshop.h"

#include <QCoreApplication>

#include <tuple>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Voting", text);
}

using Ballot = QPair<QUuid, QUuid>; // participant, failure mode

bool laterThan(const Vote &a, const Vote &b)
{
    return std::tie(a.meta.hlc, a.meta.id) > std::tie(b.meta.hlc, b.meta.id);
}

// The counted vote of this participant on this failure mode, or null.
const Vote *countedVote(const QUuid &participant, const QUuid &failureMode, const QList<Vote> &all)
{
    const Vote *best = nullptr;
    for (const Vote &v : all) {
        if (v.participant == participant && v.failureMode == failureMode &&
            (!best || laterThan(v, *best)))
            best = &v;
    }
    return best;
}

Status checkVoter(const Workshop &workshop, const QUuid &participant, const QUuid &failureMode)
{
    if (!workshop.info().votingOpen)
        return Error{Error::InvalidInput,
                     tr("The vote is not open. Start the vote before giving dots.")};
    if (!workshop.findLive<Participant>(participant))
        return Error{Error::NotFound, tr("Choose the participant who votes first.")};
    if (!failureModeOrSingleton(workshop, failureMode))
        return Error{Error::NotFound, tr("Choose a failure mode to vote on first.")};
    return {};
}

} // namespace

QList<Vote> countedVotes(const QList<Vote> &votes)
{
    QHash<Ballot, int> latest; // ballot -> index into counted
    QList<Vote> counted;
    for (const Vote &v : votes) {
        if (v.meta.deleted)
            continue;
        const Ballot key{v.participant, v.failureMode};
        const auto it = latest.constFind(key);
        if (it == latest.constEnd()) {
            latest.insert(key, int(counted.size()));
            counted << v;
        } else if (laterThan(v, counted[*it])) {
            counted[*it] = v;
        }
    }
    return counted;
}

int countedDots(const QList<Vote> &votes)
{
    int dots = 0;
    for (const Vote &v : countedVotes(votes))
        dots += v.dots;
    return dots;
}

QList<Vote> visibleVotes(const WorkshopInfo &info, const QList<Vote> &votes)
{
    return info.votingOpen ? QList<Vote>() : votes;
}

QHash<QUuid, int> visibleVoteTotals(const Workshop &workshop)
{
    QHash<QUuid, int> totals;
    for (const Vote &v : countedVotes(visibleVotes(workshop.info(), workshop.rows<Vote>()))) {
        if (workshop.findLive<FailureMode>(v.failureMode))
            totals[v.failureMode] += v.dots;
    }
    return totals;
}

int dotsUsed(const Workshop &workshop, const QUuid &participant)
{
    int dots = 0;
    for (const Vote &v : countedVotes(workshop.rows<Vote>())) {
        // Dots on a removed failure mode went with it (its votes are removed too).
        if (v.participant == participant && workshop.findLive<FailureMode>(v.failureMode))
            dots += v.dots;
    }
    return dots;
}

int dotsLeft(const Workshop &workshop, const QUuid &participant)
{
    return qMax(0, workshop.info().voteBudget - dotsUsed(workshop, participant));
}

int dotsOn(const Workshop &workshop, const QUuid &participant, const QUuid &failureMode)
{
    const QList<Vote> all = workshop.rows<Vote>();
    const Vote *v = countedVote(participant, failureMode, all);
    return v ? v->dots : 0;
}

Result<ChangeSet> castDotChanges(const Workshop &workshop, const QUuid &participant,
                                 const QUuid &failureMode)
{
    if (Status s = checkVoter(workshop, participant, failureMode); !s)
        return s.error();
    if (dotsLeft(workshop, participant) <= 0)
        return Error{Error::InvalidInput,
                     tr("%1 has used all %2 dots. Take a dot back from another failure mode "
                        "first.")
                         .arg(workshop.findLive<Participant>(participant)->name)
                         .arg(workshop.info().voteBudget)};
    const QList<Vote> all = workshop.rows<Vote>();
    if (const Vote *counted = countedVote(participant, failureMode, all)) {
        Vote more = *counted;
        ++more.dots;
        return ChangeSet{more};
    }
    // A dot taken back and given again brings the ballot's tombstone back rather than adding a
    // row: toggling a dot many times leaves the file no bigger.
    const Vote *tombstone = nullptr;
    workshop.forEachRow<Vote>([&](const Vote &v) {
        if (v.meta.deleted && v.participant == participant && v.failureMode == failureMode &&
            (!tombstone || laterThan(v, *tombstone)))
            tombstone = &v;
    });
    if (tombstone) {
        Vote again = *tombstone;
        again.meta.deleted = false;
        again.dots = 1;
        return ChangeSet{again};
    }
    Vote fresh;
    fresh.meta.id = QUuid::createUuid();
    fresh.participant = participant;
    fresh.failureMode = failureMode;
    fresh.dots = 1;
    // A dot on a loose note writes its failure mode of one with it.
    ChangeSet changes = writeSingleton(workshop, failureMode);
    changes << fresh;
    return changes;
}

Result<ChangeSet> removeDotChanges(const Workshop &workshop, const QUuid &participant,
                                   const QUuid &failureMode)
{
    if (Status s = checkVoter(workshop, participant, failureMode); !s)
        return s.error();
    const QList<Vote> all = workshop.rows<Vote>();
    const Vote *counted = countedVote(participant, failureMode, all);
    if (!counted)
        return Error{Error::InvalidInput,
                     tr("%1 has no dot on this failure mode to take back.")
                         .arg(workshop.findLive<Participant>(participant)->name)};
    Vote fewer = *counted;
    if (fewer.dots > 1) {
        --fewer.dots;
        return ChangeSet{fewer};
    }
    // The last dot: remove the ballot's duplicates from a merge as well, or the next one in line
    // would start counting.
    ChangeSet changes;
    for (Vote v : all) {
        if (v.participant == participant && v.failureMode == failureMode) {
            v.meta.deleted = true;
            changes << v;
        }
    }
    return changes;
}

ChangeSet setVotingOpenChanges(const Workshop &workshop, bool open)
{
    WorkshopInfo info = workshop.info();
    info.votingOpen = open;
    return {info};
}

Result<ChangeSet> castDot(Workshop &workshop, const QUuid &participant, const QUuid &failureMode)
{
    Result<ChangeSet> changes = castDotChanges(workshop, participant, failureMode);
    if (!changes)
        return changes.error();
    return workshop.apply(changes.value());
}

Result<ChangeSet> removeDot(Workshop &workshop, const QUuid &participant, const QUuid &failureMode)
{
    Result<ChangeSet> changes = removeDotChanges(workshop, participant, failureMode);
    if (!changes)
        return changes.error();
    return workshop.apply(changes.value());
}

Result<ChangeSet> setVoteBudget(Workshop &workshop, int dots)
{
    WorkshopInfo info = workshop.info();
    info.voteBudget = dots;
    return workshop.apply({info}); // apply() checks the range and says so
}

Result<ChangeSet> setVotingOpen(Workshop &workshop, bool open)
{
    return workshop.apply(setVotingOpenChanges(workshop, open));
}

} // namespace pm

#include "estimates.h"

#include "anonymity.h"
#include "singletonrisk.h"
#include "workshop.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Estimates", text);
}

bool counts(const Workshop &workshop, const Estimate &e)
{
    return e.meta.id == estimateId(e.participant, e.failureMode) &&
           workshop.findLive<Participant>(e.participant) &&
           workshop.findLive<FailureMode>(e.failureMode);
}

bool inRange(int score)
{
    return score >= 1 && score <= 5;
}

Status checkEstimator(const Workshop &workshop, const QUuid &participant, const QUuid &failureMode)
{
    if (workshop.info().estimatesRevealed)
        return Error{Error::InvalidInput, tr("The estimates have been revealed and can no longer "
                                             "be changed. Hide them again to change one.")};
    if (!workshop.findLive<Participant>(participant))
        return Error{Error::NotFound, tr("Choose the participant whose estimate this is first.")};
    // A loose note is a risk too (singletonrisk.h): its row is written with the first estimate.
    if (!failureModeOrSingleton(workshop, failureMode))
        return Error{Error::NotFound, tr("Choose a failure mode to estimate first.")};
    return {};
}

} // namespace

QList<VisibleEstimate> visibleEstimates(const Workshop &workshop, const QUuid &viewer)
{
    const WorkshopInfo &info = workshop.info();
    const bool named = showsAuthors(info);
    QList<VisibleEstimate> shown;
    workshop.forEachLive<Estimate>([&](const Estimate &e) {
        const bool own = !viewer.isNull() && e.participant == viewer;
        if (!counts(workshop, e) || (!info.estimatesRevealed && !own))
            return;
        shown << VisibleEstimate{e.failureMode, named || own ? e.participant : QUuid(),
                                 e.likelihood, e.blastRadius, own};
    });
    // By value, never by who or when: the order must not give away an anonymous author.
    std::sort(shown.begin(), shown.end(), [](const VisibleEstimate &a, const VisibleEstimate &b) {
        return std::tie(a.failureMode, a.likelihood, a.blastRadius, a.participant) <
               std::tie(b.failureMode, b.likelihood, b.blastRadius, b.participant);
    });
    return shown;
}

int medianScore(QList<int> scores)
{
    if (scores.isEmpty())
        return 0;
    std::sort(scores.begin(), scores.end());
    const qsizetype mid = scores.size() / 2;
    if (scores.size() % 2 == 1)
        return scores[mid];
    return (scores[mid - 1] + scores[mid] + 1) / 2; // half up
}

QList<EstimateSpread> estimateSpreads(const Workshop &workshop, const QUuid &viewer)
{
    QHash<QUuid, QList<VisibleEstimate>> byMode;
    for (const VisibleEstimate &e : visibleEstimates(workshop, viewer))
        byMode[e.failureMode] << e;
    QList<EstimateSpread> spreads;
    for (const FailureMode &mode : workshop.rows<FailureMode>()) {
        const QList<VisibleEstimate> estimates = byMode.value(mode.meta.id);
        if (estimates.isEmpty())
            continue;
        EstimateSpread s;
        s.failureMode = mode.meta.id;
        s.count = int(estimates.size());
        s.minLikelihood = s.minBlastRadius = 5;
        QList<int> likelihoods, blastRadii;
        for (const VisibleEstimate &e : estimates) {
            s.minLikelihood = qMin(s.minLikelihood, e.likelihood);
            s.maxLikelihood = qMax(s.maxLikelihood, e.likelihood);
            s.minBlastRadius = qMin(s.minBlastRadius, e.blastRadius);
            s.maxBlastRadius = qMax(s.maxBlastRadius, e.blastRadius);
            likelihoods << e.likelihood;
            blastRadii << e.blastRadius;
        }
        s.medianLikelihood = medianScore(likelihoods);
        s.medianBlastRadius = medianScore(blastRadii);
        spreads << s;
    }
    return spreads;
}

QList<EstimateSpread> byDisagreement(QList<EstimateSpread> spreads)
{
    std::stable_sort(spreads.begin(), spreads.end(),
                     [](const EstimateSpread &a, const EstimateSpread &b) {
                         return a.disagreementKey() > b.disagreementKey();
                     });
    return spreads;
}

QList<EstimateProgress> estimateProgress(const Workshop &workshop)
{
    QHash<QUuid, int> scored;
    workshop.forEachLive<Estimate>([&](const Estimate &e) {
        if (counts(workshop, e))
            ++scored[e.participant];
    });
    // Every risk there is to score, as the room's page lists them: loose notes are risks too.
    const int of = workshop.liveCount(EntityKind::FailureMode) + unwrittenSingletonCount(workshop);
    QList<EstimateProgress> progress;
    for (const Participant &p : workshop.rows<Participant>())
        progress << EstimateProgress{p.meta.id, scored.value(p.meta.id), of};
    return progress;
}

Result<QUuid> findFailureMode(const Workshop &workshop, const QString &titleOrId)
{
    const QUuid id = QUuid::fromString(titleOrId.trimmed());
    if (!id.isNull() && workshop.findLive<FailureMode>(id))
        return id;
    for (const FailureMode &m : workshop.rows<FailureMode>()) {
        if (m.title.compare(titleOrId.trimmed(), Qt::CaseInsensitive) == 0)
            return m.meta.id;
    }
    return Error{Error::NotFound, tr("No failure mode is titled “%1”.").arg(titleOrId.left(200))};
}

QString progressText(const Workshop &workshop)
{
    QStringList parts;
    for (const EstimateProgress &p : estimateProgress(workshop))
        parts << QCoreApplication::translate("pm::Estimates", "%1 %2 of %3")
                     .arg(workshop.findLive<Participant>(p.participant)->name)
                     .arg(p.scored)
                     .arg(p.of);
    return parts.join(QStringLiteral(", "));
}

Result<ChangeSet> setEstimateChanges(const Workshop &workshop, const QUuid &participant,
                                     const QUuid &failureMode, int likelihood, int blastRadius)
{
    if (Status s = checkEstimator(workshop, participant, failureMode); !s)
        return s.error();
    if (!inRange(likelihood) || !inRange(blastRadius))
        return Error{Error::InvalidInput,
                     tr("An estimate scores likelihood and blast radius from 1 to 5.")};
    const QUuid id = estimateId(participant, failureMode);
    Estimate e;
    if (const Estimate *known = workshop.find<Estimate>(id))
        e = *known; // a cleared estimate comes back rather than a second row
    e.meta.id = id;
    e.meta.deleted = false;
    e.participant = participant;
    e.failureMode = failureMode;
    e.likelihood = likelihood;
    e.blastRadius = blastRadius;
    ChangeSet changes = writeSingleton(workshop, failureMode); // empty unless a loose note
    changes << e;
    return changes;
}

Result<ChangeSet> clearEstimateChanges(const Workshop &workshop, const QUuid &participant,
                                       const QUuid &failureMode)
{
    if (Status s = checkEstimator(workshop, participant, failureMode); !s)
        return s.error();
    const Estimate *known = workshop.findLive<Estimate>(estimateId(participant, failureMode));
    if (!known)
        return ChangeSet{};
    Estimate cleared = *known;
    cleared.meta.deleted = true;
    return ChangeSet{cleared};
}

ChangeSet setEstimatesRevealedChanges(const Workshop &workshop, bool revealed)
{
    WorkshopInfo info = workshop.info();
    info.estimatesRevealed = revealed;
    return {info};
}

Result<ChangeSet> adoptMedianChanges(const Workshop &workshop, const QUuid &failureMode)
{
    const FailureMode *mode = workshop.findLive<FailureMode>(failureMode);
    if (!mode)
        return Error{Error::NotFound, tr("Choose a failure mode first.")};
    if (!workshop.info().estimatesRevealed)
        return Error{Error::InvalidInput,
                     tr("Reveal the estimates before taking their median as the score.")};
    for (const EstimateSpread &s : estimateSpreads(workshop)) {
        if (s.failureMode != failureMode)
            continue;
        FailureMode agreed = *mode;
        agreed.likelihood = s.medianLikelihood;
        agreed.blastRadius = s.medianBlastRadius;
        return ChangeSet{agreed};
    }
    return Error{Error::InvalidInput, tr("Nobody has estimated this failure mode yet.")};
}

namespace {

Result<ChangeSet> applied(Workshop &workshop, Result<ChangeSet> changes)
{
    if (!changes)
        return changes.error();
    return workshop.apply(changes.value());
}

} // namespace

Result<ChangeSet> setEstimate(Workshop &workshop, const QUuid &participant,
                              const QUuid &failureMode, int likelihood, int blastRadius)
{
    return applied(workshop,
                   setEstimateChanges(workshop, participant, failureMode, likelihood, blastRadius));
}

Result<ChangeSet> clearEstimate(Workshop &workshop, const QUuid &participant,
                                const QUuid &failureMode)
{
    return applied(workshop, clearEstimateChanges(workshop, participant, failureMode));
}

Result<ChangeSet> setEstimatesRevealed(Workshop &workshop, bool revealed)
{
    return workshop.apply(setEstimatesRevealedChanges(workshop, revealed));
}

Result<ChangeSet> adoptMedian(Workshop &workshop, const QUuid &failureMode)
{
    return applied(workshop, adoptMedianChanges(workshop, failureMode));
}

} // namespace pm

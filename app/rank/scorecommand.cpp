#include "scorecommand.h"

#include "changesetcommand.h"
#include "risk.h"
#include "singletonrisk.h"
#include "workshop.h"

namespace {

// Undo texts live in a menu: a long title would stretch it across the screen.
constexpr int kMaxTitleInText = 40;

QString factor(int value)
{
    return value > 0 ? QString::number(value) : QStringLiteral("–");
}

} // namespace

QString ScoreCommand::text(const QString &title, int likelihood, int blastRadius)
{
    QString shown = title.simplified();
    if (shown.size() > kMaxTitleInText) {
        shown.truncate(kMaxTitleInText - 1);
        // Cut at a word boundary when there is one in the second half.
        if (const int space = int(shown.lastIndexOf(QLatin1Char(' '))); space > kMaxTitleInText / 2)
            shown.truncate(space);
        shown = shown.trimmed() + QChar(0x2026);
    }
    return tr("Score “%1” %2×%3").arg(shown, factor(likelihood), factor(blastRadius));
}

bool ScoreCommand::apply(QUndoStack *stack, pm::Workshop *workshop,
                         const QList<QUuid> &failureModes, const ScoreChange &change,
                         QString *error, std::function<void(const QString &)> onError)
{
    if (!workshop)
        return false;
    pm::ChangeSet changes; // the failure modes first, then notes joining new ones
    pm::ChangeSet joining;
    QString firstTitle;
    for (const QUuid &id : failureModes) {
        // A loose note's first score writes its failure mode of one, in the same undo step.
        const pm::ChangeSet written = pm::writeSingleton(*workshop, id);
        const std::optional<pm::FailureMode> mode =
            written.isEmpty() ? pm::failureModeOrSingleton(*workshop, id)
                              : std::get<pm::FailureMode>(written.constFirst());
        if (!mode)
            continue;
        pm::FailureMode scored = *mode;
        if (change.likelihood)
            scored.likelihood = qBound(0, *change.likelihood, pm::kMaxScore);
        if (change.blastRadius)
            scored.blastRadius = qBound(0, *change.blastRadius, pm::kMaxScore);
        const bool movable = scored.likelihood > 0 && scored.blastRadius > 0;
        if (movable) {
            scored.likelihood =
                qBound(pm::kMinScore, scored.likelihood + change.likelihoodStep, pm::kMaxScore);
            scored.blastRadius =
                qBound(pm::kMinScore, scored.blastRadius + change.blastRadiusStep, pm::kMaxScore);
        }
        if (scored.likelihood == mode->likelihood && scored.blastRadius == mode->blastRadius)
            continue;
        if (changes.isEmpty())
            firstTitle = mode->title;
        changes << scored;
        joining << written.mid(1);
    }
    if (changes.isEmpty())
        return true;
    const int scoredModes = int(changes.size());
    const pm::FailureMode &one = std::get<pm::FailureMode>(changes.constFirst());
    const QString text = scoredModes == 1
                             ? ScoreCommand::text(firstTitle, one.likelihood, one.blastRadius)
                             : tr("Score %n Failure Mode(s)", nullptr, scoredModes);
    changes << joining;
    return ChangeSetCommand::push(stack, workshop, text, workshop->apply(changes), error,
                                  std::move(onError));
}

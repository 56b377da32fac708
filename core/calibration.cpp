#include "calibration.h"

#include "anonymity.h"
#include "estimates.h"
#include "risk.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QHash>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Calibration", text);
}

std::optional<double> ratio(int part, int whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

bool counted(Outcome outcome)
{
    return outcome == Outcome::Happened ||
           (kNearMissCountsAsHappened && outcome == Outcome::NearMiss);
}

} // namespace

double likelihoodProbability(int likelihood)
{
    if (likelihood < kMinScore || likelihood > kMaxScore)
        return 0.0;
    return kLikelihoodProbability[size_t(likelihood)];
}

std::optional<double> LevelCalibration::observedRate() const
{
    return ratio(happened, predicted);
}

Calibration::Calibration()
{
    for (size_t i = 0; i < levels.size(); ++i)
        levels[i].likelihood = int(i) + 1;
}

std::optional<double> PersonCalibration::brierScore() const
{
    return judged > 0 ? std::optional<double>(brierSum / judged) : std::nullopt;
}

std::optional<double> PersonCalibration::groupBrierScore() const
{
    return judged > 0 ? std::optional<double>(groupBrierSum / judged) : std::nullopt;
}

void PersonCalibration::add(const PersonCalibration &other)
{
    judged += other.judged;
    brierSum += other.brierSum;
    groupBrierSum += other.groupBrierSum;
}

void calibrateEstimates(Calibration &c, const Workshop &workshop)
{
    if (!showsAuthors(workshop.info()))
        return;
    for (const VisibleEstimate &e : visibleEstimates(workshop)) {
        const FailureMode *mode = workshop.findLive<FailureMode>(e.failureMode);
        const Participant *person = workshop.findLive<Participant>(e.participant);
        if (!mode || !person || mode->surprise || mode->outcome == Outcome::Unknown ||
            mode->likelihood < 1)
            continue;
        const double happened =
            mode->outcome == Outcome::Happened ||
                    (kNearMissCountsAsHappened && mode->outcome == Outcome::NearMiss)
                ? 1.0
                : 0.0;
        auto squared = [&](int likelihood) {
            const double d = likelihoodProbability(likelihood) - happened;
            return d * d;
        };
        PersonCalibration &p = c.people[person->name];
        ++p.judged;
        p.brierSum += squared(e.likelihood);
        p.groupBrierSum += squared(mode->likelihood);
    }
}

std::optional<double> Calibration::brierScore() const
{
    if (judged <= 0)
        return std::nullopt;
    return brierSum / judged;
}

std::optional<double> Calibration::highHitRate() const
{
    return ratio(highHappened, highPredicted);
}

int Calibration::predictedHappened() const
{
    int n = unscoredHappened;
    for (const LevelCalibration &level : levels)
        n += level.happened;
    return n;
}

std::optional<double> Calibration::caughtRate() const
{
    const int caught = predictedHappened();
    return ratio(caught, caught + surprises);
}

void Calibration::add(const Calibration &other)
{
    for (size_t i = 0; i < levels.size(); ++i) {
        levels[i].predicted += other.levels[i].predicted;
        levels[i].happened += other.levels[i].happened;
        levels[i].nearMiss += other.levels[i].nearMiss;
    }
    judged += other.judged;
    brierSum += other.brierSum;
    pending += other.pending;
    unscoredJudged += other.unscoredJudged;
    unscoredHappened += other.unscoredHappened;
    highPredicted += other.highPredicted;
    highHappened += other.highHappened;
    surprises += other.surprises;
    for (auto it = other.people.cbegin(); it != other.people.cend(); ++it)
        people[it.key()].add(it.value());
    for (auto it = other.surprisesByCategory.cbegin(); it != other.surprisesByCategory.cend(); ++it)
        surprisesByCategory[it.key()] += it.value();
    for (auto it = other.surprisesByComponent.cbegin(); it != other.surprisesByComponent.cend();
         ++it)
        surprisesByComponent[it.key()] += it.value();
    for (const MitigationTypeEffect &e : other.mitigations) {
        MitigationTypeEffect &mine = mitigations[e.type];
        mine.type = e.type;
        mine.total += e.total;
        mine.done += e.done;
        mine.helped += e.helped;
        mine.partly += e.partly;
        mine.didNotHelp += e.didNotHelp;
    }
}

Calibration calibrate(const QList<FailureMode> &failureModes, const QList<Mitigation> &mitigations,
                      const QList<Component> &components)
{
    Calibration c;

    QHash<QUuid, QString> componentNames;
    for (const Component &component : components) {
        if (!component.meta.deleted)
            componentNames.insert(component.meta.id, component.name);
    }

    for (const FailureMode &fm : failureModes) {
        if (fm.meta.deleted)
            continue;
        if (fm.surprise) {
            // Nobody gave it a likelihood, so it has no Brier term: it is a miss.
            ++c.surprises;
            ++c.surprisesByCategory[fm.category];
            const QString name = componentNames.value(fm.component);
            ++c.surprisesByComponent[name.isEmpty() ? tr("No component") : name];
            continue;
        }
        if (fm.outcome == Outcome::Unknown) {
            ++c.pending;
            continue;
        }
        const bool happened = counted(fm.outcome);
        if (fm.likelihood < kMinScore || fm.likelihood > kMaxScore) {
            ++c.unscoredJudged;
            c.unscoredHappened += happened ? 1 : 0;
            continue;
        }
        LevelCalibration &level = c.levels[size_t(fm.likelihood - 1)];
        ++level.predicted;
        level.happened += happened ? 1 : 0;
        level.nearMiss += fm.outcome == Outcome::NearMiss ? 1 : 0;
        ++c.judged;
        const double error = likelihoodProbability(fm.likelihood) - (happened ? 1.0 : 0.0);
        c.brierSum += error * error;
        const RiskBand band = riskBand(riskScore(fm.likelihood, fm.blastRadius));
        if (band == RiskBand::High || band == RiskBand::Critical) {
            ++c.highPredicted;
            c.highHappened += happened ? 1 : 0;
        }
    }

    for (const Mitigation &m : mitigations) {
        if (m.meta.deleted)
            continue;
        MitigationTypeEffect &e = c.mitigations[m.type];
        e.type = m.type;
        ++e.total;
        e.done += m.status == MitigationStatus::Done ? 1 : 0;
        e.helped += m.effect == Effect::Helped ? 1 : 0;
        e.partly += m.effect == Effect::Partly ? 1 : 0;
        e.didNotHelp += m.effect == Effect::DidNotHelp ? 1 : 0;
    }
    return c;
}

QString levelSummary(const LevelCalibration &level)
{
    if (level.predicted == 0)
        return tr("%1: no outcomes yet").arg(level.likelihood);
    QString text =
        tr("%1: happened %2 of %3").arg(level.likelihood).arg(level.happened).arg(level.predicted);
    if (level.nearMiss > 0)
        text += QLatin1Char(' ') + tr("(near misses: %1)").arg(level.nearMiss);
    return text;
}

QString percentText(const std::optional<double> &rate)
{
    if (!rate)
        return QStringLiteral("–");
    return QStringLiteral("%1%").arg(qRound(*rate * 100.0));
}

QString brierText(const std::optional<double> &brier)
{
    if (!brier)
        return QStringLiteral("–");
    return QString::number(*brier, 'f', 3);
}

} // namespace pm

#pragma once

// The look-back's arithmetic: how well a workshop's likelihood scores matched what really
// happened. Pure functions over rows, so one workshop (the GUI's live summary, the report) and
// many files (premortem-cli stats) are counted the same way. The rules are in docs/lookback.md.

#include "entities.h"

#include <QMap>

#include <array>
#include <optional>

namespace pm {

class Workshop;

// The probability each likelihood level stands for, index = level (0 = unscored, unused). The
// one place these numbers live; docs/lookback.md explains them.
constexpr std::array<double, 6> kLikelihoodProbability{0.0, 0.05, 0.25, 0.5, 0.75, 0.95};

// 1..5 -> its probability; 0 outside the scale.
double likelihoodProbability(int likelihood);

// A near miss is not a failure that happened: it counts as "did not happen" in the Brier score,
// the observed rates and the hit rate, and is shown in a column of its own.
constexpr bool kNearMissCountsAsHappened = false;

struct LevelCalibration
{
    int likelihood = 0; // 1..5
    int predicted = 0;  // predicted failure modes at this level whose outcome is known
    int happened = 0;
    int nearMiss = 0;
    // happened / predicted, or nothing when no outcome is known at this level.
    std::optional<double> observedRate() const;
};

// Per mitigation type: how many were written, done, and how the look-back judged them.
struct MitigationTypeEffect
{
    MitigationType type = MitigationType::Other;
    int total = 0;
    int done = 0;
    int helped = 0;
    int partly = 0;
    int didNotHelp = 0;
};

// One person's own estimates against what happened, next to the group's agreed scores on the
// same failure modes: does the group beat its members? (docs/lookback.md)
struct PersonCalibration
{
    int judged = 0;           // their estimates of failure modes whose outcome is known
    double brierSum = 0;      // of their likelihoods
    double groupBrierSum = 0; // of the agreed likelihoods of the same failure modes
    std::optional<double> brierScore() const;
    std::optional<double> groupBrierScore() const;
    void add(const PersonCalibration &other);
};

struct Calibration
{
    Calibration();
    std::array<LevelCalibration, 5> levels; // likelihood 1..5 at index 0..4
    int judged = 0;         // scored predictions with a known outcome (the Brier score's n)
    double brierSum = 0;    // sum of (probability - outcome)^2 over the judged predictions
    int pending = 0;        // predictions whose outcome is not known yet
    int unscoredJudged = 0; // predictions with an outcome but no likelihood: no Brier term
    int unscoredHappened = 0;
    int highPredicted = 0; // judged predictions in the high or critical band
    int highHappened = 0;
    int surprises = 0; // failures nobody predicted: misses
    QMap<Category, int> surprisesByCategory;
    QMap<QString, int> surprisesByComponent; // by component name, so files can be added up
    QMap<MitigationType, MitigationTypeEffect> mitigations; // only types that occur
    // By participant name (so files add up), from revealed estimates with an agreed likelihood;
    // empty in anonymous workshops, where nobody may tell whose estimate is whose.
    QMap<QString, PersonCalibration> people;

    // Whether anything is known yet: an outcome on a prediction, or a surprise.
    bool hasOutcomes() const { return judged > 0 || unscoredJudged > 0 || surprises > 0; }
    // Mean squared error of the likelihoods (0 perfect, 1 worst); nothing when none is judged.
    std::optional<double> brierScore() const;
    // Of the judged high and critical predictions, the share that happened.
    std::optional<double> highHitRate() const;
    int predictedHappened() const; // predictions that happened, scored or not
    // Of all failures that happened, the share somebody predicted (surprises are the misses).
    std::optional<double> caughtRate() const;

    // Adds another workshop's counts (stats across files).
    void add(const Calibration &other);
};

// Adds the people's estimates of these failure modes (estimates.h decides what counts and
// whether names may be shown) to c.people.
void calibrateEstimates(Calibration &c, const Workshop &workshop);

// The look-back of one workshop. Tombstones are ignored; components name the blind spots.
Calibration calibrate(const QList<FailureMode> &failureModes, const QList<Mitigation> &mitigations,
                      const QList<Component> &components);

// "4: happened 2 of 5 (1 near miss)", or "4: no outcomes yet".
QString levelSummary(const LevelCalibration &level);
// A rate as a percentage for people ("40%"), or a dash when there is none.
QString percentText(const std::optional<double> &rate);
// The Brier score with three decimals, or a dash.
QString brierText(const std::optional<double> &brier);

} // namespace pm

#pragma once

#include "vocabulary.h"

#include <QString>

namespace pm {

// Likelihood and blast radius are 1..5; 0 means "not scored yet".
constexpr int kMinScore = 1;
constexpr int kMaxScore = 5;

// Likelihood x blast radius, 1..25; 0 while either factor is unscored.
int riskScore(int likelihood, int blastRadius);

// Bands from the glossary: low 1-4, medium 5-9, high 10-16, critical 20-25 (17-19 cannot occur).
RiskBand riskBand(int score);

// What each factor value means, for axis labels and reports ("4 Likely"); empty outside 1..5.
QString likelihoodName(int likelihood);
QString blastRadiusName(int blastRadius);

} // namespace pm

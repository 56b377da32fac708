#pragma once

// The ranked list of risks: one summary per failure mode (score, band, votes, mitigations by
// status, residual risk, coverage), and the order the room discusses them in. Pure functions over
// rows, so the GUI, the CLI and reports rank alike.

#include "coverage.h"
#include "residual.h"

#include <array>

namespace pm {

class Workshop;

struct RiskSummary
{
    QUuid failureMode;
    QString title;
    QUuid component;
    Category category = Category::Uncategorised;
    int likelihood = 0;
    int blastRadius = 0;
    int score = 0;
    RiskBand band = RiskBand::Unscored;
    Residual residual;
    int votes = 0;                 // dots counted (see voting.h), all participants together
    int mitigations = 0;           // live mitigations, any status
    std::array<int, 5> byStatus{}; // live mitigations per MitigationStatus
    CoverageGap gap = CoverageGap::NoMitigation;

    bool needsWarning() const { return needsCoverageWarning(band, gap); }
    bool operator==(const RiskSummary &o) const;
    bool operator!=(const RiskSummary &o) const { return !(*this == o); }
};
static_assert(std::tuple_size<decltype(RiskSummary::byStatus)>::value ==
                  std::size(Vocabulary<MitigationStatus>::entries),
              "one count per mitigation status");

// mitigations and votes: those of this failure mode (others and tombstones are ignored).
RiskSummary summariseRisk(const FailureMode &mode, const QList<Mitigation> &mitigations,
                          const QList<Vote> &votes);

// The discussion order: higher score first, then more votes, then title (case-insensitive), then
// id, so equal risks never swap places between two screens.
bool ranksBefore(const RiskSummary &a, const RiskSummary &b);

// Every live failure mode of the workshop and the unwritten singleton of every loose note
// (singletonrisk.h), in ranking order.
QList<RiskSummary> rankRisks(const Workshop &workshop);

// High and critical risks without a committed mitigation that has an owner and a due date, in
// ranking order.
QList<RiskSummary> riskWarnings(const Workshop &workshop);
// One line for a warning list: "20 Critical · Payment retries double-charge: no mitigation yet".
QString warningText(const RiskSummary &risk);

} // namespace pm

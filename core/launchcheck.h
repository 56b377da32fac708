#pragma once

// The launch gate behind `premortem-cli check`: every failure mode above a risk band needs a
// committed mitigation (accepted, in progress or done) with an owner and a due date, the same
// rule as the GUI's warning list (coverage.h) with the band chosen by the caller.

#include "ranking.h"

namespace pm {

struct LaunchCheckOptions
{
    RiskBand maxBand = RiskBand::Medium; // failure modes above this band are checked
    // Also every committed mitigation of a checked failure mode must have an owner, not only the
    // one that covers it.
    bool requireOwner = false;
};

struct LaunchCheckProblem
{
    QString code; // stable, for machines: "no-mitigation", ..., "committed-without-owner"
    QString text; // for people
};

struct LaunchCheckFinding
{
    RiskSummary risk;
    QString componentName;
    QList<LaunchCheckProblem> problems;
};

// Findings in ranking order; empty when the launch may go ahead.
QList<LaunchCheckFinding> launchCheck(const Workshop &workshop, const LaunchCheckOptions &options);

// "no-mitigation", "none-committed", "no-owner", "no-due-date", "no-owner-nor-due-date"; empty
// for CoverageGap::None.
QString coverageGapKey(CoverageGap gap);

} // namespace pm

#pragma once

// The deployment checklist: one "- [ ]" item per mitigation whose destination is the checklist
// (rejected ones left out, done ones ticked), grouped by the rollout phase its type belongs to.

#include "exportdata.h"
#include "reportdocument.h"

namespace pm {

enum class RolloutPhase
{
    BeforeRollout,
    DuringCanary,
    AfterRollout
};

// The mapping, documented in docs/exports.md:
// - before rollout: automated rollback, feature flag, chaos test, performance baseline, runbook,
//   design change, other. All must exist before the first user reaches the new system: a
//   rollback or flag nobody has rehearsed, or a baseline measured afterwards, protects nothing.
// - during canary: canary / blue-green and monitoring / alerting: the staged traffic shift and
//   the signals that decide each go/no-go step.
// - after rollout: no mitigation type; the phase holds the look-back item, so the team comes
//   back to record what happened.
RolloutPhase rolloutPhase(MitigationType type);
QString rolloutPhaseName(RolloutPhase phase);

ReportDocument buildChecklist(const ExportData &data);

} // namespace pm

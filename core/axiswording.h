#pragma once

// The words for the five levels of each matrix axis. A workshop may word them its own way (a
// payments team measures blast radius in money, a platform team in regions); levels it leaves
// blank keep the built-in wording of risk.h.

#include "entities.h"

namespace pm {

enum class Axis
{
    Likelihood,
    BlastRadius
};

// The wording of level 1..5 in this workshop; empty outside 1..5.
QString levelName(const WorkshopInfo &info, Axis axis, int level);
// All five, level 1 first.
QStringList levelNames(const WorkshopInfo &info, Axis axis);
// The built-in wording of level 1..5.
QString builtInLevelName(Axis axis, int level);

// What to store in the workshop for these five names: blank or built-in names are left empty, so
// a workshop that keeps the built-in wording also follows its translation.
QString encodeLevelNames(Axis axis, const QStringList &names);
// The same workshop with the axis worded so (a change set of one row for Workshop::apply).
WorkshopInfo withLevelNames(WorkshopInfo info, Axis axis, const QStringList &names);

} // namespace pm

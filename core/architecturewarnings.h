#pragma once

// What the architecture map says the room may have missed: failure modes whose blast radius is
// scored low although the failure reaches most of the system or something users see, and the
// components many others depend on that nobody has written a failure mode for yet ("single points
// of failure nobody discussed"). Shown beside the coverage warnings, in the reports and by
// `premortem-cli check`; they never fail the launch gate on their own.

#include "reach.h"

#include <QString>
#include <QUuid>

namespace pm {

class Workshop;

struct ArchitectureWarning
{
    enum Kind
    {
        UnderstatedBlastRadius, // failureMode and component set
        UndiscussedSinglePoint, // component set
    };
    Kind kind = UnderstatedBlastRadius;
    QUuid failureMode;
    QUuid component;
    int reached = 0; // components a failure of `component` reaches
    int of = 0;      // components on the map
    QString text;    // for people

    QString code() const; // "understated-blast-radius", "undiscussed-single-point"
};

// A blast radius of this or lower counts as scored low.
constexpr int kLowBlastRadius = 2;
// A component is a single point when a failure of it reaches at least this many components and at
// least a quarter of the map.
constexpr int kSinglePointMinReach = 3;

// In a stable order: understated blast radii in the ranked-list order, then single points by
// reach (most first), then name.
QList<ArchitectureWarning> architectureWarnings(const Workshop &workshop, const ReachIndex &reach);
QList<ArchitectureWarning> architectureWarnings(const Workshop &workshop);

} // namespace pm

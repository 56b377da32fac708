#include "teamcoverage.h"

#include <QCoreApplication>

namespace pm {

QList<TeamGap> teamGaps(const QList<Participant> &participants)
{
    bool run = false, build = false, operations = false;
    for (const Participant &p : participants) {
        if (p.meta.deleted)
            continue;
        run = run || p.side == Side::Run || p.side == Side::Both;
        build = build || p.side == Side::Build || p.side == Side::Both;
        operations = operations || p.role == Role::Sre;
    }
    QList<TeamGap> gaps;
    if (!run)
        gaps << TeamGap::NoRunTime;
    if (!build)
        gaps << TeamGap::NoBuildTime;
    if (!operations)
        gaps << TeamGap::NoOperations;
    return gaps;
}

QString teamGapText(TeamGap gap)
{
    switch (gap) {
    case TeamGap::NoRunTime:
        return QCoreApplication::translate(
            "pm::TeamCoverage", "Nobody on the run-time side: invite someone who operates the "
                                "system in production.");
    case TeamGap::NoBuildTime:
        return QCoreApplication::translate(
            "pm::TeamCoverage", "Nobody on the build-time side: invite someone who builds or "
                                "changes the system.");
    case TeamGap::NoOperations:
        return QCoreApplication::translate(
            "pm::TeamCoverage", "No SRE or operations role: outages, paging and rollbacks may go "
                                "unmentioned.");
    }
    return {};
}

} // namespace pm

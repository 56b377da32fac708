#include "architecturewarnings.h"

#include "ranking.h"
#include "rowtext.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QSet>

namespace pm {

namespace {

bool reachesMost(int reached, int of)
{
    return of > 1 && reached * 2 > of;
}

} // namespace

QString ArchitectureWarning::code() const
{
    return kind == UnderstatedBlastRadius ? QStringLiteral("understated-blast-radius")
                                          : QStringLiteral("undiscussed-single-point");
}

QList<ArchitectureWarning> architectureWarnings(const Workshop &workshop, const ReachIndex &reach)
{
    QList<ArchitectureWarning> warnings;
    const int of = reach.componentCount();
    QSet<QUuid> discussed;
    for (const RiskSummary &risk : rankRisks(workshop)) {
        if (risk.component.isNull())
            continue;
        discussed.insert(risk.component);
        if (risk.blastRadius < 1 || risk.blastRadius > kLowBlastRadius)
            continue;
        const int reached = reach.reachCount(risk.component);
        const bool most = reachesMost(reached, of);
        if (!most && !reach.reachesUserFacing(risk.component))
            continue;
        ArchitectureWarning w;
        w.kind = ArchitectureWarning::UnderstatedBlastRadius;
        w.failureMode = risk.failureMode;
        w.component = risk.component;
        w.reached = reached;
        w.of = of;
        w.text = (most ? QCoreApplication::translate(
                             "pm::ArchitectureWarning",
                             "“%1” has its blast radius scored %2, but a failure there reaches %3 "
                             "of %n component(s).",
                             nullptr, of)
                       : QCoreApplication::translate(
                             "pm::ArchitectureWarning",
                             "“%1” has its blast radius scored %2, but a failure there reaches %3 "
                             "of %n component(s), user-facing ones among them.",
                             nullptr, of))
                     .arg(elided(risk.title))
                     .arg(risk.blastRadius)
                     .arg(reached);
        warnings << w;
    }
    QList<ArchitectureWarning> points;
    for (const Component &c : workshop.rows<Component>()) {
        if (discussed.contains(c.meta.id))
            continue;
        const int reached = reach.reachCount(c.meta.id);
        if (reached < kSinglePointMinReach || reached * 4 < of)
            continue;
        ArchitectureWarning w;
        w.kind = ArchitectureWarning::UndiscussedSinglePoint;
        w.component = c.meta.id;
        w.reached = reached;
        w.of = of;
        w.text = QCoreApplication::translate(
                     "pm::ArchitectureWarning",
                     "“%1” is a single point of failure nobody discussed: a failure there reaches "
                     "%2 of %n component(s), and it has no failure mode yet.",
                     nullptr, of)
                     .arg(elided(c.name))
                     .arg(reached);
        points << w;
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const ArchitectureWarning &a, const ArchitectureWarning &b) {
                         return a.reached > b.reached;
                     });
    return warnings + points;
}

QList<ArchitectureWarning> architectureWarnings(const Workshop &workshop)
{
    return architectureWarnings(workshop, ReachIndex(workshop));
}

} // namespace pm

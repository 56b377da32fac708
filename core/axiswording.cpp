#include "axiswording.h"

#include "risk.h"

namespace pm {

namespace {

const QString &storedField(const WorkshopInfo &info, Axis axis)
{
    return axis == Axis::Likelihood ? info.likelihoodLabels : info.blastRadiusLabels;
}

bool isLevel(int level)
{
    return level >= kMinScore && level <= kMaxScore;
}

} // namespace

QString builtInLevelName(Axis axis, int level)
{
    return axis == Axis::Likelihood ? likelihoodName(level) : blastRadiusName(level);
}

QString levelName(const WorkshopInfo &info, Axis axis, int level)
{
    if (!isLevel(level))
        return {};
    // One line per level; a file may hold fewer or more lines than five, or odd whitespace.
    const QStringList lines = storedField(info, axis).split(u'\n');
    const QString own = level <= lines.size() ? lines.at(level - 1).simplified() : QString();
    return own.isEmpty() ? builtInLevelName(axis, level) : own;
}

QStringList levelNames(const WorkshopInfo &info, Axis axis)
{
    QStringList names;
    for (int level = kMinScore; level <= kMaxScore; ++level)
        names << levelName(info, axis, level);
    return names;
}

QString encodeLevelNames(Axis axis, const QStringList &names)
{
    QStringList lines;
    for (int level = kMinScore; level <= kMaxScore; ++level) {
        const QString name = level <= names.size() ? names.at(level - 1).simplified() : QString();
        lines << (name == builtInLevelName(axis, level) ? QString() : name);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

WorkshopInfo withLevelNames(WorkshopInfo info, Axis axis, const QStringList &names)
{
    (axis == Axis::Likelihood ? info.likelihoodLabels : info.blastRadiusLabels) =
        encodeLevelNames(axis, names);
    return info;
}

} // namespace pm

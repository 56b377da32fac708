#include "phaseguide.h"

#include <QCoreApplication>

namespace pm {

namespace {

struct Guide
{
    Phase phase;
    const char *instruction;
    int seconds;
};

// Short enough to read from the back of the room; the timed phases follow the 60-minute plan.
const Guide kGuides[] = {
    {Phase::Frame,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "Imagine it is months from now and the launch has failed. Agree on what "
                       "users saw."),
     0},
    {Phase::People,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "Who is here? Make sure both the build side and the run side are in the "
                       "room."),
     0},
    {Phase::Writing,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "Write, silently, every reason the launch failed. One reason per note."),
     10 * 60},
    {Phase::Cluster,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "Read the notes aloud, put them on the component they hit, stack the "
                       "duplicates."),
     15 * 60},
    {Phase::Rank,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "For each failure mode: how likely is it, and how many users would it hit?"),
     10 * 60},
    {Phase::Mitigate,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "For the top risks: what do we do about it, who owns it, and by when?"),
     0},
    {Phase::Report,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "Export the risks and mitigations to the backlog, the ADR and the "
                       "checklist."),
     0},
    {Phase::LookBack,
     QT_TRANSLATE_NOOP("pm::PhaseGuide",
                       "After the launch: which failures happened, and which mitigations "
                       "helped?"),
     0},
};

const Guide &guide(Phase phase)
{
    for (const Guide &g : kGuides) {
        if (g.phase == phase)
            return g;
    }
    return kGuides[0];
}

} // namespace

QString phaseInstruction(Phase phase)
{
    return QCoreApplication::translate("pm::PhaseGuide", guide(phase).instruction);
}

int phaseDefaultSeconds(Phase phase)
{
    return guide(phase).seconds;
}

Result<Phase> phaseFromKey(const QString &key)
{
    if (const std::optional<Phase> phase = fromKey<Phase>(key.trimmed().toLower()))
        return *phase;
    return Error{Error::InvalidInput, QCoreApplication::translate(
                                          "pm::PhaseGuide", "Unknown phase “%1”. Use one of: %2.")
                                          .arg(key, allKeys<Phase>().join(QStringLiteral(", ")))};
}

Phase nextPhase(Phase phase)
{
    return Phase(qMin(int(phase) + 1, vocabularySize<Phase>() - 1));
}

Phase previousPhase(Phase phase)
{
    return Phase(qMax(int(phase) - 1, 0));
}

} // namespace pm

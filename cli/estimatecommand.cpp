#include "estimatecommand.h"

#include "cliio.h"
#include "estimates.h"
#include "preparationpack.h"

namespace cli {

const char *estimateSynopsis()
{
    return QT_TRANSLATE_NOOP("cli", "estimate FILE [--participant NAME|ID --failure-mode TITLE|ID "
                                    "(--likelihood N --blast-radius N | --clear)] "
                                    "[--reveal | --hide] [--adopt-median TITLE|ID]");
}

namespace {

std::optional<int> score(const QCommandLineParser &parser, const char *name)
{
    bool ok = false;
    const int value = parser.value(QLatin1String(name)).toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace

// One edit per call, as the window's undo steps are: the estimate, the reveal, or the median.
int runEstimate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Set or clear one participant's own estimate of a failure mode (1-5 each), reveal or "
           "hide everyone's estimates, or take their median as a failure mode's agreed score."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption(
        {QStringLiteral("participant"), tr("Whose estimate (name or identifier)."), tr("NAME")});
    parser.addOption({QStringLiteral("failure-mode"),
                      tr("The failure mode estimated (title or identifier)."), tr("TITLE")});
    parser.addOption({QStringLiteral("likelihood"), tr("Likelihood, 1 to 5."), tr("N")});
    parser.addOption({QStringLiteral("blast-radius"), tr("Blast radius, 1 to 5."), tr("N")});
    parser.addOption({QStringLiteral("clear"), tr("Take the estimate back.")});
    parser.addOption({QStringLiteral("reveal"), tr("Show everyone's estimates to everyone.")});
    parser.addOption({QStringLiteral("hide"), tr("Hide the estimates again.")});
    parser.addOption({QStringLiteral("adopt-median"),
                      tr("Set this failure mode's agreed score to its estimates' median."),
                      tr("TITLE")});
    if (auto code = parse(parser, args, 1))
        return *code;
    const bool setting =
        parser.isSet(QStringLiteral("participant")) || parser.isSet(QStringLiteral("failure-mode"));
    const int actions = int(setting) + int(parser.isSet(QStringLiteral("reveal"))) +
                        int(parser.isSet(QStringLiteral("hide"))) +
                        int(parser.isSet(QStringLiteral("adopt-median")));
    if (actions != 1)
        return fail(tr("estimate needs exactly one of: --participant with --failure-mode, "
                       "--reveal, --hide, --adopt-median."));
    const auto opened = openFileArgument(parser, true);
    if (!opened)
        return BadInput;
    pm::Workshop &w = *opened;
    pm::Result<pm::ChangeSet> done = pm::ChangeSet{};
    if (parser.isSet(QStringLiteral("reveal")) || parser.isSet(QStringLiteral("hide"))) {
        done = pm::setEstimatesRevealed(w, parser.isSet(QStringLiteral("reveal")));
    } else if (parser.isSet(QStringLiteral("adopt-median"))) {
        const auto mode = pm::findFailureMode(w, parser.value(QStringLiteral("adopt-median")));
        if (!mode)
            return fail(mode.error().message);
        done = pm::adoptMedian(w, *mode);
    } else {
        const auto person =
            pm::PreparationPack::findParticipant(w, parser.value(QStringLiteral("participant")));
        if (!person)
            return fail(person.error().message);
        const auto mode = pm::findFailureMode(w, parser.value(QStringLiteral("failure-mode")));
        if (!mode)
            return fail(mode.error().message);
        if (parser.isSet(QStringLiteral("clear"))) {
            done = pm::clearEstimate(w, *person, *mode);
        } else {
            const auto likelihood = score(parser, "likelihood");
            const auto blastRadius = score(parser, "blast-radius");
            if (!likelihood || !blastRadius)
                return fail(tr("Give --likelihood and --blast-radius as numbers from 1 to 5, or "
                               "--clear."));
            done = pm::setEstimate(w, *person, *mode, *likelihood, *blastRadius);
        }
    }
    if (!done)
        return fail(done.error().message);
    return Ok;
}

} // namespace cli

#include "setcommand.h"

#include "cliio.h"

#include <QDate>

#include <algorithm>

namespace cli {

const char *setSynopsis()
{
    return QT_TRANSLATE_NOOP(
        "cli", "set FILE [--title T] [--system S] [--scenario S] [--horizon YYYY-MM-DD]");
}

// The frame of a workshop after it was made: a workshop created without --scenario (or with a
// scenario the room rewrote) gets its words here, as the GUI's phase 1 editor gives them.
int runSet(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change a workshop's title, system, failure scenario or horizon, in one edit."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption({QStringLiteral("title"), tr("The workshop's title."), tr("T")});
    parser.addOption({QStringLiteral("system"), tr("The launch or system under review."), tr("S")});
    parser.addOption({QStringLiteral("scenario"),
                      tr("The failure scenario (an empty text clears it)."), tr("S")});
    parser.addOption({QStringLiteral("horizon"),
                      tr("The date by which the launch has failed, as YYYY-MM-DD."), tr("DATE")});
    if (auto code = parse(parser, args, 1))
        return *code;
    const QStringList fields{QStringLiteral("title"), QStringLiteral("system"),
                             QStringLiteral("scenario"), QStringLiteral("horizon")};
    if (std::none_of(fields.cbegin(), fields.cend(),
                     [&](const QString &f) { return parser.isSet(f); }))
        return fail(tr("set needs at least one of --title, --system, --scenario, --horizon."));
    QDate horizon;
    if (parser.isSet(QStringLiteral("horizon"))) {
        const QString text = parser.value(QStringLiteral("horizon"));
        horizon = QDate::fromString(text, Qt::ISODate);
        if (!horizon.isValid())
            return fail(tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(text));
    }
    const auto opened = openFileArgument(parser, true);
    if (!opened)
        return BadInput;
    pm::WorkshopInfo info = opened->info();
    if (parser.isSet(QStringLiteral("title")))
        info.title = parser.value(QStringLiteral("title")).trimmed();
    if (parser.isSet(QStringLiteral("system")))
        info.system = parser.value(QStringLiteral("system")).trimmed();
    if (parser.isSet(QStringLiteral("scenario")))
        info.scenario = parser.value(QStringLiteral("scenario")).trimmed();
    if (horizon.isValid())
        info.horizon = horizon;
    // One update, one transaction; the core checks the lengths (and a blank title).
    if (auto r = opened->update(info); !r)
        return fail(r.error().message);
    return Ok;
}

} // namespace cli

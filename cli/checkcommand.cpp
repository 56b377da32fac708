#include "checkcommand.h"

#include "architecturewarnings.h"
#include "cliio.h"
#include "launchcheck.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

QStringList bandKeys()
{
    QStringList keys = pm::allKeys<pm::RiskBand>();
    keys.removeAll(pm::keyOf(pm::RiskBand::Unscored));
    return keys;
}

// Risks nobody has scored yet, loose notes among them (singletonrisk.h): the gate cannot judge
// them, so it names them instead of passing over them in silence.
QList<pm::RiskSummary> unscoredRisks(const pm::Workshop &workshop)
{
    QList<pm::RiskSummary> risks = pm::rankRisks(workshop);
    risks.removeIf([&workshop](const pm::RiskSummary &r) {
        const pm::FailureMode *f = workshop.findLive<pm::FailureMode>(r.failureMode);
        return r.band != pm::RiskBand::Unscored || (f && f->surprise);
    });
    return risks;
}

QByteArray asJson(const QList<pm::LaunchCheckFinding> &findings,
                  const QList<pm::RiskSummary> &unscored, const pm::LaunchCheckOptions &options,
                  const QList<pm::ArchitectureWarning> &map)
{
    QJsonArray list;
    for (const pm::LaunchCheckFinding &f : findings) {
        QJsonArray problems;
        for (const pm::LaunchCheckProblem &p : f.problems)
            problems.append(
                QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("text"), p.text}});
        list.append(
            QJsonObject{{QStringLiteral("id"), f.risk.failureMode.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("title"), f.risk.title},
                        {QStringLiteral("component"), f.componentName},
                        {QStringLiteral("likelihood"), f.risk.likelihood},
                        {QStringLiteral("blastRadius"), f.risk.blastRadius},
                        {QStringLiteral("score"), f.risk.score},
                        {QStringLiteral("band"), pm::keyOf(f.risk.band)},
                        {QStringLiteral("problems"), problems}});
    }
    QJsonArray notScored;
    for (const pm::RiskSummary &r : unscored)
        notScored.append(
            QJsonObject{{QStringLiteral("id"), r.failureMode.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("title"), r.title}});
    QJsonObject root{{QStringLiteral("ok"), findings.isEmpty()},
                     {QStringLiteral("maxBand"), pm::keyOf(options.maxBand)},
                     {QStringLiteral("requireOwner"), options.requireOwner},
                     {QStringLiteral("failures"), list},
                     {QStringLiteral("unscored"), notScored}};
    // Only when there are any, so scripts written before the map see what they always saw.
    if (!map.isEmpty()) {
        QJsonArray warnings;
        for (const pm::ArchitectureWarning &w : map) {
            QJsonObject o{{QStringLiteral("code"), w.code()},
                          {QStringLiteral("text"), w.text},
                          {QStringLiteral("component"), w.component.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("reached"), w.reached},
                          {QStringLiteral("of"), w.of}};
            if (!w.failureMode.isNull())
                o.insert(QStringLiteral("failureMode"),
                         w.failureMode.toString(QUuid::WithoutBraces));
            warnings.append(o);
        }
        root.insert(QStringLiteral("architectureWarnings"), warnings);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// What the architecture map says; these never fail the check.
void printMapWarnings(const QList<pm::ArchitectureWarning> &map)
{
    if (map.isEmpty())
        return;
    out() << tr("The architecture map also says (this does not fail the check):") << '\n';
    for (const pm::ArchitectureWarning &w : map)
        out() << QStringLiteral("  ") << w.text << '\n';
    out().flush();
}

void printUnscored(const QList<pm::RiskSummary> &unscored)
{
    if (unscored.isEmpty())
        return;
    out() << QCoreApplication::translate(
                 "cli", "%n risk(s) not scored yet, so not checked:", nullptr, int(unscored.size()))
          << '\n';
    for (const pm::RiskSummary &r : unscored)
        out() << QStringLiteral("  – %1").arg(r.title) << '\n';
}

void printText(const QList<pm::LaunchCheckFinding> &findings,
               const QList<pm::RiskSummary> &unscored, const pm::LaunchCheckOptions &options)
{
    const QString band = pm::displayName(options.maxBand).toLower();
    if (findings.isEmpty()) {
        out() << tr("OK: every failure mode above %1 has an accepted mitigation with an owner and "
                    "a due date.")
                     .arg(band)
              << '\n';
        printUnscored(unscored);
        out().flush();
        return;
    }
    out() << QCoreApplication::translate("cli",
                                         "%n failure mode(s) above %1 lack a committed "
                                         "mitigation with an owner and a due date:",
                                         nullptr, int(findings.size()))
                 .arg(band)
          << '\n';
    for (const pm::LaunchCheckFinding &f : findings) {
        QStringList problems;
        for (const pm::LaunchCheckProblem &p : f.problems)
            problems << p.text;
        out() << QStringLiteral("  %1 %2 · %3%4: %5")
                     .arg(f.risk.score)
                     .arg(pm::displayName(f.risk.band), f.risk.title,
                          f.componentName.isEmpty() ? QString()
                                                    : QStringLiteral(" (%1)").arg(f.componentName),
                          problems.join(QStringLiteral("; ")))
              << '\n';
    }
    printUnscored(unscored);
    out().flush();
}

} // namespace

const char *checkSynopsis()
{
    return QT_TRANSLATE_NOOP("cli", "check FILE [--max-band low|medium|high|critical] "
                                    "[--require-owner] [--format text|json]");
}

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check that the pre-mortem has been followed up: every failure mode above the band "
           "needs an accepted, in-progress or done mitigation with an owner and a due date. "
           "Exit status 0 when it has, 1 with the list when not, 2 on errors."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption({QStringLiteral("max-band"),
                      tr("The highest band allowed without such a mitigation: %1 (default "
                         "medium, so high and critical risks are checked).")
                          .arg(bandKeys().join(QStringLiteral(", "))),
                      tr("BAND"), QStringLiteral("medium")});
    parser.addOption({QStringLiteral("require-owner"),
                      tr("Also require an owner on every committed mitigation of a checked "
                         "failure mode.")});
    parser.addOption({QStringLiteral("format"), tr("Output: text (default) or json."), tr("FORMAT"),
                      QStringLiteral("text")});
    if (auto code = parse(parser, args, 1))
        return *code;
    const QString bandKey = parser.value(QStringLiteral("max-band"));
    const auto band = pm::fromKey<pm::RiskBand>(bandKey);
    if (!band || *band == pm::RiskBand::Unscored)
        return fail(tr("Unknown band “%1”; use one of: %2.")
                        .arg(bandKey, bandKeys().join(QStringLiteral(", "))));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return fail(tr("Unknown format “%1”; use text or json.").arg(format));
    const auto opened = openFileArgument(parser, false);
    if (!opened)
        return BadInput;
    pm::LaunchCheckOptions options;
    options.maxBand = *band;
    options.requireOwner = parser.isSet(QStringLiteral("require-owner"));
    const QList<pm::LaunchCheckFinding> findings = pm::launchCheck(*opened, options);
    const QList<pm::RiskSummary> unscored = unscoredRisks(*opened);
    const QList<pm::ArchitectureWarning> map = pm::architectureWarnings(*opened);
    if (format == QLatin1String("json")) {
        if (const int code = writeOutput(asJson(findings, unscored, options, map), QString());
            code != Ok)
            return code;
    } else {
        printText(findings, unscored, options);
        printMapWarnings(map);
    }
    return findings.isEmpty() ? Ok : CheckFailed;
}

} // namespace cli

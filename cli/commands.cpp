#include "commands.h"

#include "jsonio.h"
#include "risk.h"
#include "schema.h"
#include "workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, int code = BadInput)
{
    err() << message << Qt::endl;
    return code;
}

// Parses a command's arguments; prints help or the error and returns an exit code when the
// command should stop here.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, int positionals)
{
    parser.addHelpOption();
    if (!parser.parse(args))
        return fail(parser.errorText() + QLatin1Char('\n') + parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != positionals)
        return fail(tr("Expected %1 file argument(s).").arg(positionals) + QLatin1Char('\n') +
                    parser.helpText());
    return std::nullopt;
}

pm::Result<std::unique_ptr<pm::Workshop>> openWorkshop(const QString &path, bool forWriting)
{
    auto workshop = pm::Workshop::open(path, forWriting ? pm::Store::Access::ReadWrite
                                                        : pm::Store::Access::ReadOnly);
    if (workshop && forWriting && workshop.value()->isReadOnly())
        return pm::Error{pm::Error::ReadOnly, workshop.value()->readOnlyReason()};
    return workshop;
}

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new, empty workshop file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .premortem file to create."));
    parser.addOption({QStringLiteral("title"), tr("The workshop's title."), tr("T")});
    parser.addOption({QStringLiteral("scenario"), tr("The failure scenario."), tr("S")});
    if (auto code = parse(parser, args, 1))
        return *code;
    auto workshop = pm::Workshop::create(parser.positionalArguments().at(0),
                                         parser.value(QStringLiteral("title")),
                                         parser.value(QStringLiteral("scenario")));
    if (!workshop)
        return fail(workshop.error().message);
    out() << workshop.value()->info().meta.id.toString(QUuid::WithoutBraces) << Qt::endl;
    return Ok;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a workshop's title, scenario and counts."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    if (auto code = parse(parser, args, 1))
        return *code;
    auto opened = openWorkshop(parser.positionalArguments().at(0), false);
    if (!opened)
        return fail(opened.error().message);
    const pm::Workshop &w = *opened.value();
    const pm::WorkshopInfo &info = w.info();
    int scored = 0, hidden = 0;
    QMap<pm::RiskBand, int> bands;
    for (const pm::FailureMode &f : w.rows<pm::FailureMode>()) {
        const int score = pm::riskScore(f.likelihood, f.blastRadius);
        scored += score > 0 ? 1 : 0;
        ++bands[pm::riskBand(score)];
    }
    for (const pm::Note &n : w.rows<pm::Note>())
        hidden += n.hidden ? 1 : 0;
    QStringList bandText;
    for (auto it = bands.cbegin(); it != bands.cend(); ++it)
        bandText
            << QStringLiteral("%1 %2").arg(it.value()).arg(pm::displayName(it.key()).toLower());

    auto line = [](const QString &label, const QString &value) {
        out() << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -16).arg(value) << '\n';
    };
    line(tr("Title"), info.title);
    line(tr("System"), info.system);
    line(tr("Scenario"), info.scenario.simplified());
    line(tr("Horizon"), info.horizon.toString(Qt::ISODate));
    line(tr("Phase"), pm::displayName(info.phase));
    line(
        tr("File format"),
        tr("version %1 (this Premortem writes %2)").arg(w.openedVersion()).arg(pm::kSchemaVersion));
    line(tr("Participants"), QString::number(w.liveCount(pm::EntityKind::Participant)));
    line(tr("Components"), QString::number(w.liveCount(pm::EntityKind::Component)));
    line(tr("Notes"), tr("%1 (%2 hidden)").arg(w.liveCount(pm::EntityKind::Note)).arg(hidden));
    line(tr("Failure modes"),
         tr("%1 (%2 scored%3)")
             .arg(w.liveCount(pm::EntityKind::FailureMode))
             .arg(scored)
             .arg(bandText.isEmpty() ? QString()
                                     : QStringLiteral(": ") + bandText.join(QStringLiteral(", "))));
    line(tr("Mitigations"), QString::number(w.liveCount(pm::EntityKind::Mitigation)));
    line(tr("Votes"), QString::number(w.liveCount(pm::EntityKind::Vote)));
    if (w.isReadOnly() && w.openedVersion() > pm::kSchemaVersion)
        err() << w.readOnlyReason() << Qt::endl;
    out().flush();
    return Ok;
}

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a workshop file: structure, integrity and references. Exit status 1 when a "
           "problem is found."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    if (auto code = parse(parser, args, 1))
        return *code;
    auto opened = openWorkshop(parser.positionalArguments().at(0), false);
    if (!opened)
        return fail(opened.error().message);
    const QStringList problems = opened.value()->problems();
    if (problems.isEmpty()) {
        out() << tr("OK: %1 is a valid workshop.").arg(parser.positionalArguments().at(0))
              << Qt::endl;
        return Ok;
    }
    for (const QString &p : problems)
        err() << p << '\n';
    return fail(
        QCoreApplication::translate("cli", "%n problem(s) found.", nullptr, int(problems.size())),
        CheckFailed);
}

int runAddNote(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a sticky note; prints its id once it is safely on disk."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption({QStringLiteral("text"), tr("The note's text."), tr("T")});
    parser.addOption({QStringLiteral("author"),
                      tr("The author's name (added as a participant "
                         "when new)."),
                      tr("NAME")});
    parser.addOption({QStringLiteral("category"),
                      tr("One of: %1.").arg(pm::allKeys<pm::Category>().join(QStringLiteral(", "))),
                      tr("C")});
    if (auto code = parse(parser, args, 1))
        return *code;
    if (!parser.isSet(QStringLiteral("text")))
        return fail(tr("add-note needs --text."));
    const QString categoryKey = parser.value(QStringLiteral("category"));
    const auto category = categoryKey.isEmpty() ? pm::Category::Uncategorised
                                                : pm::fromKey<pm::Category>(categoryKey);
    if (!category)
        return fail(tr("Unknown category “%1”; use one of: %2.")
                        .arg(categoryKey, pm::allKeys<pm::Category>().join(QStringLiteral(", "))));
    auto opened = openWorkshop(parser.positionalArguments().at(0), true);
    if (!opened)
        return fail(opened.error().message);
    pm::Workshop &w = *opened.value();

    pm::ChangeSet changes;
    pm::Note note;
    note.meta.id = QUuid::createUuid();
    note.text = parser.value(QStringLiteral("text"));
    note.category = *category;
    // Lay new notes out in rows so a scripted batch does not pile up in one spot.
    const int index = w.liveCount(pm::EntityKind::Note);
    note.x = (index % 8) * 220.0;
    note.y = (index / 8) * 160.0;
    if (const QString name = parser.value(QStringLiteral("author")).trimmed(); !name.isEmpty()) {
        if (const pm::Participant *p = w.participantNamed(name)) {
            note.author = p->meta.id;
        } else {
            pm::Participant author;
            author.meta.id = QUuid::createUuid();
            author.name = name;
            note.author = author.meta.id;
            changes << author;
        }
    }
    changes << note;
    // apply() returns only after the transaction has committed with synchronous=FULL.
    if (auto r = w.apply(changes); !r)
        return fail(r.error().message);
    out() << note.meta.id.toString(QUuid::WithoutBraces) << Qt::endl;
    return Ok;
}

int writeOutput(const QByteArray &bytes, const QString &path)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) ||
            stdoutFile.write(bytes) != bytes.size())
            return fail(tr("Cannot write to standard output."));
        return Ok;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
    return Ok;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a workshop."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption({QStringLiteral("format"), tr("Output format: json."), tr("FORMAT"),
                      QStringLiteral("json")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write to OUT instead of standard output."),
                      tr("OUT")});
    if (auto code = parse(parser, args, 1))
        return *code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json"))
        return fail(tr("Unknown format “%1”; supported: json.").arg(format));
    auto opened = openWorkshop(parser.positionalArguments().at(0), false);
    if (!opened)
        return fail(opened.error().message);
    return writeOutput(pm::exportJson(*opened.value()), parser.value(QStringLiteral("output")));
}

int runImportJson(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a .premortem file from a JSON export."));
    parser.addPositionalArgument(QStringLiteral("IN.json"), tr("The JSON file to read."));
    parser.addPositionalArgument(QStringLiteral("OUT.premortem"), tr("The file to create."));
    if (auto code = parse(parser, args, 2))
        return *code;
    const QString in = parser.positionalArguments().at(0);
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read “%1”: %2").arg(in, file.errorString()));
    if (file.size() > pm::kMaxJsonBytes)
        return fail(tr("“%1” is too large to import (%2 MB at most).")
                        .arg(in)
                        .arg(pm::kMaxJsonBytes / (1024 * 1024)));
    auto workshop = pm::importJson(file.readAll(), parser.positionalArguments().at(1));
    if (!workshop)
        return fail(workshop.error().message);
    return Ok;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"new", QT_TRANSLATE_NOOP("cli", "new FILE [--title T] [--scenario S]"), runNew},
        {"info", QT_TRANSLATE_NOOP("cli", "info FILE"), runInfo},
        {"validate", QT_TRANSLATE_NOOP("cli", "validate FILE"), runValidate},
        {"add-note",
         QT_TRANSLATE_NOOP("cli", "add-note FILE --text T [--author NAME] [--category C]"),
         runAddNote},
        {"export", QT_TRANSLATE_NOOP("cli", "export FILE --format json [-o OUT]"), runExport},
        {"import-json", QT_TRANSLATE_NOOP("cli", "import-json IN.json OUT.premortem"),
         runImportJson},
    };
    return list;
}

} // namespace cli

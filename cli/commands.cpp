#include "commands.h"

#include "architecturecommand.h"
#include "checkcommand.h"
#include "cliio.h"
#include "estimatecommand.h"
#include "estimates.h"
#include "exportcommand.h"
#include "jsonio.h"
#include "merger.h"
#include "preparationpack.h"
#include "risk.h"
#include "schema.h"
#include "servecommand.h"
#include "setcommand.h"
#include "sourcefile.h"
#include "statscommand.h"
#include "workshop.h"
#include "workshopdiff.h"
#include "workshoptemplate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace cli {

namespace {

int runNew(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new, empty workshop file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The .premortem file to create."));
    parser.addOption({QStringLiteral("title"), tr("The workshop's title."), tr("T")});
    parser.addOption({QStringLiteral("scenario"), tr("The failure scenario."), tr("S")});
    parser.addOption({QStringLiteral("template"),
                      tr("Start from this launch-type template (see “templates”)."), tr("ID")});
    if (auto code = parse(parser, args, 1))
        return *code;
    // The template is looked up before the file exists, so a wrong id leaves nothing behind.
    const pm::TemplateLibrary library = pm::loadTemplates();
    const QString templateId = parser.value(QStringLiteral("template"));
    const pm::WorkshopTemplate *chosen = templateId.isEmpty() ? nullptr : library.find(templateId);
    if (!templateId.isEmpty() && !chosen)
        return fail(tr("There is no template “%1”. See premortem-cli templates.").arg(templateId));
    auto workshop = pm::Workshop::create(parser.positionalArguments().at(0),
                                         parser.value(QStringLiteral("title")),
                                         parser.value(QStringLiteral("scenario")));
    if (!workshop)
        return fail(workshop.error().message);
    if (chosen) {
        if (auto applied = pm::applyTemplate(*workshop.value(), *chosen); !applied)
            return fail(applied.error().message);
    }
    out() << workshop.value()->info().meta.id.toString(QUuid::WithoutBraces) << Qt::endl;
    return Ok;
}

int runTemplates(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the launch-type templates: built in, and those in the user template folder."));
    if (auto code = parse(parser, args, 0))
        return *code;
    const pm::TemplateLibrary library = pm::loadTemplates();
    for (const pm::WorkshopTemplate &t : library.templates)
        out() << t.id << '\t' << t.name << '\t'
              << (t.builtIn ? tr("built in") : tr("user: %1").arg(t.source)) << '\n';
    out().flush();
    for (const QString &problem : library.problems)
        err() << problem << Qt::endl;
    return library.problems.isEmpty() ? Ok : CheckFailed;
}

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a workshop's title, scenario and counts."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    if (auto code = parse(parser, args, 1))
        return *code;
    const auto opened = openFileArgument(parser, false);
    if (!opened)
        return BadInput;
    const pm::Workshop &w = *opened;
    const pm::WorkshopInfo &info = w.info();
    int scored = 0, hidden = 0;
    QMap<pm::RiskBand, int> bands;
    w.forEachLive<pm::FailureMode>([&](const pm::FailureMode &f) {
        const int score = pm::riskScore(f.likelihood, f.blastRadius);
        scored += score > 0 ? 1 : 0;
        ++bands[pm::riskBand(score)];
    });
    w.forEachLive<pm::Note>([&](const pm::Note &n) { hidden += n.hidden ? 1 : 0; });
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
    if (w.liveCount(pm::EntityKind::Participant) > 0)
        line(tr("Estimates"), (info.estimatesRevealed ? tr("revealed: %1") : tr("hidden: %1"))
                                  .arg(pm::progressText(w)));
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
    const auto opened = openFileArgument(parser, false);
    if (!opened)
        return BadInput;
    const QStringList problems = opened->problems();
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
    const auto opened = openFileArgument(parser, true);
    if (!opened)
        return BadInput;
    pm::Workshop &w = *opened;

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

int runMerge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Merge workshops: fold each IN into OUT and print what changed. OUT is created from "
           "the first IN when it does not exist. The result does not depend on the order of the "
           "files, and merging a file twice changes nothing. OUT is changed only if every file "
           "could be merged."));
    parser.addPositionalArgument(QStringLiteral("OUT.premortem"),
                                 tr("The workshop to merge into."));
    parser.addPositionalArgument(QStringLiteral("IN.premortem"), tr("The files to merge."),
                                 QStringLiteral("IN.premortem..."));
    parser.addOption({QStringLiteral("different-workshops"),
                      tr("Also merge files of another workshop: their rows join OUT's workshop, "
                         "whose title and scenario stay.")});
    if (auto code = parse(parser, args, 2, true))
        return *code;
    const QString outPath = parser.positionalArguments().at(0);
    QStringList inputs = parser.positionalArguments().mid(1);
    QStringList changes;
    const bool creating = !QFileInfo::exists(outPath);
    if (creating) {
        auto first = pm::SourceFile::open(inputs.first());
        if (!first)
            return fail(first.error().message);
        if (pm::Status s = first.value()->workshop().saveCopy(outPath); !s)
            return fail(s.error().message);
        changes << tr("Created %1 from %2.").arg(outPath, first.value()->fileName());
        inputs.removeFirst(); // OUT now holds it
    }
    // A new OUT that could not be completed is not left behind half made.
    auto abandon = [&](std::unique_ptr<pm::Workshop> target, const pm::Error &error) {
        target.reset();
        if (creating)
            QFile::remove(outPath);
        return fail(error.message);
    };
    auto opened = openWorkshop(outPath, true);
    if (!opened)
        return abandon(nullptr, opened.error());
    std::unique_ptr<pm::Workshop> target = std::move(opened).value();
    pm::MergeOptions options;
    options.acrossWorkshops = parser.isSet(QStringLiteral("different-workshops"));
    pm::Merger merger(*target, options);
    if (pm::Status s = merger.addSources(inputs); !s)
        return abandon(std::move(target), s.error());
    auto result = merger.merge();
    if (!result)
        return abandon(std::move(target), result.error());
    changes << result->changes;
    for (const QString &change : std::as_const(changes))
        out() << change << '\n';
    if (changes.isEmpty())
        out() << tr("%1 already holds everything in the merged files.").arg(outPath) << '\n';
    out().flush();
    return Ok;
}

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print what differs between two workshops: rows only in one of them, fields that "
           "differ, deletions. Exit status 0 when they hold the same rows, 1 when they differ."));
    parser.addPositionalArgument(QStringLiteral("A.premortem"), tr("A workshop."));
    parser.addPositionalArgument(QStringLiteral("B.premortem"), tr("Another workshop."));
    parser.addOption({QStringLiteral("bookkeeping"),
                      tr("Also compare each row's timestamps, writer and clocks.")});
    if (auto code = parse(parser, args, 2))
        return *code;
    const QString pathA = parser.positionalArguments().at(0);
    const QString pathB = parser.positionalArguments().at(1);
    auto a = pm::SourceFile::open(pathA);
    if (!a)
        return fail(a.error().message);
    auto b = pm::SourceFile::open(pathB);
    if (!b)
        return fail(b.error().message);
    // File names read best, unless they are the same name in two folders.
    const bool sameName = a.value()->fileName() == b.value()->fileName();
    pm::DiffOptions options;
    options.bookkeeping = parser.isSet(QStringLiteral("bookkeeping"));
    const QStringList lines = pm::describeDifferences(
        a.value()->workshop(), sameName ? pathA : a.value()->fileName(), b.value()->workshop(),
        sameName ? pathB : b.value()->fileName(), options);
    for (const QString &line : lines)
        out() << line << '\n';
    out().flush();
    return lines.isEmpty() ? Ok : CheckFailed;
}

} // namespace

int runPrepare(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write preparation packs: one small workshop file per participant, with the scenario, "
           "the components and the prompt cards, for notes written before the workshop. Merge "
           "them back with the merge command. Existing files are not replaced unless asked."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workshop."));
    parser.addOption({QStringLiteral("participant"),
                      tr("Only this participant (name or identifier); default: everyone."),
                      tr("NAME")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The folder for the packs (default: the workshop's folder), or with "
                         "--participant the file to write."),
                      tr("DIR|FILE")});
    parser.addOption({QStringLiteral("replace"), tr("Replace packs that already exist.")});
    if (auto code = parse(parser, args, 1))
        return *code;
    const auto opened = openFileArgument(parser, false);
    if (!opened)
        return BadInput;
    const pm::Workshop &w = *opened;
    QList<QUuid> people;
    if (parser.isSet(QStringLiteral("participant"))) {
        auto id =
            pm::PreparationPack::findParticipant(w, parser.value(QStringLiteral("participant")));
        if (!id)
            return fail(id.error().message);
        people << *id;
    } else {
        for (const pm::Participant &p : w.rows<pm::Participant>())
            people << p.meta.id;
        if (people.isEmpty())
            return fail(tr("This workshop has no participants yet; add them first."));
    }
    const QString output = parser.isSet(QStringLiteral("output"))
                               ? parser.value(QStringLiteral("output"))
                               : QFileInfo(w.path()).absolutePath();
    const bool replace = parser.isSet(QStringLiteral("replace"));
    QStringList written;
    if (people.size() == 1 && !QFileInfo(output).isDir()) {
        if (pm::Status s = pm::PreparationPack::write(w, people.first(), output, replace); !s)
            return fail(s.error().message);
        written << output;
    } else {
        auto files = pm::PreparationPack::writeAll(w, people, output, replace);
        if (!files)
            return fail(files.error().message);
        written = *files;
    }
    for (const QString &file : std::as_const(written))
        out() << file << '\n';
    out().flush();
    return Ok;
}

const QList<Command> &commands()
{
    static const QList<Command> list{
        {"new", QT_TRANSLATE_NOOP("cli", "new FILE [--title T] [--scenario S] [--template ID]"),
         runNew},
        {"set", setSynopsis(), runSet},
        {"estimate", estimateSynopsis(), runEstimate},
        {"templates", QT_TRANSLATE_NOOP("cli", "templates"), runTemplates},
        {"info", QT_TRANSLATE_NOOP("cli", "info FILE"), runInfo},
        {"validate", QT_TRANSLATE_NOOP("cli", "validate FILE"), runValidate},
        {"add-note",
         QT_TRANSLATE_NOOP("cli", "add-note FILE --text T [--author NAME] [--category C]"),
         runAddNote},
        {"export", exportSynopsis(), runExport},
        {"check", checkSynopsis(), runCheck},
        {"import-json", QT_TRANSLATE_NOOP("cli", "import-json IN.json OUT.premortem"),
         runImportJson},
        {"import-architecture", architectureSynopsis(), runImportArchitecture},
        {"merge",
         QT_TRANSLATE_NOOP("cli", "merge OUT.premortem IN.premortem... [--different-workshops]"),
         runMerge},
        {"diff", QT_TRANSLATE_NOOP("cli", "diff A.premortem B.premortem [--bookkeeping]"), runDiff},
        {"prepare",
         QT_TRANSLATE_NOOP("cli", "prepare FILE [--participant NAME|ID] [-o DIR|FILE] [--replace]"),
         runPrepare},
        {"stats", QT_TRANSLATE_NOOP("cli", "stats FILE... [--format text|json|md] [-o OUT]"),
         runStats},
        {"serve",
         QT_TRANSLATE_NOOP("cli", "serve FILE [--bind ADDR] [--port N] [--cert PEM --key PEM]"),
         runServe},
    };
    return list;
}

} // namespace cli

#include "architecturecommand.h"

#include "architectureformat.h"
#include "architectureimport.h"
#include "cliio.h"

#include <QFile>
#include <QFileInfo>

namespace cli {

const char *architectureSynopsis()
{
    return QT_TRANSLATE_NOOP("cli", "import-architecture FILE SOURCE [--format "
                                    "dot|structurizr|drawio|compose|mermaid] [--dry-run]");
}

int runImportArchitecture(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import an architecture diagram (Graphviz DOT, Structurizr workspace JSON, draw.io, "
           "docker-compose, Mermaid flowchart) into FILE: its boxes become components, matched "
           "by name with those FILE has, and its arrows dependencies, in one step. FILE is "
           "created when it does not exist. Prints what is added and matched."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addPositionalArgument(QStringLiteral("SOURCE"), tr("The diagram to import."));
    parser.addOption({QStringLiteral("format"),
                      tr("The diagram's format: %1 (default: from the file's name and contents).")
                          .arg(pm::architectureFormatKeys().join(QStringLiteral(", "))),
                      tr("FORMAT")});
    parser.addOption({QStringLiteral("dry-run"), tr("Print what would change; write nothing.")});
    if (auto code = parse(parser, args, 2))
        return *code;
    const QString path = parser.positionalArguments().at(0);
    const QString source = parser.positionalArguments().at(1);
    std::optional<pm::ArchitectureFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = pm::architectureFormatFromKey(parser.value(QStringLiteral("format")));
        if (!format)
            return fail(tr("Unknown diagram format “%1”; supported: %2.")
                            .arg(parser.value(QStringLiteral("format")),
                                 pm::architectureFormatKeys().join(QStringLiteral(", "))));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto graph = pm::readArchitectureFile(source, format);
    if (!graph)
        return fail(graph.error().message);

    const bool exists = QFileInfo::exists(path);
    std::unique_ptr<pm::Workshop> workshop;
    if (exists) {
        auto opened = openWorkshop(path, !dryRun);
        if (!opened)
            return fail(opened.error().message);
        workshop = std::move(opened).value();
    }
    auto plan = pm::planArchitectureImport(workshop.get(), std::move(graph).value());
    if (!plan)
        return fail(plan.error().message);
    for (const QString &line : plan->previewLines())
        out() << line << Qt::endl;
    if (dryRun)
        return Ok;
    if (!workshop) {
        auto created = pm::Workshop::create(path, QFileInfo(source).completeBaseName());
        if (!created)
            return fail(created.error().message);
        workshop = std::move(created).value();
    }
    auto applied = pm::applyArchitectureImport(*workshop, *plan);
    if (!applied) {
        const QString why = applied.error().message;
        // A file made for this import and left empty would only be in the way.
        if (!exists) {
            workshop.reset();
            QFile::remove(path);
        }
        return fail(why);
    }
    return Ok;
}

} // namespace cli

// Writes a reproducible workshop of N notes for benchmarks: the same seed gives the same rows.
// Usage: premortem-generate OUT.premortem --notes N [--seed S] [--shared-seed B]

#include "workload.h"
#include "workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace pm;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("OUT"),
                                 QStringLiteral("The .premortem to create."));
    parser.addOption({QStringLiteral("notes"), QStringLiteral("Number of notes."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"),
                      QStringLiteral("1")});
    parser.addOption({QStringLiteral("shared-seed"),
                      QStringLiteral("Seed of the workshop, participants and components only: "
                                     "files with the same B are copies of one workshop."),
                      QStringLiteral("B"), QStringLiteral("0")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    const pm::ChangeSet rows =
        bench::generateWorkshop(notes, parser.value(QStringLiteral("seed")).toUInt(),
                                parser.value(QStringLiteral("shared-seed")).toUInt());
    auto created = Workshop::createFromRows(parser.positionalArguments().at(0), rows);
    if (!created) {
        QTextStream(stderr) << created.error().message << '\n';
        return 2;
    }
    return 0;
}

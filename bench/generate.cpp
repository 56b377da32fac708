// Writes a reproducible workshop of N notes for benchmarks: the same seed gives the same rows.
// Usage: premortem-generate OUT.premortem --notes N [--seed S]

#include "workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace pm;

namespace {

template <typename T> T row(QRandomGenerator &rng, qint64 &clock)
{
    T r;
    // A version-4 UUID from the seeded generator, so runs are reproducible.
    QByteArray bytes(16, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    r.meta.id = QUuid::fromRfc4122(bytes);
    r.meta.created = r.meta.modified = 1767225600000 + clock;
    r.meta.writer = QUuid::fromString(u"00000000-0000-4000-8000-00000000be4c");
    r.meta.hlc = r.meta.created * 1000;
    ++clock;
    return r;
}

} // namespace

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
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const int notes = parser.value(QStringLiteral("notes")).toInt();
    QRandomGenerator rng(parser.value(QStringLiteral("seed")).toUInt());
    qint64 clock = 0;

    ChangeSet rows;
    auto info = row<WorkshopInfo>(rng, clock);
    info.title = QStringLiteral("Generated workshop with %1 notes").arg(notes);
    info.scenario = QStringLiteral("It is 2027. The generated launch has failed.");
    rows << info;
    QList<QUuid> people, components, modes;
    for (int i = 0; i < 12; ++i) {
        auto p = row<Participant>(rng, clock);
        p.name = QStringLiteral("Person %1").arg(i + 1);
        p.role = Role(i % vocabularySize<Role>());
        p.side = Side(i % 3);
        people << p.meta.id;
        rows << p;
    }
    for (int i = 0; i < 20; ++i) {
        auto c = row<Component>(rng, clock);
        c.name = QStringLiteral("Component %1").arg(i + 1);
        c.kind = ComponentKind(i % 4);
        c.x = (i % 5) * 2400.0;
        c.y = (i / 5) * 2400.0;
        c.width = c.height = 2200;
        components << c.meta.id;
        rows << c;
    }
    for (int i = 0; i < qMax(1, notes / 20); ++i) {
        auto f = row<FailureMode>(rng, clock);
        f.title = QStringLiteral("Failure mode %1").arg(i + 1);
        f.component = components[i % components.size()];
        f.likelihood = 1 + rng.bounded(5);
        f.blastRadius = 1 + rng.bounded(5);
        f.category = Category(1 + i % 11);
        modes << f.meta.id;
        rows << f;
    }
    for (int i = 0; i < notes; ++i) {
        auto n = row<Note>(rng, clock);
        const int c = rng.bounded(int(components.size()));
        n.text = QStringLiteral("Generated cause %1: the %2 tier ran out of headroom when traffic "
                                "doubled and nobody was paged")
                     .arg(i + 1)
                     .arg(c + 1);
        n.author = people[rng.bounded(int(people.size()))];
        n.category = Category(rng.bounded(vocabularySize<Category>()));
        n.component = components[c];
        n.x = (c % 5) * 2400.0 + rng.bounded(2000);
        n.y = (c / 5) * 2400.0 + rng.bounded(2000);
        if (rng.bounded(4) != 0)
            n.failureMode = modes[rng.bounded(int(modes.size()))];
        rows << n;
    }
    auto created = Workshop::createFromRows(parser.positionalArguments().at(0), rows);
    if (!created) {
        QTextStream(stderr) << created.error().message << '\n';
        return 2;
    }
    return 0;
}

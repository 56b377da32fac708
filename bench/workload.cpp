#include "workload.h"

#include <QRandomGenerator>

using namespace pm;

namespace bench {

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

ChangeSet generateWorkshop(int notes, quint32 seed, quint32 sharedSeed)
{
    QRandomGenerator rng(seed), sharedRng(sharedSeed);
    QRandomGenerator &shared = sharedSeed != 0 ? sharedRng : rng;
    qint64 clock = 0;

    ChangeSet rows;
    auto info = row<WorkshopInfo>(shared, clock);
    info.title = sharedSeed != 0 ? QStringLiteral("Generated workshop")
                                 : QStringLiteral("Generated workshop with %1 notes").arg(notes);
    info.scenario = QStringLiteral("It is 2027. The generated launch has failed.");
    rows << info;
    QList<QUuid> people;
    for (int i = 0; i < 12; ++i) {
        auto p = row<Participant>(shared, clock);
        p.name = QStringLiteral("Person %1").arg(i + 1);
        p.role = Role(i % vocabularySize<Role>());
        p.side = Side(i % 3);
        people << p.meta.id;
        rows << p;
    }
    // Twenty components in a 5 x 4 grid, each holding a grid of its notes (9 per row); three in
    // four notes sit in stacks of 3 to 5 neighbours, as a facilitator would have clustered them.
    const int perComponent = (notes + 19) / 20;
    const int rowsPerComponent = (perComponent + 8) / 9;
    const double width = 9 * 220 + 40, height = rowsPerComponent * 160 + 140;
    QList<QUuid> components;
    for (int i = 0; i < 20; ++i) {
        auto c = row<Component>(shared, clock);
        c.name = QStringLiteral("Component %1").arg(i + 1);
        c.kind = ComponentKind(i % 4);
        c.x = (i % 5) * (width + 200);
        c.y = (i / 5) * (height + 200);
        c.width = width;
        c.height = height;
        components << c.meta.id;
        rows << c;
    }
    int written = 0, stackLeft = 0, modeCount = 0;
    QUuid mode;
    for (int c = 0; c < 20 && written < notes; ++c) {
        const double left = (c % 5) * (width + 200) + 20, top = (c / 5) * (height + 200) + 120;
        for (int k = 0; k < perComponent && written < notes; ++k, ++written) {
            if (stackLeft == 0 && k % 9 <= 4 && rng.bounded(4) != 0) {
                auto f = row<FailureMode>(rng, clock);
                f.title = QStringLiteral("Failure mode %1").arg(++modeCount);
                f.component = components[c];
                f.likelihood = 1 + rng.bounded(5);
                f.blastRadius = 1 + rng.bounded(5);
                f.category = Category(1 + modeCount % 11);
                rows << f;
                mode = f.meta.id;
                stackLeft = 3 + rng.bounded(3);
            }
            auto n = row<Note>(rng, clock);
            n.text = QStringLiteral("Generated cause %1: the %2 tier ran out of headroom when "
                                    "traffic doubled and nobody was paged")
                         .arg(written + 1)
                         .arg(c + 1);
            n.author = people[rng.bounded(int(people.size()))];
            n.category = Category(rng.bounded(vocabularySize<Category>()));
            n.component = components[c];
            n.x = left + (k % 9) * 220;
            n.y = top + (k / 9) * 160;
            if (stackLeft > 0) {
                n.failureMode = mode;
                --stackLeft;
            }
            if (k % 9 == 8)
                stackLeft = 0; // a stack stays on one row
            rows << n;
        }
    }
    return rows;
}

} // namespace bench

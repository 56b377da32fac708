// Preparation packs: what a pack holds (and what it must not), safe file names, packs merged back
// with the participant as author, no silent overwriting, and premortem-cli prepare.

#include "estimates.h"
#include "merger.h"
#include "preparationpack.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>

using namespace pm;

class TestPreparation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Board
    {
        QString path;
        std::unique_ptr<Workshop> workshop;
        QUuid alice, bob, gateway, mode, aliceNote, aliceStacked, bobNote;
    };

    // A workshop with two people, their notes (one of Alice's stacked into a failure mode with a
    // mitigation and a vote of Bob's), and two components.
    Board makeBoard()
    {
        Board b;
        const QString folder = m_dir.filePath(QStringLiteral("board-%1").arg(++m_counter));
        QDir().mkpath(folder);
        b.path = QDir(folder).filePath(QStringLiteral("workshop.premortem"));
        auto w = Workshop::create(b.path, QStringLiteral("Checkout: migration/rollout"),
                                  QStringLiteral("It is May. Checkout has failed."));
        if (!w)
            return b;
        Participant alice, bob;
        alice.meta.id = b.alice = QUuid::createUuid();
        alice.name = QStringLiteral("Alice");
        bob.meta.id = b.bob = QUuid::createUuid();
        bob.name = QStringLiteral("Bob");
        Component gateway, db;
        gateway.meta.id = b.gateway = QUuid::createUuid();
        gateway.name = QStringLiteral("Gateway");
        db.meta.id = QUuid::createUuid();
        db.name = QStringLiteral("Orders DB");
        db.parent = gateway.meta.id;
        FailureMode mode;
        mode.meta.id = b.mode = QUuid::createUuid();
        mode.title = QStringLiteral("Queue backlog");
        Note mine, stacked, theirs;
        mine.meta.id = b.aliceNote = QUuid::createUuid();
        mine.text = QStringLiteral("Pool sized for VMs");
        mine.author = b.alice;
        mine.component = b.gateway;
        stacked.meta.id = b.aliceStacked = QUuid::createUuid();
        stacked.text = QStringLiteral("Backlog grows at peak");
        stacked.author = b.alice;
        stacked.failureMode = b.mode;
        theirs.meta.id = b.bobNote = QUuid::createUuid();
        theirs.text = QStringLiteral("Nobody owns the runbook");
        theirs.author = b.bob;
        Mitigation m;
        m.meta.id = QUuid::createUuid();
        m.failureMode = b.mode;
        m.description = QStringLiteral("Load test");
        Vote v;
        v.meta.id = QUuid::createUuid();
        v.participant = b.bob;
        v.failureMode = b.mode;
        if (!w.value()->apply({alice, bob, gateway, db, mode, mine, stacked, theirs, m, v}))
            return b;
        b.workshop = std::move(w).value();
        return b;
    }

    static int count(const ChangeSet &rows, EntityKind kind)
    {
        return int(std::count_if(rows.begin(), rows.end(),
                                 [kind](const AnyRow &r) { return kindOf(r) == kind; }));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void packHoldsOnlyWhatIsMeant()
    {
        Board b = makeBoard();
        QVERIFY(b.workshop);
        const QString pack = m_dir.filePath(QStringLiteral("alice-only.premortem"));
        QVERIFY(PreparationPack::write(*b.workshop, b.alice, pack).ok());
        auto opened = Workshop::open(pack, Store::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        const Workshop &p = *opened.value();
        QCOMPARE(p.info().meta.id, b.workshop->info().meta.id); // merges back as the same workshop
        QCOMPARE(p.info().preparedFor, b.alice);
        QCOMPARE(p.info().scenario, b.workshop->info().scenario);
        QCOMPARE(p.rows<Participant>().size(), 1);
        QCOMPARE(p.rows<Participant>().first().name, QStringLiteral("Alice"));
        QCOMPARE(p.rows<Component>().size(), 2);
        QList<QUuid> notes;
        for (const Note &n : p.rows<Note>())
            notes << n.meta.id;
        std::sort(notes.begin(), notes.end());
        QList<QUuid> hers{b.aliceNote, b.aliceStacked};
        std::sort(hers.begin(), hers.end());
        QCOMPARE(notes, hers);
        QCOMPARE(p.rows<FailureMode>().size(), 1); // the one her note is stacked in
        QCOMPARE(p.rows<Mitigation>().size(), 0);
        QCOMPARE(p.rows<Vote>().size(), 0);
        QCOMPARE(p.problems(), QStringList());
        // Not a copy of the workshop file: its own writer, so its edits are told apart.
        QVERIFY(p.writerId() != b.workshop->writerId());

        Result<ChangeSet> bobs = PreparationPack::rows(*b.workshop, b.bob);
        QVERIFY(bobs.ok());
        QCOMPARE(count(*bobs, EntityKind::Note), 1);
        QCOMPARE(count(*bobs, EntityKind::FailureMode), 0);
        QVERIFY(!PreparationPack::rows(*b.workshop, QUuid::createUuid()).ok());
    }

    void packMergesBackAuthoredByTheParticipant()
    {
        Board b = makeBoard();
        QVERIFY(b.workshop);
        const QString pack = m_dir.filePath(QStringLiteral("alice-back.premortem"));
        QVERIFY(PreparationPack::write(*b.workshop, b.alice, pack).ok());
        QUuid written;
        {
            auto p = Workshop::open(pack);
            QVERIFY(p.ok());
            Note n;
            n.text = QStringLiteral("Retry storm after failover");
            n.author = p.value()->info().preparedFor;
            n.category = Category::Dependency;
            auto r = p.value()->add(n);
            QVERIFY(r.ok());
            written = metaOf(r->first()).id;
        }
        Merger merger(*b.workshop); // no acrossWorkshops: same workshop
        QVERIFY(merger.addSource(pack).ok());
        auto result = merger.merge();
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        const Note *note = b.workshop->findLive<Note>(written);
        QVERIFY(note);
        QCOMPARE(note->author, b.alice);
        QCOMPARE(note->category, Category::Dependency);
        // The pack's mark stays in the pack; nothing else of the workshop changed.
        QVERIFY(b.workshop->info().preparedFor.isNull());
        QCOMPARE(b.workshop->rows<Note>().size(), 4);
        QCOMPARE(b.workshop->rows<Vote>().size(), 1);
        QCOMPARE(b.workshop->rows<Mitigation>().size(), 1);
        QVERIFY(b.workshop->findLive<Participant>(b.bob));
    }

    // Issue 22: a pack carries its person's own estimates (nobody else's); from ranking on it
    // holds every failure mode to score, and the scores given in the pack arrive when it is
    // merged back, a clear included.
    void packCarriesOwnEstimates()
    {
        Board b = makeBoard();
        QVERIFY(b.workshop);
        FailureMode other;
        other.meta.id = QUuid::createUuid();
        other.title = QStringLiteral("Nobody owns the runbook");
        WorkshopInfo info = b.workshop->info();
        info.phase = Phase::Rank;
        QVERIFY(b.workshop->apply({other, info}));
        QVERIFY(setEstimate(*b.workshop, b.alice, b.mode, 2, 3));
        QVERIFY(setEstimate(*b.workshop, b.bob, b.mode, 5, 5));
        const QString pack = m_dir.filePath(QStringLiteral("alice-scores.premortem"));
        QVERIFY(PreparationPack::write(*b.workshop, b.alice, pack).ok());
        {
            auto p = Workshop::open(pack);
            QVERIFY(p.ok());
            Workshop &w = *p.value();
            QCOMPARE(w.rows<FailureMode>().size(), 2); // ranking: every failure mode
            QCOMPARE(w.rows<Estimate>().size(), 1);    // hers only
            QCOMPARE(w.rows<Estimate>().first().participant, b.alice);
            // Scored and changed offline.
            QVERIFY(setEstimate(w, b.alice, other.meta.id, 4, 1));
            QVERIFY(setEstimate(w, b.alice, b.mode, 3, 3));
        }
        Merger merger(*b.workshop);
        QVERIFY(merger.addSource(pack).ok());
        auto result = merger.merge();
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        auto own = [&](const QUuid &mode) {
            const Estimate *e = b.workshop->findLive<Estimate>(estimateId(b.alice, mode));
            return e ? e->likelihood * 10 + e->blastRadius : 0;
        };
        QCOMPARE(own(other.meta.id), 41);
        QCOMPARE(own(b.mode), 33);
        QCOMPARE(b.workshop->findLive<Estimate>(estimateId(b.bob, b.mode))->likelihood, 5);
        // A clear made in a pack merges back too.
        const QString second = m_dir.filePath(QStringLiteral("alice-clears.premortem"));
        QVERIFY(PreparationPack::write(*b.workshop, b.alice, second).ok());
        {
            auto p = Workshop::open(second);
            QVERIFY(p.ok());
            QVERIFY(clearEstimate(*p.value(), b.alice, other.meta.id));
        }
        Merger again(*b.workshop);
        QVERIFY(again.addSource(second).ok());
        QVERIFY(again.merge().ok());
        QCOMPARE(own(other.meta.id), 0);
        QCOMPARE(own(b.mode), 33);
        // Before ranking, a pack holds only the failure modes of its notes and estimates.
        info = b.workshop->info();
        info.phase = Phase::Writing;
        QVERIFY(b.workshop->apply({info}));
        Result<ChangeSet> bobs = PreparationPack::rows(*b.workshop, b.bob);
        QVERIFY(bobs.ok());
        QCOMPARE(count(*bobs, EntityKind::FailureMode), 1); // the one he estimated
        QCOMPARE(count(*bobs, EntityKind::Estimate), 1);
    }

    void safeFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Alice") << QStringLiteral("Alice");
        QTest::newRow("slashes") << QStringLiteral("a/b\\c") << QStringLiteral("a b c");
        QTest::newRow("dots") << QStringLiteral("../..") << QStringLiteral("participant");
        QTest::newRow("hidden") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
        QTest::newRow("reserved") << QStringLiteral("con") << QStringLiteral("_con");
        QTest::newRow("reserved ext") << QStringLiteral("LPT1.txt") << QStringLiteral("_LPT1.txt");
        QTest::newRow("controls") << QStringLiteral("a\nb\tc\u200Ed") << QStringLiteral("a b c d");
        QTest::newRow("unicode") << QStringLiteral("Zoë 山田 🙂")
                                 << QStringLiteral("Zoë 山田 🙂");
        QTest::newRow("decomposed") << QStringLiteral("Zoe\u0308") << QStringLiteral("Zoë");
        QTest::newRow("trailing") << QStringLiteral("Bob. ") << QStringLiteral("Bob");
        QTest::newRow("empty") << QString() << QStringLiteral("participant");
        QTest::newRow("reserved chars") << QStringLiteral("a:b*c?\"<>|") << QStringLiteral("a b c");
    }

    void safeFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(PreparationPack::safeFileName(name), expected);
        // 300 emoji are 600 UTF-16 units: cut to 80 without splitting a surrogate pair.
        const QString cut = PreparationPack::safeFileName(QStringLiteral("🙂").repeated(300));
        QVERIFY(cut.size() <= 80);
        QVERIFY(!cut.back().isHighSurrogate());
    }

    void writeAllNamesEveryoneApartAndNeverOverwrites()
    {
        Board b = makeBoard();
        QVERIFY(b.workshop);
        // A second "alice" (another case) and one with a slash in the name.
        Participant twin, slash;
        twin.name = QStringLiteral("alice");
        slash.name = QStringLiteral("R/D Team");
        auto t = b.workshop->add(twin);
        auto s = b.workshop->add(slash);
        QVERIFY(t.ok() && s.ok());
        QList<QUuid> people;
        for (const Participant &p : b.workshop->rows<Participant>())
            people << p.meta.id;
        QCOMPARE(people.size(), 4);
        const QString folder = m_dir.filePath(QStringLiteral("packs-%1").arg(++m_counter));
        QVERIFY(QDir().mkpath(folder));
        auto written = PreparationPack::writeAll(*b.workshop, people, folder);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        QCOMPARE(written->size(), 4);
        QStringList names;
        for (const QString &f : *written) {
            QCOMPARE(QFileInfo(f).absolutePath(), QFileInfo(folder).absoluteFilePath());
            names << QFileInfo(f).fileName();
        }
        // Rows made together list in id order: which Alice comes first is chance.
        const QString stem = QStringLiteral("Checkout migration rollout - ");
        QVERIFY(names.contains(stem + QStringLiteral("Bob.premortem")));
        QVERIFY(names.contains(stem + QStringLiteral("R D Team.premortem")));
        QVERIFY(names.contains(stem + QStringLiteral("Alice.premortem")) ||
                names.contains(stem + QStringLiteral("Alice (2).premortem")));
        QVERIFY(names.contains(stem + QStringLiteral("alice.premortem")) ||
                names.contains(stem + QStringLiteral("alice (2).premortem")));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);

        // Again: refused, and the existing pack is left as it was.
        const QByteArray before = testsupport::fileHash(written->first());
        auto again = PreparationPack::writeAll(*b.workshop, people, folder);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("already exists")),
                 qPrintable(again.error().message));
        QCOMPARE(testsupport::fileHash(written->first()), before);
        // Asked to replace: written afresh, whole.
        auto replaced = PreparationPack::writeAll(*b.workshop, people, folder, true);
        QVERIFY(replaced.ok());
        QVERIFY(testsupport::fileHash(written->first()) != before);
        QVERIFY(Workshop::open(written->first(), Store::Access::ReadOnly).ok());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 4);
        // Never the workshop itself.
        QVERIFY(!PreparationPack::write(*b.workshop, b.alice, b.path, true).ok());
        QVERIFY(b.workshop->findLive<Note>(b.bobNote));
    }

    void cliPrepare()
    {
        Board b = makeBoard();
        QVERIFY(b.workshop);
        const QString path = b.path;
        b.workshop.reset(); // as a script would find it
        const QString folder = QFileInfo(path).absolutePath();
        auto run = testsupport::runCli({QStringLiteral("prepare"), path});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 2);
        QVERIFY(QFileInfo::exists(
            QDir(folder).filePath(QStringLiteral("Checkout migration rollout - Bob.premortem"))));
        // Once more: refused with a message, exit code 2.
        run = testsupport::runCli({QStringLiteral("prepare"), path});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        // One person, to a chosen file.
        const QString one = m_dir.filePath(QStringLiteral("just-bob.premortem"));
        run = testsupport::runCli({QStringLiteral("prepare"), path, QStringLiteral("--participant"),
                                   QStringLiteral("bob"), QStringLiteral("-o"), one});
        QCOMPARE(run.code, 0);
        auto pack = Workshop::open(one, Store::Access::ReadOnly);
        QVERIFY(pack.ok());
        QCOMPARE(pack.value()->participantNamed(QStringLiteral("Bob"))->meta.id,
                 pack.value()->info().preparedFor);
        run = testsupport::runCli({QStringLiteral("prepare"), path, QStringLiteral("--participant"),
                                   QStringLiteral("Carol")});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Carol")) &&
                     run.err.contains(QStringLiteral("Alice")) &&
                     run.err.contains(QStringLiteral("Bob")),
                 qPrintable(run.err));
        // And back: the CLI merge takes a pack without any option.
        run = testsupport::runCli({QStringLiteral("merge"), path, one});
        QVERIFY2(run.code == 0, qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPreparation)
#include "tst_preparation.moc"

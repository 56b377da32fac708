// Facilitation in the core: team coverage warnings, dot voting (budget, counting rule, hidden
// totals), launch-type templates (loading, broken user templates, applying) and "do not record
// authors".

#include "anonymity.h"
#include "ranking.h"
#include "teamcoverage.h"
#include "testsupport.h"
#include "voting.h"
#include "workshop.h"
#include "workshoptemplate.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pm;

namespace {

Participant person(const QString &name, Role role, Side side)
{
    Participant p;
    p.meta.id = QUuid::createUuid();
    p.name = name;
    p.role = role;
    p.side = side;
    return p;
}

// A new note (not yet added) with its author.
Note authoredNote(const QString &text, const QUuid &author)
{
    Note n;
    n.meta.id = QUuid::createUuid();
    n.text = text;
    n.author = author;
    return n;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestFacilitation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_w;
    QUuid m_alice, m_bob, m_modeA, m_modeB;

    // A workshop with two participants and two failure modes, the vote open.
    void makeVotingWorkshop()
    {
        auto created =
            Workshop::create(m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                            QStringLiteral(".premortem")),
                             QStringLiteral("Vote"));
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_w = std::move(created).value();
        const Participant alice = person(QStringLiteral("Alice"), Role::Sre, Side::Run);
        const Participant bob = person(QStringLiteral("Bob"), Role::Architect, Side::Build);
        FailureMode a, b;
        a.meta.id = QUuid::createUuid();
        a.title = QStringLiteral("Cache stampede");
        b.meta.id = QUuid::createUuid();
        b.title = QStringLiteral("Schema drift");
        QVERIFY(m_w->apply({alice, bob, a, b}).ok());
        m_alice = alice.meta.id;
        m_bob = bob.meta.id;
        m_modeA = a.meta.id;
        m_modeB = b.meta.id;
        QVERIFY(setVotingOpen(*m_w, true).ok());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // ---- team coverage ----
    void coverage_data()
    {
        QTest::addColumn<QList<Participant>>("team");
        QTest::addColumn<QList<TeamGap>>("gaps");
        QTest::newRow("empty") << QList<Participant>{}
                               << QList<TeamGap>{TeamGap::NoRunTime, TeamGap::NoBuildTime,
                                                 TeamGap::NoOperations};
        QTest::newRow("builders only")
            << QList<Participant>{person(QStringLiteral("A"), Role::Architect, Side::Build),
                                  person(QStringLiteral("B"), Role::SeniorEngineer, Side::Build)}
            << QList<TeamGap>{TeamGap::NoRunTime, TeamGap::NoOperations};
        QTest::newRow("run side without SRE")
            << QList<Participant>{person(QStringLiteral("A"), Role::Architect, Side::Build),
                                  person(QStringLiteral("B"), Role::ProductLead, Side::Run)}
            << QList<TeamGap>{TeamGap::NoOperations};
        QTest::newRow("SRE on the build side only")
            << QList<Participant>{person(QStringLiteral("A"), Role::Sre, Side::Build)}
            << QList<TeamGap>{TeamGap::NoRunTime};
        QTest::newRow("both counts for both")
            << QList<Participant>{person(QStringLiteral("A"), Role::Sre, Side::Both)}
            << QList<TeamGap>{};
        Participant gone = person(QStringLiteral("Gone"), Role::Sre, Side::Run);
        gone.meta.deleted = true;
        QTest::newRow("removed people do not count")
            << QList<Participant>{gone, person(QStringLiteral("A"), Role::Qa, Side::Build)}
            << QList<TeamGap>{TeamGap::NoRunTime, TeamGap::NoOperations};
    }
    void coverage()
    {
        QFETCH(QList<Participant>, team);
        QFETCH(QList<TeamGap>, gaps);
        QCOMPARE(teamGaps(team), gaps);
        for (TeamGap g : gaps)
            QVERIFY(!teamGapText(g).isEmpty());
    }

    // ---- dot voting ----
    void budgetEnforced()
    {
        makeVotingWorkshop();
        QCOMPARE(m_w->info().voteBudget, 3);
        QCOMPARE(dotsLeft(*m_w, m_alice), 3);
        QVERIFY(castDot(*m_w, m_alice, m_modeA).ok());
        QVERIFY(castDot(*m_w, m_alice, m_modeA).ok());
        QVERIFY(castDot(*m_w, m_alice, m_modeB).ok());
        QCOMPARE(dotsLeft(*m_w, m_alice), 0);
        QCOMPARE(dotsOn(*m_w, m_alice, m_modeA), 2);
        // One row per participant and failure mode, holding the dots.
        QCOMPARE(m_w->rows<Vote>().size(), 2);
        const auto refused = castDot(*m_w, m_alice, m_modeB);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("Alice")) &&
                     refused.error().message.contains(QStringLiteral("3")),
                 qPrintable(refused.error().message));
        QCOMPARE(dotsUsed(*m_w, m_alice), 3);
        // Bob's budget is his own.
        QVERIFY(castDot(*m_w, m_bob, m_modeB).ok());
        QCOMPARE(dotsLeft(*m_w, m_bob), 2);
        // Taking one back frees it; the last one removes the row.
        QVERIFY(removeDot(*m_w, m_alice, m_modeB).ok());
        QCOMPARE(dotsLeft(*m_w, m_alice), 1);
        QVERIFY(!removeDot(*m_w, m_alice, m_modeB).ok());
        // A lower budget set later never lets anyone give more.
        QVERIFY(!setVoteBudget(*m_w, 0).ok());
        QVERIFY(setVoteBudget(*m_w, 1).ok());
        QCOMPARE(dotsLeft(*m_w, m_alice), 0);
        QVERIFY(!castDot(*m_w, m_alice, m_modeB).ok());
    }

    void undoRestoresDots()
    {
        makeVotingWorkshop();
        auto inverse = castDot(*m_w, m_alice, m_modeA);
        QVERIFY(inverse.ok());
        QCOMPARE(dotsUsed(*m_w, m_alice), 1);
        QVERIFY(m_w->apply(inverse.value()).ok());
        QCOMPARE(dotsUsed(*m_w, m_alice), 0);
    }

    void votingNeedsAnOpenVote()
    {
        makeVotingWorkshop();
        QVERIFY(setVotingOpen(*m_w, false).ok());
        const auto refused = castDot(*m_w, m_alice, m_modeA);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("not open")));
        QVERIFY(!castDot(*m_w, QUuid::createUuid(), m_modeA).ok());
    }

    void duplicatesCountOnce()
    {
        makeVotingWorkshop();
        // Two rows for Alice on mode A, as two merged files can leave them.
        Vote first, second;
        first.meta.id = QUuid::createUuid();
        first.participant = second.participant = m_alice;
        first.failureMode = second.failureMode = m_modeA;
        first.dots = 2;
        second.meta.id = QUuid::createUuid();
        second.dots = 1;
        QVERIFY(m_w->apply({first}).ok());
        QVERIFY(m_w->apply({second}).ok()); // the later write counts
        QCOMPARE(m_w->rows<Vote>().size(), 2);
        QCOMPARE(countedDots(m_w->rows<Vote>()), 1);
        QCOMPARE(dotsUsed(*m_w, m_alice), 1);
        QCOMPARE(dotsOn(*m_w, m_alice, m_modeA), 1);
        QVERIFY(setVotingOpen(*m_w, false).ok());
        QCOMPARE(visibleVoteTotals(*m_w).value(m_modeA), 1);
        const QList<RiskSummary> ranked = rankRisks(*m_w);
        for (const RiskSummary &r : ranked)
            QCOMPARE(r.votes, r.failureMode == m_modeA ? 1 : 0);
        // Taking the last dot back removes the duplicate as well: nothing starts counting.
        QVERIFY(setVotingOpen(*m_w, true).ok());
        QVERIFY(removeDot(*m_w, m_alice, m_modeA).ok());
        QCOMPARE(dotsUsed(*m_w, m_alice), 0);
        QCOMPARE(m_w->rows<Vote>().size(), 0);
    }

    void totalsHiddenUntilClosed()
    {
        makeVotingWorkshop();
        QVERIFY(castDot(*m_w, m_alice, m_modeB).ok());
        QVERIFY(castDot(*m_w, m_bob, m_modeB).ok());
        QVERIFY(visibleVoteTotals(*m_w).isEmpty());
        for (const RiskSummary &r : rankRisks(*m_w))
            QCOMPARE(r.votes, 0);
        QVERIFY(setVotingOpen(*m_w, false).ok());
        QCOMPARE(visibleVoteTotals(*m_w).value(m_modeB), 2);
        const QList<RiskSummary> ranked = rankRisks(*m_w);
        QCOMPARE(ranked.first().failureMode, m_modeB); // more votes rank first when unscored
        QCOMPARE(ranked.first().votes, 2);
    }

    // ---- templates ----
    void builtInTemplates()
    {
        const TemplateLibrary library = loadTemplates(QString());
        QVERIFY2(library.problems.isEmpty(), qPrintable(library.problems.join(u'\n')));
        const QStringList expected{QStringLiteral("service-migration"),
                                   QStringLiteral("data-migration"), QStringLiteral("public-api"),
                                   QStringLiteral("infrastructure-change"),
                                   QStringLiteral("ml-model-launch")};
        QCOMPARE(library.templates.size(), expected.size());
        for (const QString &id : expected) {
            const WorkshopTemplate *t = library.find(id);
            QVERIFY2(t, qPrintable(id));
            QVERIFY(t->builtIn);
            QVERIFY(!t->name.isEmpty() && !t->description.isEmpty());
            QVERIFY(!t->scenarioHint.isEmpty());
            QVERIFY(t->components.size() >= 5);
            QVERIFY(!t->emphasis.isEmpty());
        }
    }

    void brokenUserTemplates_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("why");
        QTest::newRow("bad json") << QByteArray("{\"id\": \"x\", ") << QStringLiteral("JSON");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("object");
        QTest::newRow("wrong type")
            << QByteArray("{\"id\": \"x\", \"name\": 42}") << QStringLiteral("“name” must be text");
        QTest::newRow("bad id") << QByteArray("{\"id\": \"../../etc\", \"name\": \"X\"}")
                                << QStringLiteral("“id”");
        QTest::newRow("unknown kind")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"components\": [{\"name\": \"A\", "
                          "\"kind\": \"spaceship\"}]}")
            << QStringLiteral("spaceship");
        QTest::newRow("unknown parent")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"components\": [{\"name\": \"A\", "
                          "\"parent\": \"B\"}]}")
            << QStringLiteral("parent");
        QTest::newRow("huge position")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"components\": [{\"name\": \"A\", "
                          "\"x\": 1e300}]}")
            << QStringLiteral("“x”");
        QTest::newRow("unknown category")
            << QByteArray("{\"id\": \"x\", \"name\": \"X\", \"emphasis\": [\"gremlins\"]}")
            << QStringLiteral("category");
        QTest::newRow("duplicate of a built-in id")
            << QByteArray("{\"id\": \"public-api\", \"name\": \"Mine\"}") << QStringLiteral("id");
        QByteArray huge = "{\"id\": \"x\", \"name\": \"X\", \"description\": \"";
        huge += QByteArray(kMaxTemplateFileSize, 'a') + "\"}";
        QTest::newRow("huge") << huge << QStringLiteral("larger than");
    }
    void brokenUserTemplates()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, why);
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("broken.json")), content);
        writeFile(dir.filePath(QStringLiteral("good.json")),
                  "{\"id\": \"team-special\", \"name\": \"Our launch\", \"launchType\": "
                  "\"Special\", \"components\": [{\"name\": \"Layer\", \"kind\": \"layer\", "
                  "\"width\": 800}, {\"name\": \"Box\", \"kind\": \"queue\", \"parent\": "
                  "\"Layer\"}], \"emphasis\": [\"load\"]}");
        const TemplateLibrary library = loadTemplates(dir.path());
        QCOMPARE(library.problems.size(), 1);
        QVERIFY2(library.problems.first().contains(QStringLiteral("broken.json")),
                 qPrintable(library.problems.first()));
        QVERIFY2(library.problems.first().contains(why), qPrintable(library.problems.first()));
        // The good user template and all built-in ones still load.
        QCOMPARE(library.templates.size(), 6);
        const WorkshopTemplate *good = library.find(QStringLiteral("team-special"));
        QVERIFY(good);
        QVERIFY(!good->builtIn);
        QCOMPARE(good->components.size(), 2);
        QCOMPARE(good->components[1].parent, QStringLiteral("Layer"));
    }

    void applyTemplateInOneStep()
    {
        auto created =
            Workshop::create(m_dir.filePath(QStringLiteral("tmpl.premortem")), QStringLiteral("T"));
        QVERIFY(created.ok());
        Workshop &w = *created.value();
        const TemplateLibrary library = loadTemplates(QString());
        const WorkshopTemplate *t = library.find(QStringLiteral("data-migration"));
        QVERIFY(t);
        int signals_ = 0;
        connect(&w, &Workshop::changed, this, [&] { ++signals_; });
        auto inverse = applyTemplate(w, *t);
        QVERIFY2(inverse.ok(), qPrintable(inverse.error().message));
        QCOMPARE(signals_, 1);
        QCOMPARE(w.info().templateId, QStringLiteral("data-migration"));
        const QList<Component> components = w.rows<Component>();
        QCOMPARE(components.size(), t->components.size());
        // Parents resolve to the components made from the template.
        QHash<QUuid, QString> names;
        for (const Component &c : components)
            names.insert(c.meta.id, c.name);
        for (int i = 0; i < components.size(); ++i) {
            const TemplateComponent &tc = t->components[i];
            const auto it = std::find_if(components.begin(), components.end(),
                                         [&](const Component &c) { return c.name == tc.name; });
            QVERIFY(it != components.end());
            QCOMPARE(it->kind, tc.kind);
            QCOMPARE(names.value(it->parent), tc.parent);
        }
        // One undo takes it all back.
        QVERIFY(w.apply(inverse.value()).ok());
        QCOMPARE(w.rows<Component>().size(), 0);
        QVERIFY(w.info().templateId.isEmpty());
    }

    void cliNewWithTemplate()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli.premortem"));
        QProcess cli;
        cli.start(QStringLiteral(PREMORTEM_CLI),
                  {QStringLiteral("new"), path, QStringLiteral("--template"),
                   QStringLiteral("ml-model-launch")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 0);
        auto opened = Workshop::open(path, Store::Access::ReadOnly);
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->info().templateId, QStringLiteral("ml-model-launch"));
        QVERIFY(opened.value()->rows<Component>().size() >= 5);
        // An unknown id is refused before any file is made.
        const QString other = m_dir.filePath(QStringLiteral("cli-bad.premortem"));
        cli.start(QStringLiteral(PREMORTEM_CLI),
                  {QStringLiteral("new"), other, QStringLiteral("--template"),
                   QStringLiteral("no-such-template")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("no-such")));
        QVERIFY(!QFile::exists(other));
    }

    void scenarioFillIn()
    {
        const QString s =
            scenarioFromTemplate(QDate(2027, 5, 1), QStringLiteral("Checkout v2"), QString());
        QVERIFY(s.startsWith(QStringLiteral("It is ")));
        QVERIFY(s.contains(QStringLiteral("2027")));
        QVERIFY(s.contains(QStringLiteral("Checkout v2 has failed.")));
        QVERIFY(s.contains(QStringLiteral("<what users saw>")));
    }

    // ---- authors ----
    void doNotRecordAuthors()
    {
        makeVotingWorkshop();
        const Note n = authoredNote(QStringLiteral("Signed"), m_alice);
        QVERIFY(m_w->add(n).ok());
        QCOMPARE(m_w->find<Note>(n.meta.id)->author, m_alice);
        // Turning recording off clears existing authors in one step; undo brings them back.
        auto inverse = setRecordAuthors(*m_w, false);
        QVERIFY(inverse.ok());
        QVERIFY(m_w->find<Note>(n.meta.id)->author.isNull());
        QVERIFY(!showsAuthors(m_w->info()));
        // New notes and edits store no author while it is off.
        const Note m = authoredNote(QStringLiteral("Unsigned"), m_bob);
        QVERIFY(m_w->add(m).ok());
        QVERIFY(m_w->find<Note>(m.meta.id)->author.isNull());
        // ... and in the file too.
        const QString path = m_w->path();
        m_w.reset();
        auto reopened = Workshop::open(path);
        QVERIFY(reopened.ok());
        for (const Note &note : reopened.value()->rows<Note>())
            QVERIFY(note.author.isNull());
        m_w = std::move(reopened).value();
        // A new file created with recording off never stores one.
        QVERIFY(setRecordAuthors(*m_w, true).ok());
        QVERIFY(m_w->info().recordAuthors);
    }

    void importKeepsNoAuthorsWhenUnrecorded()
    {
        makeVotingWorkshop();
        const Note n = authoredNote(QStringLiteral("Signed"), m_alice);
        QVERIFY(m_w->add(n).ok());
        // Rows as a JSON file could carry them: the workshop says no authors, a note has one.
        ChangeSet rows = m_w->allRows();
        for (AnyRow &row : rows) {
            if (auto *info = std::get_if<WorkshopInfo>(&row))
                info->recordAuthors = false;
        }
        auto created =
            Workshop::createFromRows(m_dir.filePath(QStringLiteral("imported.premortem")), rows);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        QVERIFY(created.value()->find<Note>(n.meta.id)->author.isNull());
    }

    void undoOfRecordAuthorsRestores()
    {
        makeVotingWorkshop();
        const Note n = authoredNote(QStringLiteral("Signed"), m_alice);
        QVERIFY(m_w->add(n).ok());
        auto inverse = setRecordAuthors(*m_w, false);
        QVERIFY(inverse.ok());
        QVERIFY(m_w->apply(inverse.value()).ok());
        QVERIFY(m_w->info().recordAuthors);
        QCOMPARE(m_w->find<Note>(n.meta.id)->author, m_alice);
    }

    void anonymousHidesButKeeps()
    {
        makeVotingWorkshop();
        QVERIFY(showsAuthors(m_w->info()));
        QVERIFY(setAnonymous(*m_w, true).ok());
        QVERIFY(!showsAuthors(m_w->info()));
        const Note n = authoredNote(QStringLiteral("Kept, not shown"), m_alice);
        QVERIFY(m_w->add(n).ok());
        QCOMPARE(m_w->find<Note>(n.meta.id)->author, m_alice);
    }
};

QTEST_GUILESS_MAIN(TestFacilitation)
#include "tst_teamsetup.moc"

// Dependencies between components ("A depends on B"): kept, undone, merged, validated and
// exported like every other row; what a failure reaches, against a brute-force reference on
// random graphs with cycles; and the warnings the map gives.

#include "architecturewarnings.h"
#include "merger.h"
#include "reach.h"
#include "reachgraph.h"
#include "testsupport.h"
#include "translations.h"
#include "workshoptemplate.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace pm;
using namespace testsupport;

class TstDependencies : public QObject
{
    Q_OBJECT

    ScratchWorkshops m_scratch;

    QString path(const QString &name) const { return m_scratch.path(name); }
    std::unique_ptr<Workshop> fresh() { return m_scratch.fresh(); }
    static QUuid addComponent(Workshop &w, const QString &name,
                              ComponentKind kind = ComponentKind::Service, bool userFacing = false)
    {
        Component c;
        c.meta.id = QUuid::createUuid();
        c.name = name;
        c.kind = kind;
        c.userFacing = userFacing;
        return w.add(c) ? c.meta.id : QUuid();
    }
    static QUuid addDependency(Workshop &w, const QUuid &from, const QUuid &to,
                               DependencyKind kind = DependencyKind::SyncCall)
    {
        Dependency d;
        d.meta.id = QUuid::createUuid();
        d.from = from;
        d.to = to;
        d.kind = kind;
        return w.add(d) ? d.meta.id : QUuid();
    }

private slots:
    // English plurals ("3 components") come from the English translation.
    void initTestCase() { installTranslations(qApp); }

    void keptUndoneAndReopened()
    {
        auto w = fresh();
        const QUuid api = addComponent(*w, QStringLiteral("Checkout API"));
        const QUuid pay = addComponent(*w, QStringLiteral("Payment gateway"));
        const auto before = snapshot(*w);
        Dependency d;
        d.meta.id = QUuid::createUuid();
        d.from = api;
        d.to = pay;
        d.kind = DependencyKind::AsyncMessage;
        d.label = QStringLiteral("authorise");
        d.unprotected = true;
        Result<ChangeSet> undo = w->add(d);
        QVERIFY2(undo, qPrintable(undo ? QString() : undo.error().message));
        const auto after = snapshot(*w);
        {
            auto reopened = Workshop::open(w->path(), Store::Access::ReadOnly);
            QVERIFY(reopened);
            const Dependency *back = reopened.value()->findLive<Dependency>(d.meta.id);
            QVERIFY(back);
            QCOMPARE(back->from, api);
            QCOMPARE(back->to, pay);
            QCOMPARE(back->kind, DependencyKind::AsyncMessage);
            QCOMPARE(back->label, QStringLiteral("authorise"));
            QVERIFY(back->unprotected);
        }
        Result<ChangeSet> redo = w->apply(undo.value());
        QVERIFY(redo);
        QCOMPARE(snapshot(*w), before);
        QVERIFY(w->findLive<Dependency>(d.meta.id) == nullptr);
        QVERIFY(w->find<Dependency>(d.meta.id)->meta.deleted); // a tombstone, for the merge
        QVERIFY(w->apply(redo.value()));
        QCOMPARE(snapshot(*w), after);
    }

    void validated()
    {
        auto w = fresh();
        const QUuid a = addComponent(*w, QStringLiteral("A"));
        Dependency self;
        self.meta.id = QUuid::createUuid();
        self.from = a;
        self.to = a;
        Result<ChangeSet> r = w->add(self);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("itself")),
                 qPrintable(r.error().message));
        Dependency dangling;
        dangling.from = a;
        dangling.to = QUuid::createUuid();
        r = w->add(dangling);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(r.error().message));
        Dependency unset;
        unset.from = a;
        QVERIFY(!w->add(unset));
        Dependency longLabel;
        longLabel.from = a;
        longLabel.to = addComponent(*w, QStringLiteral("B"));
        longLabel.label = QString(kMaxTitleLength + 1, QLatin1Char('x'));
        QVERIFY(!w->add(longLabel));
        QCOMPARE(w->liveCount(EntityKind::Dependency), 0);
    }

    void removingAComponentTakesItsArrows()
    {
        auto w = fresh();
        const QUuid a = addComponent(*w, QStringLiteral("A"));
        const QUuid b = addComponent(*w, QStringLiteral("B"));
        const QUuid c = addComponent(*w, QStringLiteral("C"));
        const QUuid ab = addDependency(*w, a, b);
        const QUuid bc = addDependency(*w, b, c);
        const QUuid ac = addDependency(*w, a, c);
        const auto before = snapshot(*w);
        Result<ChangeSet> undo = w->remove(EntityKind::Component, {b});
        QVERIFY(undo);
        QVERIFY(!w->findLive<Dependency>(ab));
        QVERIFY(!w->findLive<Dependency>(bc));
        QVERIFY(w->findLive<Dependency>(ac));
        QVERIFY(w->apply(undo.value())); // one step brings the component and its arrows back
        QCOMPARE(snapshot(*w), before);
    }

    void mergedLikeEveryRow()
    {
        auto base = fresh();
        const QUuid a = addComponent(*base, QStringLiteral("A"));
        const QUuid b = addComponent(*base, QStringLiteral("B"));
        const QUuid c = addComponent(*base, QStringLiteral("C"));
        const QUuid ab = addDependency(*base, a, b);
        const QString basePath = base->path();
        base.reset();
        const QString alicePath = path(QStringLiteral("alice")),
                      bobPath = path(QStringLiteral("bob"));
        {
            auto w = Workshop::open(basePath);
            QVERIFY(w && w.value()->saveCopy(alicePath) && w.value()->saveCopy(bobPath));
        }
        QUuid aliceArrow;
        {
            auto alice = Workshop::open(alicePath);
            QVERIFY(alice);
            aliceArrow = addDependency(*alice.value(), b, c, DependencyKind::Data);
            QVERIFY(!aliceArrow.isNull());
            Dependency relabel = *alice.value()->findLive<Dependency>(ab);
            relabel.label = QStringLiteral("orders");
            QVERIFY(alice.value()->update(relabel));
        }
        QTest::qWait(2); // a later clock for Bob's edit of another field
        {
            auto bob = Workshop::open(bobPath);
            QVERIFY(bob);
            Dependency flagged = *bob.value()->findLive<Dependency>(ab);
            flagged.unprotected = true;
            QVERIFY(bob.value()->update(flagged));
        }
        auto target = Workshop::open(alicePath);
        QVERIFY(target);
        Merger merger(*target.value());
        QVERIFY(merger.addSource(bobPath));
        Result<MergeResult> merged = merger.merge();
        QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
        const Dependency *joined = target.value()->findLive<Dependency>(ab);
        QVERIFY(joined);
        QCOMPARE(joined->label, QStringLiteral("orders")); // Alice's field
        QVERIFY(joined->unprotected);                      // and Bob's, field by field
        QVERIFY(target.value()->findLive<Dependency>(aliceArrow));

        // Bob removes B: its arrows go as tombstones, and the merge takes them out of Alice's.
        {
            auto bob = Workshop::open(bobPath);
            QVERIFY(bob && bob.value()->remove(EntityKind::Component, {b}));
        }
        Merger again(*target.value());
        QVERIFY(again.addSource(bobPath));
        QVERIFY(again.merge());
        QVERIFY(!target.value()->findLive<Dependency>(ab));
        // Alice's own new arrow on B is not Bob's to delete; it stays, pointing at a tombstone,
        // and reach ignores it.
        QCOMPARE(ReachIndex(*target.value()).reachCount(c), 0);
    }

    // The built-in templates and the sample bring a realistic map: arrows between their own
    // components, applied in the same change set as the components.
    void templatesAndSampleCarryAMap()
    {
        const TemplateLibrary library = loadTemplates(QString());
        QCOMPARE(library.problems, QStringList());
        QCOMPARE(library.templates.size(), 5);
        for (const WorkshopTemplate &t : library.templates) {
            QVERIFY2(t.dependencies.size() >= 6, qPrintable(t.id));
            auto w = fresh();
            const ChangeSet changes = templateChanges(*w, t);
            QVERIFY2(w->apply(changes), qPrintable(t.id));
            QCOMPARE(w->liveCount(EntityKind::Dependency), int(t.dependencies.size()));
            const ReachIndex reach(*w);
            int reaching = 0;
            for (const Component &c : w->rows<Component>())
                reaching += reach.reachCount(c.meta.id) > 0 ? 1 : 0;
            QVERIFY2(reaching >= 3, qPrintable(t.id));
            bool userFacing = false;
            for (const Component &c : w->rows<Component>())
                userFacing = userFacing || c.userFacing;
            QVERIFY2(userFacing, qPrintable(t.id));
        }
        auto sample = importSample(path(QStringLiteral("sample")));
        QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().message));
        QCOMPARE(sample.value()->liveCount(EntityKind::Dependency), 12);
        const ReachIndex reach(*sample.value());
        const Component *db = nullptr;
        for (const Component &c : sample.value()->rows<Component>()) {
            if (c.name.startsWith(QStringLiteral("Orders database")))
                db = sample.value()->findLive<Component>(c.meta.id);
        }
        QVERIFY(db);
        QCOMPARE(reach.reachCount(db->meta.id), 4); // checkout, inventory, gateway, the PSP
    }

    void templateDependenciesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("arrows");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown end") << QByteArray(R"([{"from": "A", "to": "Z"}])")
                                     << QStringLiteral("“Z” is not a component of the template");
        QTest::addRow("itself") << QByteArray(R"([{"from": "A", "to": "A"}])")
                                << QStringLiteral("cannot depend on itself");
        QTest::addRow("unknown kind")
            << QByteArray(R"([{"from": "A", "to": "B", "kind": "telepathy"}])")
            << QStringLiteral("the kind “telepathy” is unknown");
        QTest::addRow("not a list")
            << QByteArray(R"({"from": "A"})") << QStringLiteral("“dependencies” must be a list");
    }
    void templateDependenciesAreChecked()
    {
        QFETCH(QByteArray, arrows);
        QFETCH(QString, message);
        const QByteArray json = R"({"id": "t", "name": "T", "components": [{"name": "A"},
            {"name": "B", "userFacing": true}], "dependencies": )" +
                                arrows + "}";
        const auto t = parseTemplate(json, QStringLiteral("t.json"));
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains(message), qPrintable(t.error().message));
        QByteArray good = json;
        good.replace(arrows, R"([{"from": "A", "to": "B", "kind": "data", "label": "rows"}])");
        const auto ok = parseTemplate(good, QStringLiteral("t.json"));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok->dependencies.size(), 1);
        QCOMPARE(ok->dependencies[0].kind, DependencyKind::Data);
        QVERIFY(ok->components[1].userFacing);
    }

    void jsonRoundTrip()
    {
        auto w = fresh();
        const QUuid a = addComponent(*w, QStringLiteral("A"), ComponentKind::Service, true);
        const QUuid b = addComponent(*w, QStringLiteral("B"));
        const QUuid ab = addDependency(*w, a, b, DependencyKind::Deployment);
        const QByteArray json = exportJson(*w);
        QVERIFY(json.contains("\"dependencies\""));
        QVERIFY(json.contains("\"fromComponent\""));
        QVERIFY(json.contains("\"userFacing\": true"));
        auto back = importJson(json, path(QStringLiteral("fromjson")));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(snapshot(*back.value()), snapshot(*w));
        QCOMPARE(back.value()->findLive<Dependency>(ab)->kind, DependencyKind::Deployment);
        QCOMPARE(exportJson(*back.value()), json);
        // A hand-written file may name components by key.
        const QByteArray hand = R"({"formatVersion": 2, "workshop": {"id": "w", "title": "T"},
            "components": [{"id": "api", "name": "API"}, {"id": "db", "name": "DB"}],
            "dependencies": [{"id": "d1", "fromComponent": "api", "toComponent": "db",
                              "kind": "data"},
                             {"id": "d2", "fromComponent": "api", "toComponent": "nowhere"}]})";
        auto refused = importJson(hand, path(QStringLiteral("hand")));
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("does not exist")),
                 qPrintable(refused.error().message));
        QVERIFY(!QFile::exists(path(QStringLiteral("hand"))));
        QByteArray fixed = hand;
        fixed.replace("\"nowhere\"", "\"api\"");
        QVERIFY(!importJson(fixed, path(QStringLiteral("hand")))); // a self-dependency
        fixed.replace("\"toComponent\": \"api\"", "\"toComponent\": \"db\", \"kind\": \"bogus\"");
        QVERIFY(!importJson(fixed, path(QStringLiteral("hand")))); // an unknown kind
        fixed.replace(", \"kind\": \"bogus\"", "");
        auto ok = importJson(fixed, path(QStringLiteral("hand")));
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        QCOMPARE(ok.value()->liveCount(EntityKind::Dependency), 2);
    }

    // A graph as edges on numbered nodes, and reach by a walk from each node: the reference.
    static std::vector<std::vector<int>> bruteForce(int n,
                                                    const std::vector<std::pair<int, int>> &edges)
    {
        // reaches[x][y]: a failure of x reaches y, i.e. y depends on x through some path.
        std::vector<std::vector<bool>> reaches(size_t(n), std::vector<bool>(size_t(n), false));
        for (const auto &[from, to] : edges) {
            if (from != to)
                reaches[size_t(to)][size_t(from)] = true;
        }
        for (int k = 0; k < n; ++k)
            for (int i = 0; i < n; ++i)
                if (reaches[size_t(i)][size_t(k)])
                    for (int j = 0; j < n; ++j)
                        if (reaches[size_t(k)][size_t(j)])
                            reaches[size_t(i)][size_t(j)] = true;
        std::vector<std::vector<int>> result(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j)
                if (i != j && reaches[size_t(i)][size_t(j)])
                    result[size_t(i)].push_back(j);
        return result;
    }

    void reachMatchesBruteForce_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << int(1 + seed * 3 % 60) << int(seed * 7 % 150) << seed;
        QTest::addRow("empty") << 0 << 0 << 99u;
        QTest::addRow("dense") << 40 << 1200 << 7u;
    }
    void reachMatchesBruteForce()
    {
        QFETCH(int, nodes);
        QFETCH(int, edges);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        std::vector<std::pair<int, int>> list;
        for (int i = 0; i < edges && nodes > 0; ++i) // self-loops and duplicates included
            list.emplace_back(rng.bounded(nodes), rng.bounded(nodes));
        // A long cycle through every node, in every fourth graph.
        if (seed % 4 == 0)
            for (int i = 0; i < nodes; ++i)
                list.emplace_back(i, (i + 1) % nodes);
        const auto expected = bruteForce(nodes, list);
        const ReachGraph graph(nodes, list);
        QVERIFY(graph.usesBitsets());
        // Every third node left out of the count, as layers and boundaries are.
        std::vector<bool> counted(static_cast<size_t>(nodes));
        for (int v = 0; v < nodes; ++v)
            counted[size_t(v)] = v % 3 != 0;
        const auto mask = ReachGraph::maskOf(counted);
        for (int v = 0; v < nodes; ++v) {
            QCOMPARE(graph.reachOf(v), expected[size_t(v)]);
            QCOMPARE(graph.reachCount(v), int(expected[size_t(v)].size()));
            const auto &reached = expected[size_t(v)];
            QCOMPARE(graph.reachCount(v, mask),
                     int(std::count_if(reached.cbegin(), reached.cend(),
                                       [&](int r) { return counted[size_t(r)]; })));
        }
    }

    // Past the bitset budget the same answers come from a walk per node.
    void reachWalkMatchesBitsets()
    {
        QRandomGenerator rng(5);
        const int n = 300;
        std::vector<std::pair<int, int>> list;
        for (int i = 0; i < 900; ++i)
            list.emplace_back(rng.bounded(n), rng.bounded(n));
        const auto expected = bruteForce(n, list);
        // 100,000 isolated nodes on top: c * n is far beyond the budget.
        const ReachGraph big(n + 100000, list);
        QVERIFY(!big.usesBitsets());
        const auto all = ReachGraph::maskOf(std::vector<bool>(size_t(n), true));
        for (int v = 0; v < n; v += 7) {
            QCOMPARE(big.reachOf(v), expected[size_t(v)]);
            QCOMPARE(big.reachCount(v), int(expected[size_t(v)].size()));
            QCOMPARE(big.reachCount(v, all), int(expected[size_t(v)].size()));
        }
        QCOMPARE(big.reachCount(n + 5), 0);
    }

    void deepChainNeedsNoRecursion()
    {
        const int n = 200000;
        std::vector<std::pair<int, int>> chain;
        for (int i = 0; i + 1 < n; ++i)
            chain.emplace_back(i + 1, i); // i+1 depends on i
        chain.emplace_back(0, n - 1);     // and round again: one cycle of 200,000
        const ReachGraph graph(n, chain);
        QCOMPARE(graph.reachCount(12345), n - 1);
    }

    void reachOfAWorkshop()
    {
        auto w = fresh();
        const QUuid web =
            addComponent(*w, QStringLiteral("Web shop"), ComponentKind::Service, true);
        const QUuid api = addComponent(*w, QStringLiteral("Checkout API"));
        const QUuid pay =
            addComponent(*w, QStringLiteral("Payment gateway"), ComponentKind::External);
        const QUuid db = addComponent(*w, QStringLiteral("Orders DB"), ComponentKind::Datastore);
        const QUuid edge = addComponent(*w, QStringLiteral("Edge"), ComponentKind::Boundary);
        const QUuid idle = addComponent(*w, QStringLiteral("Reporting"));
        addDependency(*w, web, api);
        addDependency(*w, api, pay);
        addDependency(*w, api, db);
        addDependency(*w, pay, api); // a callback: a cycle
        addDependency(*w, edge, db);
        const ReachIndex reach(*w);
        QCOMPARE(reach.componentCount(), 5); // the boundary is not counted
        // In creation order, as the workshop lists its rows: components made within one
        // millisecond are ordered by id, so the order is read from the workshop, not assumed.
        auto inCreationOrder = [&](const QSet<QUuid> &ids) {
            QList<QUuid> ordered;
            for (const Component &c : w->rows<Component>()) {
                if (ids.contains(c.meta.id))
                    ordered << c.meta.id;
            }
            return ordered;
        };
        QCOMPARE(reach.reachedBy(db), inCreationOrder({web, api, pay}));
        QCOMPARE(reach.reachCount(db), 3);
        QStringList payReaches;
        for (const QUuid &id : inCreationOrder({web, api}))
            payReaches << w->findLive<Component>(id)->name;
        QCOMPARE(reach.reachedNames(pay), payReaches);
        QCOMPARE(reach.reachCount(web), 0);
        QCOMPARE(reach.reachCount(idle), 0);
        QCOMPARE(reach.directDependentCount(db), 1);
        QVERIFY(reach.reachesUserFacing(pay));
        QVERIFY(!reach.reachesUserFacing(web));
        const QStringList dbReaches = reach.reachedNames(db);
        QCOMPARE(QSet<QString>(dbReaches.begin(), dbReaches.end()),
                 (QSet<QString>{QStringLiteral("Web shop"), QStringLiteral("Checkout API"),
                                QStringLiteral("Payment gateway")}));
        QCOMPARE(reachText(reach, db), QStringLiteral("reaches 3 of 5 components: ") +
                                           dbReaches.join(QStringLiteral(", ")));
        QCOMPARE(reachText(reach, db, 1),
                 QStringLiteral("reaches 3 of 5 components: %1, 2 more").arg(dbReaches.first()));
    }

    void architectureWarnings()
    {
        auto w = fresh();
        const QUuid web =
            addComponent(*w, QStringLiteral("Web shop"), ComponentKind::Service, true);
        const QUuid api = addComponent(*w, QStringLiteral("Checkout API"));
        const QUuid pay = addComponent(*w, QStringLiteral("Payment gateway"));
        const QUuid db = addComponent(*w, QStringLiteral("Orders DB"));
        const QUuid search = addComponent(*w, QStringLiteral("Search"));
        const QUuid logs = addComponent(*w, QStringLiteral("Log shipper"));
        addDependency(*w, web, api);
        addDependency(*w, web, search);
        addDependency(*w, api, pay);
        addDependency(*w, api, db);
        addDependency(*w, search, logs);
        // The database reaches web and API (2 of 6, not most) and the user-facing web shop.
        FailureMode understated = scoredMode(QStringLiteral("Orders DB fails over slowly"), 4, 2);
        understated.component = db;
        QVERIFY(w->add(understated));
        // Scored high: no warning even though it reaches the web shop.
        FailureMode honest = scoredMode(QStringLiteral("Search index stale"), 3, 4);
        honest.component = search;
        QVERIFY(w->add(honest));
        // Logs reach search and web: user-facing, low blast radius -> warned too.
        FailureMode logsDown = scoredMode(QStringLiteral("Log shipper stalls"), 2, 1);
        logsDown.component = logs;
        QVERIFY(w->add(logsDown));
        QList<ArchitectureWarning> list = pm::architectureWarnings(*w);
        QStringList codes, texts;
        for (const ArchitectureWarning &a : list) {
            codes << a.code();
            texts << a.text;
        }
        QCOMPARE(codes.count(QStringLiteral("understated-blast-radius")), 2);
        QVERIFY2(texts.join(u'\n').contains(QStringLiteral(
                     "“Orders DB fails over slowly” has its blast radius scored 2, but a failure "
                     "there reaches 2 of 6 components, user-facing ones among them.")),
                 qPrintable(texts.join(u'\n')));
        // Nobody wrote about the payment gateway nor the API: the API reaches only the web
        // shop (1 < 3), the gateway 2 (< 3): no single point yet.
        QCOMPARE(codes.count(QStringLiteral("undiscussed-single-point")), 0);
        const QUuid mobile =
            addComponent(*w, QStringLiteral("Mobile app"), ComponentKind::Service, true);
        const QUuid partner = addComponent(*w, QStringLiteral("Partner API"));
        addDependency(*w, mobile, api);
        addDependency(*w, partner, api);
        list = pm::architectureWarnings(*w);
        codes.clear();
        texts.clear();
        for (const ArchitectureWarning &a : list) {
            codes << a.code();
            texts << a.text;
        }
        QCOMPARE(codes.count(QStringLiteral("undiscussed-single-point")), 2); // gateway and API
        QVERIFY2(texts.join(u'\n').contains(
                     QStringLiteral("“Payment gateway” is a single point of failure nobody "
                                    "discussed: a failure there reaches 4 of 8 components, and it "
                                    "has no failure mode yet.")),
                 qPrintable(texts.join(u'\n')));
        QCOMPARE(list.last().component, api); // fewer reached, listed after the gateway
        // Once discussed, the warning goes.
        FailureMode discussed = scoredMode(QStringLiteral("Gateway times out"), 3, 5);
        discussed.component = pay;
        QVERIFY(w->add(discussed));
        list = pm::architectureWarnings(*w);
        QCOMPARE(std::count_if(list.cbegin(), list.cend(),
                               [&](const ArchitectureWarning &a) { return a.component == pay; }),
                 0);
        // A blast radius of most of the system, nothing user-facing: the database reaches 5 of 8
        // once search depends on it too.
        for (const QUuid &id : {web, mobile}) {
            Component c = *w->findLive<Component>(id);
            c.userFacing = false;
            QVERIFY(w->update(c));
        }
        list = pm::architectureWarnings(*w);
        QVERIFY(std::none_of(list.cbegin(), list.cend(), [&](const ArchitectureWarning &a) {
            return a.failureMode == understated.meta.id;
        }));
        addDependency(*w, search, db);
        list = pm::architectureWarnings(*w);
        QVERIFY(std::any_of(list.cbegin(), list.cend(), [&](const ArchitectureWarning &a) {
            return a.failureMode == understated.meta.id && a.reached == 5 && a.of == 8 &&
                   a.text.endsWith(QStringLiteral("reaches 5 of 8 components."));
        }));
        // On a larger map the same reach is neither most of it nor a quarter: nothing to say.
        for (int i = 0; i < 10; ++i)
            addComponent(*w, QStringLiteral("Batch job %1").arg(i));
        QVERIFY2(pm::architectureWarnings(*w).isEmpty(),
                 qPrintable(pm::architectureWarnings(*w).value(0).text));
    }
};

QTEST_GUILESS_MAIN(TstDependencies)
#include "tst_dependencies.moc"

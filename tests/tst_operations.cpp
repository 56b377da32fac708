// Every operation on a workshop, its inverse (undo), the redo, and persistence after each.

#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>

using namespace pm;
using testsupport::snapshot;

using Operation = std::function<Result<ChangeSet>(Workshop &)>;
Q_DECLARE_METATYPE(Operation)

namespace {

// Fixed ids for the fixture, so operations can name their targets.
const QUuid kAlice = QUuid::createUuidV5(QUuid(), QStringLiteral("alice"));
const QUuid kBob = QUuid::createUuidV5(QUuid(), QStringLiteral("bob"));
const QUuid kLayer = QUuid::createUuidV5(QUuid(), QStringLiteral("layer"));
const QUuid kDb = QUuid::createUuidV5(QUuid(), QStringLiteral("db"));
const QUuid kMode = QUuid::createUuidV5(QUuid(), QStringLiteral("mode"));
const QUuid kNote1 = QUuid::createUuidV5(QUuid(), QStringLiteral("note1"));
const QUuid kNote2 = QUuid::createUuidV5(QUuid(), QStringLiteral("note2"));
const QUuid kNote3 = QUuid::createUuidV5(QUuid(), QStringLiteral("note3"));
const QUuid kMitigation = QUuid::createUuidV5(QUuid(), QStringLiteral("mitigation"));
const QUuid kVote = QUuid::createUuidV5(QUuid(), QStringLiteral("vote"));

template <typename T> T withId(const QUuid &id)
{
    T row;
    row.meta.id = id;
    return row;
}

ChangeSet fixtureRows()
{
    auto alice = withId<Participant>(kAlice);
    alice.name = QStringLiteral("Alice");
    alice.role = Role::Sre;
    alice.side = Side::Run;
    auto bob = withId<Participant>(kBob);
    bob.name = QStringLiteral("Bob");
    bob.role = Role::Architect;
    bob.side = Side::Build;
    auto layer = withId<Component>(kLayer);
    layer.name = QStringLiteral("Data layer");
    layer.kind = ComponentKind::Layer;
    layer.width = 1200;
    auto db = withId<Component>(kDb);
    db.name = QStringLiteral("Orders DB");
    db.kind = ComponentKind::Datastore;
    db.parent = kLayer;
    auto mode = withId<FailureMode>(kMode);
    mode.title = QStringLiteral("Connection pool exhaustion");
    mode.component = kDb;
    mode.likelihood = 4;
    mode.blastRadius = 5;
    mode.category = Category::Load;
    auto note1 = withId<Note>(kNote1);
    note1.text = QStringLiteral("40 pods x 50 connections > max_connections");
    note1.author = kAlice;
    note1.component = kDb;
    note1.failureMode = kMode;
    auto note2 = withId<Note>(kNote2);
    note2.text = QStringLiteral("Nobody owns the failover runbook");
    note2.author = kBob;
    note2.category = Category::BlindSpot;
    note2.x = 300;
    auto note3 = withId<Note>(kNote3);
    note3.text = QStringLiteral("Pool sized for VMs");
    note3.component = kDb;
    note3.x = 600;
    auto mitigation = withId<Mitigation>(kMitigation);
    mitigation.failureMode = kMode;
    mitigation.type = MitigationType::PerfBaseline;
    mitigation.description = QStringLiteral("Load test at 3x Black Friday peak");
    mitigation.owner = QStringLiteral("Alice");
    mitigation.due = QDate(2027, 1, 15);
    mitigation.destination = Destination::Backlog;
    auto vote = withId<Vote>(kVote);
    vote.participant = kBob;
    vote.failureMode = kMode;
    vote.dots = 2;
    return {alice, bob, layer, db, mode, note1, note2, note3, mitigation, vote};
}

} // namespace

class TestOperations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileCounter = 0;

    std::unique_ptr<Workshop> makeFixture(QString *path)
    {
        *path = m_dir.filePath(QStringLiteral("w%1.premortem").arg(++m_fileCounter));
        auto w = Workshop::create(*path, QStringLiteral("Checkout migration"),
                                  QStringLiteral("It is May 2027. Checkout has failed."));
        if (!w) {
            qWarning() << w.error().message;
            return nullptr;
        }
        auto r = w.value()->apply(fixtureRows());
        if (!r) {
            qWarning() << r.error().message;
            return nullptr;
        }
        return std::move(w).value();
    }

    static QMap<QString, QVariantList> reopened(const QString &path)
    {
        auto w = Workshop::open(path, Store::Access::ReadOnly);
        if (!w) {
            qWarning() << w.error().message;
            return {};
        }
        return snapshot(*w.value());
    }

private slots:
    void operationAndInverse_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<int>("expectedRows"); // rows the operation writes

        QTest::newRow("edit workshop") << Operation([](Workshop &w) {
            WorkshopInfo info = w.info();
            info.title = QStringLiteral("Checkout → Kubernetes");
            info.phase = Phase::Rank;
            info.horizon = QDate(2027, 6, 1);
            return w.update(info);
        }) << 1;
        QTest::newRow("add participant") << Operation([](Workshop &w) {
            Participant p;
            p.name = QStringLiteral("Chen");
            p.role = Role::Security;
            return w.add(p);
        }) << 1;
        QTest::newRow("edit participant") << Operation([](Workshop &w) {
            Participant p = *w.find<Participant>(kBob);
            p.side = Side::Both;
            return w.update(p);
        }) << 1;
        QTest::newRow("remove participant and their votes")
            << Operation([](Workshop &w) { return w.remove(EntityKind::Participant, {kBob}); })
            << 2;
        QTest::newRow("add component") << Operation([](Workshop &w) {
            Component c;
            c.name = QStringLiteral("Payments provider");
            c.kind = ComponentKind::External;
            c.x = -500;
            return w.add(c);
        }) << 1;
        QTest::newRow("resize component") << Operation([](Workshop &w) {
            Component c = *w.find<Component>(kDb);
            c.width = 480.5;
            c.height = 320;
            return w.update(c);
        }) << 1;
        QTest::newRow("remove component detaches its notes, modes and children")
            << Operation([](Workshop &w) {
                   return w.remove(EntityKind::Component, {kLayer, kDb});
               })
            << 5;
        QTest::newRow("add failure mode") << Operation([](Workshop &w) {
            FailureMode f;
            f.title = QStringLiteral("Double charges on retry");
            f.likelihood = 2;
            f.blastRadius = 5;
            return w.add(f);
        }) << 1;
        QTest::newRow("score failure mode") << Operation([](Workshop &w) {
            FailureMode f = *w.find<FailureMode>(kMode);
            f.likelihood = 2;
            f.blastRadius = 3;
            return w.update(f);
        }) << 1;
        QTest::newRow("remove failure mode with its mitigations and votes")
            << Operation([](Workshop &w) { return w.remove(EntityKind::FailureMode, {kMode}); })
            << 4;
        QTest::newRow("add note") << Operation([](Workshop &w) {
            Note n;
            n.text = QStringLiteral("مرحبا 👋 — RTL and emoji survive");
            n.category = Category::Bug;
            n.colour = QStringLiteral("#e69f00");
            n.hidden = true;
            return w.add(n);
        }) << 1;
        QTest::newRow("edit note text") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote2);
            n.text = QString(kMaxLongTextLength, QLatin1Char('x'));
            return w.update(n);
        }) << 1;
        QTest::newRow("move notes") << Operation([](Workshop &w) {
            return w.moveNotes({{kNote1, 10.5, -20}, {kNote2, 1000, 2000}});
        }) << 2;
        QTest::newRow("assign note to component") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote2);
            n.component = kDb;
            return w.update(n);
        }) << 1;
        QTest::newRow("stack notes into a failure mode") << Operation([](Workshop &w) {
            return w.stackNotes({kNote2, kNote3}, QStringLiteral("Unowned failover"));
        }) << 3;
        QTest::newRow("remove notes") << Operation([](Workshop &w) {
            return w.remove(EntityKind::Note, {kNote1, kNote3});
        }) << 2;
        QTest::newRow("add mitigation") << Operation([](Workshop &w) {
            Mitigation m;
            m.failureMode = kMode;
            m.type = MitigationType::Canary;
            m.description = QStringLiteral("Canary 5% of traffic for a day");
            m.status = MitigationStatus::Accepted;
            m.destination = Destination::Checklist;
            m.residualLikelihood = 2;
            m.residualBlastRadius = 2;
            return w.add(m);
        }) << 1;
        QTest::newRow("edit mitigation") << Operation([](Workshop &w) {
            Mitigation m = *w.find<Mitigation>(kMitigation);
            m.status = MitigationStatus::Done;
            m.due = QDate();
            return w.update(m);
        }) << 1;
        QTest::newRow("remove mitigation") << Operation([](Workshop &w) {
            return w.remove(EntityKind::Mitigation, {kMitigation});
        }) << 1;
        QTest::newRow("add vote") << Operation([](Workshop &w) {
            Vote v;
            v.participant = kAlice;
            v.failureMode = kMode;
            return w.add(v);
        }) << 1;
        QTest::newRow("remove vote")
            << Operation([](Workshop &w) { return w.remove(EntityKind::Vote, {kVote}); }) << 1;
    }

    void operationAndInverse()
    {
        QFETCH(Operation, operation);
        QFETCH(int, expectedRows);
        QString path;
        auto w = makeFixture(&path);
        QVERIFY(w);
        const auto before = snapshot(*w);
        QSignalSpy spy(w.get(), &Workshop::changed);

        Result<ChangeSet> inverse = operation(*w);
        QVERIFY2(inverse.ok(), qPrintable(inverse.error().message));
        QCOMPARE(inverse->size(), expectedRows);
        QCOMPARE(spy.count(), 1); // one signal per operation, naming every changed row
        QCOMPARE(spy.takeFirst().at(0).value<QList<RowChange>>().size(), expectedRows);
        const auto after = snapshot(*w);
        QVERIFY(after != before);
        QCOMPARE(reopened(path), after);

        Result<ChangeSet> redo = w->apply(inverse.value()); // undo
        QVERIFY2(redo.ok(), qPrintable(redo.error().message));
        QCOMPARE(snapshot(*w), before);
        QCOMPARE(reopened(path), before);

        Result<ChangeSet> undoAgain = w->apply(redo.value()); // redo
        QVERIFY2(undoAgain.ok(), qPrintable(undoAgain.error().message));
        QCOMPARE(snapshot(*w), after);
        QCOMPARE(reopened(path), after);
        QCOMPARE(w->problems(), QStringList());
    }

    void cascadeKeepsReferencesConsistent()
    {
        QString path;
        auto w = makeFixture(&path);
        QVERIFY(w);
        QVERIFY(w->remove(EntityKind::Component, {kLayer}).ok());
        QCOMPARE(w->find<Component>(kDb)->parent, QUuid());
        QVERIFY(w->remove(EntityKind::FailureMode, {kMode}).ok());
        QCOMPARE(w->find<Note>(kNote1)->failureMode, QUuid());
        QVERIFY(w->find<Mitigation>(kMitigation)->meta.deleted);
        QVERIFY(w->find<Vote>(kVote)->meta.deleted);
        QCOMPARE(w->liveCount(EntityKind::Mitigation), 0);
    }

    void noChangeWritesNothing()
    {
        QString path;
        auto w = makeFixture(&path);
        QVERIFY(w);
        const QByteArray hash = testsupport::fileHash(path);
        QSignalSpy spy(w.get(), &Workshop::changed);
        auto r = w->update(*w->find<Note>(kNote1));
        QVERIFY(r.ok());
        QVERIFY(r->isEmpty());
        QCOMPARE(spy.count(), 0);
        QCOMPARE(testsupport::fileHash(path), hash);
    }

    void invalidEditsAreRejectedAndChangeNothing_data()
    {
        QTest::addColumn<Operation>("operation");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("likelihood 6") << Operation([](Workshop &w) {
            FailureMode f = *w.find<FailureMode>(kMode);
            f.likelihood = 6;
            return w.update(f);
        }) << QStringLiteral("“Likelihood”"); // the field as people read it
        QTest::newRow("negative blast radius") << Operation([](Workshop &w) {
            FailureMode f = *w.find<FailureMode>(kMode);
            f.blastRadius = -1;
            return w.update(f);
        }) << QStringLiteral("“Blast radius”");
        QTest::newRow("text too long") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote1);
            n.text = QString(kMaxLongTextLength + 1, QLatin1Char('y'));
            return w.update(n);
        }) << QStringLiteral("20000");
        QTest::newRow("empty note") << Operation([](Workshop &w) {
            Note n;
            n.text = QStringLiteral("   ");
            return w.add(n);
        }) << QStringLiteral("must not be empty");
        QTest::newRow("NaN position") << Operation([](Workshop &w) {
            return w.moveNotes({{kNote1, qQNaN(), 0}});
        }) << QStringLiteral("out of range");
        QTest::newRow("bad colour") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote1);
            n.colour = QStringLiteral("red");
            return w.update(n);
        }) << QStringLiteral("colour");
        QTest::newRow("dangling reference") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote1);
            n.component = QUuid::createUuid();
            return w.update(n);
        }) << QStringLiteral("does not exist");
        QTest::newRow("reference to the wrong kind") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote1);
            n.component = kAlice;
            return w.update(n);
        }) << QStringLiteral("does not exist");
        QTest::newRow("component inside itself") << Operation([](Workshop &w) {
            Component layer = *w.find<Component>(kLayer);
            layer.parent = kDb; // kDb's parent is the layer
            return w.update(layer);
        }) << QStringLiteral("inside itself");
        QTest::newRow("second workshop record") << Operation([](Workshop &w) {
            WorkshopInfo other;
            other.title = QStringLiteral("Another");
            return w.add(other);
        }) << QStringLiteral("exactly one workshop");
        QTest::newRow("edit a removed note") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote1);
            (void)w.remove(EntityKind::Note, {kNote1});
            n.text = QStringLiteral("too late");
            return w.update(n);
        }) << QStringLiteral("no longer exists");
        QTest::newRow("NUL in text") << Operation([](Workshop &w) {
            Note n = *w.find<Note>(kNote1);
            n.text = QStringLiteral("a") + QChar(0) + QStringLiteral("b");
            return w.update(n);
        }) << QStringLiteral("NUL");
    }

    void invalidEditsAreRejectedAndChangeNothing()
    {
        QFETCH(Operation, operation);
        QFETCH(QString, messagePart);
        QString path;
        auto w = makeFixture(&path);
        QVERIFY(w);
        Result<ChangeSet> r = operation(*w);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
        const auto state = snapshot(*w);
        QCOMPARE(reopened(path), state);
    }

    void readOnlyDocumentRefusesEdits()
    {
        QString path;
        auto writer = makeFixture(&path);
        QVERIFY(writer);
        auto viewer = Workshop::open(path); // the first holds the lock
        QVERIFY(viewer.ok());
        QVERIFY(viewer.value()->isReadOnly());
        const QByteArray hash = testsupport::fileHash(path);
        auto r = viewer.value()->remove(EntityKind::Note, {kNote1});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::ReadOnly);
        QVERIFY(r.error().message.contains(QStringLiteral("another Premortem window")));
        QCOMPARE(testsupport::fileHash(path), hash);
    }

    void bookkeepingIsStamped()
    {
        QString path;
        auto w = makeFixture(&path);
        QVERIFY(w);
        const Note before = *w->find<Note>(kNote1);
        QVERIFY(w->moveNotes({{kNote1, 5, 5}}).ok());
        const Note after = *w->find<Note>(kNote1);
        QCOMPARE(after.meta.created, before.meta.created);
        QVERIFY(after.meta.modified >= before.meta.modified);
        QVERIFY(after.meta.hlc > before.meta.hlc); // the clock never goes backwards
        QCOMPARE(after.meta.writer, w->writerId());
        QVERIFY(after.meta.hlc < (qint64(1) << 53)); // exact in JSON numbers
    }

    void removalLeavesTombstone()
    {
        QString path;
        auto w = makeFixture(&path);
        QVERIFY(w);
        QVERIFY(w->remove(EntityKind::Note, {kNote2}).ok());
        w.reset();
        auto again = Workshop::open(path);
        QVERIFY(again.ok());
        const Note *tombstone = again.value()->find<Note>(kNote2);
        QVERIFY(tombstone);
        QVERIFY(tombstone->meta.deleted);
        QCOMPARE(again.value()->findLive<Note>(kNote2), nullptr);
        QCOMPARE(again.value()->rows<Note>().size(), 2);
    }

    void saveCopyIsCompleteWithItsOwnWriter()
    {
        QString path;
        auto w = makeFixture(&path);
        QVERIFY(w);
        const QString copyPath = m_dir.filePath(QStringLiteral("copy.premortem"));
        QVERIFY(testsupport::writeAll(copyPath, "old contents to be replaced"));
        QVERIFY(w->saveCopy(copyPath).ok());
        auto copy = Workshop::open(copyPath);
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QCOMPARE(snapshot(*copy.value()), snapshot(*w));
        QVERIFY(copy.value()->writerId() != w->writerId());
        QVERIFY(!QFile::exists(copyPath + QStringLiteral(".saving")));
        QVERIFY(!w->saveCopy(path).ok()); // not onto itself
        const QString link = m_dir.filePath(QStringLiteral("link.premortem"));
        QVERIFY(QFile::link(path, link));
        QVERIFY(!w->saveCopy(link).ok()); // nor onto itself through a symbolic link

        // Never over a file another window is editing: its later edits would be lost.
        copy.value().reset();
        auto other = Workshop::open(copyPath);
        QVERIFY(other.ok() && !other.value()->isReadOnly());
        const QByteArray hash = testsupport::fileHash(copyPath);
        auto refused = w->saveCopy(copyPath);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("another Premortem window")));
        QCOMPARE(testsupport::fileHash(copyPath), hash);
    }
};

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"

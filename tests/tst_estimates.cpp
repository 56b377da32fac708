// Independent estimates: hidden until the reveal, anonymous when the workshop is, validated as
// hostile input, undone, merged from two machines in any order to the same rows, and the spread
// the group discusses (range, disagreement, median) with the agreed score taken from it.

#include "anonymity.h"
#include "calibrationtables.h"
#include "disagreementsection.h"
#include "estimates.h"
#include "exporter.h"
#include "lookbackstats.h"
#include "merger.h"
#include "singletonrisk.h"
#include "testsupport.h"
#include "translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace pm;
using namespace testsupport;

class TstEstimates : public QObject
{
    Q_OBJECT

    ScratchWorkshops m_scratch;

    QString path(const QString &name) const { return m_scratch.path(name); }
    std::unique_ptr<Workshop> fresh() { return m_scratch.fresh(); }
    static QUuid addParticipant(Workshop &w, const QString &name)
    {
        QTest::qWait(2);
        Participant p;
        p.meta.id = QUuid::createUuid();
        p.name = name;
        return w.add(p) ? p.meta.id : QUuid();
    }
    static QUuid addMode(Workshop &w, const QString &title)
    {
        QTest::qWait(2); // rows list in creation order, by millisecond: one each
        FailureMode m;
        m.meta.id = QUuid::createUuid();
        m.title = title;
        return w.add(m) ? m.meta.id : QUuid();
    }
    static QString failure(const Result<ChangeSet> &r) { return r ? QString() : r.error().message; }

private slots:
    void initTestCase() { installTranslations(qApp); }

    void hiddenUntilRevealed()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid bob = addParticipant(*w, QStringLiteral("Bob"));
        const QUuid cat = addParticipant(*w, QStringLiteral("Cat"));
        const QUuid x = addMode(*w, QStringLiteral("X")), y = addMode(*w, QStringLiteral("Y"));
        QVERIFY(setEstimate(*w, ann, x, 2, 3));
        QVERIFY(setEstimate(*w, ann, y, 1, 1));
        QVERIFY(setEstimate(*w, bob, x, 4, 5));

        const QList<VisibleEstimate> annSees = visibleEstimates(*w, ann);
        QCOMPARE(annSees.size(), 2);
        for (const VisibleEstimate &e : annSees)
            QVERIFY(e.own && e.participant == ann);
        QCOMPARE(visibleEstimates(*w, bob).size(), 1);
        QCOMPARE(visibleEstimates(*w, bob)[0].likelihood, 4);
        QVERIFY(visibleEstimates(*w, cat).isEmpty());
        QVERIFY(visibleEstimates(*w).isEmpty()); // the facilitator and the reports: nothing
        QVERIFY(estimateSpreads(*w).isEmpty());
        QVERIFY(!adoptMedian(*w, x));

        // Progress shows who has scored how many, never a value.
        QHash<QUuid, EstimateProgress> progress;
        for (const EstimateProgress &p : estimateProgress(*w))
            progress.insert(p.participant, p);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress[ann].scored, 2);
        QCOMPARE(progress[bob].scored, 1);
        QCOMPARE(progress[cat].scored, 0);
        QCOMPARE(progress[cat].of, 2);

        QVERIFY(setEstimatesRevealed(*w, true));
        QCOMPARE(visibleEstimates(*w).size(), 3);
        QCOMPARE(visibleEstimates(*w, cat).size(), 3);
        const QList<VisibleEstimate> bobSees = visibleEstimates(*w, bob);
        int bobsOwn = 0;
        for (const VisibleEstimate &e : bobSees) {
            QVERIFY(!e.participant.isNull()); // not anonymous: names are shown
            bobsOwn += e.own ? 1 : 0;
        }
        QCOMPARE(bobsOwn, 1);
        // After the reveal estimates stay as they are until the facilitator hides them again.
        const Result<ChangeSet> late = setEstimate(*w, cat, x, 1, 1);
        QVERIFY(!late);
        QVERIFY2(late.error().message.contains(QStringLiteral("revealed")),
                 qPrintable(late.error().message));
        QVERIFY(!clearEstimate(*w, ann, x));
        QVERIFY(setEstimatesRevealed(*w, false));
        QVERIFY(setEstimate(*w, cat, x, 1, 1));
        QCOMPARE(visibleEstimates(*w, cat).size(), 1);
    }

    void anonymousWorkshopsNameNobody()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid bob = addParticipant(*w, QStringLiteral("Bob"));
        const QUuid x = addMode(*w, QStringLiteral("X"));
        // Bob estimates first and higher: neither order of writing nor of names may show.
        QVERIFY(setEstimate(*w, bob, x, 5, 1));
        QVERIFY(setEstimate(*w, ann, x, 1, 5));
        QVERIFY(setAnonymous(*w, true));
        QVERIFY(setEstimatesRevealed(*w, true));
        const QList<VisibleEstimate> all = visibleEstimates(*w);
        QCOMPARE(all.size(), 2);
        for (const VisibleEstimate &e : all) {
            QVERIFY(e.participant.isNull());
            QVERIFY(!e.own);
        }
        QCOMPARE(all[0].likelihood, 1); // by value
        QCOMPARE(all[1].likelihood, 5);
        const QList<VisibleEstimate> annSees = visibleEstimates(*w, ann);
        for (const VisibleEstimate &e : annSees)
            QCOMPARE(e.participant.isNull(), !e.own); // only her own is hers
        QCOMPARE(annSees[0].own, true);
        QCOMPARE(annSees[1].own, false);
    }

    // Issue 22: "in anonymous workshops nobody, the exports included, can tell whose estimate is
    // whose". The JSON names an estimator of this export only, never the person (nor a device
    // writer or a time that could point back to one); it still imports, with the same spread.
    void anonymousJsonExportNamesNobody()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid bob = addParticipant(*w, QStringLiteral("Bob"));
        const QUuid x = addMode(*w, QStringLiteral("X")), y = addMode(*w, QStringLiteral("Y"));
        QVERIFY(setEstimate(*w, bob, x, 5, 1));
        QVERIFY(setEstimate(*w, bob, y, 2, 2));
        QVERIFY(setEstimate(*w, ann, x, 1, 5));
        QVERIFY(setEstimate(*w, ann, y, 3, 4));
        QVERIFY(clearEstimate(*w, ann, y));
        QVERIFY(setAnonymous(*w, true));
        QVERIFY(setEstimatesRevealed(*w, true));
        // What the export command and dialog write.
        const Result<QByteArray> text = exportText(*w, ExportFormat::Json);
        QVERIFY(text);
        const QByteArray json = *text;
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonArray estimates = root.value(QStringLiteral("estimates")).toArray();
        QCOMPARE(estimates.size(), 3); // the cleared one is left out
        QSet<QString> estimators;
        for (const QJsonValue &v : estimates) {
            const QJsonObject e = v.toObject();
            estimators << e.value(QStringLiteral("participant")).toString();
            QCOMPARE(e.value(QStringLiteral("writer")).toString(),
                     estimates.first().toObject().value(QStringLiteral("writer")).toString());
            QCOMPARE(e.value(QStringLiteral("modified")),
                     estimates.first().toObject().value(QStringLiteral("modified")));
        }
        QCOMPARE(estimators.size(), 2); // one person's estimates stay together
        for (const QUuid &person : {ann, bob}) {
            const QString id = person.toString(QUuid::WithoutBraces);
            QVERIFY(!estimators.contains(id));
            for (const QUuid &mode : {x, y})
                QVERIFY(!json.contains(
                    estimateId(person, mode).toString(QUuid::WithoutBraces).toLatin1()));
        }
        QVERIFY(estimates.first().toObject().value(QStringLiteral("writer")).toString() !=
                w->writerId().toString(QUuid::WithoutBraces));
        // By value, not by who wrote first: X's lower likelihood (Ann's) comes first.
        QList<int> onX;
        for (const QJsonValue &v : estimates) {
            if (QUuid(v.toObject().value(QStringLiteral("failureMode")).toString()) == x)
                onX << v.toObject().value(QStringLiteral("likelihood")).toInt();
        }
        QCOMPARE(onX, (QList<int>{1, 5}));
        // Another export, other estimators: two exports cannot be matched either.
        const QJsonArray again = QJsonDocument::fromJson(exportJsonForReaders(*w))
                                     .object()
                                     .value(QStringLiteral("estimates"))
                                     .toArray();
        QVERIFY(again.first().toObject().value(QStringLiteral("participant")) !=
                estimates.first().toObject().value(QStringLiteral("participant")));
        // Importable, with the same spread; the named people are still there, estimating nothing.
        auto imported = importJson(json, m_scratch.nextPath(QStringLiteral("anonymous")));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        const QList<EstimateSpread> before = estimateSpreads(*w);
        const QList<EstimateSpread> after = estimateSpreads(*imported.value());
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after[i].count, before[i].count);
            QCOMPARE(after[i].minLikelihood, before[i].minLikelihood);
            QCOMPARE(after[i].maxBlastRadius, before[i].maxBlastRadius);
        }
        QVERIFY(imported.value()->findLive<Participant>(ann));
        QVERIFY(visibleEstimates(*imported.value(), ann).isEmpty() ||
                !visibleEstimates(*imported.value(), ann).first().own);
        // The copy that merges keeps every row as it is; so does a named workshop's export.
        QVERIFY(
            exportJson(*w).contains(estimateId(ann, x).toString(QUuid::WithoutBraces).toLatin1()));
        QCOMPARE(exportJson(*w), exportJson(*w));
        QVERIFY(setAnonymous(*w, false));
        const QByteArray named = exportJsonForReaders(*w);
        QVERIFY(named.contains(estimateId(ann, x).toString(QUuid::WithoutBraces).toLatin1()));
        QCOMPARE(exportJsonForReaders(*w), named);
    }

    // A loose note is a risk of its own: its first estimate writes its failure-mode row.
    void looseNoteIsEstimatedThroughItsSingleton()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        Note loose;
        loose.meta.id = QUuid::createUuid();
        loose.text = QStringLiteral("DNS cut-over forgotten");
        QVERIFY(w->add(loose));
        const QUuid singleton = singletonId(loose.meta.id);
        QVERIFY(!w->findLive<FailureMode>(singleton));
        QVERIFY(clearEstimate(*w, ann, singleton)); // nothing to clear, nothing written
        QVERIFY(!w->findLive<FailureMode>(singleton));
        QVERIFY(setEstimate(*w, ann, singleton, 2, 4));
        QVERIFY(w->findLive<FailureMode>(singleton));
        QCOMPARE(w->findLive<Note>(loose.meta.id)->failureMode, singleton);
        QCOMPARE(visibleEstimates(*w, ann).size(), 1);
        QCOMPARE(estimateProgress(*w).first().scored, 1);
        // A hidden note is no risk yet.
        Note hidden;
        hidden.meta.id = QUuid::createUuid();
        hidden.text = QStringLiteral("Secret");
        hidden.hidden = true;
        QVERIFY(w->add(hidden));
        QVERIFY(!setEstimate(*w, ann, singletonId(hidden.meta.id), 1, 1));
    }

    void median_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<int>("median");
        QTest::newRow("none") << QList<int>{} << 0;
        QTest::newRow("one") << QList<int>{4} << 4;
        QTest::newRow("odd") << QList<int>{5, 1, 3} << 3;
        QTest::newRow("even, half up") << QList<int>{2, 3} << 3;
        QTest::newRow("even, whole") << QList<int>{1, 5, 2, 4} << 3;
        QTest::newRow("even, low pair") << QList<int>{1, 1, 2, 5} << 2;
        QTest::newRow("even, top") << QList<int>{4, 5} << 5;
        QTest::newRow("unsorted odd") << QList<int>{5, 5, 1, 1, 2} << 2;
    }
    void median()
    {
        QFETCH(QList<int>, scores);
        QFETCH(int, median);
        QCOMPARE(medianScore(scores), median);
    }

    void spreadDisagreementAndTheAgreedScore()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid bob = addParticipant(*w, QStringLiteral("Bob"));
        const QUuid cat = addParticipant(*w, QStringLiteral("Cat"));
        const QUuid calm = addMode(*w, QStringLiteral("calm"));
        const QUuid split = addMode(*w, QStringLiteral("split"));
        const QUuid edge = addMode(*w, QStringLiteral("edge"));
        // calm: one step apart on both axes; split: 1..5 on likelihood; edge: 2 steps on blast.
        QVERIFY(setEstimate(*w, ann, calm, 3, 3));
        QVERIFY(setEstimate(*w, bob, calm, 4, 2));
        QVERIFY(setEstimate(*w, ann, split, 1, 2));
        QVERIFY(setEstimate(*w, bob, split, 5, 3));
        QVERIFY(setEstimate(*w, cat, split, 2, 3));
        QVERIFY(setEstimate(*w, ann, edge, 2, 2));
        QVERIFY(setEstimate(*w, bob, edge, 2, 4));
        QVERIFY(setEstimatesRevealed(*w, true));

        const QList<EstimateSpread> spreads = estimateSpreads(*w);
        QCOMPARE(spreads.size(), 3);
        QCOMPARE(spreads[0].failureMode, calm);
        QVERIFY(!spreads[0].disagreement());
        QCOMPARE(spreads[0].minLikelihood, 3);
        QCOMPARE(spreads[0].maxLikelihood, 4);
        QCOMPARE(spreads[0].medianLikelihood, 4); // 3 and 4: half up
        QCOMPARE(spreads[0].medianBlastRadius, 3);
        QCOMPARE(spreads[1].failureMode, split);
        QVERIFY(spreads[1].disagreement());
        QCOMPARE(spreads[1].likelihoodSpan(), 4);
        QCOMPARE(spreads[1].medianLikelihood, 2);
        QCOMPARE(spreads[1].medianBlastRadius, 3);
        QCOMPARE(spreads[1].count, 3);
        QVERIFY(spreads[2].disagreement()); // exactly two steps is a disagreement
        QCOMPARE(spreads[2].blastRadiusSpan(), 2);

        const QList<EstimateSpread> sorted = byDisagreement(spreads);
        QCOMPARE(sorted[0].failureMode, split);
        QCOMPARE(sorted[1].failureMode, edge);
        QCOMPARE(sorted[2].failureMode, calm);

        // One step: the agreed score becomes the median, and one undo takes it back.
        Result<ChangeSet> undo = adoptMedian(*w, split);
        QVERIFY2(undo, qPrintable(failure(undo)));
        QCOMPARE(w->findLive<FailureMode>(split)->likelihood, 2);
        QCOMPARE(w->findLive<FailureMode>(split)->blastRadius, 3);
        QVERIFY(w->apply(undo.value()));
        QCOMPARE(w->findLive<FailureMode>(split)->likelihood, 0);
        QCOMPARE(w->findLive<FailureMode>(split)->blastRadius, 0);
        QVERIFY(!adoptMedian(*w, QUuid::createUuid()));
    }

    // The report's "Where we disagreed": nothing before the reveal, then the disagreements with
    // their ranges and the agreed score, and never a name.
    void reportSectionAfterTheReveal()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid bob = addParticipant(*w, QStringLiteral("Bob"));
        const QUuid calm = addMode(*w, QStringLiteral("calm"));
        const QUuid split = addMode(*w, QStringLiteral("split"));
        QVERIFY(setEstimate(*w, ann, calm, 3, 3));
        QVERIFY(setEstimate(*w, bob, calm, 3, 4));
        QVERIFY(setEstimate(*w, ann, split, 1, 2));
        QVERIFY(setEstimate(*w, bob, split, 4, 2));
        QVERIFY(disagreementTable(*w).rows.isEmpty());
        QVERIFY(setEstimatesRevealed(*w, true));
        ReportTable t = disagreementTable(*w);
        QCOMPARE(t.rows.size(), 1);
        QCOMPARE(t.rows[0], (QStringList{QStringLiteral("split"), QStringLiteral("1–4"),
                                         QStringLiteral("2"), QStringLiteral("not agreed yet")}));
        QVERIFY(adoptMedian(*w, split)); // 1 and 4 give 3 (2.5 rounded half up), 2
        t = disagreementTable(*w);
        QCOMPARE(t.rows[0].value(3), QStringLiteral("3 × 2 = 6 Medium"));
        ReportDocument doc;
        addDisagreements(doc, t);
        QCOMPARE(doc.blocks.size(), 2); // heading and table
        QCOMPARE(doc.blocks[0].text, QStringLiteral("Where we disagreed"));
        for (const QStringList &row : t.rows)
            QVERIFY(!row.join(u' ').contains(QStringLiteral("Ann")));
    }

    // Look-back: each person's likelihoods against what happened, next to the group's agreed
    // likelihoods of the same failure modes; nobody is named in an anonymous workshop.
    void calibrationPerPerson()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid bob = addParticipant(*w, QStringLiteral("Bob"));
        const QUuid hit = addMode(*w, QStringLiteral("hit"));
        const QUuid miss = addMode(*w, QStringLiteral("miss"));
        QVERIFY(setEstimate(*w, ann, hit, 5, 3));  // Ann: 0.95 for what happened
        QVERIFY(setEstimate(*w, ann, miss, 1, 3)); // and 0.05 for what did not
        QVERIFY(setEstimate(*w, bob, hit, 1, 3));  // Bob the other way round
        QVERIFY(setEstimate(*w, bob, miss, 5, 3));
        for (auto [id, outcome] :
             {std::pair{hit, Outcome::Happened}, std::pair{miss, Outcome::NotHappened}}) {
            FailureMode m = *w->findLive<FailureMode>(id);
            m.likelihood = 3; // the group said 0.5 for both
            m.blastRadius = 3;
            m.outcome = outcome;
            QVERIFY(w->update(m));
        }
        QVERIFY(calibrate(*w).people.isEmpty()); // hidden: nothing counts yet
        QVERIFY(setEstimatesRevealed(*w, true));
        const Calibration c = calibrate(*w);
        QCOMPARE(c.people.size(), 2);
        const PersonCalibration a = c.people.value(QStringLiteral("Ann"));
        const PersonCalibration b = c.people.value(QStringLiteral("Bob"));
        QCOMPARE(a.judged, 2);
        QVERIFY(qAbs(*a.brierScore() - 0.0025) < 1e-9);
        QVERIFY(qAbs(*b.brierScore() - 0.9025) < 1e-9);
        QVERIFY(qAbs(*a.groupBrierScore() - 0.25) < 1e-9);
        const QList<ReportTable> tables = calibrationTables(c);
        QCOMPARE(tables.last().title, QStringLiteral("Each person against the group"));
        QCOMPARE(tables.last().rows.size(), 2);
        QCOMPARE(tables.last().rows[0].last(), QStringLiteral("the person")); // Ann beat it
        QCOMPARE(tables.last().rows[1].last(), QStringLiteral("the group"));
        QVERIFY(calibrationJson(c).contains(QStringLiteral("people")));
        QVERIFY(setAnonymous(*w, true));
        QVERIFY(calibrate(*w).people.isEmpty());
    }

    // premortem-cli estimate: set, refuse hostile values and late changes, reveal, take the
    // median; info shows progress without values.
    void commandLine()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        addParticipant(*w, QStringLiteral("Bob"));
        const QUuid x = addMode(*w, QStringLiteral("Queue backlog"));
        const QString file = w->path();
        w.reset();
        auto run = [&](QStringList args) {
            args.insert(1, file);
            return runCli(args);
        };
        const QStringList set{QStringLiteral("estimate"), QStringLiteral("--participant"),
                              QStringLiteral("ann"), QStringLiteral("--failure-mode"),
                              QStringLiteral("queue backlog")};
        CliRun r = run(set + QStringList{QStringLiteral("--likelihood"), QStringLiteral("2"),
                                         QStringLiteral("--blast-radius"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run(set + QStringList{QStringLiteral("--likelihood"), QStringLiteral("6"),
                                  QStringLiteral("--blast-radius"), QStringLiteral("5")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("1 to 5")), qPrintable(r.err));
        r = run({QStringLiteral("info")});
        QVERIFY2(r.out.contains(QStringLiteral("Ann 1 of 1")) &&
                     r.out.contains(QStringLiteral("Bob 0 of 1")) &&
                     r.out.contains(QStringLiteral("hidden: ")),
                 qPrintable(r.out));
        QCOMPARE(run({QStringLiteral("estimate"), QStringLiteral("--reveal")}).code, 0);
        r = run(set + QStringList{QStringLiteral("--clear")});
        QCOMPARE(r.code, 2); // revealed: no more changes
        QCOMPARE(run({QStringLiteral("estimate"), QStringLiteral("--adopt-median"),
                      QStringLiteral("Queue backlog")})
                     .code,
                 0);
        auto after = Workshop::open(file);
        QVERIFY(after);
        QCOMPARE(after.value()->findLive<FailureMode>(x)->blastRadius, 5);
        QCOMPARE(after.value()->findLive<Estimate>(estimateId(ann, x))->likelihood, 2);
    }

    void setAndClearAreUndoable()
    {
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid x = addMode(*w, QStringLiteral("X"));
        Result<ChangeSet> set = setEstimate(*w, ann, x, 2, 4);
        QVERIFY2(set, qPrintable(failure(set)));
        const QUuid id = estimateId(ann, x);
        QCOMPARE(w->findLive<Estimate>(id)->blastRadius, 4);
        Result<ChangeSet> change = setEstimate(*w, ann, x, 3, 4);
        QVERIFY(change);
        QVERIFY(w->apply(change.value())); // undo the change
        QCOMPARE(w->findLive<Estimate>(id)->likelihood, 2);
        Result<ChangeSet> cleared = clearEstimate(*w, ann, x);
        QVERIFY(cleared);
        QVERIFY(w->find<Estimate>(id)->meta.deleted); // a tombstone, so the clear merges
        QCOMPARE(estimateProgress(*w)[0].scored, 0);
        QVERIFY(w->apply(cleared.value()));
        QCOMPARE(w->findLive<Estimate>(id)->likelihood, 2);
        // Set again after a clear: the same row comes back, not a second one.
        QVERIFY(clearEstimate(*w, ann, x));
        QVERIFY(setEstimate(*w, ann, x, 5, 5));
        int rows = 0;
        w->forEachRow<Estimate>([&](const Estimate &) { ++rows; });
        QCOMPARE(rows, 1);
        // Removing the participant or the failure mode takes the estimates along.
        QVERIFY(w->remove(EntityKind::Participant, {ann}));
        QVERIFY(!w->findLive<Estimate>(id));
        QCOMPARE(w->problems(), QStringList());
    }

    void hostileValuesAreRefused_data()
    {
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<int>("blastRadius");
        QTest::addColumn<bool>("strangeId");
        QTest::addColumn<bool>("unknownParticipant");
        QTest::newRow("likelihood 0") << 0 << 3 << false << false;
        QTest::newRow("likelihood 6") << 6 << 3 << false << false;
        QTest::newRow("blast radius -1") << 3 << -1 << false << false;
        QTest::newRow("blast radius huge") << 3 << 1000000 << false << false;
        QTest::newRow("id not of its pair") << 3 << 3 << true << false;
        QTest::newRow("unknown participant") << 3 << 3 << false << true;
    }
    void hostileValuesAreRefused()
    {
        QFETCH(int, likelihood);
        QFETCH(int, blastRadius);
        QFETCH(bool, strangeId);
        QFETCH(bool, unknownParticipant);
        auto w = fresh();
        const QUuid ann = addParticipant(*w, QStringLiteral("Ann"));
        const QUuid x = addMode(*w, QStringLiteral("X"));
        const auto before = snapshot(*w);
        Estimate e;
        e.participant = unknownParticipant ? QUuid::createUuid() : ann;
        e.failureMode = x;
        e.meta.id = strangeId ? QUuid::createUuid() : estimateId(e.participant, x);
        e.likelihood = likelihood;
        e.blastRadius = blastRadius;
        const Result<ChangeSet> raw = w->apply({e}); // what a room message or file could carry
        QVERIFY(!raw);
        QVERIFY(!raw.error().message.isEmpty());
        if (!strangeId) {
            const Result<ChangeSet> op = setEstimate(*w, e.participant, x, likelihood, blastRadius);
            QVERIFY(!op);
            QVERIFY(!op.error().message.isEmpty());
        }
        // Nor may a JSON import carry it.
        QByteArray json = exportJson(*w);
        QJsonObject root = QJsonDocument::fromJson(json).object();
        QJsonObject row{
            {QStringLiteral("id"), e.meta.id.toString(QUuid::WithoutBraces)},
            {QStringLiteral("participant"), e.participant.toString(QUuid::WithoutBraces)},
            {QStringLiteral("failureMode"), x.toString(QUuid::WithoutBraces)},
            {QStringLiteral("likelihood"), likelihood},
            {QStringLiteral("blastRadius"), blastRadius}};
        root.insert(QStringLiteral("estimates"), QJsonArray{row});
        const QString target = m_scratch.nextPath(QStringLiteral("hostile"));
        QVERIFY(!importJson(QJsonDocument(root).toJson(), target));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(snapshot(*w), before);
    }

    // Two machines estimate for the same people and failure mode: merged in either order, and
    // again, they end with the same single row per pair.
    void mergeOfTwoMachinesConverges()
    {
        auto base = fresh();
        const QUuid ann = addParticipant(*base, QStringLiteral("Ann"));
        const QUuid bob = addParticipant(*base, QStringLiteral("Bob"));
        const QUuid x = addMode(*base, QStringLiteral("X"));
        const QUuid y = addMode(*base, QStringLiteral("Y"));
        QVERIFY(setEstimate(*base, bob, y, 3, 3));
        const QString basePath = base->path();
        base.reset();
        const QString one = path(QStringLiteral("one")), two = path(QStringLiteral("two"));
        {
            auto w = Workshop::open(basePath);
            QVERIFY(w && w.value()->saveCopy(one) && w.value()->saveCopy(two));
        }
        {
            auto w = Workshop::open(one);
            QVERIFY(setEstimate(*w.value(), ann, x, 2, 2));
            QVERIFY(setEstimate(*w.value(), bob, x, 1, 5));
        }
        QTest::qWait(2);
        {
            auto w = Workshop::open(two);
            QVERIFY(setEstimate(*w.value(), ann, x, 4, 4)); // later: wins on both axes
            QVERIFY(clearEstimate(*w.value(), bob, y));
        }
        const QString oneCopy = path(QStringLiteral("oneCopy"));
        {
            auto w = Workshop::open(one);
            QVERIFY(w.value()->saveCopy(oneCopy));
        }
        QStringList report;
        auto mergeInto = [&](const QString &target, const QString &source) {
            auto w = Workshop::open(target);
            QVERIFY(w);
            Merger merger(*w.value());
            QVERIFY(merger.addSource(source));
            Result<MergeResult> merged = merger.merge();
            QVERIFY2(merged, qPrintable(merged ? QString() : merged.error().message));
            report = merged->changes;
        };
        mergeInto(one, two);
        const QStringList oneReport = report;
        mergeInto(two, oneCopy);
        auto a = Workshop::open(one), b = Workshop::open(two);
        QVERIFY(a && b);
        QCOMPARE(snapshot(*a.value()), snapshot(*b.value()));
        QCOMPARE(a.value()->find<Estimate>(estimateId(ann, x))->likelihood, 4);
        QCOMPARE(a.value()->find<Estimate>(estimateId(bob, x))->blastRadius, 5);
        QVERIFY(a.value()->find<Estimate>(estimateId(bob, y))->meta.deleted);
        int rows = 0;
        a.value()->forEachRow<Estimate>([&](const Estimate &) { ++rows; });
        QCOMPARE(rows, 3);
        // The report counts estimates but names neither people nor values.
        QVERIFY2(oneReport.join(u'\n').contains(QStringLiteral("Took 2 changed estimate")),
                 qPrintable(oneReport.join(u'\n')));
        QVERIFY(!oneReport.join(u'\n').contains(QStringLiteral("Ann")));
        QVERIFY(!oneReport.join(u'\n').contains(QStringLiteral("Bob")));
        a.value().reset();
        b.value().reset();
        // Idempotent: merging the same file again changes nothing.
        auto again = Workshop::open(one);
        Merger merger(*again.value());
        QVERIFY(merger.addSource(two));
        Result<MergePlan> plan = merger.plan();
        QVERIFY(plan);
        QVERIFY(plan->patch.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstEstimates)
#include "tst_estimates.moc"

// Ranking, residual risk, coverage warnings and the heat map: the core's pure functions, on
// fixtures whose expected values are worked out by hand in the comments.

#include "axiswording.h"
#include "heatmap.h"
#include "ranking.h"
#include "risk.h"
#include "singletonrisk.h"
#include "testsupport.h"
#include "voting.h"

#include <QTemporaryDir>

using namespace pm;

namespace {

FailureMode mode(int likelihood, int blastRadius, const QString &title = QStringLiteral("Risk"))
{
    return testsupport::scoredMode(title, likelihood, blastRadius);
}

Mitigation mitigation(const FailureMode &f, MitigationStatus status, int likelihood = 0,
                      int blastRadius = 0, const QString &owner = QString(),
                      const QDate &due = QDate())
{
    Mitigation m;
    m.meta.id = QUuid::createUuid();
    m.failureMode = f.meta.id;
    m.description = QStringLiteral("Do something");
    m.status = status;
    m.residualLikelihood = likelihood;
    m.residualBlastRadius = blastRadius;
    m.owner = owner;
    m.due = due;
    return m;
}

struct Planned
{
    MitigationStatus status;
    int likelihood;
    int blastRadius;
};

const QDate kDue(2027, 1, 15);

} // namespace

Q_DECLARE_METATYPE(QList<Planned>)

class TestRanking : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Workshop> sample()
    {
        auto imported = testsupport::importSample(
            m_dir.filePath(QStringLiteral("sample%1.premortem").arg(++m_files)));
        return imported ? std::move(imported).value() : nullptr;
    }

private slots:
    void residual_data()
    {
        QTest::addColumn<int>("likelihood");
        QTest::addColumn<int>("blastRadius");
        QTest::addColumn<QList<Planned>>("planned");
        QTest::addColumn<int>("expectedLikelihood");
        QTest::addColumn<int>("expectedBlastRadius");
        QTest::addColumn<int>("chosen"); // index into planned, -1 = unchanged
        using S = MitigationStatus;
        QTest::newRow("no mitigation") << 4 << 5 << QList<Planned>{} << 4 << 5 << -1;
        QTest::newRow("proposed does not count")
            << 4 << 5 << QList<Planned>{{S::Proposed, 1, 1}} << 4 << 5 << -1;
        QTest::newRow("rejected does not count")
            << 4 << 5 << QList<Planned>{{S::Rejected, 1, 1}} << 4 << 5 << -1;
        QTest::newRow("accepted") << 4 << 5 << QList<Planned>{{S::Accepted, 2, 3}} << 2 << 3 << 0;
        // 3x3 = 9 against 2x4 = 8: the in-progress one is lower.
        QTest::newRow("lowest of two")
            << 4 << 5 << QList<Planned>{{S::Accepted, 3, 3}, {S::InProgress, 2, 4}} << 2 << 4 << 1;
        // 2x3 = 6 and 3x2 = 6: the smaller blast radius wins the tie.
        QTest::newRow("tie goes to the smaller blast radius")
            << 4 << 5 << QList<Planned>{{S::Accepted, 2, 3}, {S::Done, 3, 2}} << 3 << 2 << 1;
        // Not combined factor by factor: 1x5 (5) and 5x1 (5) never make 1x1.
        QTest::newRow("no cherry-picking across mitigations")
            << 5 << 5 << QList<Planned>{{S::Accepted, 1, 5}, {S::Accepted, 5, 1}} << 5 << 1 << 1;
        // 0 = not estimated: the likelihood stays 4, so 4x2 = 8.
        QTest::newRow("unestimated factor stays")
            << 4 << 5 << QList<Planned>{{S::Done, 0, 2}} << 4 << 2 << 0;
        // A mitigation never raises a risk: 5x5 on a 3x4 caps to 3x4, which lowers nothing.
        QTest::newRow("higher estimate capped")
            << 3 << 4 << QList<Planned>{{S::Accepted, 5, 5}} << 3 << 4 << -1;
        // 1x5 on a 3x4: the likelihood drops to 1, the blast radius caps at 4.
        QTest::newRow("partly higher estimate capped")
            << 3 << 4 << QList<Planned>{{S::Accepted, 1, 5}} << 1 << 4 << 0;
        QTest::newRow("unscored stays unscored")
            << 0 << 4 << QList<Planned>{{S::Done, 1, 1}} << 0 << 0 << -1;
    }
    void residual()
    {
        QFETCH(int, likelihood);
        QFETCH(int, blastRadius);
        QFETCH(QList<Planned>, planned);
        QFETCH(int, expectedLikelihood);
        QFETCH(int, expectedBlastRadius);
        QFETCH(int, chosen);
        const FailureMode f = mode(likelihood, blastRadius);
        QList<Mitigation> mitigations;
        for (const Planned &p : planned)
            mitigations << mitigation(f, p.status, p.likelihood, p.blastRadius);
        // Noise that must not count: another failure mode's mitigation and a deleted one.
        const FailureMode other = mode(5, 5);
        mitigations << mitigation(other, MitigationStatus::Done, 1, 1);
        Mitigation deleted = mitigation(f, MitigationStatus::Done, 1, 1);
        deleted.meta.deleted = true;
        mitigations << deleted;

        const Residual r = residualRisk(f, mitigations);
        QCOMPARE(r.likelihood, expectedLikelihood);
        QCOMPARE(r.blastRadius, expectedBlastRadius);
        QCOMPARE(r.score, riskScore(expectedLikelihood, expectedBlastRadius));
        QCOMPARE(r.band, riskBand(r.score));
        QCOMPARE(r.mitigation, chosen < 0 ? QUuid() : mitigations.at(chosen).meta.id);
        QCOMPARE(r.isLowered(), chosen >= 0);
    }

    void coverage_data()
    {
        QTest::addColumn<QList<Mitigation>>("mitigations");
        QTest::addColumn<CoverageGap>("gap");
        const FailureMode f = mode(4, 4);
        using S = MitigationStatus;
        const QString owner = QStringLiteral("Priya");
        QTest::newRow("none") << QList<Mitigation>{} << CoverageGap::NoMitigation;
        QTest::newRow("proposed with owner and date")
            << QList<Mitigation>{mitigation(f, S::Proposed, 0, 0, owner, kDue)}
            << CoverageGap::NoneCommitted;
        QTest::newRow("rejected") << QList<Mitigation>{mitigation(f, S::Rejected, 0, 0, owner,
                                                                  kDue)}
                                  << CoverageGap::NoneCommitted;
        QTest::newRow("accepted, owned, dated")
            << QList<Mitigation>{mitigation(f, S::Accepted, 0, 0, owner, kDue)}
            << CoverageGap::None;
        QTest::newRow("in progress counts")
            << QList<Mitigation>{mitigation(f, S::InProgress, 0, 0, owner, kDue)}
            << CoverageGap::None;
        QTest::newRow("done counts")
            << QList<Mitigation>{mitigation(f, S::Done, 0, 0, owner, kDue)} << CoverageGap::None;
        QTest::newRow("no due date")
            << QList<Mitigation>{mitigation(f, S::Accepted, 0, 0, owner)} << CoverageGap::NoDueDate;
        QTest::newRow("blank owner")
            << QList<Mitigation>{mitigation(f, S::Accepted, 0, 0, QStringLiteral("  "), kDue)}
            << CoverageGap::NoOwner;
        QTest::newRow("neither") << QList<Mitigation>{mitigation(f, S::Accepted)}
                                 << CoverageGap::NoOwnerNorDueDate;
        // Owner and date on two different mitigations: nobody owns a dated commitment.
        QTest::newRow("split across two")
            << QList<Mitigation>{mitigation(f, S::Accepted, 0, 0, owner),
                                 mitigation(f, S::Accepted, 0, 0, QString(), kDue)}
            << CoverageGap::NoDueDate;
        QTest::newRow("one good among bad")
            << QList<Mitigation>{mitigation(f, S::Accepted), mitigation(f, S::Proposed),
                                 mitigation(f, S::Done, 0, 0, owner, kDue)}
            << CoverageGap::None;
    }
    void coverage()
    {
        QFETCH(QList<Mitigation>, mitigations);
        QFETCH(CoverageGap, gap);
        QCOMPARE(coverageGap(mitigations), gap);
        QCOMPARE(coverageGapText(gap).isEmpty(), gap == CoverageGap::None);
        // Only high and critical risks warn.
        QCOMPARE(needsCoverageWarning(RiskBand::Critical, gap), gap != CoverageGap::None);
        QCOMPARE(needsCoverageWarning(RiskBand::High, gap), gap != CoverageGap::None);
        QVERIFY(!needsCoverageWarning(RiskBand::Medium, gap));
        QVERIFY(!needsCoverageWarning(RiskBand::Unscored, gap));
    }

    void summary()
    {
        const FailureMode f = mode(3, 5, QStringLiteral("Big-bang cutover"));
        const FailureMode other = mode(1, 1);
        Vote a, b, c;
        a.failureMode = b.failureMode = f.meta.id;
        c.failureMode = other.meta.id;
        // Two people: one person's rows for one failure mode count once (voting.h).
        a.participant = QUuid::createUuid();
        b.participant = QUuid::createUuid();
        a.dots = 3;
        b.dots = 2;
        c.dots = 5;
        const QList<Mitigation> mitigations{
            mitigation(f, MitigationStatus::Accepted, 2, 3, QStringLiteral("Fiona"), kDue),
            mitigation(f, MitigationStatus::Proposed, 2, 2),
            mitigation(f, MitigationStatus::Proposed, 1, 1),
            mitigation(other, MitigationStatus::Done, 1, 1)};
        const RiskSummary s = summariseRisk(f, mitigations, {a, b, c});
        QCOMPARE(s.failureMode, f.meta.id);
        QCOMPARE(s.score, 15);
        QCOMPARE(s.band, RiskBand::High);
        QCOMPARE(s.votes, 5);
        QCOMPARE(s.mitigations, 3);
        QCOMPARE(s.byStatus[size_t(MitigationStatus::Proposed)], 2);
        QCOMPARE(s.byStatus[size_t(MitigationStatus::Accepted)], 1);
        QCOMPARE(s.byStatus[size_t(MitigationStatus::Done)], 0);
        QCOMPARE(s.residual.score, 6); // the accepted 2x3; proposed ones do not count
        QCOMPARE(s.residual.mitigation, mitigations.at(0).meta.id);
        QCOMPARE(s.gap, CoverageGap::None);
        QVERIFY(!s.needsWarning());
    }

    // A revealed note in no stack is a risk of its own: ranked unscored before anything is
    // written, and its first score writes a failure mode of one in the same change set, which
    // undo takes back whole.
    void looseNotesAreRisks()
    {
        auto created = Workshop::create(m_dir.filePath(QStringLiteral("loose.premortem")),
                                        QStringLiteral("W"));
        QVERIFY(created);
        Workshop &w = *created.value();
        Note loose, hidden, stacked;
        loose.text = QStringLiteral("Feature flags never removed");
        hidden.text = QStringLiteral("Written face down");
        hidden.hidden = true;
        stacked.text = QStringLiteral("Pool exhausted");
        for (Note *n : {&loose, &hidden, &stacked}) {
            n->meta.id = QUuid::createUuid();
            QVERIFY(w.add(*n));
        }
        QVERIFY(w.stackNotes({stacked.meta.id}));
        const QUuid risk = singletonId(loose.meta.id);
        QVERIFY(risk != loose.meta.id);
        QCOMPARE(singletonNote(risk), loose.meta.id);

        QList<RiskSummary> ranked = rankRisks(w);
        QCOMPARE(ranked.size(), 2); // the stack and the loose note; the hidden one is nobody's yet
        const auto find = [&ranked](const QUuid &id) {
            const auto it =
                std::find_if(ranked.cbegin(), ranked.cend(),
                             [&id](const RiskSummary &r) { return r.failureMode == id; });
            return it == ranked.cend() ? nullptr : &*it;
        };
        QVERIFY(find(risk));
        QCOMPARE(find(risk)->title, loose.text);
        QCOMPARE(find(risk)->band, RiskBand::Unscored);
        QVERIFY(!w.findLive<FailureMode>(risk)); // nothing written yet

        // The first score: the failure mode and the note joining it, one change set.
        ChangeSet changes = writeSingleton(w, risk);
        QCOMPARE(changes.size(), 2);
        FailureMode scored = std::get<FailureMode>(changes.first());
        scored.likelihood = 3;
        scored.blastRadius = 4;
        changes.first() = scored;
        Result<ChangeSet> inverse = w.apply(changes);
        QVERIFY(inverse);
        QCOMPARE(w.findLive<FailureMode>(risk)->likelihood, 3);
        QCOMPARE(w.findLive<Note>(loose.meta.id)->failureMode, risk);
        QVERIFY(writeSingleton(w, risk).isEmpty()); // written once only
        ranked = rankRisks(w);
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.first().failureMode, risk);
        QCOMPARE(ranked.first().score, 12);

        // Undo: loose again, unscored again, under the same id.
        QVERIFY(w.apply(inverse.value()));
        QVERIFY(!w.findLive<FailureMode>(risk));
        QVERIFY(w.findLive<Note>(loose.meta.id)->failureMode.isNull());
        ranked = rankRisks(w);
        QCOMPARE(ranked.size(), 2);
        QVERIFY(find(risk) && find(risk)->band == RiskBand::Unscored);
        // Scored again after the undo, the tombstone comes back to life.
        QCOMPARE(writeSingleton(w, risk).size(), 2);
        QVERIFY(w.apply(writeSingleton(w, risk)));
        QVERIFY(w.findLive<FailureMode>(risk));

        // A dot on a loose note writes its failure mode too.
        Note other;
        other.meta.id = QUuid::createUuid();
        other.text = QStringLiteral("Tax rules read from the monolith");
        QVERIFY(w.add(other));
        Participant p;
        p.meta.id = QUuid::createUuid();
        p.name = QStringLiteral("Ada");
        QVERIFY(w.add(p));
        WorkshopInfo info = w.info();
        info.votingOpen = true;
        QVERIFY(w.apply({info}));
        QVERIFY(castDot(w, p.meta.id, singletonId(other.meta.id)));
        QVERIFY(w.findLive<FailureMode>(singletonId(other.meta.id)));
        QCOMPARE(w.findLive<Note>(other.meta.id)->failureMode, singletonId(other.meta.id));
        // Ids that are neither a failure mode nor a loose note's write nothing.
        QVERIFY(writeSingleton(w, singletonId(hidden.meta.id)).isEmpty());
        QVERIFY(writeSingleton(w, QUuid::createUuid()).isEmpty());
        QVERIFY(!failureModeOrSingleton(w, singletonId(hidden.meta.id)));
    }

    // The sample workshop, worked out by hand from resources/samples/checkout-migration.json.
    void sampleRanking()
    {
        auto w = sample();
        QVERIFY(w);
        const QList<RiskSummary> all = rankRisks(*w);
        // After the twelve scored stacks, the sample's 15 loose notes: unscored risks of one note.
        QCOMPARE(all.size(), 27);
        for (const RiskSummary &s : all.mid(12)) {
            QCOMPARE(s.band, RiskBand::Unscored);
            QVERIFY(w->findLive<Note>(singletonNote(s.failureMode)));
        }
        const QList<RiskSummary> ranked = all.mid(0, 12);
        QStringList titles;
        for (const RiskSummary &s : ranked)
            titles << s.title;
        // 20 (7 votes) before 20 (2 votes); 15 (5 votes) before 15 (3); the two 12s with 2 votes
        // each by title; 4 before 3.
        const QStringList expected{
            QStringLiteral("Payment retries double-charge customers"),          // 4x5 = 20, 7 dots
            QStringLiteral("Postgres connections exhausted by pod fan-out"),    // 5x4 = 20, 2
            QStringLiteral("Autoscaling too slow for sale traffic"),            // 4x4 = 16, 3
            QStringLiteral("Big-bang cutover with no way back"),                // 3x5 = 15, 5
            QStringLiteral("Payments provider rejects calls from the cluster"), // 3x5 = 15, 3
            QStringLiteral("Checkout pods OOM-killed at peak"),                 // 3x4 = 12, 2
            QStringLiteral("Nobody can see where a payment is stuck"),          // 4x3 = 12, 2
            QStringLiteral("Order events lost, duplicated or out of order"),    // 3x3 = 9, 1
            QStringLiteral("Stock oversold while monolith and service both write"),    // 2x4 = 8
            QStringLiteral("Redis evicts sessions and empties baskets mid-checkout"),  // 2x3 = 6
            QStringLiteral("Orders table locked by the cutover migration"),            // 1x4 = 4
            QStringLiteral("Ingress configuration drifts from the old load balancer"), // 1x3 = 3
        };
        QCOMPARE(titles, expected);
        QCOMPARE(ranked.at(0).votes, 7);
        QCOMPARE(ranked.at(0).score, 20);
        QCOMPARE(ranked.at(0).band, RiskBand::Critical);
        QCOMPARE(ranked.at(3).mitigations, 2);

        // Residuals: the lowest committed estimate, else unchanged.
        const QList<int> residualScores{
            4,  // double-charge: in-progress idempotency keys, 1x4
            6,  // pool: accepted PgBouncer 2x3 beats accepted baseline 3x3
            6,  // HPA: in-progress runbook 2x3
            6,  // big-bang: accepted canary 2x3; the proposed rollback 2x2 does not count
            4,  // PSP: done, 1x4
            12, // OOM: only a proposed chaos test
            12, // blind diagnosis: only proposed monitoring
            9,  // Kafka: no mitigation
            8,  // oversell: the feature flag was rejected
            6,  4, 3};
        for (int i = 0; i < ranked.size(); ++i)
            QVERIFY2(ranked.at(i).residual.score == residualScores.at(i),
                     qPrintable(ranked.at(i).title));

        // Warnings: high/critical without a committed, owned, dated mitigation.
        const QList<RiskSummary> warnings = riskWarnings(*w);
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.at(0).title, expected.at(5));
        QCOMPARE(warnings.at(1).title, expected.at(6));
        QCOMPARE(warnings.at(0).gap, CoverageGap::NoneCommitted);
        QVERIFY(warningText(warnings.at(0)).startsWith(QStringLiteral("12 High · Checkout pods")));
    }

    void heatMapRollsUpIntoRegions()
    {
        // Layer L holds service A and boundary X; X holds service B. E stands alone.
        auto component = [](ComponentKind kind, const QUuid &parent = QUuid()) {
            Component c;
            c.meta.id = QUuid::createUuid();
            c.kind = kind;
            c.parent = parent;
            return c;
        };
        const Component L = component(ComponentKind::Layer);
        const Component A = component(ComponentKind::Service, L.meta.id);
        const Component X = component(ComponentKind::Boundary, L.meta.id);
        const Component B = component(ComponentKind::Service, X.meta.id);
        const Component E = component(ComponentKind::External);
        Component gone = component(ComponentKind::Service);
        gone.meta.deleted = true;
        auto on = [](const Component &c, int l, int b) {
            FailureMode f = mode(l, b);
            f.component = c.meta.id;
            return f;
        };
        FailureMode deleted = on(A, 5, 5);
        deleted.meta.deleted = true;
        const QList<FailureMode> modes{on(A, 4, 5), on(A, 2, 2), on(B, 3, 3),   on(E, 0, 4),
                                       deleted,     mode(5, 5),  on(gone, 5, 5)};
        const QList<Component> components{L, A, X, B, E, gone};

        const auto max = heatMap(components, modes, HeatAggregation::Max);
        QCOMPARE(max.size(), 5); // the deleted component has no entry
        QCOMPARE(max.value(A.meta.id), (ComponentHeat{20, RiskBand::Critical, 2}));
        QCOMPARE(max.value(B.meta.id), (ComponentHeat{9, RiskBand::Medium, 1}));
        QCOMPARE(max.value(X.meta.id), (ComponentHeat{9, RiskBand::Medium, 1}));    // via B
        QCOMPARE(max.value(L.meta.id), (ComponentHeat{20, RiskBand::Critical, 3})); // A, B
        QCOMPARE(max.value(E.meta.id), (ComponentHeat{0, RiskBand::Unscored, 0}));  // unscored

        const auto sum = heatMap(components, modes, HeatAggregation::Sum);
        QCOMPARE(sum.value(A.meta.id), (ComponentHeat{24, RiskBand::Critical, 2})); // 20 + 4
        QCOMPARE(sum.value(X.meta.id), (ComponentHeat{9, RiskBand::Medium, 1}));
        QCOMPARE(sum.value(L.meta.id), (ComponentHeat{33, RiskBand::Critical, 3})); // 20 + 4 + 9

        // Three low risks add up to a medium one; a sum of 17-19 is critical like anything > 16.
        const Component S = component(ComponentKind::Service);
        const auto lows =
            heatMap({S}, {on(S, 2, 2), on(S, 1, 3), on(S, 2, 1)}, HeatAggregation::Sum);
        QCOMPARE(lows.value(S.meta.id).score, 9);
        QCOMPARE(lows.value(S.meta.id).band, RiskBand::Medium);
        QCOMPARE(
            heatMap({S}, {on(S, 3, 3), on(S, 3, 3)}, HeatAggregation::Sum).value(S.meta.id).band,
            RiskBand::Critical); // 18
    }

    void heatMapOfTheSample()
    {
        auto w = sample();
        QVERIFY(w);
        QHash<QString, QUuid> byName;
        for (const Component &c : w->rows<Component>())
            byName.insert(c.name.section(QLatin1Char(' '), 0, 0), c.meta.id);
        const auto max = heatMap(*w, HeatAggregation::Max);
        const auto sum = heatMap(*w, HeatAggregation::Sum);
        // name prefix -> (max, sum), from the sample's scores
        const QList<std::tuple<QString, int, int>> expected{
            {QStringLiteral("Checkout"), 20, 32},   // 20 + 12
            {QStringLiteral("API"), 15, 18},        // 15 + 3
            {QStringLiteral("Inventory"), 8, 8},    // 8
            {QStringLiteral("Kubernetes"), 20, 86}, // 16 + 12 own, + 18 + 32 + 8 nested
            {QStringLiteral("Orders"), 20, 24},     // 20 + 4
            {QStringLiteral("Payments"), 15, 15},   {QStringLiteral("Session"), 6, 6},
            {QStringLiteral("Order"), 9, 9}, // Order events (Kafka)
        };
        QCOMPARE(byName.size(), expected.size());
        for (const auto &[name, highest, total] : expected) {
            QVERIFY2(byName.contains(name), qPrintable(name));
            QCOMPARE(max.value(byName.value(name)).score, highest);
            QCOMPARE(sum.value(byName.value(name)).score, total);
            QCOMPARE(max.value(byName.value(name)).band, riskBand(highest));
        }
    }

    void factorNames()
    {
        QCOMPARE(likelihoodName(1), QStringLiteral("Rare"));
        QCOMPARE(likelihoodName(5), QStringLiteral("Almost certain"));
        QCOMPARE(blastRadiusName(1), QStringLiteral("One user / one request"));
        QCOMPARE(blastRadiusName(5), QStringLiteral("All customers / data loss / multi-region"));
        QVERIFY(likelihoodName(0).isEmpty());
        QVERIFY(blastRadiusName(6).isEmpty());
    }

    // A workshop words its axes its own way, level by level; what it leaves blank (or words as
    // the built-in text) keeps the built-in wording, and the wording lives in the file.
    void axisWordingPerWorkshop()
    {
        auto w = sample();
        QVERIFY(w);
        QCOMPARE(levelNames(w->info(), Axis::Likelihood).at(3), QStringLiteral("Likely"));
        const QStringList money{QStringLiteral("< 100 €"), QString(), QStringLiteral("  10k €  "),
                                blastRadiusName(4), QStringLiteral("> 1 M€ or data loss")};
        const WorkshopInfo worded = withLevelNames(w->info(), Axis::BlastRadius, money);
        QCOMPARE(worded.blastRadiusLabels,
                 QStringLiteral("< 100 €\n\n10k €\n\n> 1 M€ or data loss"));
        QVERIFY(worded.likelihoodLabels.isEmpty());
        QVERIFY(w->apply({worded}));
        const QString path = w->path();
        w.reset();

        auto reopened = Workshop::open(path);
        QVERIFY(reopened);
        const WorkshopInfo info = reopened.value()->info();
        QCOMPARE(
            levelNames(info, Axis::BlastRadius),
            (QStringList{QStringLiteral("< 100 €"), blastRadiusName(2), QStringLiteral("10k €"),
                         blastRadiusName(4), QStringLiteral("> 1 M€ or data loss")}));
        QCOMPARE(levelName(info, Axis::Likelihood, 5), likelihoodName(5));
        QVERIFY(levelName(info, Axis::BlastRadius, 0).isEmpty());
        QVERIFY(levelName(info, Axis::BlastRadius, 6).isEmpty());

        // Back to the built-in wording stores nothing; a hostile file's extra lines are ignored.
        QVERIFY(withLevelNames(info, Axis::BlastRadius, levelNames({}, Axis::BlastRadius))
                    .blastRadiusLabels.isEmpty());
        WorkshopInfo odd = info;
        odd.likelihoodLabels = QStringLiteral("a\nb\nc\nd\ne\nf\ng");
        QCOMPARE(levelNames(odd, Axis::Likelihood),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                              QStringLiteral("d"), QStringLiteral("e")}));
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"

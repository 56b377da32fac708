// The look-back's calibration maths on hand-computed fixtures (no outcomes yet, all happened,
// none happened, a mix with near misses, unscored predictions and surprises), the tables and
// JSON built from it, and the statistics across several files, bad ones included.

#include "calibration.h"
#include "calibrationtables.h"
#include "exporter.h"
#include "htmlwriter.h"
#include "lookbacksection.h"
#include "lookbackstats.h"
#include "markdownwriter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace pm;

namespace {

FailureMode predicted(int likelihood, int blastRadius, Outcome outcome)
{
    FailureMode fm = testsupport::scoredMode(
        QStringLiteral("L%1 B%2").arg(likelihood).arg(blastRadius), likelihood, blastRadius);
    fm.outcome = outcome;
    return fm;
}

FailureMode surprise(Category category, const QUuid &component)
{
    FailureMode fm;
    fm.meta.id = QUuid::createUuid();
    fm.title = QStringLiteral("Surprise");
    fm.category = category;
    fm.component = component;
    fm.surprise = true;
    fm.outcome = Outcome::Happened;
    return fm;
}

Mitigation mitigation(MitigationType type, MitigationStatus status, Effect effect)
{
    Mitigation m;
    m.meta.id = QUuid::createUuid();
    m.type = type;
    m.status = status;
    m.effect = effect;
    m.description = QStringLiteral("Do something");
    return m;
}

Component component(const QString &name)
{
    Component c;
    c.meta.id = QUuid::createUuid();
    c.name = name;
    return c;
}

// The mixed fixture, by hand:
//   A L4 B5 critical happened      (0.75 - 1)^2 = 0.0625
//   B L4 B3 high     near miss     (0.75 - 0)^2 = 0.5625
//   C L2 B2 low      not happened  (0.25 - 0)^2 = 0.0625
//   D L5 B4 critical happened      (0.95 - 1)^2 = 0.0025
//   E L1 B1 unknown  -> pending
//   F unscored       happened      -> no Brier term, but a predicted failure that happened
//   G L3 B3 happened but deleted   -> ignored
//   two surprises (load; one on "Orders DB", one on no component), one deleted surprise
// Brier = 0.69 / 4 = 0.1725; high/critical: A, B, D, 2 happened; caught: A, D, F of 5 = 60%.
struct Mixed
{
    Component db = component(QStringLiteral("Orders DB"));
    QList<FailureMode> modes;
    QList<Mitigation> mitigations;
    Mixed()
    {
        modes << predicted(4, 5, Outcome::Happened) << predicted(4, 3, Outcome::NearMiss)
              << predicted(2, 2, Outcome::NotHappened) << predicted(5, 4, Outcome::Happened)
              << predicted(1, 1, Outcome::Unknown) << predicted(0, 0, Outcome::Happened);
        FailureMode gone = predicted(3, 3, Outcome::Happened);
        gone.meta.deleted = true;
        modes << gone << surprise(Category::Load, db.meta.id) << surprise(Category::Load, QUuid());
        FailureMode goneSurprise = surprise(Category::Bug, db.meta.id);
        goneSurprise.meta.deleted = true;
        modes << goneSurprise;
        mitigations << mitigation(MitigationType::Canary, MitigationStatus::Done, Effect::Helped)
                    << mitigation(MitigationType::Canary, MitigationStatus::Done, Effect::Partly)
                    << mitigation(MitigationType::Runbook, MitigationStatus::Proposed,
                                  Effect::Unknown)
                    << mitigation(MitigationType::Runbook, MitigationStatus::Done,
                                  Effect::DidNotHelp);
    }
    Calibration calibration() const { return calibrate(modes, mitigations, {db}); }
};

// A workshop file holding these rows (components first, so the references hold).
bool writeWorkshop(const QString &path, const QList<Component> &components,
                   const QList<FailureMode> &modes)
{
    auto w = Workshop::create(path, QStringLiteral("Look-back fixture"));
    if (!w)
        return false;
    for (const Component &c : components) {
        if (!w.value()->add(c))
            return false;
    }
    for (const FailureMode &fm : modes) {
        if (!w.value()->add(fm))
            return false;
    }
    return true;
}

} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void probabilitiesAreOneTable()
    {
        QCOMPARE(likelihoodProbability(1), 0.05);
        QCOMPARE(likelihoodProbability(3), 0.5);
        QCOMPARE(likelihoodProbability(5), 0.95);
        QCOMPARE(likelihoodProbability(0), 0.0);
        QCOMPARE(likelihoodProbability(6), 0.0);
        for (int l = 1; l < 5; ++l)
            QVERIFY(likelihoodProbability(l) < likelihoodProbability(l + 1));
    }

    void noOutcomesYet()
    {
        const QList<FailureMode> modes{predicted(4, 5, Outcome::Unknown),
                                       predicted(2, 1, Outcome::Unknown)};
        const Calibration c = calibrate(modes, {}, {});
        QVERIFY(!c.hasOutcomes());
        QCOMPARE(c.pending, 2);
        QCOMPARE(c.judged, 0);
        QVERIFY(!c.brierScore().has_value());
        QVERIFY(!c.highHitRate().has_value());
        QVERIFY(!c.caughtRate().has_value());
        for (const LevelCalibration &l : c.levels) {
            QCOMPARE(l.predicted, 0);
            QVERIFY(!l.observedRate().has_value());
        }
        QCOMPARE(levelSummary(c.levels[3]), QStringLiteral("4: no outcomes yet"));
        // No NaN anywhere: the JSON says null, the tables a dash.
        const QJsonObject json = calibrationJson(c);
        QVERIFY(json.value(QStringLiteral("brierScore")).isNull());
        QVERIFY(json.value(QStringLiteral("highHitRate")).isNull());
        QVERIFY(json.value(QStringLiteral("levels"))
                    .toArray()
                    .at(3)
                    .toObject()
                    .value(QStringLiteral("observedRate"))
                    .isNull());
        const QString text = tablesAsText(calibrationTables(c));
        QVERIFY(!text.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("Brier score \\(0 is perfect\\) +–\n"))));
        QVERIFY(text.contains(QStringLiteral("Predictions without an outcome yet           2")));
    }

    void allHappened()
    {
        // (0.25-1)^2 + (0.75-1)^2 + (0.95-1)^2 = 0.5625 + 0.0625 + 0.0025 = 0.6275; / 3
        const QList<FailureMode> modes{predicted(2, 5, Outcome::Happened),
                                       predicted(4, 4, Outcome::Happened),
                                       predicted(5, 1, Outcome::Happened)};
        const Calibration c = calibrate(modes, {}, {});
        QVERIFY(c.hasOutcomes());
        QCOMPARE(c.judged, 3);
        QVERIFY(qFuzzyCompare(*c.brierScore(), 0.6275 / 3));
        QCOMPARE(c.levels[1].happened, 1);
        QCOMPARE(*c.levels[1].observedRate(), 1.0);
        QCOMPARE(c.levels[2].predicted, 0);
        QCOMPARE(c.highPredicted, 2); // 2x5 = 10 high, 4x4 = 16 high; 5x1 = 5 medium
        QCOMPARE(*c.highHitRate(), 1.0);
        QCOMPARE(*c.caughtRate(), 1.0);
        QCOMPARE(levelSummary(c.levels[3]), QStringLiteral("4: happened 1 of 1"));
    }

    void noneHappened()
    {
        // 0.25^2 + 0.75^2 + 0.95^2 = 0.0625 + 0.5625 + 0.9025 = 1.5275; / 3
        const QList<FailureMode> modes{predicted(2, 5, Outcome::NotHappened),
                                       predicted(4, 4, Outcome::NotHappened),
                                       predicted(5, 1, Outcome::NotHappened)};
        const Calibration c = calibrate(modes, {}, {});
        QVERIFY(c.hasOutcomes());
        QVERIFY(qFuzzyCompare(*c.brierScore(), 1.5275 / 3));
        QCOMPARE(*c.highHitRate(), 0.0);
        QCOMPARE(*c.levels[4].observedRate(), 0.0);
        QVERIFY(!c.caughtRate().has_value()); // nothing happened, so nothing was missed either
        QCOMPARE(percentText(c.highHitRate()), QStringLiteral("0%"));
    }

    void mixedWithNearMissesAndSurprises()
    {
        const Mixed m;
        const Calibration c = m.calibration();
        QCOMPARE(c.judged, 4);
        QCOMPARE(c.pending, 1);
        QCOMPARE(c.unscoredJudged, 1);
        QCOMPARE(c.unscoredHappened, 1);
        QVERIFY(qFuzzyCompare(c.brierSum, 0.69));
        QVERIFY(qFuzzyCompare(*c.brierScore(), 0.1725));
        QCOMPARE(brierText(c.brierScore()), QStringLiteral("0.173"));
        QCOMPARE(c.levels[3].predicted, 2);
        QCOMPARE(c.levels[3].happened, 1);
        QCOMPARE(c.levels[3].nearMiss, 1);
        QCOMPARE(*c.levels[3].observedRate(), 0.5);
        QCOMPARE(levelSummary(c.levels[3]), QStringLiteral("4: happened 1 of 2 (near misses: 1)"));
        QCOMPARE(c.levels[1].predicted, 1);
        QCOMPARE(c.levels[1].happened, 0);
        QCOMPARE(c.levels[4].happened, 1);
        QCOMPARE(c.levels[2].predicted, 0); // the deleted L3 is not counted
        QCOMPARE(c.highPredicted, 3);
        QCOMPARE(c.highHappened, 2);
        QCOMPARE(c.predictedHappened(), 3);
        QCOMPARE(c.surprises, 2);
        QCOMPARE(*c.caughtRate(), 0.6);
        QCOMPARE(c.surprisesByCategory.value(Category::Load), 2);
        QVERIFY(!c.surprisesByCategory.contains(Category::Bug));
        QCOMPARE(c.surprisesByComponent.value(QStringLiteral("Orders DB")), 1);
        QCOMPARE(c.surprisesByComponent.value(QStringLiteral("No component")), 1);
        const MitigationTypeEffect canary = c.mitigations.value(MitigationType::Canary);
        QCOMPARE(canary.total, 2);
        QCOMPARE(canary.done, 2);
        QCOMPARE(canary.helped, 1);
        QCOMPARE(canary.partly, 1);
        const MitigationTypeEffect runbook = c.mitigations.value(MitigationType::Runbook);
        QCOMPARE(runbook.total, 2);
        QCOMPARE(runbook.done, 1);
        QCOMPARE(runbook.didNotHelp, 1);
        QVERIFY(!c.mitigations.contains(MitigationType::Rollback));
    }

    void addingUpIsTheSameAsCountingTogether()
    {
        const Mixed m;
        const QList<FailureMode> more{predicted(4, 4, Outcome::Happened),
                                      predicted(1, 2, Outcome::Happened)};
        Calibration sum = m.calibration();
        sum.add(calibrate(more, {}, {}));
        const Calibration together = calibrate(m.modes + more, m.mitigations, {m.db});
        QCOMPARE(sum.judged, together.judged);
        QVERIFY(qFuzzyCompare(*sum.brierScore(), *together.brierScore()));
        QCOMPARE(calibrationJson(sum), calibrationJson(together));
        QCOMPARE(sum.levels[3].predicted, 3);
        QCOMPARE(sum.levels[0].happened, 1);
    }

    void tablesInEachFormat()
    {
        Mixed m;
        m.db.name = QStringLiteral("Orders <DB> | main");
        const QList<ReportTable> tables = calibrationTables(m.calibration());
        ReportDocument doc;
        addTables(doc, tables, 3);
        const QString md = QString::fromUtf8(renderMarkdown(doc));
        QVERIFY2(md.contains(QStringLiteral("| 4 | 75% | 2 | 1 | 1 | 50% |")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("### Blind spots by category")));
        QVERIFY(md.contains(QStringLiteral("| Misestimated load | 2 |")));
        // The report writer's escaping: no tag can open, the pipe cannot end the cell.
        QVERIFY2(md.contains(QStringLiteral("| Orders \\<DB> \\| main | 1 |")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("| 3 of 5 (60%) |")));
        const QString html = QString::fromUtf8(renderHtml(doc));
        QVERIFY2(html.contains(QStringLiteral("Orders &lt;DB&gt; | main")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<h3>Likelihood against outcome</h3>")));
        QVERIFY(!html.contains(QStringLiteral("<DB>")));
        const QString text = tablesAsText(tables);
        QVERIFY2(text.contains(QStringLiteral("0.173")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2 of 3 (67%)")));
        // An empty table says so rather than printing a header alone.
        ReportDocument none;
        addTables(none, calibrationTables(calibrate({}, {}, {})), 2);
        QVERIFY(QString::fromUtf8(renderMarkdown(none))
                    .contains(QStringLiteral("## Blind spots by component\n\nNone.")));
        QVERIFY(tablesAsText(calibrationTables(calibrate({}, {}, {})))
                    .contains(QStringLiteral("Blind spots by component\n  None.\n")));
    }

    void statsAcrossFilesSkipsBadOnes()
    {
        QTemporaryDir dir;
        const Component db = component(QStringLiteral("Orders DB"));
        const QString a = dir.filePath(QStringLiteral("a.premortem"));
        const QString b = dir.filePath(QStringLiteral("b.premortem"));
        const QString fresh = dir.filePath(QStringLiteral("c-fresh.premortem"));
        QVERIFY(writeWorkshop(a, {db},
                              {predicted(4, 5, Outcome::Happened),
                               predicted(2, 2, Outcome::NotHappened),
                               surprise(Category::Load, db.meta.id)}));
        QVERIFY(writeWorkshop(
            b, {db},
            {predicted(4, 4, Outcome::NearMiss), surprise(Category::Dependency, db.meta.id)}));
        QVERIFY(writeWorkshop(fresh, {}, {predicted(3, 3, Outcome::Unknown)}));
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.premortem"));
        QVERIFY(testsupport::writeAll(corrupt, QByteArray(8192, '\x5a')));
        const QString foreign = dir.filePath(QStringLiteral("foreign.premortem"));
        QVERIFY(testsupport::runSql(foreign, QStringLiteral("CREATE TABLE recipe(name TEXT);\n")));
        const QString missing = dir.filePath(QStringLiteral("missing.premortem"));
        const QByteArray hashA = testsupport::fileHash(a);

        const LookbackStats stats = lookbackStats({a, corrupt, b, foreign, fresh, missing});
        QCOMPARE(stats.counted, (QStringList{a, b, fresh}));
        QCOMPARE(stats.withOutcomes, (QStringList{a, b}));
        QCOMPARE(stats.skipped.size(), 3);
        QCOMPARE(stats.skipped.at(0).path, corrupt);
        QCOMPARE(stats.skipped.at(1).path, foreign);
        QCOMPARE(stats.skipped.at(2).path, missing);
        for (const SkippedFile &s : stats.skipped)
            QVERIFY2(!s.reason.isEmpty(), qPrintable(s.path));
        QVERIFY2(stats.skipped.at(0).reason.contains(QStringLiteral("not a database")),
                 qPrintable(stats.skipped.at(0).reason));
        QVERIFY2(stats.skipped.at(1).reason.contains(QStringLiteral("another application")),
                 qPrintable(stats.skipped.at(1).reason));

        const Calibration &t = stats.total;
        QCOMPARE(t.judged, 3);
        QCOMPARE(t.pending, 1);
        QCOMPARE(t.levels[3].predicted, 2);
        QCOMPARE(t.levels[3].happened, 1);
        QCOMPARE(t.levels[3].nearMiss, 1);
        // (0.75-1)^2 + 0.25^2 + 0.75^2 = 0.0625 + 0.0625 + 0.5625 = 0.6875; / 3
        QVERIFY(qFuzzyCompare(*t.brierScore(), 0.6875 / 3));
        QCOMPARE(t.surprises, 2);
        QCOMPARE(t.surprisesByComponent.value(QStringLiteral("Orders DB")), 2);
        QCOMPARE(t.surprisesByCategory.value(Category::Dependency), 1);
        QCOMPARE(testsupport::fileHash(a), hashA); // read-only: the files are not touched

        QCOMPARE(workshopFilesIn(dir.path()), (QStringList{a, b, fresh, corrupt, foreign}));
    }

    void reportSection()
    {
        QTemporaryDir dir;
        // Before the look-back: no section at all.
        const QString ranked = dir.filePath(QStringLiteral("ranked.premortem"));
        QVERIFY(testsupport::importSample(ranked));
        auto before = Workshop::open(ranked, Store::Access::ReadOnly);
        QVERIFY(before);
        QVERIFY(lookbackTables(*before.value()).isEmpty());
        auto md = exportText(*before.value(), ExportFormat::Markdown);
        QVERIFY(md);
        QVERIFY(!QString::fromUtf8(md.value()).contains(QStringLiteral("Look-back")));

        const QString after = dir.filePath(QStringLiteral("lookback.premortem"));
        QVERIFY(
            testsupport::importSample(after, QStringLiteral("checkout-migration-lookback.json")));
        auto w = Workshop::open(after, Store::Access::ReadOnly);
        QVERIFY(w);
        md = exportText(*w.value(), ExportFormat::Markdown);
        QVERIFY(md);
        const QString report = QString::fromUtf8(md.value());
        const int section = report.indexOf(QStringLiteral("\n## Look-back\n"));
        QVERIFY2(section > 0, qPrintable(report));
        // The section comes last, after the open warnings.
        QVERIFY(section > report.indexOf(QStringLiteral("## Open warnings")));
        const QString lookback = report.mid(section);
        QVERIFY(lookback.contains(QStringLiteral("### Predicted failure modes")));
        // Ranking order: the double charge (20) leads, as in the ranked list.
        const int first = lookback.indexOf(QStringLiteral(
            "| Payment retries double-charge customers | 4 | Near miss | 2027-03-02 | INC-2291"));
        QVERIFY2(first > 0, qPrintable(lookback));
        QVERIFY(first < lookback.indexOf(QStringLiteral("| Autoscaling too slow")));
        QVERIFY(lookback.contains(QStringLiteral("### Surprises")));
        QVERIFY(
            lookback.contains(QStringLiteral("| Tax rounded differently from the monolith | "
                                             "Critical bug | Checkout service | 2027-03-05 |")));
        QVERIFY(lookback.contains(QStringLiteral("### Mitigations as judged")));
        QVERIFY(lookback.contains(QStringLiteral("| Runbook | yes | Did not help |")));
        QVERIFY(!lookback.contains(QStringLiteral("Feature flag | no |"))); // rejected, not judged
        QVERIFY(lookback.contains(QStringLiteral("| 4 | 75% | 3 | 2 | 1 | 67% |")));
        QVERIFY(lookback.contains(QStringLiteral("0.343")));
        // Surprises were never predicted: they are not in the ranked list above.
        QVERIFY(!report.left(section).contains(QStringLiteral("Tax rounded differently")));

        auto html = exportText(*w.value(), ExportFormat::Html);
        QVERIFY(html);
        const QString page = QString::fromUtf8(html.value());
        QVERIFY(page.contains(QStringLiteral("<h2>Look-back</h2>")));
        QVERIFY(page.contains(QStringLiteral("<h3>Surprises</h3>")));
        QVERIFY(page.contains(QStringLiteral("INC-2310")));
    }

    void webAddresses()
    {
        QVERIFY(isWebAddress(QStringLiteral("https://wiki.example.com/pm/1")));
        QVERIFY(isWebAddress(QStringLiteral(" http://x.example ")));
        QVERIFY(!isWebAddress(QStringLiteral("INC-2291")));
        QVERIFY(!isWebAddress(QStringLiteral("javascript:alert(1)")));
        QVERIFY(!isWebAddress(QStringLiteral("file:///etc/passwd")));
        QVERIFY(!isWebAddress(QStringLiteral("https://")));
    }

    void nothingReadable()
    {
        const LookbackStats stats = lookbackStats({QStringLiteral("/nonexistent/x.premortem")});
        QVERIFY(stats.counted.isEmpty());
        QCOMPARE(stats.skipped.size(), 1);
        QVERIFY(!stats.total.hasOutcomes());
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"

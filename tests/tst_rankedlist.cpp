// The ranked list over the sample workshop: sorting and filtering against the order worked out
// by hand from resources/samples/checkout-migration.json, edit-by-edit updates (never a reset),
// and the warning list.

#include "failuremodeselection.h"
#include "rankedriskfilter.h"
#include "rankedriskmodel.h"
#include "riskindex.h"
#include "singletonrisk.h"
#include "testsupport.h"
#include "translations.h"
#include "warninglist.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pm;

namespace {

// The sample's failure modes by a short name.
const QStringList kTitles{
    QStringLiteral("Payment retries double-charge customers"),          // double: 4x5=20, 7 dots
    QStringLiteral("Postgres connections exhausted by pod fan-out"),    // pool: 5x4=20, 2
    QStringLiteral("Autoscaling too slow for sale traffic"),            // hpa: 4x4=16, 3
    QStringLiteral("Big-bang cutover with no way back"),                // bigbang: 3x5=15, 5
    QStringLiteral("Payments provider rejects calls from the cluster"), // psp: 3x5=15, 3
    QStringLiteral("Checkout pods OOM-killed at peak"),                 // oom: 3x4=12, 2
    QStringLiteral("Nobody can see where a payment is stuck"),          // blind: 4x3=12, 2
    QStringLiteral("Order events lost, duplicated or out of order"),    // kafka: 3x3=9, 1
    QStringLiteral("Stock oversold while monolith and service both write"),    // oversell: 2x4=8, 1
    QStringLiteral("Redis evicts sessions and empties baskets mid-checkout"),  // session: 2x3=6
    QStringLiteral("Orders table locked by the cutover migration"),            // schema: 1x4=4
    QStringLiteral("Ingress configuration drifts from the old load balancer"), // config: 1x3=3
};

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

QStringList titles(const QAbstractItemModel &model)
{
    return column(model, RankedRiskModel::Title);
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList result;
    for (const char *text : texts)
        result << QString::fromUtf8(text);
    return result;
}

QStringList pick(std::initializer_list<int> indexes)
{
    QStringList result;
    for (int i : indexes)
        result << kTitles.at(i);
    return result;
}

} // namespace

class TestRankedList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<Workshop> m_workshop;
    std::unique_ptr<RiskIndex> m_risks;
    std::unique_ptr<RankedRiskModel> m_model;
    std::unique_ptr<RankedRiskFilter> m_filter;

    QUuid idOf(const QString &title) const
    {
        for (const FailureMode &f : m_workshop->rows<FailureMode>()) {
            if (f.title == title)
                return f.meta.id;
        }
        return QUuid();
    }
    QUuid componentNamed(const QString &prefix) const
    {
        for (const Component &c : m_workshop->rows<Component>()) {
            if (c.name.startsWith(prefix))
                return c.meta.id;
        }
        return QUuid();
    }

private slots:
    void initTestCase() { installTranslations(qApp); }

    void init()
    {
        auto imported = testsupport::importSample(
            m_dir.filePath(QStringLiteral("s%1.premortem").arg(++m_files)));
        QVERIFY(imported);
        m_workshop = std::move(imported).value();
        m_risks = std::make_unique<RiskIndex>();
        m_risks->setWorkshop(m_workshop.get());
        m_model = std::make_unique<RankedRiskModel>(m_risks.get());
        m_filter = std::make_unique<RankedRiskFilter>();
        m_filter->setSourceModel(m_model.get());
        m_filter->sort(RankedRiskModel::Score, Qt::DescendingOrder);
        // The sample's 15 loose notes are unscored risks of their own (singletonrisk.h); the
        // list follows them out as they go. The tests below are about the twelve stacks.
        QCOMPARE(m_model->rowCount(), 27);
        QList<QUuid> loose;
        for (const Note &n : m_workshop->rows<Note>()) {
            if (isLooseNote(n))
                loose << n.meta.id;
        }
        QCOMPARE(loose.size(), 15);
        QVERIFY(m_workshop->remove(EntityKind::Note, loose));
        QCOMPARE(m_model->rowCount(), 12);
    }

    void cleanup()
    {
        m_filter.reset();
        m_model.reset();
        m_risks.reset();
        m_workshop.reset();
    }

    void columns()
    {
        QAbstractItemModelTester tester(m_model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_model->rowCount(), 12);
        QCOMPARE(titles(*m_filter), kTitles);
        QCOMPARE(column(*m_filter, RankedRiskModel::Score).mid(0, 4),
                 strings({"20", "20", "16", "15"}));
        QCOMPARE(column(*m_filter, RankedRiskModel::Band).mid(0, 3),
                 strings({"Critical", "Critical", "High"}));
        QCOMPARE(column(*m_filter, RankedRiskModel::Component).at(0),
                 QStringLiteral("Checkout service"));
        QCOMPARE(column(*m_filter, RankedRiskModel::Category).at(0),
                 QStringLiteral("Race condition"));
        QCOMPARE(column(*m_filter, RankedRiskModel::Votes).mid(0, 4),
                 strings({"7", "2", "3", "5"}));
        QCOMPARE(column(*m_filter, RankedRiskModel::Mitigations).mid(0, 4),
                 strings({"1", "2", "1", "2"}));
        const QStringList status = column(*m_filter, RankedRiskModel::Status);
        QCOMPARE(status.at(0), QStringLiteral("1 in progress"));
        QCOMPARE(status.at(1), QStringLiteral("2 accepted"));
        QCOMPARE(status.at(3), QStringLiteral("1 accepted, 1 proposed"));
        QCOMPARE(status.at(5), QStringLiteral("⚠ 1 proposed")); // the OOM risk warns
        QCOMPARE(status.at(7), QStringLiteral("none"));
        QCOMPARE(column(*m_filter, RankedRiskModel::Residual).mid(0, 2),
                 strings({"4 Low", "6 Medium"}));
        // The band is written as well as coloured, in a colour that reads on it.
        const QModelIndex band = m_filter->index(0, RankedRiskModel::Band);
        QCOMPARE(band.data(Qt::BackgroundRole).value<QColor>(), QColor(0x80, 0x00, 0x26));
    }

    void sorting()
    {
        // Votes, most first; equal votes in ranking order.
        m_filter->sort(RankedRiskModel::Votes, Qt::DescendingOrder);
        QCOMPARE(titles(*m_filter), pick({0, 3, 2, 4, 1, 5, 6, 7, 8, 9, 10, 11}));
        // Residual, lowest first: 3, 4 (schema), 4 (psp), 4 (double), 6 x4, 8, 9, 12, 12 — equal
        // residuals lowest-ranked first in ascending order.
        m_filter->sort(RankedRiskModel::Residual, Qt::AscendingOrder);
        QCOMPARE(titles(*m_filter), pick({11, 10, 4, 0, 9, 3, 2, 1, 8, 7, 6, 5}));
        // Title, A to Z.
        m_filter->sort(RankedRiskModel::Title, Qt::AscendingOrder);
        QStringList alphabetical = kTitles;
        std::sort(alphabetical.begin(), alphabetical.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        QCOMPARE(titles(*m_filter), alphabetical);
        // Score ascending is the ranking backwards.
        m_filter->sort(RankedRiskModel::Score, Qt::AscendingOrder);
        QStringList backwards = kTitles;
        std::reverse(backwards.begin(), backwards.end());
        QCOMPARE(titles(*m_filter), backwards);
    }

    void filtering()
    {
        m_filter->setBand(RiskBand::Critical);
        QCOMPARE(titles(*m_filter), pick({0, 1}));
        m_filter->setBand(RiskBand::High);
        QCOMPARE(titles(*m_filter), pick({2, 3, 4, 5, 6}));
        m_filter->setComponent(componentNamed(QStringLiteral("Kubernetes")));
        QCOMPARE(titles(*m_filter), pick({2, 6})); // only those on the layer itself
        m_filter->setBand(std::nullopt);
        m_filter->setComponent(componentNamed(QStringLiteral("Checkout")));
        QCOMPARE(titles(*m_filter), pick({0, 5}));
        m_filter->setComponent(QUuid());
        m_filter->setCategory(Category::RaceCondition);
        QCOMPARE(titles(*m_filter), pick({0, 8}));
        m_filter->setCategory(Category::Load);
        QCOMPARE(titles(*m_filter), pick({2}));
        m_filter->setCategory(std::nullopt);
        QCOMPARE(m_filter->rowCount(), 12);
    }

    void followsEditsWithoutReset()
    {
        QAbstractItemModelTester tester(m_model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // Re-scoring the oversell risk to 5x5 moves it to the top of the sorted list.
        FailureMode oversell = *m_workshop->findLive<FailureMode>(idOf(kTitles.at(8)));
        oversell.likelihood = oversell.blastRadius = 5;
        QVERIFY(m_workshop->update(oversell));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(),
                 changed.at(0).at(1).toModelIndex().row()); // that one row only
        QCOMPARE(titles(*m_filter).constFirst(), kTitles.at(8));

        // A mitigation changes its failure mode's row only.
        Mitigation m;
        m.failureMode = idOf(kTitles.at(7));
        m.description = QStringLiteral("Idempotent consumers");
        m.status = MitigationStatus::Accepted;
        QVERIFY(m_workshop->add(m));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_model->indexOf(m.failureMode).data(RankedRiskModel::SortRole).toInt(), 9);
        QCOMPARE(m_model->index(m_model->indexOf(m.failureMode).row(), RankedRiskModel::Mitigations)
                     .data()
                     .toInt(),
                 1);

        // A new failure mode is a new row; a deleted one goes (with its mitigations and votes).
        FailureMode fresh;
        fresh.title = QStringLiteral("Brand new risk");
        QVERIFY(m_workshop->add(fresh));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 13);
        // Its notes, loose again, come back as risks of one note each (singletonrisk.h).
        int itsNotes = 0;
        for (const Note &n : m_workshop->rows<Note>())
            itsNotes += n.failureMode == idOf(kTitles.at(0)) ? 1 : 0;
        QVERIFY(itsNotes > 0);
        QVERIFY(m_workshop->remove(EntityKind::FailureMode, {idOf(kTitles.at(0))}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 12 + itsNotes);
        QVERIFY(!titles(*m_filter).contains(kTitles.at(0)));

        // A renamed component shows in its failure modes' rows.
        Component checkout =
            *m_workshop->findLive<Component>(componentNamed(QStringLiteral("Checkout")));
        checkout.name = QStringLiteral("Checkout v2");
        QVERIFY(m_workshop->update(checkout));
        QVERIFY(
            column(*m_model, RankedRiskModel::Component).contains(QStringLiteral("Checkout v2")));
        QCOMPARE(resets.size(), 0);
    }

    void warnings()
    {
        FailureModeSelection selection;
        selection.setWorkshop(m_workshop.get());
        WarningList list(m_risks.get(), &selection);
        // The two high risks with only proposed mitigations (worked out in tst_ranking).
        QCOMPARE(list.count(), 2);
        QVERIFY(list.item(0)->text().contains(kTitles.at(5)));
        QVERIFY(list.item(1)->text().contains(kTitles.at(6)));
        QVERIFY(list.item(0)->text().contains(QStringLiteral("proposed or rejected")));
        QSignalSpy counted(&list, &WarningList::countChanged);

        // Accepting the OOM chaos test (owned and dated in the sample) clears its warning.
        Mitigation chaos = m_risks->mitigationsOf(idOf(kTitles.at(5))).constFirst();
        chaos.status = MitigationStatus::Accepted;
        QVERIFY(m_workshop->update(chaos));
        QCOMPARE(list.count(), 1);
        QCOMPARE(counted.size(), 1);
        // Without an owner it warns again, saying why.
        chaos.owner.clear();
        QVERIFY(m_workshop->update(chaos));
        QCOMPARE(list.count(), 2);
        QVERIFY(list.item(0)->text().contains(QStringLiteral("no owner")));
        // Edits that change no warning leave the list alone.
        FailureMode kafka = *m_workshop->findLive<FailureMode>(idOf(kTitles.at(7)));
        kafka.title = QStringLiteral("Order events out of order");
        QVERIFY(m_workshop->update(kafka));
        QCOMPARE(counted.size(), 2);

        // Picking a warning selects its failure mode everywhere.
        emit list.itemClicked(list.item(1));
        QCOMPARE(selection.current(), idOf(kTitles.at(6)));
    }
};

QTEST_MAIN(TestRankedList)
#include "tst_rankedlist.moc"

// Independent estimates and reach in the window (issues 22 and 23): the spread markers and the
// selected failure mode's spread on the matrix, nothing of the values before the reveal, the
// ranked list's disagreement order, reach and spread columns, the progress line, the median key
// and the reveal key as one undo step each, and the keyboard entry dialog driven by key events.

#include "estimateentrydialog.h"
#include "estimateindex.h"
#include "estimates.h"
#include "failuremodeselection.h"
#include "lookbackpanel.h"
#include "lookbackstats.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "rankedlistpanel.h"
#include "rankedriskfilter.h"
#include "rankedriskmodel.h"
#include "riskindex.h"
#include "testsupport.h"
#include "windowkeys.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QUndoStack>

using namespace pm;
using matrix::MatrixView;
using namespace windowkeys;

namespace {

struct Fixture
{
    testsupport::ScratchWorkshops files;
    std::unique_ptr<Workshop> workshop;
    QUndoStack undo;
    RiskIndex risks;
    FailureModeSelection selection;
    std::unique_ptr<MatrixView> view;
    QUuid gateway, api, shop;  // shop depends on api, api on gateway
    QUuid split, agreed, lone; // failure modes: estimates far apart, close, one estimate
    QUuid ana, ben, cleo;

    bool open()
    {
        workshop = files.fresh();
        if (!workshop)
            return false;
        ChangeSet rows;
        // A named row (a component or a participant) with a fresh id.
        auto named = [&](auto row, const QString &name) {
            row.meta.id = QUuid::createUuid();
            row.name = name;
            rows << row;
            return row.meta.id;
        };
        gateway = named(Component{}, QStringLiteral("Payment gateway"));
        api = named(Component{}, QStringLiteral("Checkout API"));
        shop = named(Component{}, QStringLiteral("Web shop"));
        for (auto [from, to] : {std::pair{api, gateway}, std::pair{shop, api}}) {
            Dependency d;
            d.meta.id = QUuid::createUuid();
            d.from = from;
            d.to = to;
            rows << d;
        }
        FailureMode a = testsupport::scoredMode(QStringLiteral("Gateway times out"), 3, 3);
        a.component = gateway;
        const FailureMode b = testsupport::scoredMode(QStringLiteral("Cache stampede"), 2, 2);
        const FailureMode c = testsupport::scoredMode(QStringLiteral("Certificate expires"), 0, 0);
        split = a.meta.id;
        agreed = b.meta.id;
        lone = c.meta.id;
        rows << a << b << c;
        ana = named(Participant{}, QStringLiteral("Ana"));
        ben = named(Participant{}, QStringLiteral("Ben"));
        cleo = named(Participant{}, QStringLiteral("Cleo"));
        if (!workshop->apply(rows))
            return false;
        // split: likelihood 1..4 (3 steps apart); agreed: within one step; lone: one estimate.
        const QList<std::tuple<QUuid, QUuid, int, int>> estimates{
            {ana, split, 1, 2},  {ben, split, 4, 3},  {cleo, split, 4, 3},
            {ana, agreed, 2, 2}, {ben, agreed, 3, 2}, {ana, lone, 5, 5}};
        for (const auto &[who, what, l, b] : estimates) {
            if (!setEstimate(*workshop, who, what, l, b))
                return false;
        }
        risks.setWorkshop(workshop.get());
        selection.setWorkshop(workshop.get());
        view = std::make_unique<MatrixView>(&risks, &selection, &undo);
        view->resize(1200, 800);
        return true;
    }

    void reveal(bool on) { QVERIFY(setEstimatesRevealed(*workshop, on)); }
};

QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data(role).toString();
    return texts;
}

// The tooltip the matrix shows over a card.
QString matrixToolTip(MatrixView *view, const QUuid &id)
{
    const QPoint at = view->cardRect(id).center().toPoint();
    QHelpEvent help(QEvent::ToolTip, at, view->mapToGlobal(at));
    QApplication::sendEvent(view, &help);
    return QToolTip::text();
}

} // namespace

class TstEstimatesGui : public QObject
{
    Q_OBJECT

private:
    guisupport::SampleFiles m_samples;

private slots:
    void initTestCase() { testsupport::isolateSettings(QStringLiteral("tst_estimatesgui")); }

    // Before the reveal no marker, range or dot shows, the columns show nothing, yet the progress
    // line says who has scored how many; after it, the markers tell disagreement from agreement.
    void matrixShowsSpreadOnlyAfterReveal()
    {
        Fixture f;
        QVERIFY(f.open());
        f.selection.select(f.split);
        QVERIFY(f.view->spreadMarks().isEmpty());
        QVERIFY(f.view->spreadRange().isEmpty());
        QVERIFY(f.view->estimateDots().isEmpty());
        QVERIFY(!f.risks.estimates()->spread(f.split));
        QVERIFY(f.risks.estimates()->spreadText(f.split).isEmpty());

        f.reveal(true);
        QList<MatrixView::SpreadMark> marks = f.view->spreadMarks();
        QCOMPARE(marks.size(), 3);
        QHash<QUuid, MatrixView::SpreadMark> byId;
        for (const MatrixView::SpreadMark &m : marks)
            byId.insert(m.id, m);
        QVERIFY(byId.value(f.split).disagreement);
        QVERIFY(!byId.value(f.agreed).disagreement);
        QVERIFY(!byId.value(f.lone).disagreement);
        // Beside its card, never on it: the title stays whole.
        for (const MatrixView::SpreadMark &m : marks) {
            const QRectF card = f.view->cardRect(m.id);
            QVERIFY(!card.isEmpty());
            QVERIFY(!card.intersects(m.rect));
            QVERIFY(m.rect.left() >= card.right());
            QVERIFY(qAbs(m.rect.top() - card.top()) < 1);
            QVERIFY(m.rect.width() >= 10);
        }

        // The selected one's range: the cells from likelihood 1 to 4 and blast radius 2 to 3, a
        // disc with the count in each chosen cell.
        const QRectF range = f.view->spreadRange();
        QCOMPARE(range, f.view->cellRect(4, 2).united(f.view->cellRect(1, 3)));
        QList<MatrixView::EstimateDot> dots = f.view->estimateDots();
        // The median's cell (likelihood 4, blast radius 3), marked apart, beside its count.
        QCOMPARE(dots.size(), 3);
        const MatrixView::EstimateDot median = dots.takeLast();
        QCOMPARE(median.count, 0);
        QCOMPARE(median.likelihood, 4);
        QCOMPARE(median.blastRadius, 3);
        QVERIFY(f.view->cellRect(4, 3).contains(median.rect));
        for (const MatrixView::EstimateDot &dot : std::as_const(dots))
            QVERIFY(!dot.rect.intersects(median.rect));
        std::sort(dots.begin(), dots.end(),
                  [](const auto &a, const auto &b) { return a.likelihood < b.likelihood; });
        QCOMPARE(dots.at(0).likelihood, 1);
        QCOMPARE(dots.at(0).blastRadius, 2);
        QCOMPARE(dots.at(0).count, 1);
        QCOMPARE(dots.at(1).likelihood, 4);
        QCOMPARE(dots.at(1).blastRadius, 3);
        QCOMPARE(dots.at(1).count, 2);
        for (const MatrixView::EstimateDot &dot : dots)
            QVERIFY(f.view->cellRect(dot.likelihood, dot.blastRadius).contains(dot.rect));

        // On the projector only the disagreement is marked; the selected spread stays.
        f.view->setPresentation(true);
        marks = f.view->spreadMarks();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.constFirst().id, f.split);
        QVERIFY(marks.constFirst().disagreement);
        QVERIFY(!f.view->spreadRange().isEmpty());
        f.view->setPresentation(false);

        // Hidden again: gone again.
        f.reveal(false);
        QVERIFY(f.view->spreadMarks().isEmpty());
        QVERIFY(f.view->spreadRange().isEmpty());
    }

    // The marker follows the estimates: a changed estimate that closes the gap ends the
    // disagreement; the residual view shows none.
    void disagreementMarkerFollowsEstimates()
    {
        Fixture f;
        QVERIFY(f.open());
        QVERIFY(setEstimate(*f.workshop, f.ana, f.split, 3, 3));
        f.reveal(true);
        for (const MatrixView::SpreadMark &m : f.view->spreadMarks())
            QVERIFY2(!m.disagreement, qPrintable(f.risks.summary(m.id)->title));
        f.reveal(false);
        QVERIFY(setEstimate(*f.workshop, f.ana, f.split, 1, 1));
        f.reveal(true);
        int disagreements = 0;
        for (const MatrixView::SpreadMark &m : f.view->spreadMarks())
            disagreements += m.disagreement ? 1 : 0;
        QCOMPARE(disagreements, 1);
        f.view->setResidual(true);
        QVERIFY(f.view->spreadMarks().isEmpty());
    }

    // The tooltip over a card: its spread after the reveal, what a failure of its component
    // reaches with the names.
    void cardToolTipShowsSpreadAndReach()
    {
        Fixture f;
        QVERIFY(f.open());
        f.view->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.view.get()));
        QString tip = matrixToolTip(f.view.get(), f.split);
        QVERIFY2(tip.contains(QStringLiteral("reaches 2 of 3 components")), qPrintable(tip));
        // Made in one change, so in either order.
        QVERIFY2(tip.contains(QStringLiteral("Checkout API, Web shop")) ||
                     tip.contains(QStringLiteral("Web shop, Checkout API")),
                 qPrintable(tip));
        QVERIFY2(!tip.contains(QStringLiteral("Estimates")), qPrintable(tip));
        f.reveal(true);
        tip = matrixToolTip(f.view.get(), f.split);
        QVERIFY2(tip.contains(QStringLiteral("likelihood 1–4, blast radius 2–3")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Disagreement")), qPrintable(tip));
        QToolTip::hideText();
    }

    // The ranked list: Estimates and Reach columns, the reach names in the tooltip, the
    // disagreements first when asked, the progress line without values.
    void rankedListSortsByDisagreementAndShowsReach()
    {
        Fixture f;
        QVERIFY(f.open());
        RankedRiskModel model(&f.risks);
        RankedListPanel panel(&model, &f.selection);
        QAbstractItemModel *shown = panel.table()->model();
        auto rowOf = [&](const QUuid &id) {
            for (int row = 0; row < shown->rowCount(); ++row) {
                if (shown->index(row, 0).data(RankedRiskModel::IdRole).toUuid() == id)
                    return row;
            }
            return -1;
        };
        const int splitRow = rowOf(f.split);
        QCOMPARE(shown->index(splitRow, RankedRiskModel::Reach).data().toString(),
                 QStringLiteral("2 of 3"));
        QCOMPARE(shown->headerData(RankedRiskModel::Reach, Qt::Horizontal).toString(),
                 QStringLiteral("Reaches"));
        QStringList reached = shown->index(splitRow, RankedRiskModel::Reach)
                                  .data(Qt::ToolTipRole)
                                  .toString()
                                  .split(QLatin1Char('\n'));
        QCOMPARE(reached.takeFirst(), QStringLiteral("reaches 2 of 3 components:"));
        reached.sort();
        QCOMPARE(reached,
                 QStringList({QStringLiteral("Checkout API"), QStringLiteral("Web shop")}));
        QVERIFY(!panel.table()->isColumnHidden(RankedRiskModel::Reach));
        // Nothing to show before the reveal: the column gives its width to the titles.
        QVERIFY(panel.table()->isColumnHidden(RankedRiskModel::Spread));
        QVERIFY(!panel.disagreementFirst()->isEnabled());
        QCOMPARE(shown->index(rowOf(f.agreed), RankedRiskModel::Reach).data().toString(),
                 QStringLiteral("—"));
        // Before the reveal: no values, only who has scored how many.
        QCOMPARE(column(shown, RankedRiskModel::Spread), QStringList(3, QStringLiteral("–")));
        QVERIFY(!panel.progressLabel()->isHidden());
        const QString progress = panel.progressLabel()->text();
        QVERIFY2(progress.contains(QStringLiteral("hidden until revealed")), qPrintable(progress));
        QVERIFY2(progress.contains(QStringLiteral("Ben 2 of 3")), qPrintable(progress));
        QVERIFY2(progress.contains(QStringLiteral("Cleo 1 of 3")), qPrintable(progress));
        QVERIFY2(progress.contains(QStringLiteral("1 of 3 people")), qPrintable(progress));
        // The progress is cut to the filters' width, never taking the list's: on a laptop the
        // panel is about 850 px wide and its table was once left 70 px.
        panel.resize(850, 160);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY2(panel.table()->width() >= panel.width() / 2,
                 qPrintable(
                     QStringLiteral("%1 of %2 px").arg(panel.table()->width()).arg(panel.width())));
        panel.hide();
        QVERIFY2(!progress.contains(QStringLiteral("–")), qPrintable(progress));
        // Live: Cleo scores one more.
        QVERIFY(setEstimate(*f.workshop, f.cleo, f.agreed, 2, 3));
        QVERIFY2(panel.progressLabel()->text().contains(QStringLiteral("Cleo 2 of 3")),
                 qPrintable(panel.progressLabel()->text()));

        f.reveal(true);
        QVERIFY(!panel.table()->isColumnHidden(RankedRiskModel::Spread));
        QCOMPARE(shown->index(rowOf(f.split), RankedRiskModel::Spread).data().toString(),
                 QStringLiteral("≠ ↑1–4 →2–3"));
        QCOMPARE(shown->index(rowOf(f.lone), RankedRiskModel::Spread).data().toString(),
                 QStringLiteral("↑5 →5"));
        // Score order puts the split one first (9), then the agreed (4), then the unscored.
        panel.disagreementFirst()->setChecked(true);
        const QList<QUuid> expected{f.split, f.agreed, f.lone};
        QList<QUuid> order;
        for (int row = 0; row < shown->rowCount(); ++row)
            order << shown->index(row, 0).data(RankedRiskModel::IdRole).toUuid();
        QCOMPARE(order.first(), f.split);
        // agreed (span 1) before lone (span 0), whatever their scores.
        QVERIFY(order.indexOf(f.agreed) < order.indexOf(f.lone));
        // Make the cache stampede the widest split: it moves to the top at once.
        f.reveal(false);
        QVERIFY(setEstimate(*f.workshop, f.cleo, f.agreed, 5, 5));
        f.reveal(true);
        QCOMPARE(shown->index(0, 0).data(RankedRiskModel::IdRole).toUuid(), f.agreed);
        // Off again: the discussion order by score.
        panel.disagreementFirst()->setChecked(false);
        QCOMPARE(shown->index(0, 0).data(RankedRiskModel::IdRole).toUuid(), f.split);
        Q_UNUSED(expected)
    }

    // M scores the selected failure mode at the estimates' median, one undo step; Shift+R hides
    // and reveals, one undo step each; the score keys still set any score.
    void medianAndRevealKeys()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Rank);
        window.showMatrix(true);
        Workshop *w = window.workshop();
        QVERIFY(w->info().estimatesRevealed);
        // A failure mode whose medians differ from its agreed score.
        QUuid target;
        EstimateSpread spread;
        for (const EstimateSpread &s : estimateSpreads(*w)) {
            const FailureMode *m = w->findLive<FailureMode>(s.failureMode);
            if (m &&
                (m->likelihood != s.medianLikelihood || m->blastRadius != s.medianBlastRadius)) {
                target = s.failureMode;
                spread = s;
                break;
            }
        }
        QVERIFY2(!target.isNull(), "the sample has no failure mode scored off its median");
        const FailureMode before = *w->findLive<FailureMode>(target);
        window.failureModeSelection()->select(target);
        window.matrixView()->setFocus();
        const int steps = window.undoStack()->count();
        press(Qt::Key_M);
        const FailureMode *after = w->findLive<FailureMode>(target);
        QCOMPARE(after->likelihood, spread.medianLikelihood);
        QCOMPARE(after->blastRadius, spread.medianBlastRadius);
        QCOMPARE(window.undoStack()->count(), steps + 1);
        window.undoStack()->undo();
        QCOMPARE(w->findLive<FailureMode>(target)->likelihood, before.likelihood);
        QCOMPARE(w->findLive<FailureMode>(target)->blastRadius, before.blastRadius);
        // Any score, still.
        press(Qt::Key_1);
        QCOMPARE(w->findLive<FailureMode>(target)->likelihood, 1);

        // Shift+R hides; M then says why it does nothing; Shift+R reveals again.
        press(Qt::Key_R, Qt::ShiftModifier);
        QVERIFY(!w->info().estimatesRevealed);
        QVERIFY(window.matrixView()->spreadMarks().isEmpty());
        QVERIFY(!window.boardAction(shortcuts::Id::ShowBoard)->isChecked());
        press(Qt::Key_M);
        QCOMPARE(w->findLive<FailureMode>(target)->likelihood, 1);
        window.undoStack()->undo();
        QVERIFY(w->info().estimatesRevealed);
        QVERIFY(!window.matrixView()->spreadMarks().isEmpty());
        // In the menus, with their keys.
        auto *median = window.findChild<QAction *>(QStringLiteral("actionAdoptMedian"));
        QVERIFY(median && median->shortcut() == QKeySequence(Qt::Key_M));
        QVERIFY(!median->associatedObjects().isEmpty());
    }

    // E opens the entry dialog; the name typed, Enter; per failure mode a digit, Tab, a digit,
    // Enter: an estimate each, one undo step each, values never shown before the reveal.
    void keyboardEntry()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Rank);
        Workshop *w = window.workshop();
        // Hidden, so estimates may be entered.
        press(Qt::Key_R, Qt::ShiftModifier);
        QVERIFY(!w->info().estimatesRevealed);
        // Someone new, without a device.
        Participant zoe;
        zoe.meta.id = QUuid::createUuid();
        zoe.name = QStringLiteral("Zoë Quinn");
        QVERIFY(w->apply({zoe}));
        const int steps = window.undoStack()->count();

        bool checked = false;
        QTimer::singleShot(200, this, [&] {
            auto *dialog = qobject_cast<EstimateEntryDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto finish = qScopeGuard([&] { dialog->reject(); });
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *filter =
                dialog->findChild<QLineEdit *>(QStringLiteral("estimateParticipantFilter"));
            QCOMPARE(QApplication::focusWidget(), filter);
            type(QStringLiteral("qu")); // the second name's first letters
            auto *people = dialog->findChild<QListWidget *>(QStringLiteral("estimateParticipants"));
            QCOMPARE(people->currentItem()->text(), zoe.name);
            press(Qt::Key_Return);
            QCOMPARE(dialog->participant(), zoe.meta.id);
            auto *likelihood = dialog->findChild<QComboBox *>(QStringLiteral("estimateLikelihood"));
            auto *blast = dialog->findChild<QComboBox *>(QStringLiteral("estimateBlastRadius"));
            QCOMPARE(QApplication::focusWidget(), likelihood);
            // In the workshop's own axis wording.
            QCOMPARE(likelihood->itemText(3).section(QStringLiteral(" · "), 1),
                     levelName(w->info(), Axis::Likelihood, 3));
            // First failure mode: 4 and 2.
            press(Qt::Key_4);
            press(Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), blast);
            press(Qt::Key_2);
            press(Qt::Key_Return);
            QCOMPARE(dialog->position(), 1);
            QCOMPARE(dialog->saved(), 1);
            // The next starts empty, not with anybody's value.
            QCOMPARE(likelihood->currentData().toInt(), 0);
            QCOMPARE(blast->currentData().toInt(), 0);
            // Only one chosen: refused with a message, nothing saved.
            press(Qt::Key_3);
            press(Qt::Key_Return);
            QCOMPARE(dialog->saved(), 1);
            QVERIFY(
                !dialog->findChild<QLabel *>(QStringLiteral("estimateError"))->text().isEmpty());
            // The keyboard is taken to the missing choice.
            QCOMPARE(QApplication::focusWidget(), blast);
            press(Qt::Key_5);
            press(Qt::Key_Return);
            QCOMPARE(dialog->saved(), 2);
            // Nothing chosen: skipped.
            press(Qt::Key_Return);
            QCOMPARE(dialog->position(), 3);
            QCOMPARE(dialog->saved(), 2);
            checked = true;
        });
        press(Qt::Key_E);
        QVERIFY(checked);
        const QList<EstimateProgress> progress = estimateProgress(*w);
        const auto mine = std::find_if(progress.cbegin(), progress.cend(),
                                       [&](const auto &p) { return p.participant == zoe.meta.id; });
        QVERIFY(mine != progress.cend());
        QCOMPARE(mine->scored, 2);
        QCOMPARE(window.undoStack()->count(), steps + 2);
        // Their own view has the values; the facilitator's none until the reveal.
        QCOMPARE(visibleEstimates(*w, zoe.meta.id).size(), 2);
        QVERIFY(window.matrixView()->spreadMarks().isEmpty());
        window.undoStack()->undo();
        QCOMPARE(visibleEstimates(*w, zoe.meta.id).size(), 1);
    }

    // The look-back shows each person against the group, once outcomes are known.
    void lookbackShowsPeople()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next()));
        Workshop *w = window.workshop();
        LookbackPanel *panel = window.lookbackPanel();
        QVERIFY(!panel->summaryText().contains(QStringLiteral("Each person against the group")));
        // Two estimated failure modes: one happened, one did not.
        ChangeSet outcomes;
        for (const EstimateSpread &s : estimateSpreads(*w)) {
            FailureMode m = *w->findLive<FailureMode>(s.failureMode);
            if (m.likelihood < 1)
                continue;
            m.outcome = outcomes.isEmpty() ? Outcome::Happened : Outcome::NotHappened;
            outcomes << m;
            if (outcomes.size() == 2)
                break;
        }
        QCOMPARE(outcomes.size(), 2);
        QVERIFY(w->apply(outcomes));
        const Calibration c = calibrate(*w);
        QVERIFY(!c.people.isEmpty());
        const QString text = panel->summaryText();
        QVERIFY2(text.contains(QStringLiteral("Each person against the group")), qPrintable(text));
        const QString first = c.people.firstKey();
        QVERIFY2(text.contains(QStringLiteral("%1: %2 judged, Brier %3 (the group's %4)")
                                   .arg(first)
                                   .arg(c.people.first().judged)
                                   .arg(brierText(c.people.first().brierScore()),
                                        brierText(c.people.first().groupBrierScore()))),
                 qPrintable(text));
    }
};

QTEST_MAIN(TstEstimatesGui)
#include "tst_estimatesgui.moc"

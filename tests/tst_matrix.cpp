// The risk matrix through the real widget: scoring by drag (cell to cell, tray to cell, cell to
// tray) and by keyboard (1-5, Shift+1-5, arrows), each one undo step that survives a reopen; the
// residual view; crowded cells; the shared selection.

#include "axiswording.h"
#include "axiswordingdialog.h"
#include "changesetcommand.h"
#include "failuremodeselection.h"
#include "matrixview.h"
#include "risk.h"
#include "riskindex.h"
#include "scorecommand.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QToolTip>
#include <QUndoStack>

using namespace pm;
using matrix::MatrixView;

namespace {

struct Fixture
{
    QString path;
    std::unique_ptr<Workshop> workshop;
    QUndoStack undo;
    RiskIndex risks;
    FailureModeSelection selection;
    std::unique_ptr<MatrixView> view;
    QUuid storm, stampede, unscored, failover;

    bool open(const QString &file)
    {
        path = file;
        auto created = Workshop::create(path, QStringLiteral("Matrix test"));
        if (!created)
            return false;
        workshop = std::move(created).value();
        Component c;
        c.meta.id = QUuid::createUuid();
        c.name = QStringLiteral("Checkout");
        const FailureMode a = testsupport::scoredMode(QStringLiteral("Retry storm"), 4, 5);
        const FailureMode b = testsupport::scoredMode(QStringLiteral("Cache stampede"), 2, 3);
        const FailureMode u = testsupport::scoredMode(QStringLiteral("Nobody scored this"), 0, 0);
        FailureMode d = testsupport::scoredMode(QStringLiteral("Failover never tested"), 4, 4);
        d.component = c.meta.id;
        storm = a.meta.id;
        stampede = b.meta.id;
        unscored = u.meta.id;
        failover = d.meta.id;
        Mitigation planned; // accepted: the failover risk drops to 2x2 in the residual view
        planned.meta.id = QUuid::createUuid();
        planned.failureMode = failover;
        planned.description = QStringLiteral("Quarterly failover drill");
        planned.status = MitigationStatus::Accepted;
        planned.residualLikelihood = 2;
        planned.residualBlastRadius = 2;
        Mitigation idea = planned; // only proposed: the storm stays where it is
        idea.meta.id = QUuid::createUuid();
        idea.failureMode = storm;
        idea.status = MitigationStatus::Proposed;
        Vote vote;
        vote.meta.id = QUuid::createUuid();
        vote.failureMode = storm;
        Participant p;
        p.meta.id = vote.participant = QUuid::createUuid();
        p.name = QStringLiteral("Priya");
        vote.dots = 3;
        if (!workshop->apply({c, a, b, u, d, planned, idea, p, vote}))
            return false;
        risks.setWorkshop(workshop.get());
        selection.setWorkshop(workshop.get());
        view = std::make_unique<MatrixView>(&risks, &selection, &undo);
        view->resize(1400, 900);
        view->show();
        return QTest::qWaitForWindowExposed(view.get());
    }

    const FailureMode &fm(const QUuid &id) const { return *workshop->findLive<FailureMode>(id); }
    std::pair<int, int> scoreOf(const QUuid &id) const
    {
        return {fm(id).likelihood, fm(id).blastRadius};
    }
    QMap<QString, QVariantList> reopened() const
    {
        auto again = Workshop::open(path, Store::Access::ReadOnly);
        return again ? testsupport::snapshot(*again.value()) : QMap<QString, QVariantList>();
    }
};

void drag(QWidget *widget, const QPointF &from, const QPointF &to)
{
    // Two gestures in quick succession near one spot would read as a double-click.
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 20);
    const QPoint a = from.toPoint(), b = to.toPoint();
    QTest::mousePress(widget, Qt::LeftButton, {}, a);
    for (int step = 1; step <= 6; ++step) {
        const QPoint p = a + (b - a) * step / 6;
        QMouseEvent move(QEvent::MouseMove, p, widget->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         {});
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, b);
}

bool inside(const QRectF &outer, const QRectF &inner)
{
    return !inner.isEmpty() && outer.contains(inner);
}

} // namespace

class TestMatrix : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("m%1.premortem").arg(++m_counter)); }

private slots:
    void initTestCase() { installTranslations(qApp); }

    void cardsSitInTheirCells()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        QVERIFY(inside(f.view->cellRect(4, 5), f.view->cardRect(f.storm)));
        QVERIFY(inside(f.view->cellRect(2, 3), f.view->cardRect(f.stampede)));
        QVERIFY(inside(f.view->cellRect(4, 4), f.view->cardRect(f.failover)));
        QVERIFY(inside(f.view->trayRect(), f.view->cardRect(f.unscored)));
        // Critical top right, low bottom left.
        QVERIFY(f.view->cellRect(5, 5).left() > f.view->cellRect(5, 1).left());
        QVERIFY(f.view->cellRect(5, 5).top() < f.view->cellRect(1, 5).top());
        // Hovering a card tells all of it, however short the card had to be.
        const QPoint over = f.view->cardRect(f.storm).center().toPoint();
        QHelpEvent help(QEvent::ToolTip, over, f.view->mapToGlobal(over));
        QApplication::sendEvent(f.view.get(), &help);
        QVERIFY(QToolTip::text().contains(QStringLiteral("Retry storm")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("= 20 (Critical)")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("3 votes")));
        // Reading order for Tab: top row first, the tray last.
        QCOMPARE(f.view->cardOrder(), (QList<QUuid>{f.failover, f.storm, f.stampede, f.unscored}));
    }

    void dragToAnotherCell()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        const quint64 commits = f.workshop->commitCount();
        const int layouts = f.view->layoutCount();
        drag(f.view.get(), f.view->cardRect(f.storm).center(), f.view->cellRect(2, 2).center());
        QCOMPARE(f.scoreOf(f.storm), std::make_pair(2, 2));
        QCOMPARE(f.undo.count(), 1);
        QCOMPARE(f.undo.undoText(), QStringLiteral("Score “Retry storm” 2×2"));
        QCOMPARE(f.workshop->commitCount(), commits + 1); // one gesture, one transaction
        QVERIFY(inside(f.view->cellRect(2, 2), f.view->cardRect(f.storm)));
        QVERIFY(f.view->layoutCount() > layouts);
        QCOMPARE(f.selection.ids(), QList<QUuid>{f.storm}); // pressing selected it
        testsupport::checkUndoRedo(f, before);
        f.undo.undo();
        QVERIFY(inside(f.view->cellRect(4, 5), f.view->cardRect(f.storm)));

        // A drop on the cell it came from, or outside the grid, changes nothing.
        drag(f.view.get(), f.view->cardRect(f.storm).center(), f.view->cellRect(4, 5).center());
        drag(f.view.get(), f.view->cardRect(f.storm).center(), QPointF(5, 5));
        QCOMPARE(f.scoreOf(f.storm), std::make_pair(4, 5));
        QCOMPARE(f.undo.index(), 0);
    }

    void dragFromAndToTheTray()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        drag(f.view.get(), f.view->cardRect(f.unscored).center(), f.view->cellRect(5, 5).center());
        QCOMPARE(f.scoreOf(f.unscored), std::make_pair(5, 5));
        QCOMPARE(f.undo.undoText(), QStringLiteral("Score “Nobody scored this” 5×5"));
        testsupport::checkUndoRedo(f, before);

        // Into the tray: the score is cleared (the tray stays as a drop zone when empty).
        const auto scored = testsupport::snapshot(*f.workshop);
        QVERIFY(f.view->trayRect().width() > 100);
        drag(f.view.get(), f.view->cardRect(f.stampede).center(), f.view->trayRect().center());
        QCOMPARE(f.scoreOf(f.stampede), std::make_pair(0, 0));
        QCOMPARE(f.undo.undoText(), QStringLiteral("Score “Cache stampede” –×–"));
        QVERIFY(inside(f.view->trayRect(), f.view->cardRect(f.stampede)));
        testsupport::checkUndoRedo(f, scored);
    }

    void keyboardScoring()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        f.view->setFocus();
        QTest::mouseClick(f.view.get(), Qt::LeftButton, {},
                          f.view->cardRect(f.stampede).center().toPoint());
        QCOMPARE(f.selection.current(), f.stampede);

        QTest::keyClick(f.view.get(), Qt::Key_4);
        QCOMPARE(f.scoreOf(f.stampede), std::make_pair(4, 3));
        QCOMPARE(f.undo.undoText(), QStringLiteral("Score “Cache stampede” 4×3"));
        QTest::keyClick(f.view.get(), Qt::Key_5, Qt::ShiftModifier);
        QCOMPARE(f.scoreOf(f.stampede), std::make_pair(4, 5));
        QTest::keyClick(f.view.get(), Qt::Key_Dollar, Qt::ShiftModifier); // Shift+4 on a US map
        QCOMPARE(f.scoreOf(f.stampede), std::make_pair(4, 4));
        QTest::keyClick(f.view.get(), Qt::Key_Up);
        QCOMPARE(f.scoreOf(f.stampede), std::make_pair(5, 4));
        QTest::keyClick(f.view.get(), Qt::Key_Up); // already at the top: no step
        QTest::keyClick(f.view.get(), Qt::Key_Left);
        QTest::keyClick(f.view.get(), Qt::Key_Down);
        QCOMPARE(f.scoreOf(f.stampede), std::make_pair(4, 3));
        QCOMPARE(f.undo.count(), 6); // one step per key that changed something
        QVERIFY(inside(f.view->cellRect(4, 3), f.view->cardRect(f.stampede)));
        QCOMPARE(f.reopened(), testsupport::snapshot(*f.workshop));
        while (f.undo.canUndo())
            f.undo.undo();
        QCOMPARE(testsupport::snapshot(*f.workshop), before);
        QCOMPARE(f.reopened(), before);

        // An unscored card takes 1-5 and Shift+1-5 but the arrows cannot move it.
        QTest::keyClick(f.view.get(), Qt::Key_Tab); // from the stampede on: the tray card
        QCOMPARE(f.selection.current(), f.unscored);
        QTest::keyClick(f.view.get(), Qt::Key_Right);
        QCOMPARE(f.scoreOf(f.unscored), std::make_pair(0, 0));
        QTest::keyClick(f.view.get(), Qt::Key_2);
        QCOMPARE(f.scoreOf(f.unscored), std::make_pair(2, 0));
        QVERIFY(inside(f.view->trayRect(), f.view->cardRect(f.unscored))); // half scored
        QTest::keyClick(f.view.get(), Qt::Key_3, Qt::ShiftModifier);
        QCOMPARE(f.scoreOf(f.unscored), std::make_pair(2, 3));
        QVERIFY(inside(f.view->cellRect(2, 3), f.view->cardRect(f.unscored)));

        // Several selected cards move together in one step.
        f.selection.select({f.storm, f.failover});
        const int steps = f.undo.count();
        QTest::keyClick(f.view.get(), Qt::Key_Down);
        QCOMPARE(f.scoreOf(f.storm), std::make_pair(3, 5));
        QCOMPARE(f.scoreOf(f.failover), std::make_pair(3, 4));
        QCOMPARE(f.undo.count(), steps + 1);
        QCOMPARE(f.undo.undoText(), QStringLiteral("Score 2 Failure Modes"));
    }

    void selectionIsShared()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        QTest::mouseClick(f.view.get(), Qt::LeftButton, {},
                          f.view->cardRect(f.storm).center().toPoint());
        QCOMPARE(f.selection.ids(), QList<QUuid>{f.storm});
        QTest::mouseClick(f.view.get(), Qt::LeftButton, Qt::ControlModifier,
                          f.view->cardRect(f.failover).center().toPoint());
        QCOMPARE(f.selection.ids(), (QList<QUuid>{f.storm, f.failover}));
        QTest::mouseClick(f.view.get(), Qt::LeftButton, {},
                          f.view->cellRect(1, 1).center().toPoint()); // empty: clears
        QVERIFY(f.selection.isEmpty());
        // Selected elsewhere (the board, the ranked list), deleted elsewhere.
        f.selection.select(f.stampede);
        QCOMPARE(f.selection.current(), f.stampede);
        QVERIFY(f.workshop->remove(EntityKind::FailureMode, {f.stampede}));
        QVERIFY(f.selection.isEmpty());
        QVERIFY(f.view->cardRect(f.stampede).isEmpty());
    }

    void residualView()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->setResidual(true);
        QVERIFY(f.view->showsResidual());
        // The failover risk has an accepted mitigation down to 2x2; the storm only a proposed one.
        QVERIFY(inside(f.view->cellRect(2, 2), f.view->cardRect(f.failover)));
        QVERIFY(inside(f.view->cellRect(4, 4), f.view->ghostRect(f.failover)));
        QVERIFY(inside(f.view->cellRect(4, 5), f.view->cardRect(f.storm)));
        QVERIFY(f.view->ghostRect(f.storm).isEmpty());
        QVERIFY(f.view->ghostRect(f.stampede).isEmpty());
        const QImage residual = f.view->grab().toImage();

        // For looking, not editing: keys and drags change nothing.
        f.selection.select(f.failover);
        QTest::keyClick(f.view.get(), Qt::Key_1);
        drag(f.view.get(), f.view->cardRect(f.storm).center(), f.view->cellRect(1, 1).center());
        QCOMPARE(f.undo.count(), 0);
        QCOMPARE(f.scoreOf(f.failover), std::make_pair(4, 4));

        // Accepting the storm's mitigation moves it in the residual view at once.
        Mitigation idea = f.risks.mitigationsOf(f.storm).constFirst();
        idea.status = MitigationStatus::InProgress;
        QVERIFY(f.workshop->update(idea));
        QVERIFY(inside(f.view->cellRect(2, 2), f.view->cardRect(f.storm)));
        QVERIFY(inside(f.view->cellRect(4, 5), f.view->ghostRect(f.storm)));

        f.view->setResidual(false);
        QVERIFY(inside(f.view->cellRect(4, 4), f.view->cardRect(f.failover)));
        QVERIFY(f.view->ghostRect(f.failover).isEmpty());
        QVERIFY(f.view->grab().toImage() != residual);
        if (const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !keep.isEmpty())
            residual.save(QDir(keep).filePath(QStringLiteral("matrix-residual-small.png")));
    }

    void crowdedCellStaysReadable()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->resize(1000, 700);
        ChangeSet crowd;
        QList<QUuid> ids;
        for (int i = 0; i < 12; ++i) {
            const FailureMode m = testsupport::scoredMode(
                QStringLiteral("Crowded risk number %1 with a long title").arg(i), 3, 3);
            ids << m.meta.id;
            crowd << m;
        }
        QVERIFY(f.workshop->apply(crowd));
        QCOMPARE(f.view->tierIn(3, 3), matrix::CardTier::Compact);
        QVERIFY(f.view->hiddenIn(3, 3) > 0);
        QList<QRectF> shown;
        for (const QUuid &id : ids) {
            const QRectF r = f.view->cardRect(id);
            if (r.isEmpty())
                continue;
            QVERIFY(inside(f.view->cellRect(3, 3), r));
            for (const QRectF &other : std::as_const(shown))
                QVERIFY(!r.intersects(other)); // stacked, never overlapping
            shown << r;
        }
        QCOMPARE(shown.size() + f.view->hiddenIn(3, 3), ids.size());
        // The selected card is never the one hidden.
        f.selection.select(ids.constLast());
        QVERIFY(inside(f.view->cellRect(3, 3), f.view->cardRect(ids.constLast())));
        // The crowded row borrowed height from the others, which still show their cards.
        QVERIFY(f.view->cellRect(3, 3).height() > f.view->cellRect(4, 5).height());
        QVERIFY(inside(f.view->cellRect(4, 5), f.view->cardRect(f.storm)));
        QCOMPARE(f.view->hiddenIn(4, 5), 0);
    }

    void readOnlyChangesNothing()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->setReadOnly(true);
        f.selection.select(f.storm);
        QTest::keyClick(f.view.get(), Qt::Key_1);
        drag(f.view.get(), f.view->cardRect(f.storm).center(), f.view->cellRect(1, 1).center());
        QCOMPARE(f.scoreOf(f.storm), std::make_pair(4, 5));
        QCOMPARE(f.undo.count(), 0);
    }

    // The facilitator words the axes for this system; the matrix shows that wording at once,
    // the file keeps it, and one undo brings the built-in wording back.
    void axisWordingIsEditedPerWorkshop()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        QCOMPARE(f.view->levelNames(Axis::BlastRadius).at(0), blastRadiusName(1));
        AxisWordingDialog dialog(f.workshop->info());
        const QList<QLineEdit *> blast = dialog.fields(false);
        QCOMPARE(blast.size(), 5);
        QCOMPARE(blast.at(4)->placeholderText(), blastRadiusName(5));
        QVERIFY(blast.at(4)->text().isEmpty());
        blast.at(0)->setText(QStringLiteral("One shop"));
        blast.at(4)->setText(QStringLiteral("Every shop, money lost"));
        dialog.fields(true).at(2)->setText(QStringLiteral("Once a quarter"));

        const auto before = testsupport::snapshot(*f.workshop);
        const int layouts = f.view->layoutCount();
        QVERIFY(ChangeSetCommand::push(&f.undo, f.workshop.get(), QStringLiteral("Wording"),
                                       f.workshop->apply({dialog.result()})));
        QCOMPARE(f.view->levelNames(Axis::BlastRadius),
                 (QStringList{QStringLiteral("One shop"), blastRadiusName(2), blastRadiusName(3),
                              blastRadiusName(4), QStringLiteral("Every shop, money lost")}));
        QCOMPARE(f.view->levelNames(Axis::Likelihood).at(2), QStringLiteral("Once a quarter"));
        f.view->grab(); // lays the matrix out again with the new row headers
        QVERIFY(f.view->layoutCount() > layouts);
        testsupport::checkUndoRedo(f, before);

        // Reopening the dialog shows the workshop's own wording; restoring clears it again.
        AxisWordingDialog again(f.workshop->info());
        QCOMPARE(again.fields(false).at(0)->text(), QStringLiteral("One shop"));
        QTest::mouseClick(again.findChild<QPushButton *>(QStringLiteral("restoreBuiltIn")),
                          Qt::LeftButton);
        QVERIFY(again.result().blastRadiusLabels.isEmpty());
        QVERIFY(again.result().likelihoodLabels.isEmpty());
    }

    void scoreCommandText()
    {
        QCOMPARE(ScoreCommand::text(QStringLiteral("X"), 4, 5), QStringLiteral("Score “X” 4×5"));
        const QString longTitle(80, QLatin1Char('a'));
        QVERIFY(ScoreCommand::text(longTitle, 1, 1).size() < 60);
    }
};

QTEST_MAIN(TestMatrix)
#include "tst_matrix.moc"

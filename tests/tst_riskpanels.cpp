// Ranking in the main window, on the sample workshop: one selection shared by the board, the
// matrix, the ranked list and the mitigation panel; 1-5 / Shift+1-5 / arrows through the window's
// keyboard map; the mitigation panel's add, edit and remove with undo; the heat map on the
// canvas; and the matrix as the room sees it on a 1920x1080 projector.

#include "axiswording.h"
#include "boardscene.h"
#include "boardview.h"
#include "componentitem.h"
#include "failuremodeselection.h"
#include "guisupport.h"
#include "heatlegend.h"
#include "heatmap.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "mitigationpanel.h"
#include "noteitem.h"
#include "palette.h"
#include "rankedlistpanel.h"
#include "rankedriskfilter.h"
#include "rankedriskmodel.h"
#include "testsupport.h"
#include "translations.h"
#include "warninglist.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleHints>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pm;

namespace {

const QString kDouble = QStringLiteral("Payment retries double-charge customers");
const QString kPool = QStringLiteral("Postgres connections exhausted by pod fan-out");
const QString kBigBang = QStringLiteral("Big-bang cutover with no way back");
const QString kKafka = QStringLiteral("Order events lost, duplicated or out of order");
const QString kOversell = QStringLiteral("Stock oversold while monolith and service both write");

QUuid modeNamed(const Workshop &w, const QString &title)
{
    for (const FailureMode &f : w.rows<FailureMode>()) {
        if (f.title == title)
            return f.meta.id;
    }
    return QUuid();
}

std::pair<int, int> scoreOf(const Workshop &w, const QUuid &id)
{
    const FailureMode *f = w.findLive<FailureMode>(id);
    return f ? std::make_pair(f->likelihood, f->blastRadius) : std::make_pair(-1, -1);
}

QList<QUuid> selectedRows(const MainWindow &window)
{
    QList<QUuid> ids;
    const QModelIndexList rows = window.rankedPanel()->table()->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(RankedRiskModel::IdRole).toUuid();
    return ids;
}

QSet<QUuid> boardFailureModes(const MainWindow &window)
{
    QSet<QUuid> ids;
    for (const board::NoteItem *note : window.boardView()->boardScene()->selectedNotes())
        ids.insert(note->note().failureMode);
    return ids;
}

template <typename T> T *child(const QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestRiskPanels : public QObject
{
    Q_OBJECT

private:
    guisupport::SampleFiles m_samples;

    static QMap<QString, QVariantList> reopened(const QString &path)
    {
        auto again = Workshop::open(path, Store::Access::ReadOnly);
        return again ? testsupport::snapshot(*again.value()) : QMap<QString, QVariantList>();
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings(QStringLiteral("tst_riskpanels"));
        installTranslations(qApp);
    }

    // The score menu speaks the workshop's own axis wording, and follows a change of it.
    void scoreMenuFollowsAxisWording()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next(), {1600, 1000}));
        auto *three = window.findChild<QAction *>(QStringLiteral("likelihood_3"));
        auto *five = window.findChild<QAction *>(QStringLiteral("blastRadius_5"));
        QVERIFY(three && five);
        QCOMPARE(three->text(), QStringLiteral("Likelihood 3: Possible"));
        QCOMPARE(five->text(),
                 QStringLiteral("Blast Radius 5: All customers / data loss / multi-region"));
        Workshop &w = *window.workshop();
        QVERIFY(w.apply({withLevelNames(w.info(), Axis::BlastRadius,
                                        {{}, {}, {}, {}, QStringLiteral("Every shop")})}));
        QCOMPARE(five->text(), QStringLiteral("Blast Radius 5: Every shop"));
        QCOMPARE(three->text(), QStringLiteral("Likelihood 3: Possible"));
    }

    void sharedSelectionAcrossViews()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next(), {1600, 1000}));
        const Workshop &w = *window.workshop();
        FailureModeSelection *selection = window.failureModeSelection();
        QTableView *table = window.rankedPanel()->table();
        const QUuid bigBang = modeNamed(w, kBigBang), pool = modeNamed(w, kPool),
                    doubleCharge = modeNamed(w, kDouble);

        // A row in the ranked list: the board's stack, the matrix card and the panel follow.
        const QModelIndex row = window.rankedPanel()->filter()->mapFromSource(
            static_cast<RankedRiskModel *>(window.rankedPanel()->filter()->sourceModel())
                ->indexOf(bigBang));
        table->selectRow(row.row());
        QCOMPARE(selection->ids(), QList<QUuid>{bigBang});
        QCOMPARE(boardFailureModes(window), QSet<QUuid>{bigBang});
        QCOMPARE(window.boardView()->boardScene()->selectedNotes().size(),
                 window.boardView()->boardScene()->notesOfStack(bigBang).size());
        QCOMPARE(child<QLabel>(window.mitigationPanel(), "mitigationHeading")->text(), kBigBang);
        QCOMPARE(child<QListWidget>(window.mitigationPanel(), "mitigationList")->count(), 2);

        // A card in the matrix: the list and the board follow.
        window.showMatrix(true);
        matrix::MatrixView *view = window.matrixView();
        QVERIFY(view->isVisible());
        QTest::mouseClick(view, Qt::LeftButton, {},
                          view->cardRect(doubleCharge).center().toPoint());
        QCOMPARE(selection->ids(), QList<QUuid>{doubleCharge});
        QCOMPARE(selectedRows(window), QList<QUuid>{doubleCharge});
        QCOMPARE(boardFailureModes(window), QSet<QUuid>{doubleCharge});
        QCOMPARE(child<QLabel>(window.mitigationPanel(), "mitigationHeading")->text(), kDouble);

        // A note on the board: its stack's failure mode is selected everywhere.
        window.showMatrix(false);
        board::BoardView *boardView = window.boardView();
        boardView->setTransform(QTransform());
        const QUuid noteId = boardView->boardScene()->notesOfStack(pool).constFirst();
        board::NoteItem *note = boardView->boardScene()->noteItem(noteId);
        boardView->centerOn(note);
        QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 20);
        // Click the note's top-left corner: the part no other note of the cascade covers.
        QTest::mouseClick(
            boardView->viewport(), Qt::LeftButton, {},
            boardView->mapFromScene(note->sceneBoundingRect().topLeft() + QPointF(20, 10)));
        QCOMPARE(selection->current(), pool);
        QCOMPARE(selectedRows(window), QList<QUuid>{pool});
        QVERIFY(view->cardRect(pool).isValid());

        // Nothing selected on the board: nothing selected anywhere.
        boardView->boardScene()->clearSelection();
        QVERIFY(selection->isEmpty());
        QVERIFY(selectedRows(window).isEmpty());
        QCOMPARE(child<QLabel>(window.mitigationPanel(), "mitigationHeading")->text(),
                 QStringLiteral("No failure mode selected"));
    }

    void keyboardThroughTheWindow()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, path, {1600, 1000}, guisupport::Wait::Active));
        window.showMatrix(
            false); // from the board: the sample is in Rank, which opens on the matrix
        const Workshop &w = *window.workshop();
        const auto before = testsupport::snapshot(w);
        const QUuid pool = modeNamed(w, kPool);
        board::BoardView *boardView = window.boardView();
        QTRY_VERIFY(boardView->hasFocus());
        window.failureModeSelection()->select(pool);

        // On the board: 3 sets the likelihood, Shift+2 the blast radius.
        QTest::keyClick(boardView, Qt::Key_3);
        QCOMPARE(scoreOf(w, pool), std::make_pair(3, 4));
        QCOMPARE(window.undoStack()->undoText(),
                 QStringLiteral("Score “Postgres connections exhausted by pod…” 3×4"));
        QTest::keyClick(boardView, Qt::Key_2, Qt::ShiftModifier);
        QCOMPARE(scoreOf(w, pool), std::make_pair(3, 2));

        // Ctrl+2: the matrix, with the keyboard; arrows move the card, digits still score.
        QTest::keyClick(boardView, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.isMatrixShown());
        matrix::MatrixView *view = window.matrixView();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(scoreOf(w, pool), std::make_pair(3, 3));
        QTest::keyClick(view, Qt::Key_1);
        QCOMPARE(scoreOf(w, pool), std::make_pair(1, 3));
        QVERIFY(view->cellRect(1, 3).contains(view->cardRect(pool)));

        // In the ranked list too.
        QTableView *table = window.rankedPanel()->table();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_5);
        QCOMPARE(scoreOf(w, pool), std::make_pair(5, 3));
        QCOMPARE(window.undoStack()->count(), 5);
        QCOMPARE(reopened(path), testsupport::snapshot(w));

        // Ctrl+R: the residual view, where keys do not score.
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(view->showsResidual());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_4);
        QCOMPARE(scoreOf(w, pool), std::make_pair(5, 3));
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!view->showsResidual());

        // Ctrl+Z all the way back; Ctrl+1 returns to the board.
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(testsupport::snapshot(w), before);
        QCOMPARE(reopened(path), before);
        QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!window.isMatrixShown());

        // Typing digits in a text field never scores.
        window.failureModeSelection()->select(pool);
        QLineEdit *newMitigation = child<QLineEdit>(window.mitigationPanel(), "newMitigation");
        newMitigation->setFocus();
        QTest::keyClicks(newMitigation, QStringLiteral("Cap pools at 25"));
        QTest::keyClick(newMitigation, Qt::Key_1, Qt::ShiftModifier);
        QCOMPARE(scoreOf(w, pool), std::make_pair(5, 4));
        QVERIFY(newMitigation->text().startsWith(QStringLiteral("Cap pools at 25")));

        // The help lists the new keys.
        QVERIFY(shortcuts::keysText(shortcuts::Id::SetBlastRadius).contains(QStringLiteral("5")));
    }

    void mitigationPanelAddEditRemove()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, path, {1600, 1000}));
        const Workshop &w = *window.workshop();
        QUndoStack *undo = window.undoStack();
        const QUuid kafka = modeNamed(w, kKafka);
        const auto before = testsupport::snapshot(w);
        MitigationPanel *panel = window.mitigationPanel();
        auto *list = child<QListWidget>(panel, "mitigationList");
        auto *status = child<QComboBox>(panel, "mitigationStatus");
        window.failureModeSelection()->select(kafka);
        QCOMPARE(list->count(), 0);
        QVERIFY(!status->isEnabled());

        // Add: type a description and press Enter.
        auto *description = child<QLineEdit>(panel, "newMitigation");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Idempotent consumers keyed by order id"));
        QTest::keyClick(description, Qt::Key_Return);
        QCOMPARE(list->count(), 1);
        QCOMPARE(undo->undoText(), QStringLiteral("Add Mitigation"));
        QVERIFY(description->text().isEmpty());
        const QUuid id = panel->currentMitigation();
        auto mitigation = [&] {
            return *w.findLive<Mitigation>(id);
        };
        QCOMPARE(mitigation().status, MitigationStatus::Proposed);
        // Bound for the backlog unless someone decides otherwise, so the backlog CSV has it.
        QCOMPARE(mitigation().destination, Destination::Backlog);
        QVERIFY(status->isEnabled());

        // Edit every field; each is one undo step.
        status->setCurrentIndex(status->findData(int(MitigationStatus::Accepted)));
        QCOMPARE(mitigation().status, MitigationStatus::Accepted);
        QCOMPARE(undo->undoText(), QStringLiteral("Set Mitigation Status"));
        auto *owner = child<QComboBox>(panel, "mitigationOwner");
        QVERIFY(owner->findText(QStringLiteral("Tom Whitaker")) >= 0); // the participants
        owner->lineEdit()->setFocus();
        QTest::keyClicks(owner->lineEdit(), QStringLiteral("Tom Whitaker"));
        QTest::keyClick(owner->lineEdit(), Qt::Key_Return);
        QCOMPARE(mitigation().owner, QStringLiteral("Tom Whitaker"));
        child<QCheckBox>(panel, "mitigationHasDue")->click();
        QVERIFY(mitigation().due.isValid());
        child<QDateEdit>(panel, "mitigationDue")->setDate(QDate(2027, 3, 1));
        QCOMPARE(mitigation().due, QDate(2027, 3, 1));
        auto *residualL = child<QComboBox>(panel, "residualLikelihood");
        auto *residualB = child<QComboBox>(panel, "residualBlastRadius");
        residualL->setCurrentIndex(residualL->findData(1));
        residualB->setCurrentIndex(residualB->findData(2));
        QCOMPARE(mitigation().residualLikelihood, 1);
        QCOMPARE(mitigation().residualBlastRadius, 2);
        auto *type = child<QComboBox>(panel, "mitigationType");
        type->setCurrentIndex(type->findData(int(MitigationType::DesignChange)));
        auto *destination = child<QComboBox>(panel, "mitigationDestination");
        destination->setCurrentIndex(destination->findData(int(Destination::Adr)));
        auto *text = child<QPlainTextEdit>(panel, "mitigationDescription");
        text->setFocus();
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Consumers dedupe on order id"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(mitigation().description, QStringLiteral("Consumers dedupe on order id"));
        QCOMPARE(mitigation().type, MitigationType::DesignChange);
        QCOMPARE(mitigation().destination, Destination::Adr);
        // Add, status, owner, due (the tick and the date merge), residual x2, type, destination,
        // description.
        QCOMPARE(undo->count(), 9);
        QCOMPARE(reopened(path), testsupport::snapshot(w));
        // The residual is what the panel's heading and the ranking now say: 3x3 -> 1x2.
        const auto *summaryRow =
            static_cast<RankedRiskModel *>(window.rankedPanel()->filter()->sourceModel());
        QCOMPARE(summaryRow->indexOf(kafka, RankedRiskModel::Residual).data().toString(),
                 QStringLiteral("2 Low"));

        // Undo walks back field by field, and the form shows each older value.
        undo->undo(); // description
        undo->undo(); // destination
        undo->undo(); // type
        QCOMPARE(type->currentData().toInt(), int(MitigationType::Other));
        undo->undo(); // residual blast radius
        undo->undo(); // residual likelihood
        QCOMPARE(residualL->currentData().toInt(), 0);
        undo->undo(); // due date
        QVERIFY(!mitigation().due.isValid());
        QVERIFY(!child<QCheckBox>(panel, "mitigationHasDue")->isChecked());
        undo->undo(); // owner
        undo->undo(); // status
        QCOMPARE(status->currentData().toInt(), int(MitigationStatus::Proposed));
        undo->redo();
        QCOMPARE(status->currentData().toInt(), int(MitigationStatus::Accepted));

        // Remove, undo, redo.
        const auto withIt = testsupport::snapshot(w);
        child<QPushButton>(panel, "removeMitigation")->click();
        QCOMPARE(list->count(), 0);
        QCOMPARE(undo->undoText(), QStringLiteral("Remove Mitigation"));
        QCOMPARE(reopened(path).size(), withIt.size() - 1);
        undo->undo();
        QCOMPARE(list->count(), 1);
        QCOMPARE(testsupport::snapshot(w), withIt);
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(testsupport::snapshot(w), before);
        QCOMPARE(reopened(path), before);
    }

    // The due date by keys: Tab goes on to the status (not into the month or year), and a
    // year typed beyond ten years ahead is refused with a message; the due date stays.
    void mitigationDueDateByKeys()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, path, {1600, 1000}, guisupport::Wait::Active));
        const Workshop &w = *window.workshop();
        MitigationPanel *panel = window.mitigationPanel();
        window.findChild<QDockWidget *>(QStringLiteral("mitigationDock"))->show();
        window.failureModeSelection()->select(modeNamed(w, kKafka));
        auto *description = child<QLineEdit>(panel, "newMitigation");
        description->setFocus();
        QTest::keyClicks(description, QStringLiteral("Idempotent consumers"));
        QTest::keyClick(description, Qt::Key_Return);
        const QUuid id = panel->currentMitigation();
        QVERIFY(!id.isNull());
        child<QCheckBox>(panel, "mitigationHasDue")->click();
        const QDate due = w.findLive<Mitigation>(id)->due;
        QVERIFY(due.isValid());

        auto *date = child<QDateEdit>(panel, "mitigationDue");
        date->setFocus();
        QTRY_VERIFY(date->hasFocus());
        QTest::keyClick(date, Qt::Key_Tab);
        QVERIFY(child<QComboBox>(panel, "mitigationStatus")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY(date->hasFocus());

        date->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(date, QStringLiteral("3202"));
        QTest::keyClick(date, Qt::Key_Tab);
        QVERIFY(w.findLive<Mitigation>(id)->due.year() != 3202);
        QVERIFY(w.findLive<Mitigation>(id)->due <= QDate::currentDate().addYears(10));
        auto *message = child<QLabel>(panel, "mitigationDueMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("3202")), qPrintable(message->text()));
    }

    void readOnlyWorkshopCannotBeScored()
    {
        const QString path = m_samples.next();
        MainWindow first, second; // the second window gets the file read-only
        QVERIFY(first.openFile(path));
        QVERIFY(second.openFile(path));
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY(second.workshop()->isReadOnly());
        const auto before = testsupport::snapshot(*second.workshop());
        const QUuid pool = modeNamed(*second.workshop(), kPool);
        second.failureModeSelection()->select(pool);
        second.showMatrix(true);
        QVERIFY(second.matrixView()->isReadOnly());
        QTest::keyClick(second.matrixView(), Qt::Key_1);
        QTest::keyClick(second.matrixView(), Qt::Key_Up);
        QVERIFY(!child<QLineEdit>(second.mitigationPanel(), "newMitigation")->isEnabled());
        QVERIFY(!second.mitigationPanel()->addMitigation(QStringLiteral("Sneaked in")));
        QVERIFY(!child<QComboBox>(second.mitigationPanel(), "mitigationStatus")->isEnabled());
        QCOMPARE(second.undoStack()->count(), 0);
        QCOMPARE(testsupport::snapshot(*second.workshop()), before);
    }

    void warningsDock()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next()));
        QCOMPARE(window.warningList()->count(), 2);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("warningsDock"));
        QCOMPARE(dock->windowTitle(), QStringLiteral("Warnings (2)"));
        window.warningList()->setCurrentRow(0);
        emit window.warningList()->itemActivated(window.warningList()->item(0));
        QCOMPARE(child<QLabel>(window.mitigationPanel(), "mitigationHeading")->text(),
                 QStringLiteral("Checkout pods OOM-killed at peak"));
    }

    void heatMapOnTheCanvas()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next(), {1600, 1000}));
        window.showMatrix(false); // the legend is the board's: the sample opens on the matrix
        const Workshop &w = *window.workshop();
        board::BoardScene *scene = window.boardView()->boardScene();
        auto checkAgainstCore = [&](HeatAggregation aggregation) {
            const auto expected = heatMap(w, aggregation);
            for (const Component &c : w.rows<Component>()) {
                const board::ComponentItem *item = scene->componentItem(c.meta.id);
                QVERIFY(item->heat().has_value());
                QCOMPARE(*item->heat(), expected.value(c.meta.id));
                QCOMPARE(item->headerColour(), theme::bandColour(expected.value(c.meta.id).band));
            }
        };
        QVERIFY(!window.heatLegend()->isVisible());
        for (const Component &c : w.rows<Component>())
            QVERIFY(!scene->componentItem(c.meta.id)->heat());

        window.boardAction(shortcuts::Id::HeatMap)->trigger();
        checkAgainstCore(HeatAggregation::Max);
        QVERIFY(window.heatLegend()->isVisible());
        QVERIFY(window.heatLegend()->lines().constFirst().contains(QStringLiteral("highest")));

        // Drawn as computed: the header of the checkout service is in the critical colour.
        board::BoardView *view = window.boardView();
        const QList<Component> components = w.rows<Component>();
        const Component checkout =
            *std::find_if(components.cbegin(), components.cend(), [](const Component &c) {
                return c.name == QLatin1String("Checkout service");
            });
        view->setTransform(QTransform());
        view->centerOn(checkout.x + 200, checkout.y + 100);
        const QImage image = view->viewport()->grab().toImage();
        const QPoint header = view->mapFromScene(QPointF(checkout.x + 6, checkout.y + 14));
        QCOMPARE(QColor(image.pixel(header * image.devicePixelRatio())),
                 theme::bandColour(RiskBand::Critical));

        // Re-scoring repaints the components whose heat changed, straight from the core.
        const QUuid oversell = modeNamed(w, kOversell);
        window.failureModeSelection()->select(oversell);
        QTest::keyClick(view, Qt::Key_5);
        QTest::keyClick(view, Qt::Key_5, Qt::ShiftModifier);
        checkAgainstCore(HeatAggregation::Max);

        window.boardAction(shortcuts::Id::HeatMapSum)->trigger();
        checkAgainstCore(HeatAggregation::Sum);
        QVERIFY(window.heatLegend()->lines().constFirst().contains(QStringLiteral("added up")));
        QCOMPARE(scene->rebuildCount(), 1); // restyled, never rebuilt

        window.boardAction(shortcuts::Id::HeatMap)->trigger();
        QVERIFY(!window.heatLegend()->isVisible());
        for (const Component &c : w.rows<Component>())
            QVERIFY(!scene->componentItem(c.meta.id)->heat());
        if (const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR");
            !keep.isEmpty()) {
            window.boardAction(shortcuts::Id::HeatMapSum)->trigger();
            window.boardAction(shortcuts::Id::HeatMap)->trigger();
            view->fitAll();
            window.grab().save(QDir(keep).filePath(QStringLiteral("heatmap-board.png")));
            window.setPresentationMode(true);
            QTRY_COMPARE(window.size(), QSize(1920, 1080));
            QTest::qWait(50);
            view->fitAll();
            window.grab().save(QDir(keep).filePath(QStringLiteral("heatmap-presentation.png")));
            window.setPresentationMode(false);
        }
    }

    // What the room sees: the sample's matrix on a 1920x1080 projector.
    void sampleMatrixAtProjectorSize()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next(), {1920, 1080}));
        const Workshop &w = *window.workshop();
        window.showMatrix(true);
        const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR");
        if (!keep.isEmpty()) { // the facilitator's laptop, with a risk picked for its mitigations
            window.failureModeSelection()->select(modeNamed(w, kBigBang));
            window.grab().save(QDir(keep).filePath(QStringLiteral("matrix-normal.png")));
            window.failureModeSelection()->clear();
        }

        window.setPresentationMode(true);
        QTRY_COMPARE(window.size(), QSize(1920, 1080)); // full screen on the projector
        QTest::qWait(50);
        matrix::MatrixView *view = window.matrixView();
        QVERIFY(view->matrixStyle().presentation);
        QVERIFY(!window.menuBar()->isVisible());
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
        QVERIFY2(view->width() >= 1900 && view->height() > 800,
                 qPrintable(QStringLiteral("%1x%2").arg(view->width()).arg(view->height())));
        // Every word on a card at least 18 pt.
        QVERIFY(view->matrixStyle().cardTitleFont().pointSizeF() >= 18);
        QVERIFY(view->matrixStyle().cardMetaFont().pointSizeF() >= 18);

        for (bool residual : {false, true}) {
            view->setResidual(residual);
            const QImage image = window.grab().toImage();
            QVERIFY(guisupport::colourSet(image, 4).size() > 20);
            // Every failure mode is on screen in its cell, none hidden, none overlapping.
            QList<QRectF> cards;
            for (const FailureMode &f : w.rows<FailureMode>()) {
                const QRectF card = view->cardRect(f.meta.id);
                QVERIFY2(!card.isEmpty(), qPrintable(f.title));
                for (const QRectF &other : std::as_const(cards))
                    QVERIFY2(!card.intersects(other), qPrintable(f.title));
                cards << card;
            }
            for (int l = 1; l <= 5; ++l) {
                for (int b = 1; b <= 5; ++b)
                    QCOMPARE(view->hiddenIn(l, b), 0);
            }
            // The cells really are painted in their band colours (5x5 holds no card).
            const qreal dpr = image.devicePixelRatio();
            const QPoint origin = view->mapTo(&window, QPoint(0, 0));
            auto pixelAt = [&](const QPointF &p) {
                return QColor(image.pixel(((p.toPoint() + origin) * dpr)));
            };
            const QRectF critical = view->cellRect(5, 5);
            QCOMPARE(pixelAt(critical.center() + QPointF(0, critical.height() / 4)),
                     theme::bandColour(RiskBand::Critical));
            const QRectF low = view->cellRect(1, 1);
            QCOMPARE(pixelAt(low.center() + QPointF(0, low.height() / 4)),
                     theme::bandColour(RiskBand::Low));
            if (!keep.isEmpty()) {
                const QString name = residual ? QStringLiteral("matrix-presentation-residual")
                                              : QStringLiteral("matrix-presentation");
                image.save(QDir(keep).filePath(name + QStringLiteral(".png")));
                image.convertToFormat(QImage::Format_Grayscale8)
                    .save(QDir(keep).filePath(name + QStringLiteral("-grey.png")));
            }
        }
        // The residual view moved the five risks with committed mitigations.
        int ghosts = 0;
        for (const FailureMode &f : w.rows<FailureMode>())
            ghosts += view->ghostRect(f.meta.id).isEmpty() ? 0 : 1;
        QCOMPARE(ghosts, 5);
        window.setPresentationMode(false);
    }
};

// The test screen is a 1920x1080 projector, so presentation mode's full screen has its size.
// Another platform than offscreen (a developer's desktop) is left as it is.
GUISUPPORT_PROJECTOR_MAIN(TestRiskPanels)
#include "tst_riskpanels.moc"

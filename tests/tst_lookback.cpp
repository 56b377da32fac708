// The look-back dock in the main window: outcomes, dates and post-mortem references edited in
// place with undo and redo, mitigations marked done and judged, surprises added, the calibration
// summary following every edit, web references opened, the statistics dialog over a folder, and
// the look-back sample as the room sees it on a 1920x1080 projector.

#include "failuremodeselection.h"
#include "guisupport.h"
#include "lookbackmodel.h"
#include "lookbackpanel.h"
#include "lookbackstatsdialog.h"
#include "mainwindow.h"
#include "rankedlistpanel.h"
#include "testsupport.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUndoStack>

using namespace pm;

namespace {

const QString kDouble = QStringLiteral("Payment retries double-charge customers"); // L4 B5
const QString kBlind = QStringLiteral("Nobody can see where a payment is stuck");  // L4 B3

QUuid modeNamed(const Workshop &w, const QString &title)
{
    for (const FailureMode &f : w.rows<FailureMode>()) {
        if (f.title == title)
            return f.meta.id;
    }
    return QUuid();
}

// What testsupport::checkUndoRedo needs, over a window's workshop.
struct WindowFixture
{
    QString path;
    Workshop *workshop;
    QUndoStack &undo;
    QMap<QString, QVariantList> reopened() const
    {
        auto again = Workshop::open(path, Store::Access::ReadOnly);
        return again ? testsupport::snapshot(*again.value()) : QMap<QString, QVariantList>();
    }
};

void keepScreenshot(const QImage &image, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TestLookback : public QObject
{
    Q_OBJECT

private:
    guisupport::SampleFiles m_samples;

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings(QStringLiteral("tst_lookback"));
        installTranslations(qApp);
    }

    void dockAndMenus()
    {
        MainWindow window;
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("lookbackDock"));
        QVERIFY(dock);
        QVERIFY(dock->isAncestorOf(window.lookbackPanel())); // in a scroll area for short docks
        QVERIFY(!dock->isVisible()); // until the look-back phase or the View menu shows it
        bool inViewMenu = false;
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!menu->menu())
                continue;
            inViewMenu = inViewMenu || menu->menu()->actions().contains(dock->toggleViewAction());
            for (QAction *a : menu->menu()->actions())
                inFileMenu = inFileMenu || a->objectName() == QLatin1String("actionLookbackStats");
        }
        QVERIFY(inViewMenu);
        QVERIFY(inFileMenu);
    }

    void editOutcomeWithUndoRedo()
    {
        MainWindow window;
        const QString path = m_samples.next();
        QVERIFY(window.openFile(path));
        window.resize(1600, 1000);
        window.show();
        window.findChild<QDockWidget *>(QStringLiteral("lookbackDock"))->show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LookbackPanel *panel = window.lookbackPanel();
        LookbackModel *model = panel->model();
        QCOMPARE(model->rowCount(), 12);
        QVERIFY(panel->summaryText().startsWith(QStringLiteral("No outcomes yet")));
        const QUuid id = modeNamed(*window.workshop(), kDouble);
        const int row = model->rowOf(id);
        QVERIFY(row >= 0);

        // Through the table's own editor, as a facilitator would: pick "Happened".
        const auto before = testsupport::snapshot(*window.workshop());
        QTableView *table = panel->table();
        const QModelIndex outcome = model->index(row, LookbackModel::Outcome);
        table->setCurrentIndex(outcome);
        table->edit(outcome);
        auto *combo = table->findChild<QComboBox *>(QStringLiteral("outcomeEditor"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(Outcome::Happened)));
        emit combo->activated(combo->currentIndex());
        const FailureMode *fm = window.workshop()->findLive<FailureMode>(id);
        QCOMPARE(fm->outcome, Outcome::Happened);
        QCOMPARE(fm->outcomeDate, QDate::currentDate()); // dated when first marked
        QCOMPARE(outcome.data().toString(), QStringLiteral("Happened"));
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Mark Outcome"));
        // The summary follows at once.
        QVERIFY2(panel->summaryText().contains(QStringLiteral("4: happened 1 of 1")),
                 qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(
            QStringLiteral("High and critical predictions that happened: 1 of 1 (100%)")));
        QCOMPARE(panel->calibration().judged, 1);
        WindowFixture f{path, window.workshop(), *window.undoStack()};
        testsupport::checkUndoRedo(f, before);
        window.undoStack()->undo();
        QVERIFY(panel->summaryText().startsWith(QStringLiteral("No outcomes yet")));
        window.undoStack()->redo();

        // A second prediction at likelihood 4, as a near miss: "1 of 2", one near miss.
        const QUuid blind = modeNamed(*window.workshop(), kBlind);
        QVERIFY(model->setData(model->index(model->rowOf(blind), LookbackModel::Outcome),
                               int(Outcome::NearMiss)));
        QVERIFY2(
            panel->summaryText().contains(QStringLiteral("4: happened 1 of 2 (near misses: 1)")),
            qPrintable(panel->summaryText()));
        // Brier: (0.75 - 1)^2 and 0.75^2 -> (0.0625 + 0.5625) / 2 = 0.3125
        QVERIFY(panel->summaryText().contains(QStringLiteral("Brier score (0 is perfect): 0.31")));

        // Date and reference, each its own undo step; a web reference can be opened.
        const QDate date(2027, 3, 27);
        QVERIFY(model->setData(model->index(row, LookbackModel::Date), date));
        QCOMPARE(window.workshop()->findLive<FailureMode>(id)->outcomeDate, date);
        const QString url = QStringLiteral("https://wiki.example.com/postmortems/easter-sale");
        QVERIFY(model->setData(model->index(row, LookbackModel::Reference),
                               QStringLiteral("  ") + url));
        QCOMPARE(window.workshop()->findLive<FailureMode>(id)->outcomeRef, url);
        QList<QUrl> opened;
        panel->setUrlOpener([&opened](const QUrl &u) {
            opened << u;
            return true;
        });
        QVERIFY(panel->openReference(row));
        QCOMPARE(opened, QList<QUrl>{QUrl(url)});
        QVERIFY(model->index(row, LookbackModel::Reference)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .underline());
        QVERIFY(model->setData(model->index(row, LookbackModel::Reference),
                               QStringLiteral("INC-2291")));
        QVERIFY(!panel->openReference(row)); // plain text is no link
        QCOMPARE(opened.size(), 1);
        // Consecutive edits of one field of one failure mode are one undo step.
        window.undoStack()->undo();
        QCOMPARE(window.workshop()->findLive<FailureMode>(id)->outcomeRef, QString());
        QCOMPARE(window.workshop()->findLive<FailureMode>(id)->outcomeDate, date);
    }

    void mitigationsDoneAndJudged()
    {
        MainWindow window;
        const QString path = m_samples.next();
        QVERIFY(window.openFile(path));
        LookbackPanel *panel = window.lookbackPanel();
        const QUuid id = modeNamed(*window.workshop(), kDouble);
        window.failureModeSelection()->select(id);
        // The shared selection reaches the look-back table too.
        QCOMPARE(panel->table()->currentIndex().row(), panel->model()->rowOf(id));
        QTableWidget *table = panel->mitigationTable();
        QCOMPARE(table->rowCount(), 2); // the idempotency key: its words, then its judgement
        QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("Generate one idempotency")));
        QUuid mitigation;
        for (const Mitigation &m : window.workshop()->rows<Mitigation>()) {
            if (m.failureMode == id)
                mitigation = m.meta.id;
        }
        QVERIFY(!mitigation.isNull());

        const auto before = testsupport::snapshot(*window.workshop());
        auto *done = table->cellWidget(1, 1)->findChild<QCheckBox *>();
        QVERIFY(done && !done->isChecked());
        done->click();
        QCOMPARE(window.workshop()->findLive<Mitigation>(mitigation)->status,
                 MitigationStatus::Done);
        WindowFixture f{path, window.workshop(), *window.undoStack()};
        testsupport::checkUndoRedo(f, before);

        auto *effect = table->cellWidget(1, 2)->findChild<QComboBox *>();
        QVERIFY(effect);
        effect->setCurrentIndex(effect->findData(int(Effect::Helped)));
        emit effect->activated(effect->currentIndex());
        QCOMPARE(window.workshop()->findLive<Mitigation>(mitigation)->effect, Effect::Helped);
        QCOMPARE(panel->calibration().mitigations.value(MitigationType::DesignChange).helped, 1);
        window.undoStack()->undo();
        QCOMPARE(window.workshop()->findLive<Mitigation>(mitigation)->effect, Effect::Unknown);
        QCOMPARE(effect->currentData().toInt(), int(Effect::Unknown)); // the widget follows
        window.undoStack()->undo();
        QVERIFY(!done->isChecked());
    }

    void addSurprise()
    {
        MainWindow window;
        const QString path = m_samples.next();
        QVERIFY(window.openFile(path));
        LookbackPanel *panel = window.lookbackPanel();
        const Component checkout = [&] {
            for (const Component &c : window.workshop()->rows<Component>()) {
                if (c.name == QLatin1String("Checkout service"))
                    return c;
            }
            return Component();
        }();
        QVERIFY(!checkout.meta.id.isNull());
        const auto before = testsupport::snapshot(*window.workshop());
        const int ranked = window.rankedPanel()->table()->model()->rowCount();
        QVERIFY(!panel->addSurprise({QStringLiteral("   "), Category::Bug, {}, {}, {}}));
        QVERIFY(
            panel->addSurprise({QStringLiteral("Tax rounded differently"), Category::Bug,
                                checkout.meta.id, QDate(2027, 3, 5), QStringLiteral("CHK-812")}));
        LookbackModel *model = panel->model();
        QCOMPARE(model->rowCount(), 13);
        const QUuid id = model->idAt(12); // surprises come last
        const FailureMode *fm = window.workshop()->findLive<FailureMode>(id);
        QVERIFY(fm);
        QVERIFY(fm->surprise);
        QCOMPARE(fm->outcome, Outcome::Happened);
        QCOMPARE(fm->category, Category::Bug);
        QCOMPARE(fm->component, checkout.meta.id);
        QCOMPARE(fm->outcomeDate, QDate(2027, 3, 5));
        QCOMPARE(fm->outcomeRef, QStringLiteral("CHK-812"));
        QCOMPARE(model->index(12, LookbackModel::Likelihood).data().toString(),
                 QStringLiteral("SURPRISE"));
        QCOMPARE(window.failureModeSelection()->current(), id);
        // Nobody scored a surprise: it is not a risk in the ranked list (nor the matrix tray).
        QCOMPARE(window.rankedPanel()->table()->model()->rowCount(), ranked);
        QCOMPARE(panel->calibration().surprises, 1);
        QCOMPARE(
            panel->calibration().surprisesByComponent.value(QStringLiteral("Checkout service")), 1);
        QVERIFY(panel->summaryText().contains(QStringLiteral("Surprises (not predicted): 1")));
        QVERIFY(panel->summaryText().contains(
            QStringLiteral("Failures that happened and were predicted: 0 of 1 (0%)")));
        WindowFixture f{path, window.workshop(), *window.undoStack()};
        testsupport::checkUndoRedo(f, before);
        window.undoStack()->undo();
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(panel->calibration().surprises, 0);
    }

    void readOnlyFileCannotBeEdited()
    {
        const QString path = m_samples.next();
        auto holder = Workshop::open(path); // another window has it: this one is read-only
        QVERIFY(holder);
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.workshop()->isReadOnly());
        LookbackPanel *panel = window.lookbackPanel();
        const QModelIndex outcome = panel->model()->index(0, LookbackModel::Outcome);
        QVERIFY(!(panel->model()->flags(outcome) & Qt::ItemIsEditable));
        QVERIFY(!panel->model()->setData(outcome, int(Outcome::Happened)));
        QVERIFY(!panel->addSurprise({QStringLiteral("Something"), Category::Bug, {}, {}, {}}));
        QVERIFY(!panel->findChild<QWidget *>(QStringLiteral("addSurprise"))->isEnabled());
    }

    void statisticsOverAFolder()
    {
        QTemporaryDir folder;
        QVERIFY(testsupport::importSample(folder.filePath(QStringLiteral("a-ranked.premortem"))));
        QVERIFY(testsupport::importSample(folder.filePath(QStringLiteral("b-lookback.premortem")),
                                          QStringLiteral("checkout-migration-lookback.json")));
        QVERIFY(testsupport::writeAll(folder.filePath(QStringLiteral("c-broken.premortem")),
                                      "not a workshop at all"));
        LookbackStatsDialog dialog;
        dialog.showFolder(folder.path());
        QCOMPARE(dialog.stats().counted.size(), 2);
        QCOMPARE(dialog.stats().withOutcomes.size(), 1);
        QCOMPARE(dialog.stats().skipped.size(), 1);
        const QString text = dialog.view()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Likelihood against outcome")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Skipped files")));
        QVERIFY(text.contains(QStringLiteral("c-broken.premortem")));
        QVERIFY(text.contains(QStringLiteral("Checkout service")));
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("statsHeading"))
                ->text()
                .contains(QStringLiteral("2 workshops counted, 1 with a look-back, 1 skipped")));
        dialog.resize(1100, 800);
        keepScreenshot(dialog.grab().toImage(), QStringLiteral("lookback-stats.png"));
    }

    // The look-back sample as the room sees it: the dock below the board on a projector.
    void lookbackSampleOnAProjector()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(
            window, m_samples.next(QStringLiteral("checkout-migration-lookback.json")),
            {1920, 1080}));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("lookbackDock"));
        // Opened from the start page, the window shows the look-back phase's docks.
        QVERIFY(dock->isVisible());
        dock->raise(); // above the ranked list it shares a tab bar with
        // The facilitator gives the look-back the room below the board.
        window.findChild<QDockWidget *>(QStringLiteral("warningsDock"))->hide();
        window.resizeDocks({dock}, {620}, Qt::Vertical);
        LookbackPanel *panel = window.lookbackPanel();
        const QUuid id = modeNamed(*window.workshop(), kDouble);
        window.failureModeSelection()->select(id);
        QCOMPARE(panel->model()->rowCount(), 15);
        QVERIFY2(
            panel->summaryText().contains(QStringLiteral("4: happened 2 of 3 (near misses: 1)")),
            qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(QStringLiteral("Surprises (not predicted): 3")));
        QCOMPARE(panel->mitigationTable()->rowCount(), 2);
        QTest::qWait(50);
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), QSize(1920, 1080)); // nothing in the dock widens the window
        keepScreenshot(shot, QStringLiteral("lookback-window.png"));
        keepScreenshot(dock->grab().toImage(), QStringLiteral("lookback-dock.png"));
        QVERIFY(guisupport::distinctColours(dock->grab().toImage(), 4) > 8);
        // Projector legibility: the table's text is at least 14 pt.
        QVERIFY(panel->table()->font().pointSizeF() >= 14);
    }
};

// The test screen is a 1920x1080 projector (offscreen); another platform is left as it is.
GUISUPPORT_PROJECTOR_MAIN(TestLookback)
#include "tst_lookback.moc"

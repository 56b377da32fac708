// Leading the room: the phase guide and its command-line parsing, the dock/centre table per
// phase, the phase timer on a fake clock, phase moves by key saved in the file and restored on
// reopen, silent writing (hidden notes never painted with their text, one undoable reveal), the
// prompt cards and the coverage strip, and each phase as the room sees it on a 1920x1080
// projector.

#include "boardfixture.h"
#include "boardscene.h"
#include "boardview.h"
#include "coveragestrip.h"
#include "facilitation.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "noteitem.h"
#include "phasedockmemory.h"
#include "phaseguide.h"
#include "phaselayout.h"
#include "phasestepper.h"
#include "phasetimer.h"
#include "promptcards.h"
#include "promptcardspanel.h"
#include "testsupport.h"
#include "timerdisplay.h"
#include "translations.h"
#include "writingbar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pm;

namespace {

QUuid participantNamed(const Workshop &w, const QString &name)
{
    const Participant *p = w.participantNamed(name);
    return p ? p->meta.id : QUuid();
}

int hiddenNotes(const Workshop &w)
{
    int n = 0;
    for (const Note &note : w.rows<Note>())
        n += note.hidden ? 1 : 0;
    return n;
}

// What checkUndoRedo needs: the workshop, its undo stack and the file read afresh.
struct WindowFixture
{
    Workshop *workshop;
    QUndoStack &undo;
    QMap<QString, QVariantList> reopened() const
    {
        auto again = Workshop::open(workshop->path(), Store::Access::ReadOnly);
        return again ? testsupport::snapshot(*again.value()) : QMap<QString, QVariantList>();
    }
};

} // namespace

class TestFacilitation : public QObject
{
    Q_OBJECT

private:
    guisupport::SampleFiles m_samples;

    static Phase phaseOnDisk(const QString &path)
    {
        auto again = Workshop::open(path, Store::Access::ReadOnly);
        return again ? again.value()->info().phase : Phase::Frame;
    }

    // Opens the sample and starts on the board: the sample is in Rank, which opens on the matrix
    // (tst_phasedocks checks that).
    static bool openActive(MainWindow &window, const QString &path)
    {
        if (!guisupport::openAndShow(window, path, {1600, 1000}, guisupport::Wait::Active))
            return false;
        window.showMatrix(false);
        return true;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings(QStringLiteral("tst_facilitation"));
        installTranslations(qApp);
    }
    // Each case starts from the phase table's docks: a panel one case opened by hand in a phase
    // would otherwise come back in the next (phasedockmemory.h).
    void init() { forgetArrangements(); }

    void phaseGuide()
    {
        QSet<QString> instructions;
        for (Phase phase : allValues<Phase>()) {
            const QString text = phaseInstruction(phase);
            QVERIFY2(!text.isEmpty() && text.size() < 110, qPrintable(keyOf(phase)));
            instructions << text;
        }
        QCOMPARE(instructions.size(), vocabularySize<Phase>());
        QCOMPARE(phaseInstruction(Phase::Writing),
                 QStringLiteral(
                     "Write, silently, every reason the launch failed. One reason per note."));
        QCOMPARE(phaseDefaultSeconds(Phase::Writing), 600);
        QCOMPARE(phaseDefaultSeconds(Phase::Cluster), 900);
        QCOMPARE(phaseDefaultSeconds(Phase::Rank), 600);
        QCOMPARE(phaseDefaultSeconds(Phase::Frame), 0);
        QCOMPARE(phaseDefaultSeconds(Phase::Mitigate), 0);
        QCOMPARE(nextPhase(Phase::Frame), Phase::People);
        QCOMPARE(nextPhase(Phase::LookBack), Phase::LookBack);
        QCOMPARE(previousPhase(Phase::Frame), Phase::Frame);
        QCOMPARE(previousPhase(Phase::Rank), Phase::Cluster);
    }

    void phaseFromCommandLine_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<int>("phase"); // -1: refused
        QTest::newRow("writing") << QStringLiteral("writing") << int(Phase::Writing);
        QTest::newRow("lookback") << QStringLiteral("lookback") << int(Phase::LookBack);
        QTest::newRow("case and spaces") << QStringLiteral(" Frame ") << int(Phase::Frame);
        QTest::newRow("display name") << QStringLiteral("Silent writing") << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("typo") << QStringLiteral("writting") << -1;
    }

    void phaseFromCommandLine()
    {
        QFETCH(QString, argument);
        QFETCH(int, phase);
        const Result<Phase> parsed = phaseFromKey(argument);
        QCOMPARE(parsed.ok(), phase >= 0);
        if (phase >= 0) {
            QCOMPARE(int(*parsed), phase);
        } else {
            // Names the bad value and every key there is.
            QVERIFY(parsed.error().message.contains(argument));
            for (const QString &key : allKeys<Phase>())
                QVERIFY2(parsed.error().message.contains(key), qPrintable(key));
        }
    }

    // The real executable: a bad --phase exits 2 with the message, before touching the file.
    void phaseOptionOfTheExecutable()
    {
        const QString path = m_samples.next();
        const QByteArray before = testsupport::fileHash(path);
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PREMORTEM_APP),
                  {path, QStringLiteral("--phase"), QStringLiteral("brainstorm")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 2);
        const QString err = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Unknown phase “brainstorm”")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("writing")), qPrintable(err));
        QCOMPARE(testsupport::fileHash(path), before);

        app.start(QStringLiteral(PREMORTEM_APP),
                  {QStringLiteral("--phase"), QStringLiteral("writing")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(QStringLiteral("file")));
    }

    // --help and --version print without a display (no DISPLAY, no platform plugin chosen).
    void helpWithoutDisplay()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PREMORTEM_APP), {QStringLiteral("--help")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        const QString help = QString::fromUtf8(app.readAllStandardOutput());
        QVERIFY2(help.contains(QStringLiteral("--phase")), qPrintable(help));
        app.start(QStringLiteral(PREMORTEM_APP), {QStringLiteral("--version")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(QString::fromUtf8(app.readAllStandardOutput()).contains(QStringLiteral(".")));
    }

    void layoutTable()
    {
        QVERIFY(phaseLayout(Phase::Writing).docks.contains(QStringLiteral("promptDock")));
        QVERIFY(phaseLayout(Phase::People).docks.contains(QStringLiteral("participantsDock")));
        QVERIFY(phaseLayout(Phase::Rank).docks.contains(QStringLiteral("votingDock")));
        QVERIFY(phaseLayout(Phase::LookBack).docks.contains(QStringLiteral("lookbackDock")));
        QCOMPARE(phaseLayout(Phase::Cluster).centre, CentreView::Board);
        QCOMPARE(phaseLayout(Phase::Rank).centre, CentreView::Matrix);
        QVERIFY(phaseLayout(Phase::Frame).docks.isEmpty());

        // Docks the table names are shown and hidden; missing ones are skipped; others untouched.
        QMainWindow window;
        window.setCentralWidget(new QWidget);
        auto dock = [&](const QString &name) {
            auto *d = new QDockWidget(name, &window);
            d->setObjectName(name);
            window.addDockWidget(Qt::RightDockWidgetArea, d);
            return d;
        };
        QDockWidget *notes = dock(QStringLiteral("notesDock"));
        QDockWidget *ranked = dock(QStringLiteral("rankedDock"));
        QDockWidget *other = dock(QStringLiteral("someoneElsesDock"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        applyDockLayout(&window, Phase::Cluster, false, {});
        QVERIFY(notes->isVisible());
        QVERIFY(!ranked->isVisible());
        QVERIFY(other->isVisible());
        applyDockLayout(&window, Phase::Rank, false, {});
        QVERIFY(!notes->isVisible());
        QVERIFY(ranked->isVisible());
        QVERIFY(other->isVisible());
        // Presentation: only the panels kept for the room.
        applyDockLayout(&window, Phase::Rank, true, {QStringLiteral("notesDock")});
        QVERIFY(!ranked->isVisible());
        applyDockLayout(&window, Phase::Cluster, true, {QStringLiteral("notesDock")});
        QVERIFY(notes->isVisible());

        // Tabbed together (as the main window puts them): the look-back phase shows its own
        // panel in front of the ranked list, and Rank the ranked list in front again.
        QDockWidget *lookback = dock(QStringLiteral("lookbackDock"));
        window.tabifyDockWidget(ranked, lookback);
        applyDockLayout(&window, Phase::Rank, false, {});
        QVERIFY(!lookback->isVisible());
        ranked->raise(); // the facilitator last looked at the ranked list
        QCOMPARE(phaseLayout(Phase::LookBack).docks.constFirst(), QStringLiteral("lookbackDock"));
        applyDockLayout(&window, Phase::LookBack, false, {});
        QVERIFY(lookback->isVisible() && ranked->isVisible());
        QTRY_VERIFY(!lookback->visibleRegion().isEmpty());
        QVERIFY(ranked->visibleRegion().isEmpty()); // the tab behind
    }

    void timerOnAFakeClock()
    {
        qint64 now = 1000;
        PhaseTimer timer(nullptr, [&now] { return now; });
        QSignalSpy expired(&timer, &PhaseTimer::expired);
        QVERIFY(!timer.hasTimer());
        timer.start(); // no timer: nothing runs
        QVERIFY(!timer.isRunning());

        timer.reset(600);
        QCOMPARE(timer.text(), QStringLiteral("10:00"));
        QVERIFY(!timer.isRunning());
        now += 5000; // a paused timer does not count down
        QCOMPARE(timer.remainingSeconds(), 600);
        timer.toggle();
        QVERIFY(timer.isRunning());
        now += 1500;
        timer.poll();
        QCOMPARE(timer.remainingSeconds(), 599); // 598.5 s show as 09:59
        QCOMPARE(timer.text(), QStringLiteral("09:59"));
        timer.toggle();
        QVERIFY(!timer.isRunning());
        now += 60000;
        QCOMPARE(timer.remainingMs(), 598500);
        timer.addMinute();
        QCOMPARE(timer.remainingMs(), 658500);
        QVERIFY(!timer.isRunning()); // a minute more does not start a paused timer

        timer.start();
        now += 658499;
        timer.poll();
        QCOMPARE(timer.text(), QStringLiteral("00:01"));
        QCOMPARE(expired.count(), 0);
        now += 1;
        timer.poll();
        QVERIFY(timer.isExpired());
        QVERIFY(!timer.isRunning());
        QCOMPARE(timer.text(), QStringLiteral("00:00"));
        QCOMPARE(expired.count(), 1);
        now += 10000;
        timer.poll();
        QCOMPARE(expired.count(), 1); // once

        // The room sees "Time is up", pulsing, with no dialog.
        TimerDisplay display(&timer);
        display.show();
        QVERIFY(display.isShowingTimeUp());
        QVERIFY(display.text().contains(QStringLiteral("Time is up")));
        const bool pulse = display.pulsePhase();
        QTRY_VERIFY(display.pulsePhase() != pulse);
        QVERIFY(QApplication::activeModalWidget() == nullptr);

        // One more minute after time is up: it runs again.
        timer.addMinute();
        QVERIFY(timer.isRunning());
        QVERIFY(!display.isShowingTimeUp());
        QVERIFY(display.text().contains(QStringLiteral("01:00")));
        now += 30000;
        timer.poll();
        QCOMPARE(timer.text(), QStringLiteral("00:30"));

        timer.reset(0); // a phase without a timer hides it
        QVERIFY(!display.isVisible());
    }

    // Ctrl+Right / Ctrl+Left move the phase, each move one undo step written to the file; the
    // panels and the centre view follow; a reopened window shows the saved phase.
    void phaseKeysSavedAndRestored()
    {
        const QString path = m_samples.next();
        QCOMPARE(phaseOnDisk(path), Phase::Rank);
        {
            MainWindow window;
            QVERIFY(openActive(window, path));
            Facilitation *f = window.facilitation();
            QCOMPARE(f->phase(), Phase::Rank);
            QVERIFY(f->stepper()->stepButton(Phase::Rank)->text().contains(QStringLiteral("▶")));
            // On the board, as openActive() leaves it.
            QVERIFY(!window.isMatrixShown());
            QTRY_VERIFY(window.boardView()->hasFocus());

            QTest::keyClick(window.boardView(), Qt::Key_Right, Qt::ControlModifier);
            QCOMPARE(f->phase(), Phase::Mitigate);
            QCOMPARE(phaseOnDisk(path), Phase::Mitigate);
            QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("mitigationDock"))->isVisible());
            QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("notesDock"))->isVisible());
            QVERIFY(window.isMatrixShown());
            QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Go to Phase “Mitigate”"));

            for (int i = 0; i < 3; ++i)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
            QCOMPARE(f->phase(), Phase::Writing);
            QCOMPARE(phaseOnDisk(path), Phase::Writing);
            QVERIFY(!window.isMatrixShown());
            QVERIFY(f->promptDock()->isVisible());
            QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("rankedDock"))->isVisible());
            QVERIFY(f->stepper()->stepButton(Phase::Writing)->text().contains(QStringLiteral("▶")));
            QVERIFY(!f->stepper()->stepButton(Phase::Rank)->text().contains(QStringLiteral("▶")));
            QCOMPARE(f->stepper()->instruction()->text(), phaseInstruction(Phase::Writing));
            QCOMPARE(f->timer()->remainingSeconds(), 600);
            QVERIFY(f->timerDisplay()->isVisible());
            // T starts and pauses the timer, Shift+T adds a minute, on the board.
            board::BoardView *board = window.boardView();
            board->setFocus();
            QTest::keyClick(board, Qt::Key_T);
            QVERIFY(f->timer()->isRunning());
            QTest::keyClick(board, Qt::Key_T, Qt::ShiftModifier);
            QVERIFY(f->timer()->remainingSeconds() > 600);
            QTest::keyClick(board, Qt::Key_T);
            QVERIFY(!f->timer()->isRunning());
            QVERIFY(f->timerDisplay()->text().contains(QStringLiteral("paused")));

            // Undo goes back a phase, and the views follow the file.
            window.undoStack()->undo();
            QCOMPARE(f->phase(), Phase::Cluster);
            QCOMPARE(phaseOnDisk(path), Phase::Cluster);
            QVERIFY(f->stepper()->stepButton(Phase::Cluster)->text().contains(QStringLiteral("▶")));
            QCOMPARE(f->timer()->remainingSeconds(), 900);
            window.undoStack()->redo();
            QCOMPARE(f->phase(), Phase::Writing);

            // A panel reopened by hand stays until the next phase change.
            QDockWidget *ranked = window.findChild<QDockWidget *>(QStringLiteral("rankedDock"));
            ranked->show();
            f->timer()->start();
            QVERIFY(ranked->isVisible());
            // Clicking a step is the same move.
            f->stepper()->stepButton(Phase::Frame)->click();
            QCOMPARE(f->phase(), Phase::Frame);
            QVERIFY(!ranked->isVisible());
            QVERIFY(!f->timerDisplay()->isVisible()); // framing is not timed
            // At the ends the keys stay put.
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
            QCOMPARE(f->phase(), Phase::Frame);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::ControlModifier);
            QCOMPARE(f->phase(), Phase::People);
            window.closeWorkshop();
        }
        MainWindow again;
        QVERIFY(openActive(again, path));
        QCOMPARE(again.facilitation()->phase(), Phase::People);
        QVERIFY(again.facilitation()
                    ->stepper()
                    ->stepButton(Phase::People)
                    ->text()
                    .contains(QStringLiteral("▶")));
    }

    // The timer is kept in the file: a paused timer reopens where it stood, a running one has
    // gone on counting while the file was closed (a crash included), one of another phase does
    // not carry over, and opening alone writes nothing.
    void timerSurvivesReopen()
    {
        const QString path = m_samples.next();
        int pausedAt = 0;
        {
            MainWindow window;
            QVERIFY(openActive(window, path));
            Facilitation *f = window.facilitation();
            board::BoardView *board = window.boardView();
            QTRY_VERIFY(board->hasFocus());
            for (int i = 0; i < 2; ++i) // Rank -> Cluster -> Writing
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::ControlModifier);
            QCOMPARE(f->phase(), Phase::Writing);
            board->setFocus();
            QTest::keyClick(board, Qt::Key_T);
            QTest::keyClick(board, Qt::Key_T, Qt::ShiftModifier); // 11 minutes
            QTest::qWait(1100);
            QTest::keyClick(board, Qt::Key_T); // paused
            QVERIFY(!f->timer()->isRunning());
            pausedAt = f->timer()->remainingSeconds();
            QVERIFY2(pausedAt < 660 && pausedAt > 600, qPrintable(QString::number(pausedAt)));
        }
        const QByteArray closed = testsupport::fileHash(path);
        {
            MainWindow window;
            QVERIFY(openActive(window, path));
            Facilitation *f = window.facilitation();
            QCOMPARE(f->phase(), Phase::Writing);
            QVERIFY(!f->timer()->isRunning());
            QCOMPARE(f->timer()->remainingSeconds(), pausedAt);
            QVERIFY(f->timerDisplay()->text().contains(QStringLiteral("paused")));
            window.closeWorkshop();
        }
        QCOMPARE(testsupport::fileHash(path), closed); // opening and closing wrote nothing

        // Left running two minutes ago (the window crashed): two minutes less, still running.
        {
            auto w = Workshop::open(path);
            QVERIFY(w.ok());
            TimerState running;
            running.phase = Phase::Writing;
            running.durationMs = 600000;
            running.remainingMs = 300000;
            running.running = true;
            running.savedAtMs = QDateTime::currentMSecsSinceEpoch() - 120000;
            QVERIFY(w.value()->saveTimer(running));
        }
        {
            MainWindow window;
            QVERIFY(openActive(window, path));
            PhaseTimer *timer = window.facilitation()->timer();
            QVERIFY(timer->isRunning());
            QVERIFY2(timer->remainingSeconds() <= 180 && timer->remainingSeconds() > 170,
                     qPrintable(QString::number(timer->remainingSeconds())));
            // Ran out while closed: "Time is up", not a fresh ten minutes.
            window.closeWorkshop();
            auto w = Workshop::open(path);
            QVERIFY(w.ok());
            TimerState late = *w.value()->savedTimer();
            late.savedAtMs = QDateTime::currentMSecsSinceEpoch() - 3600000;
            QVERIFY(w.value()->saveTimer(late));
            w.value().reset();
            QVERIFY(window.openFile(path));
            QVERIFY(window.facilitation()->timer()->isExpired());
            QVERIFY(!window.facilitation()->timer()->isRunning());
            // A new phase starts its own timer, and that is what the file keeps.
            QVERIFY(window.facilitation()->setPhase(Phase::Cluster));
            QCOMPARE(window.facilitation()->timer()->remainingSeconds(), 900);
            window.closeWorkshop();
        }
        auto w = Workshop::open(path, Store::Access::ReadOnly);
        QVERIFY(w.ok());
        QCOMPARE(w.value()->savedTimer()->phase, Phase::Cluster);
        QCOMPARE(w.value()->savedTimer()->remainingMs, qint64(900000));
        QVERIFY(!w.value()->savedTimer()->running);
    }

    // Phase 1: the scenario (and title, system) edited in the header by keys, as one undo step;
    // Esc leaves the file as it was; a workshop made without a scenario says how to write one.
    void frameEditedByKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no-scenario.premortem"));
        MainWindow window;
        QVERIFY(window.newWorkshop(path, QStringLiteral("Search on Elasticsearch 8")));
        window.resize(1600, 1000);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        Workshop &w = *window.workshop();
        QVERIFY(w.info().scenario.isEmpty());
        auto *scenarioLabel = window.findChild<QLabel *>(QStringLiteral("scenarioLabel"));
        QTRY_VERIFY(scenarioLabel->isVisible());
        QVERIFY2(scenarioLabel->text().contains(QStringLiteral("Ctrl+Shift+E")),
                 qPrintable(scenarioLabel->text()));

        // The key works from the board (and any pane); the scenario field takes the keys.
        QTRY_VERIFY(window.boardView()->hasFocus());
        QTest::keyClick(window.boardView(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("frameScenario"));
        QVERIFY(editor && editor->isVisible());
        QTRY_VERIFY(editor->hasFocus());
        QVERIFY(!scenarioLabel->isVisible());
        const QString scenario =
            QStringLiteral("It is June. Search has failed. Users saw empty results.");
        QTest::keyClicks(editor, scenario);
        QTest::keyClick(editor, Qt::Key_Return); // a new line, not the end of the edit
        QVERIFY(editor->isVisible());
        QTest::keyClick(editor, Qt::Key_Backspace);
        QTest::keyClick(editor, Qt::Key_Tab, Qt::ShiftModifier); // back to the system line
        auto *system = window.findChild<QLineEdit *>(QStringLiteral("frameSystem"));
        QVERIFY(system->hasFocus());
        QTest::keyClicks(system, QStringLiteral("Product search"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(editor->hasFocus());
        const quint64 commits = w.commitCount();
        const int steps = window.undoStack()->index();
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!editor->isVisible());
        QCOMPARE(w.commitCount(), commits + 1); // one transaction
        QCOMPARE(window.undoStack()->index(), steps + 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Edit Title and Scenario"));
        {
            auto disk = Workshop::open(path, Store::Access::ReadOnly);
            QVERIFY(disk.ok());
            QCOMPARE(disk.value()->info().scenario, scenario);
            QCOMPARE(disk.value()->info().system, QStringLiteral("Product search"));
            QCOMPARE(disk.value()->info().title, QStringLiteral("Search on Elasticsearch 8"));
        }
        QCOMPARE(scenarioLabel->text(), scenario);
        QVERIFY(scenarioLabel->isVisible());

        // Ctrl+Z puts the empty scenario back, in the file too; Ctrl+Shift+Z redoes.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w.info().scenario.isEmpty());
        QVERIFY(Workshop::open(path, Store::Access::ReadOnly).value()->info().scenario.isEmpty());
        QVERIFY(scenarioLabel->text().contains(QStringLiteral("Ctrl+Shift+E")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.info().scenario, scenario);

        // Enter on the focused header edits too; Esc cancels and changes nothing.
        auto *header = window.findChild<QWidget *>(QStringLiteral("workshopHeader"));
        header->setFocus();
        QTest::keyClick(header, Qt::Key_F2);
        QTRY_VERIFY(editor->hasFocus());
        QTest::keyClicks(editor, QStringLiteral(" And more."));
        const QByteArray before = testsupport::fileHash(path);
        QTest::keyClick(editor, Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
        QCOMPARE(w.info().scenario, scenario);
        QCOMPARE(testsupport::fileHash(path), before);
        QVERIFY(window.isVisible() && !window.isPresentationMode());

        // A blank title is refused in place: the edit stays open and the file as it was.
        QTest::keyClick(header, Qt::Key_Return);
        auto *title = window.findChild<QLineEdit *>(QStringLiteral("frameTitle"));
        title->setFocus();
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Delete);
        QTest::keyClick(title, Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QCOMPARE(w.info().title, QStringLiteral("Search on Elasticsearch 8"));
        QTest::keyClick(title, Qt::Key_Escape);
        QVERIFY(!editor->isVisible());
    }

    // A workshop open for viewing only: the phase cannot move (and says why), the timer runs.
    void readOnlyWorkshop()
    {
        const QString path = m_samples.next();
        MainWindow editing;
        QVERIFY(editing.openFile(path));
        MainWindow viewing;
        QVERIFY(openActive(viewing, path));
        QVERIFY(viewing.workshop()->isReadOnly());
        Facilitation *f = viewing.facilitation();
        QVERIFY(!f->action(shortcuts::Id::NextPhase)->isEnabled());
        QVERIFY(!f->action(shortcuts::Id::Reveal)->isEnabled());
        QVERIFY(f->action(shortcuts::Id::TimerStartPause)->isEnabled());
        QString error;
        QVERIFY(!f->setPhase(Phase::Writing, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!f->reveal(&error));
        QCOMPARE(f->phase(), Phase::Rank);
        QCOMPARE(phaseOnDisk(path), Phase::Rank);
        f->stepper()->stepButton(Phase::Frame)->click();
        QCOMPARE(f->phase(), Phase::Rank);
        QVERIFY(viewing.findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    }

    // Silent writing: new notes are hidden and by the chosen writer; the board paints them face
    // down (no text), the counters say how many each person wrote; R reveals them all in one
    // undoable step.
    void silentWritingAndReveal()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(openActive(window, path));
        Workshop &w = *window.workshop();
        Facilitation *f = window.facilitation();
        QVERIFY(f->setPhase(Phase::Writing));
        QVERIFY(f->writingBar()->isVisible());
        QVERIFY(!f->writingBar()->revealButton()->isEnabled());
        const QUuid grace = participantNamed(w, QStringLiteral("Grace Okafor"));
        const QUuid tom = participantNamed(w, QStringLiteral("Tom Whitaker"));
        QVERIFY(!grace.isNull() && !tom.isNull());

        board::BoardView *view = window.boardView();
        QTRY_VERIFY(view->hasFocus());
        const int notesBefore = int(w.rows<Note>().size());
        auto write = [&](const QUuid &writer, const QString &text) {
            f->writingBar()->setWriter(writer);
            QTest::keyClick(view, Qt::Key_N);
            QVERIFY(view->editor());
            QTest::keyClicks(view->editor(), text);
            QTest::keyClick(view->editor(), Qt::Key_Return, Qt::ControlModifier);
            QVERIFY(!view->editor());
        };
        const QString secretA = QStringLiteral("Cache stampede on cold start");
        const QString secretB = QStringLiteral("DNS TTL ignored by the JVM");
        write(grace, secretA);
        write(grace, secretB);
        write(tom, QStringLiteral("Feature flag service down"));
        // While typing, Ctrl+arrows move by word; the phase stays, and T and R are just letters.
        QTest::keyClick(view, Qt::Key_N);
        QTest::keyClicks(view->editor(), QStringLiteral("two words"));
        QTest::keyClick(view->editor(), Qt::Key_Left, Qt::ControlModifier);
        QTest::keyClicks(view->editor(), QStringLiteral("TR "));
        QCOMPARE(f->phase(), Phase::Writing);
        QCOMPARE(view->editor()->toPlainText(), QStringLiteral("two TR words"));
        QVERIFY(!f->timer()->isRunning());
        QTest::keyClick(view->editor(), Qt::Key_Escape);
        QCOMPARE(int(w.rows<Note>().size()), notesBefore + 3);
        QCOMPARE(hiddenNotes(w), 3);

        QList<board::NoteItem *> items;
        for (const Note &note : w.rows<Note>()) {
            if (note.hidden) {
                QCOMPARE(note.author, note.text == secretA || note.text == secretB ? grace : tom);
                items << view->boardScene()->noteItem(note.meta.id);
            }
        }
        QCOMPARE(items.size(), 3);
        // Plural forms come from the translations; the count and the name are what matter here.
        QStringList counters = f->writingBar()->counterTexts();
        counters.sort();
        QCOMPARE(counters.size(), 2);
        QVERIFY2(counters.at(0).startsWith(QStringLiteral("Grace Okafor: 2 note")),
                 qPrintable(counters.at(0)));
        QVERIFY2(counters.at(1).startsWith(QStringLiteral("Tom Whitaker: 1 note")),
                 qPrintable(counters.at(1)));
        QVERIFY(f->writingBar()->revealButton()->isEnabled());
        QVERIFY(f->writingBar()->revealButton()->text().contains(QStringLiteral("3")));

        view->boardScene()->clearSelection();
        view->scene()->setFocusItem(nullptr);
        // Face down: Grace's two notes paint the same pixels whatever they say, and no tooltip,
        // note list entry or stack title carries the text.
        const QImage hiddenA = boardfixture::paintedNote(items.at(0));
        const QImage hiddenB = boardfixture::paintedNote(items.at(1));
        QCOMPARE(hiddenA, hiddenB);
        for (board::NoteItem *item : std::as_const(items)) {
            QVERIFY(!item->toolTip().contains(item->note().text));
        }
        for (const QListView *list : window.findChildren<QListView *>()) {
            QAbstractItemModel *model = list->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                const QString shown = model->index(row, 0).data().toString();
                QVERIFY2(!shown.contains(secretA) && !shown.contains(secretB), qPrintable(shown));
            }
        }
        view->boardScene()->clearSelection();
        items.at(0)->setSelected(true);
        items.at(1)->setSelected(true);
        view->stackSelection();
        const Note *stacked = w.findLive<Note>(items.at(0)->id());
        QVERIFY(stacked && !stacked->failureMode.isNull());
        QCOMPARE(w.findLive<FailureMode>(stacked->failureMode)->title,
                 QStringLiteral("Hidden note"));
        window.undoStack()->undo(); // the stack

        // R on the board: all face up in one step, undoable.
        const auto before = testsupport::snapshot(w);
        const int steps = window.undoStack()->index();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_R);
        QCOMPARE(hiddenNotes(w), 0);
        QCOMPARE(window.undoStack()->index(), steps + 1);
        QVERIFY(window.undoStack()->undoText().startsWith(QStringLiteral("Reveal 3 Note")));
        QVERIFY(boardfixture::paintedNote(items.at(0)) !=
                boardfixture::paintedNote(items.at(1))); // the text shows now
        QVERIFY(items.at(0)->toolTip().contains(items.at(0)->note().text));
        QVERIFY(f->writingBar()->counterTexts().isEmpty());
        // After the reveal the bar says so, not "No hidden notes yet".
        const QString counter =
            f->writingBar()->findChild<QLabel *>(QStringLiteral("hiddenCounters"))->text();
        QVERIFY2(!counter.contains(QStringLiteral("yet")) &&
                     counter.contains(QStringLiteral("face up")) &&
                     counter.contains(QString::number(w.rows<Note>().size())),
                 qPrintable(counter));
        WindowFixture fixture{&w, *window.undoStack()};
        testsupport::checkUndoRedo(fixture, before);
        QCOMPARE(hiddenNotes(w), 0); // after undo and redo: revealed

        // Outside silent writing, new notes are face up and keep no writer.
        QVERIFY(f->setPhase(Phase::Cluster));
        QTest::keyClick(view, Qt::Key_N);
        QTest::keyClicks(view->editor(), QStringLiteral("Visible at once"));
        QTest::keyClick(view->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(hiddenNotes(w), 0);
    }

    // A prompt card starts a note in its category (hidden, by the writer); the coverage strip
    // counts notes per category and calls out the empty ones in words.
    void promptCardsAndCoverage()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(openActive(window, path));
        Workshop &w = *window.workshop();
        Facilitation *f = window.facilitation();
        QVERIFY(f->setPhase(Phase::Writing));
        QVERIFY(f->coverageStrip()->isVisible());
        QListWidget *cards = f->promptPanel()->list();
        QCOMPARE(cards->count(), 11);
        QVERIFY(cards->isVisible());

        auto countIn = [&](Category category) {
            int n = 0;
            for (const Note &note : w.rows<Note>())
                n += note.category == category ? 1 : 0;
            return n;
        };
        for (Category category : allValues<Category>()) {
            if (category == Category::Uncategorised)
                continue;
            QCOMPARE(f->coverageStrip()->count(category), countIn(category));
            QCOMPARE(
                f->coverageStrip()->chip(category)->text().contains(QStringLiteral("none yet")),
                countIn(category) == 0);
        }
        // An empty category to fill from its card: the sample's memory leak notes go.
        const Category empty = Category::MemoryLeak;
        QList<QUuid> leaks;
        for (const Note &note : w.rows<Note>()) {
            if (note.category == empty)
                leaks << note.meta.id;
        }
        QVERIFY(!leaks.isEmpty());
        QVERIFY(f->coverageStrip()->chip(empty)->text().contains(QString::number(leaks.size())));
        QVERIFY(w.remove(EntityKind::Note, leaks));
        QCOMPARE(f->coverageStrip()->count(empty), 0);
        QVERIFY(f->coverageStrip()->chip(empty)->text().contains(QStringLiteral("none yet")));
        int row = -1;
        for (int i = 0; i < cards->count(); ++i) {
            if (cards->item(i)->data(Qt::UserRole).toInt() == int(empty))
                row = i;
        }
        QVERIFY(row >= 0);
        QVERIFY(cards->item(row)->text().contains(displayName(empty)));
        QVERIFY(cards->item(row)->text().contains(promptCard(empty).questions.constFirst()));

        const QUuid elena = participantNamed(w, QStringLiteral("Elena Rossi"));
        f->writingBar()->setWriter(elena);
        cards->scrollToItem(cards->item(row));
        QTest::mouseClick(cards->viewport(), Qt::LeftButton, {},
                          cards->visualItemRect(cards->item(row)).center());
        board::BoardView *view = window.boardView();
        QVERIFY(view->editor());
        QTRY_VERIFY(view->editor()->hasFocus());
        QTest::keyClicks(view->editor(), QStringLiteral("From the card"));
        QTest::keyClick(view->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(countIn(empty), 1);
        const Note written = [&] {
            for (const Note &note : w.rows<Note>()) {
                if (note.text == QStringLiteral("From the card"))
                    return note;
            }
            return Note();
        }();
        QCOMPARE(written.category, empty);
        QVERIFY(written.hidden);
        QCOMPARE(written.author, elena);
        QCOMPARE(f->coverageStrip()->count(empty), 1);
        QVERIFY(!f->coverageStrip()->chip(empty)->text().contains(QStringLiteral("none yet")));
        QVERIFY(f->coverageStrip()->chip(empty)->text().contains(QStringLiteral("1")));

        // Enter on a focused card does the same; Escape leaves nothing behind.
        cards->setFocus();
        cards->setCurrentRow(0);
        QTest::keyClick(cards, Qt::Key_Return);
        QVERIFY(view->editor());
        QTest::keyClick(view->editor(), Qt::Key_Escape);
        QVERIFY(!view->editor());
        QCOMPARE(countIn(Category(cards->item(0)->data(Qt::UserRole).toInt())),
                 f->coverageStrip()->count(Category(cards->item(0)->data(Qt::UserRole).toInt())));
    }

    // Each phase as the room sees it: the current phase named in the stepper, the instruction,
    // the timer in the timed phases, and a picture with real content (not pixel-exact).
    void phasesInPresentationMode()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(openActive(window, path));
        Facilitation *f = window.facilitation();
        // Some hidden notes, so silent writing shows its counters.
        {
            Workshop &w = *window.workshop();
            ChangeSet notes;
            const QStringList names{QStringLiteral("Priya Natarajan"),
                                    QStringLiteral("Priya Natarajan"),
                                    QStringLiteral("Dan Murray")};
            for (int i = 0; i < names.size(); ++i) {
                Note note;
                note.meta.id = QUuid::createUuid();
                note.text = QStringLiteral("Secret %1").arg(i);
                note.hidden = true;
                note.author = participantNamed(w, names.at(i));
                note.x = -700 + i * 220;
                note.y = -400;
                notes << note;
            }
            QVERIFY(w.apply(notes));
        }
        const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR");
        if (!keep.isEmpty()) { // the facilitator's laptop, for comparison
            QVERIFY(f->setPhase(Phase::Writing));
            QTest::qWait(50);
            window.grab().save(QDir(keep).filePath(QStringLiteral("phase-writing-normal.png")));
        }
        window.setPresentationMode(true);
        QTRY_COMPARE(window.size(), QSize(1920, 1080));
        for (Phase phase : allValues<Phase>()) {
            QVERIFY(f->setPhase(phase));
            QTest::qWait(50);
            QVERIFY(f->bar()->isVisible());
            QVERIFY(f->stepper()->isVisible());
            // As shown: "&&" on a button is one '&'.
            const QString current = f->stepper()->stepButton(phase)->text().replace(
                QStringLiteral("&&"), QStringLiteral("&"));
            QVERIFY2(current.contains(displayName(phase)) &&
                         current.startsWith(QStringLiteral("▶")),
                     qPrintable(current));
            QVERIFY(f->stepper()->instruction()->isVisible());
            QCOMPARE(f->timerDisplay()->isVisible(), phaseDefaultSeconds(phase) > 0);
            QVERIFY(f->stepper()->instruction()->font().pointSizeF() >= 28);
            QCOMPARE(f->promptDock()->isVisible(), phase == Phase::Writing);
            const QImage image = window.grab().toImage();
            // Nothing pushes the window past the projector's width.
            QCOMPARE(image.size(), QSize(1920, 1080));
            QVERIFY(guisupport::distinctColours(image, 4) > 20);
            if (!keep.isEmpty())
                image.save(QDir(keep).filePath(
                    QStringLiteral("phase-%1-%2.png").arg(int(phase) + 1).arg(keyOf(phase))));
        }
        // Time is up, in the room's view.
        QVERIFY(f->setPhase(Phase::Writing));
        f->timer()->reset(1);
        f->timer()->start();
        QTRY_VERIFY_WITH_TIMEOUT(f->timerDisplay()->isShowingTimeUp(), 3000);
        QVERIFY(f->timerDisplay()->isVisible());
        if (!keep.isEmpty())
            window.grab().save(QDir(keep).filePath(QStringLiteral("phase-time-up.png")));
        // Leaving presentation mode: the panels of the phase reached meanwhile, not the ones
        // shown before it.
        window.setPresentationMode(false);
        QVERIFY(f->promptDock()->isVisible());
        for (const char *name : {"notesDock", "rankedDock", "mitigationDock", "warningsDock"})
            QVERIFY2(!window.findChild<QDockWidget *>(QLatin1String(name))->isVisible(), name);
    }
};

// The test screen is a 1920x1080 projector, so presentation mode's full screen has its size.
GUISUPPORT_PROJECTOR_MAIN(TestFacilitation)
#include "tst_facilitation.moc"

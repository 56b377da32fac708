// The window's one focus model (UX.md, "Focus and layout"), driven by key events only: Esc, F11
// and the View keys leave presentation mode from every view and panel; bare-letter keys work
// whatever pane last had focus but never while typing; F6 / Shift+F6 cycle the visible panes and
// an access key enters each; Tab leaves the canvas at its ends; Delete removes a participant;
// S adds a surprise in the look-back; Ctrl+Shift+arrows move notes further.

#include "banner.h"
#include "boardscene.h"
#include "boardview.h"
#include "facilitation.h"
#include "guisupport.h"
#include "keyboardfocus.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "phasetimer.h"
#include "rank/failuremodeselection.h"
#include "rank/rankedlistpanel.h"
#include "shortcuts.h"
#include "surprisedialog.h"
#include "testsupport.h"
#include "windowkeys.h"
#include "writingbar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

using namespace pm;
using windowkeys::goToPhase;
using windowkeys::openActive;
using windowkeys::press;
using windowkeys::type;

namespace {

QDockWidget *dock(MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

bool focusIn(const QWidget *pane)
{
    const QWidget *f = QApplication::focusWidget();
    return f && (f == pane || pane->isAncestorOf(f));
}

int hiddenNotes(const Workshop &w)
{
    int n = 0;
    for (const Note &note : w.rows<Note>())
        n += note.hidden ? 1 : 0;
    return n;
}

int likelihoodOf(const Workshop &w, const QUuid &id)
{
    const FailureMode *f = w.findLive<FailureMode>(id);
    return f ? f->likelihood : -1;
}

Phase phaseOnDisk(const QString &path)
{
    auto again = Workshop::open(path, Store::Access::ReadOnly);
    return again ? again.value()->info().phase : Phase::Frame;
}

} // namespace

class TstFocus : public QObject
{
    Q_OBJECT

private:
    guisupport::SampleFiles m_samples;

private slots:
    void initTestCase() { testsupport::isolateSettings(QStringLiteral("tst_focus")); }

    // Item 1: Esc (with nothing left to deselect), F11 and Ctrl+1 leave or work in presentation
    // mode from the board, the matrix, the residual matrix and with focus in a panel.
    void escLeavesPresentationFromEveryView()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        QTRY_VERIFY(window.boardView()->hasFocus());

        // The board.
        press(Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        press(Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());

        // The matrix, with a card selected: the first Esc deselects, the second leaves.
        press(Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.isMatrixShown());
        press(Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        QTRY_VERIFY(window.matrixView()->hasFocus());
        press(Qt::Key_Tab); // selects a card
        QVERIFY(!window.failureModeSelection()->isEmpty());
        press(Qt::Key_Escape);
        QVERIFY(window.failureModeSelection()->isEmpty());
        QVERIFY(window.isPresentationMode());
        press(Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());

        // F11 toggles from the matrix, and Ctrl+1 / Ctrl+2 switch views with the menu bar hidden.
        press(Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        press(Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!window.isMatrixShown());
        press(Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.isMatrixShown());
        press(Qt::Key_F11);
        QVERIFY(!window.isPresentationMode());

        // The residual matrix.
        press(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(window.matrixView()->showsResidual());
        press(Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        press(Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());
        press(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(!window.matrixView()->showsResidual());

        // A panel the presentation keeps (participants in the People phase), focus in its table
        // and in its name field.
        press(Qt::Key_F11);
        goToPhase(window, Phase::People);
        QVERIFY(window.isPresentationMode());
        QDockWidget *people = dock(window, "participantsDock");
        QVERIFY(people->isVisible());
        press(Qt::Key_P, Qt::AltModifier);
        QVERIFY(focusIn(people));
        auto *table = people->findChild<QTableWidget *>(QStringLiteral("participantsTable"));
        table->setFocus();
        QVERIFY(table->hasFocus());
        press(Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());
        press(Qt::Key_F11);
        QVERIFY(window.isPresentationMode());
        press(Qt::Key_P, Qt::AltModifier);
        auto *name = people->findChild<QLineEdit *>(QStringLiteral("participantName"));
        name->setFocus();
        press(Qt::Key_Escape);
        QVERIFY(!window.isPresentationMode());
    }

    // Item 10: N, R, T, Shift+T, F2 and 1-5 work after focus was in "Writing as", the
    // participants table or the ranked list; a phase change hands the keyboard to the centre;
    // nothing fires while typing in a line edit or a spin box.
    void bareKeysWorkFromAnyPaneButNotWhileTyping()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(openActive(window, path));
        Workshop &w = *window.workshop();
        Facilitation *f = window.facilitation();
        board::BoardView *board = window.boardView();
        QTRY_VERIFY(board->hasFocus());

        // People: focus in the participants table, then Ctrl+Right: the board has the keyboard.
        goToPhase(window, Phase::People);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("participantsTable"));
        table->setFocus();
        table->setCurrentCell(0, 0);
        press(Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(f->phase(), Phase::Writing);
        QTRY_VERIFY(board->hasFocus());

        // "Writing as": choose the second person, then N writes a face-down note as them.
        QComboBox *writer = f->writingBar()->writerPicker();
        writer->setFocus();
        QVERIFY(writer->count() > 1);
        press(Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), writer);
        const int hiddenBefore = hiddenNotes(w);
        press(Qt::Key_N);
        QTRY_VERIFY(board->editor());
        QTest::keyClicks(board->editor(), QStringLiteral("Queue fills up"));
        QTest::keyClick(board->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(hiddenNotes(w), hiddenBefore + 1);

        // T and Shift+T from the combo box again.
        writer->setFocus();
        const bool running = f->timer()->isRunning();
        const int seconds = f->timer()->remainingSeconds();
        press(Qt::Key_T);
        QCOMPARE(f->timer()->isRunning(), !running);
        press(Qt::Key_T);
        QCOMPARE(f->timer()->isRunning(), running);
        press(Qt::Key_T, Qt::ShiftModifier);
        QVERIFY(f->timer()->remainingSeconds() >= seconds + 59);

        // F2 edits the board's focused note from the combo box; Esc cancels.
        board->setFocus();
        press(Qt::Key_Tab);
        writer->setFocus();
        press(Qt::Key_F2);
        QTRY_VERIFY(board->editor());
        press(Qt::Key_Escape);
        QVERIFY(!board->editor());

        // Typing in the participants' name field: letters are letters, nothing fires.
        goToPhase(window, Phase::People);
        auto *name = window.findChild<QLineEdit *>(QStringLiteral("participantName"));
        name->setFocus();
        const int hiddenNow = hiddenNotes(w);
        const bool timerNow = f->timer()->isRunning();
        QTest::keyClicks(name, QStringLiteral("NRT V3"));
        QCOMPARE(name->text(), QStringLiteral("NRT V3"));
        QVERIFY(!board->editor());
        QCOMPARE(hiddenNotes(w), hiddenNow);
        QCOMPARE(f->timer()->isRunning(), timerNow);
        name->clear();
        // Ctrl+arrows move by word while typing; Ctrl+1 takes the keyboard back to the board.
        press(Qt::Key_1, Qt::ControlModifier);
        QVERIFY(board->hasFocus());

        // R from the participants table (in Writing, where the reveal means something).
        goToPhase(window, Phase::Writing);
        press(Qt::Key_P, Qt::AltModifier);
        QVERIFY(focusIn(dock(window, "participantsDock")) ||
                !dock(window, "participantsDock")->isHidden());
        table->setFocus();
        QVERIFY(hiddenNotes(w) > 0);
        press(Qt::Key_R);
        QCOMPARE(hiddenNotes(w), 0);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Reveal 1 Note(s)"));

        // Rank: 1-5 from the ranked list score its selected row; not while typing in a spin box.
        goToPhase(window, Phase::Rank);
        QTableView *ranked = window.rankedPanel()->table();
        press(Qt::Key_K, Qt::AltModifier);
        QVERIFY(ranked->isVisible());
        ranked->setFocus();
        press(Qt::Key_Down);
        const QUuid selected = window.failureModeSelection()->current();
        QVERIFY(!selected.isNull());
        const int target = likelihoodOf(w, selected) == 2 ? 4 : 2;
        press(Qt::Key_0 + target);
        QCOMPARE(likelihoodOf(w, selected), target);
        QCOMPARE(QApplication::focusWidget(), ranked);

        // N from the matrix shows the board and starts the note there; Esc drops it.
        press(Qt::Key_2, Qt::ControlModifier);
        QVERIFY(window.isMatrixShown());
        press(Qt::Key_N);
        QVERIFY(!window.isMatrixShown());
        QTRY_VERIFY(board->editor() && board->editor()->isVisible());
        press(Qt::Key_Escape);
        QVERIFY(!board->editor());

        auto *budget = dock(window, "votingDock")->findChild<QSpinBox *>();
        QVERIFY(budget);
        press(Qt::Key_U, Qt::AltModifier);
        budget->setFocus();
        budget->selectAll();
        const int other = target == 2 ? 5 : 1;
        press(Qt::Key_0 + other);
        QCOMPARE(likelihoodOf(w, selected), target);
        QCOMPARE(budget->text(), QString::number(other));

        // Everything above reached the file.
        auto again = Workshop::open(path, Store::Access::ReadOnly);
        QVERIFY(again);
        QCOMPARE(likelihoodOf(*again.value(), selected), target);
        QCOMPARE(hiddenNotes(*again.value()), 0);
    }

    // Item 11: F6 visits every visible pane once and comes back; Shift+F6 goes the other way;
    // the Notes panel is reachable from the board.
    void f6CyclesVisiblePanes()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        QTRY_VERIFY(window.boardView()->hasFocus());
        goToPhase(window, Phase::Writing);
        KeyboardFocus *focus = window.keyboardFocus();
        const QList<QWidget *> panes = focus->visiblePanes();
        QStringList names;
        for (QWidget *pane : panes)
            names << pane->objectName();
        QVERIFY2(panes.size() >= 4, qPrintable(names.join(QLatin1Char(' '))));
        QVERIFY(panes.contains(dock(window, "promptDock")));
        QVERIFY(panes.contains(window.facilitation()->bar()));
        QVERIFY(panes.contains(window.findChild<QToolBar *>(QStringLiteral("componentPalette"))));

        QWidget *start = focus->paneOf(QApplication::focusWidget());
        QVERIFY(start);
        QList<QWidget *> visited;
        for (int i = 0; i < panes.size(); ++i) {
            press(Qt::Key_F6);
            QWidget *pane = focus->paneOf(QApplication::focusWidget());
            QVERIFY2(pane, "F6 left focus outside every pane");
            QVERIFY(!visited.contains(pane));
            visited << pane;
        }
        QCOMPARE(visited.last(), start);
        QCOMPARE(QSet<QWidget *>(visited.begin(), visited.end()),
                 QSet<QWidget *>(panes.begin(), panes.end()));
        QVERIFY(window.boardView()->hasFocus());

        // Backwards: the same panes in reverse order.
        QList<QWidget *> back;
        for (int i = 0; i < panes.size(); ++i) {
            press(Qt::Key_F6, Qt::ShiftModifier);
            back << focus->paneOf(QApplication::focusWidget());
        }
        QCOMPARE(back.last(), start);
        for (int i = 0; i + 1 < panes.size(); ++i)
            QCOMPARE(back.at(i), visited.at(panes.size() - 2 - i));

        // In Cluster, the Notes panel from the board by F6, then back to the board by Ctrl+1.
        goToPhase(window, Phase::Cluster);
        QVERIFY(window.boardView()->hasFocus());
        QListView *notes = window.findChild<QListView *>(QStringLiteral("noteList"));
        QVERIFY(notes->isVisible());
        for (int i = 0; i < 10 && !notes->hasFocus(); ++i)
            press(Qt::Key_F6);
        QVERIFY(notes->hasFocus());
        press(Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window.boardView()->hasFocus());

        // A banner with a Dismiss button is a pane too: F6 reaches it, Space dismisses it.
        auto *banner = window.findChild<Banner *>(QStringLiteral("errorBanner"));
        banner->showMessage(QStringLiteral("Something to read"));
        QVERIFY(focus->visiblePanes().contains(banner));
        for (int i = 0; i < 10 && !focusIn(banner); ++i)
            press(Qt::Key_F6);
        QVERIFY(focusIn(banner));
        press(Qt::Key_Space);
        QVERIFY(!banner->isVisible());

        // F6 leaves a text field too (it is no typing key).
        press(Qt::Key_M, Qt::AltModifier); // builds the panel as it shows (app/lazydock.h)
        QVERIFY(focusIn(dock(window, "mitigationDock")));
        auto *mitigation = window.findChild<QLineEdit *>(QStringLiteral("newMitigation"));
        QVERIFY(mitigation);
        mitigation->setFocus();
        press(Qt::Key_F6);
        QVERIFY(!mitigation->hasFocus());
    }

    // Item 11: each pane's access key lands in it (showing a hidden dock); they are in the
    // keyboard table that Help lists.
    void accessKeysReachEachPane()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        QTRY_VERIFY(window.boardView()->hasFocus());
        goToPhase(window, Phase::Writing);
        using shortcuts::Id;
        const QList<std::pair<Id, QWidget *>> panes{
            {Id::GoToParticipants, dock(window, "participantsDock")},
            {Id::GoToVoting, dock(window, "votingDock")},
            {Id::GoToNotes, dock(window, "notesDock")},
            {Id::GoToMitigations, dock(window, "mitigationDock")},
            {Id::GoToRanked, dock(window, "rankedDock")},
            {Id::GoToWarnings, dock(window, "warningsDock")},
            {Id::GoToLookback, dock(window, "lookbackDock")},
            {Id::GoToPrompts, dock(window, "promptDock")},
            {Id::GoToPalette, window.findChild<QToolBar *>(QStringLiteral("componentPalette"))},
            {Id::GoToPhaseBar, window.facilitation()->bar()},
        };
        QSet<QKeySequence> keys;
        for (const auto &[id, pane] : panes) {
            QVERIFY(pane);
            const QKeySequence key = shortcuts::entry(id).keys.constFirst();
            QVERIFY2(!keys.contains(key), qPrintable(key.toString()));
            keys << key;
            QTest::keySequence(QApplication::focusWidget(), key);
            QVERIFY2(pane->isVisible(), shortcuts::entry(id).text);
            QVERIFY2(focusIn(pane), shortcuts::entry(id).text);
        }
        // "Writing as" by its access key: the phase bar's combo box is what takes focus there.
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::ALT | Qt::Key_Y));
        QCOMPARE(QApplication::focusWidget(), window.facilitation()->writingBar()->writerPicker());
        // No access key is a menu's mnemonic (Alt+F opens File).
        QSet<QKeySequence> menus;
        for (QAction *menu : window.menuBar()->actions()) {
            const QString title = menu->text();
            const int amp = int(title.indexOf(QLatin1Char('&')));
            if (amp >= 0 && amp + 1 < title.size())
                menus << QKeySequence(QStringLiteral("Alt+") + title.at(amp + 1).toUpper());
        }
        QVERIFY(menus.size() >= 4);
        QVERIFY(!menus.intersects(keys));
        // Ctrl+1 takes the keyboard back to the board.
        press(Qt::Key_1, Qt::ControlModifier);
        QVERIFY(window.boardView()->hasFocus());
        // The keys are listed in Help > Keyboard Shortcuts (built from the same table).
        QVERIFY(!shortcuts::keysText(Id::GoToNotes).isEmpty());
        QVERIFY(!shortcuts::keysText(Id::NextPane).isEmpty());
    }

    // Item 11: Tab on the last item and Shift+Tab on the first leave the canvas for the next and
    // previous widget in the window; inside, Tab still moves between items.
    void tabLeavesCanvasAtItsEnds()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        board::BoardView *board = window.boardView();
        QTRY_VERIFY(board->hasFocus());
        press(Qt::Key_Tab, Qt::ShiftModifier); // from no item: the last one
        QVERIFY(board->hasFocus());
        QGraphicsItem *last = board->scene()->focusItem();
        QVERIFY(last);
        press(Qt::Key_Tab);
        QVERIFY(!board->hasFocus());
        QVERIFY(QApplication::focusWidget());
        press(Qt::Key_Tab, Qt::ShiftModifier); // back onto the canvas, at the same item
        QVERIFY(board->hasFocus());
        QCOMPARE(board->scene()->focusItem(), last);

        // Shift+Tab walks back through every item once, without wrapping, and leaves the
        // canvas at the first.
        QSet<QGraphicsItem *> visited{last};
        for (int i = 0; i < 500 && board->hasFocus(); ++i) {
            press(Qt::Key_Tab, Qt::ShiftModifier);
            if (board->hasFocus()) {
                QGraphicsItem *item = board->scene()->focusItem();
                QVERIFY2(!visited.contains(item), "Shift+Tab wrapped around on the canvas");
                visited << item;
            }
        }
        QVERIFY(!board->hasFocus());
        QVERIFY(visited.size() > 5);
    }

    // Delete in the participants table removes the selected person through the button's path:
    // one undo step, written to the file.
    void deleteKeyRemovesParticipant()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(openActive(window, path));
        QTRY_VERIFY(window.boardView()->hasFocus());
        Workshop &w = *window.workshop();
        goToPhase(window, Phase::People);
        const int before = w.liveCount(EntityKind::Participant);
        QVERIFY(before > 1);
        press(Qt::Key_P, Qt::AltModifier);
        auto *table = window.findChild<QTableWidget *>(QStringLiteral("participantsTable"));
        table->setFocus();
        table->setCurrentCell(0, 0);
        const QString name = table->item(0, 0)->text();
        QVERIFY(w.participantNamed(name));
        const int notes = w.liveCount(EntityKind::Note);
        press(Qt::Key_Delete);
        QCOMPARE(w.liveCount(EntityKind::Participant), before - 1);
        QVERIFY(!w.participantNamed(name));
        QCOMPARE(w.liveCount(EntityKind::Note), notes); // not the board's selection
        {
            auto again = Workshop::open(path, Store::Access::ReadOnly);
            QCOMPARE(again.value()->liveCount(EntityKind::Participant), before - 1);
        }
        press(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.liveCount(EntityKind::Participant), before);
        QVERIFY(w.participantNamed(name));
    }

    // S opens Add Surprise in the look-back phase only.
    void surpriseKeyInTheLookBack()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(openActive(window, path));
        QTRY_VERIFY(window.boardView()->hasFocus());
        Workshop &w = *window.workshop();
        const int before = w.liveCount(EntityKind::FailureMode);

        bool dialogShown = false;
        auto answer = [&dialogShown] {
            auto *dialog = qobject_cast<SurpriseDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogShown = true;
            QTest::keyClicks(dialog->findChild<QLineEdit *>(), QStringLiteral("DNS outage"));
            dialog->accept();
        };
        goToPhase(window, Phase::Rank);
        QTimer::singleShot(200, &window, answer);
        press(Qt::Key_S); // not in Rank
        QTest::qWait(300);
        QVERIFY(!dialogShown);
        QCOMPARE(w.liveCount(EntityKind::FailureMode), before);

        goToPhase(window, Phase::LookBack);
        QTimer::singleShot(0, &window, answer);
        press(Qt::Key_S);
        QVERIFY(dialogShown);
        QCOMPARE(w.liveCount(EntityKind::FailureMode), before + 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add Surprise"));
        QCOMPARE(phaseOnDisk(path), Phase::LookBack);
    }

    // Item 15: Ctrl+Shift+arrows move notes further (Alt+Shift+arrows belong to the window
    // manager under Openbox); Alt+arrows a step; Alt+Shift still works where it reaches us.
    void moveFurtherWithCtrlShift()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        board::BoardView *board = window.boardView();
        QTRY_VERIFY(board->hasFocus());
        press(Qt::Key_Tab);
        QGraphicsItem *item = board->scene()->focusItem();
        QVERIFY(item && item->isSelected());
        const qreal x = item->pos().x();
        press(Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(item->pos().x(), x + 20);
        press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(item->pos().x(), x + 120);
        press(Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(item->pos().x(), x + 20);
        QVERIFY(shortcuts::keysText(shortcuts::Id::MoveNotes)
                    .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left)
                                  .toString(QKeySequence::NativeText)));
    }
};

GUISUPPORT_PROJECTOR_MAIN(TstFocus)
#include "tst_focus.moc"

// Issue 21, part B: what the keyboard does in the shown window, by real key events only.
// Alt+M lands in the new-mitigation field; a loose note is scored by 1-5 / Shift+1-5 as a failure
// mode of one; new notes and components land where nothing is; Send To (Ctrl+M) puts the
// selection on a component or into a stack chosen by name; no access key is claimed twice; a
// face-down note is typed face down; the start page takes Tab and Enter, the palette Enter,
// Ctrl+Right leaves a name field, Esc lets go of a board selection.

#include "accesskeys.h"
#include "boardscene.h"
#include "boardview.h"
#include "componentitem.h"
#include "facilitation.h"
#include "focusoverlay.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "mitigation/mitigationpanel.h"
#include "namechooser.h"
#include "noteitem.h"
#include "rank/failuremodeselection.h"
#include "rank/rankedlistpanel.h"
#include "singletonrisk.h"
#include "startpage.h"
#include "testsupport.h"
#include "windowkeys.h"
#include "workshop.h"
#include "writingbar.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QWizard>

using namespace pm;
using windowkeys::goToPhase;
using windowkeys::openActive;
using windowkeys::press;
using windowkeys::type;

namespace {

QRectF noteRect(const Note &n)
{
    return QRectF(n.x, n.y, n.width, n.height);
}

QRectF componentRect(const Component &c)
{
    return QRectF(c.x, c.y, c.width, c.height);
}

QList<Note> looseNotes(const Workshop &w)
{
    QList<Note> loose;
    for (const Note &n : w.rows<Note>()) {
        if (isLooseNote(n))
            loose << n;
    }
    return loose;
}

// Whether any cell of model shows text.
bool modelShows(const QAbstractItemModel *model, const QString &text)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->index(r, c).data().toString().contains(text))
                return true;
        }
    }
    return false;
}

// The focused widget shows that it has focus: it is on screen, not scrolled out of its panel.
bool focusVisible(const QWidget *w)
{
    return w && w->hasFocus() && w->isVisible() &&
           w->visibleRegion().boundingRect().width() >= w->width() / 2;
}

} // namespace

class TstKeys : public QObject
{
    Q_OBJECT

private:
    guisupport::SampleFiles m_samples;

    // A closed dialog gives the window back the keyboard under a window manager; offscreen, the
    // test does it.
    static void reactivate(MainWindow &window)
    {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    // Focuses and selects one note on the board, as Tab and the arrows would.
    static void focusNote(MainWindow &window, const QUuid &id)
    {
        board::BoardScene *scene = window.boardView()->boardScene();
        board::NoteItem *item = scene->noteItem(id);
        QVERIFY(item);
        window.boardView()->setFocus();
        scene->clearSelection();
        item->setSelected(true);
        item->setFocus();
        QVERIFY(window.boardView()->hasFocus());
    }

private slots:
    void initTestCase() { testsupport::isolateSettings(QStringLiteral("tst_keys")); }

    // Item 3: in Mitigate, Alt+M puts the cursor in "New mitigation", shown, so typing types.
    void altMLandsInNewMitigation()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Mitigate);
        window.failureModeSelection()->clear();
        window.boardView()->setFocus();
        press(Qt::Key_M, Qt::AltModifier);
        QWidget *field = QApplication::focusWidget();
        QVERIFY(field);
        QCOMPARE(field->objectName(), QStringLiteral("newMitigation"));
        QVERIFY(focusVisible(field));
        QVERIFY(!window.failureModeSelection()->isEmpty()); // the top risk, to mitigate
        const int notes = window.workshop()->liveCount(EntityKind::Note);
        const int mitigations = window.workshop()->liveCount(EntityKind::Mitigation);
        type(QStringLiteral("nightly restore drill"));
        QCOMPARE(qobject_cast<QLineEdit *>(field)->text(), QStringLiteral("nightly restore drill"));
        press(Qt::Key_Return);
        QCOMPARE(window.workshop()->liveCount(EntityKind::Mitigation), mitigations + 1);
        QCOMPARE(window.workshop()->liveCount(EntityKind::Note), notes); // no N ran
        QVERIFY(!window.boardView()->findChild<QPlainTextEdit *>(QStringLiteral("boardEditor")));
    }

    // Item 4: a revealed note in no stack is a risk; 3 then Shift+4 on it score it, the first key
    // writing its failure mode of one in the same undo step.
    void looseNoteScoredByKeys()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        Workshop *w = window.workshop();
        const QList<Note> loose = looseNotes(*w);
        QVERIFY(!loose.isEmpty());
        const Note note = loose.first();
        const QUuid risk = singletonId(note.meta.id);

        // Ranked before anyone scored it, and in the matrix's tray of unscored risks.
        QAbstractItemModel *ranked = window.rankedPanel()->table()->model();
        QCOMPARE(ranked->rowCount(), w->liveCount(EntityKind::FailureMode) + int(loose.size()));
        QVERIFY(modelShows(ranked, note.text.left(20)));

        focusNote(window, note.meta.id);
        QCOMPARE(window.failureModeSelection()->ids(), QList<QUuid>{risk});
        const int steps = window.undoStack()->count();
        press(Qt::Key_3);
        QCOMPARE(window.undoStack()->count(), steps + 1);
        const FailureMode *mode = w->findLive<FailureMode>(risk);
        QVERIFY(mode);
        QCOMPARE(mode->likelihood, 3);
        QCOMPARE(mode->title, note.text.left(120).simplified());
        QCOMPARE(w->findLive<Note>(note.meta.id)->failureMode, risk);
        press(Qt::Key_4, Qt::ShiftModifier);
        QCOMPARE(window.undoStack()->count(), steps + 2);
        QCOMPARE(w->findLive<FailureMode>(risk)->blastRadius, 4);
        QCOMPARE(ranked->rowCount(), w->liveCount(EntityKind::FailureMode) + int(loose.size()) - 1);

        // Two undos: the blast radius, then the score and the failure mode together.
        window.undoStack()->undo();
        QCOMPARE(w->findLive<FailureMode>(risk)->blastRadius, 0);
        window.undoStack()->undo();
        QVERIFY(!w->findLive<FailureMode>(risk));
        QVERIFY(w->findLive<Note>(note.meta.id)->failureMode.isNull());
        QCOMPARE(ranked->rowCount(), w->liveCount(EntityKind::FailureMode) + int(loose.size()));
    }

    // Item 7: N beside a focused component writes a note beside it, on nothing and on no
    // component; a new component lands on no note and in no region; a note sent onto a component
    // leaves its name readable.
    void newItemsLandWhereNothingIs()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Cluster);
        Workshop *w = window.workshop();
        board::BoardScene *scene = window.boardView()->boardScene();
        const QList<Component> components = w->rows<Component>();
        QVERIFY(!components.isEmpty());
        QList<QUuid> before;
        for (const Note &n : w->rows<Note>())
            before << n.meta.id;

        for (const Component &c : components.mid(0, 3)) {
            board::ComponentItem *item = scene->componentItem(c.meta.id);
            QVERIFY(item);
            window.boardView()->setFocus();
            scene->clearSelection();
            item->setSelected(true);
            item->setFocus();
            press(Qt::Key_N);
            type(QStringLiteral("Beside %1").arg(c.name));
            press(Qt::Key_Return, Qt::ControlModifier);
        }
        const QList<Note> after = w->rows<Note>();
        QCOMPARE(after.size(), before.size() + 3);
        for (const Note &n : after) {
            if (before.contains(n.meta.id))
                continue;
            QVERIFY2(n.component.isNull(), qPrintable(n.text));
            for (const Component &c : w->rows<Component>())
                QVERIFY2(!noteRect(n).intersects(componentRect(c)),
                         qPrintable(n.text + QStringLiteral(" on ") + c.name));
            for (const Note &other : after) {
                if (other.meta.id != n.meta.id)
                    QVERIFY2(!noteRect(n).intersects(noteRect(other)), qPrintable(n.text));
            }
        }

        // A box and a region from the palette, by keyboard: on nothing, part of nothing.
        for (const char *name : {"actionAdd_service", "actionAdd_boundary"}) {
            QAction *add = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY(add);
            add->trigger();
            press(Qt::Key_Escape); // keep the default name
        }
        const QList<Component> now = w->rows<Component>();
        QCOMPARE(now.size(), components.size() + 2);
        for (const Component &added : now.mid(components.size())) {
            QVERIFY(added.parent.isNull());
            for (const Component &c : now) {
                if (c.meta.id != added.meta.id)
                    QVERIFY2(!componentRect(added).intersects(componentRect(c)),
                             qPrintable(added.name + QStringLiteral(" on ") + c.name));
            }
            for (const Note &n : w->rows<Note>())
                QVERIFY2(!componentRect(added).intersects(noteRect(n)),
                         qPrintable(added.name + QStringLiteral(" on ") + n.text));
        }
    }

    // Item 8: Ctrl+M, a few letters of a name, Enter: the selected notes go onto that component
    // (inside it, under its name) or into that stack, in one undo step.
    void sendToByName()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Cluster);
        Workshop *w = window.workshop();
        board::BoardScene *scene = window.boardView()->boardScene();
        const QList<Note> loose = looseNotes(*w);
        QVERIFY(loose.size() >= 3);
        // A box nobody's notes are on yet would do, but any box shows the rule.
        Component target;
        for (const Component &c : w->rows<Component>()) {
            if (!scene->componentItem(c.meta.id)->isRegion()) {
                target = c;
                break;
            }
        }
        QVERIFY(!target.meta.id.isNull());

        focusNote(window, loose.at(0).meta.id);
        scene->noteItem(loose.at(1).meta.id)->setSelected(true);
        const int steps = window.undoStack()->count();
        press(Qt::Key_M, Qt::ControlModifier);
        auto *chooser = window.findChild<board::NameChooser *>();
        QVERIFY(chooser);
        QTRY_VERIFY(chooser->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), chooser->filter());
        type(target.name.left(5));
        QCOMPARE(chooser->current(), target.meta.id);
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<board::NameChooser *>());
        QCOMPARE(window.undoStack()->count(), steps + 1);
        const QRectF header = scene->componentItem(target.meta.id)->headerRect();
        const QRectF box = componentRect(*w->findLive<Component>(target.meta.id));
        for (int i : {0, 1}) {
            const Note *sent = w->findLive<Note>(loose.at(i).meta.id);
            QCOMPARE(sent->component, target.meta.id);
            QVERIFY2(box.contains(noteRect(*sent)), qPrintable(sent->text));
            QVERIFY2(!noteRect(*sent).intersects(header), qPrintable(sent->text));
        }
        reactivate(window);
        QTRY_VERIFY2(window.boardView()->hasFocus(),
                     qPrintable(QStringLiteral("%1 in %2")
                                    .arg(QApplication::focusWidget()
                                             ? QApplication::focusWidget()->objectName()
                                             : QStringLiteral("nothing"),
                                         QApplication::activeWindow()
                                             ? QApplication::activeWindow()->objectName()
                                             : QStringLiteral("no window"))));
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w->findLive<Note>(loose.at(0).meta.id)->component != target.meta.id ||
                loose.at(0).component == target.meta.id);

        // Into a stack, chosen by its title; the arrow keys move in the list meanwhile.
        const FailureMode stack = w->rows<FailureMode>().first();
        focusNote(window, loose.at(2).meta.id);
        press(Qt::Key_M, Qt::ControlModifier);
        chooser = window.findChild<board::NameChooser *>();
        QVERIFY(chooser);
        QTRY_COMPARE(QApplication::focusWidget(), chooser->filter());
        type(stack.title);
        press(Qt::Key_Down);
        press(Qt::Key_Up);
        QCOMPARE(chooser->current(), stack.meta.id);
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<board::NameChooser *>());
        QCOMPARE(w->findLive<Note>(loose.at(2).meta.id)->failureMode, stack.meta.id);
        reactivate(window);

        // Esc closes the chooser and sends nothing.
        focusNote(window, loose.at(0).meta.id);
        const int before = window.undoStack()->count();
        press(Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(window.findChild<board::NameChooser *>());
        QTRY_VERIFY(QApplication::focusWidget() ==
                    window.findChild<board::NameChooser *>()->filter());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<board::NameChooser *>());
        QCOMPARE(window.undoStack()->count(), before);
    }

    // Item 9: Alt+C and Alt+Y reach the scenario and system fields of the frame editor; no
    // window, editor or wizard page claims an access key twice.
    void accessKeysAreUnique()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Frame);
        QStringList clashes = accesskeys::duplicates(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

        // The title and scenario editor.
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("frameEditor"))->isVisible());
        clashes = accesskeys::duplicates(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        for (const auto &[letter, field] :
             {std::pair{Qt::Key_S, "frameSystem"}, std::pair{Qt::Key_O, "frameScenario"},
              std::pair{Qt::Key_T, "frameTitle"}}) {
            press(letter, Qt::AltModifier);
            QCOMPARE(QApplication::focusWidget()->objectName(), QLatin1String(field));
        }
        press(Qt::Key_Escape);

        // Every phase, as its panels show.
        for (Phase phase : {Phase::People, Phase::Writing, Phase::Cluster, Phase::Rank,
                            Phase::Mitigate, Phase::Report, Phase::LookBack}) {
            window.boardView()->setFocus();
            goToPhase(window, phase);
            clashes = accesskeys::duplicates(&window);
            QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1:\n%2")
                                                       .arg(pm::displayName(phase))
                                                       .arg(clashes.join(QLatin1Char('\n')))));
        }
    }

    // Item 9: Alt+U lands on the vote's button, and Space does what its text says, both ways.
    void dotVoteAltUThenSpace()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Rank);
        QVERIFY(!window.workshop()->info().votingOpen);
        press(Qt::Key_U, Qt::AltModifier);
        auto *toggle = qobject_cast<QAbstractButton *>(QApplication::focusWidget());
        QVERIFY(toggle);
        QCOMPARE(toggle->objectName(), QStringLiteral("toggleVoting"));
        QVERIFY(toggle->text().startsWith(QStringLiteral("Start")));
        press(Qt::Key_Space);
        QVERIFY(window.workshop()->info().votingOpen);
        QVERIFY(toggle->text().startsWith(QStringLiteral("Close")));
        QCOMPARE(QApplication::focusWidget(), toggle);
        press(Qt::Key_Space);
        QVERIFY(!window.workshop()->info().votingOpen);
        QStringList clashes = accesskeys::duplicates(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    // Item 9: every page of the new-workshop wizard; Alt+N is Next, not a check box.
    void wizardAccessKeys()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next(), {1600, 1000},
                                        guisupport::Wait::Active));
        QStringList clashes;
        int pages = 0;
        bool nextWorked = true;
        QTimer::singleShot(200, &window, [&] {
            auto *wizard = qobject_cast<QWizard *>(QApplication::activeModalWidget());
            if (!wizard)
                return;
            for (int guard = 0; guard < 10; ++guard) {
                ++pages;
                clashes << accesskeys::duplicates(wizard);
                if (wizard->currentId() == wizard->pageIds().constLast())
                    break;
                // A page that asks for a name first gets one, as a person would type it.
                if (auto *field = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                    field && field->text().isEmpty())
                    QTest::keyClicks(field, QStringLiteral("Checkout migration"));
                const int before = wizard->currentId();
                QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : wizard,
                                Qt::Key_N, Qt::AltModifier);
                // An access key clicks its button after a short animation.
                for (int wait = 0; wait < 40 && wizard->currentId() == before; ++wait)
                    QTest::qWait(25);
                if (wizard->currentId() == before) {
                    nextWorked = false;
                    break;
                }
            }
            wizard->reject();
        });
        window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
        QVERIFY(pages >= 2);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY(nextWorked);
    }

    // Item 10: while writing is silent, what is typed shows as bars: two notes of different words
    // with the same shape look exactly alike on the projector. After the reveal, words show.
    void faceDownTypingUnreadable()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Writing);
        WritingBar *bar = window.facilitation()->writingBar();
        QVERIFY(bar->writerPicker()->count() > 0);
        bar->writerPicker()->setCurrentIndex(0);
        auto typed = [&](const QString &text) {
            // Closed editors go now, so the one N opens is the only one to find.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            window.boardView()->setFocus();
            press(Qt::Key_N);
            auto *editor =
                window.boardView()->findChild<QPlainTextEdit *>(QStringLiteral("boardEditor"));
            if (!editor) {
                qWarning() << "N opened no editor from" << QApplication::focusWidget();
                return QImage();
            }
            type(text);
            if (editor->toPlainText() != text) {
                qWarning() << "typed into" << QApplication::focusWidget() << "not the editor";
                return QImage();
            }
            QApplication::processEvents();
            // The same size for every text, whatever the zoom and however many lines it wraps to.
            editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            editor->setCursorWidth(0);   // the caret blinks: not what is compared
            QFont font = editor->font(); // one type size, whatever zoom each editor opened at
            font.setPointSize(16);
            editor->setFont(font);
            editor->resize(400, 200);
            QImage image = editor->viewport()->grab().toImage();
            press(Qt::Key_Escape); // cancel: nothing is saved
            return image;
        };
        const QImage one = typed(QStringLiteral("Alpha beta gamma"));
        const QImage two = typed(QStringLiteral("Omega zeta delta"));
        QVERIFY(!one.isNull());
        QVERIFY(guisupport::distinctColours(one) > 1); // the bars show
        QCOMPARE(one, two);

        // Its writer's F2 on a face-down note: bars again.
        const QUuid writer = bar->writer();
        Note hidden;
        for (const Note &n : window.workshop()->rows<Note>()) {
            if (n.hidden && n.author == writer)
                hidden = n;
        }
        if (hidden.meta.id.isNull()) {
            window.boardView()->setFocus();
            press(Qt::Key_N);
            type(QStringLiteral("Face down for F2"));
            press(Qt::Key_Return, Qt::ControlModifier);
            for (const Note &n : window.workshop()->rows<Note>()) {
                if (n.hidden && n.author == writer)
                    hidden = n;
            }
        }
        QVERIFY(!hidden.meta.id.isNull());
        focusNote(window, hidden.meta.id);
        press(Qt::Key_F2);
        auto *editor =
            window.boardView()->findChild<QPlainTextEdit *>(QStringLiteral("boardEditor"));
        QVERIFY(editor);
        QVERIFY(editor->property("faceDown").toBool());
        press(Qt::Key_Escape);

        // Revealed, a note is typed in the open: the same two texts now look different.
        goToPhase(window, Phase::Cluster);
        const QImage three = typed(QStringLiteral("Alpha beta gamma"));
        const QImage four = typed(QStringLiteral("Omega zeta delta"));
        QVERIFY(!three.isNull());
        QVERIFY(three != four);
    }

    // Item 11: the start page moves by Tab with visible focus and opens by Enter.
    void startPageTabAndEnter()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        StartPage *start = window.startPage();
        QTRY_VERIFY(start->isVisible());
        QTRY_VERIFY(QApplication::focusWidget() &&
                    start->isAncestorOf(QApplication::focusWidget()));
        QList<QWidget *> seen{QApplication::focusWidget()};
        for (int i = 0; i < 3; ++i) {
            press(Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY2(now && start->isAncestorOf(now),
                     now ? qPrintable(QString::fromLatin1(now->metaObject()->className()) +
                                      QLatin1Char(' ') + now->objectName() + QLatin1Char(' ') +
                                      (now->parentWidget() ? now->parentWidget()->objectName()
                                                           : QString()))
                         : "nothing");
            QVERIFY2(!seen.contains(now), qPrintable(now->objectName()));
            QVERIFY2(focusVisible(now),
                     qPrintable(QStringLiteral("%1 %2 %3x%4")
                                    .arg(QString::fromLatin1(now->metaObject()->className()),
                                         now->objectName())
                                    .arg(now->width())
                                    .arg(now->visibleRegion().boundingRect().width())));
            // A ring on the page around it: a command link button draws no focus of its own.
            const auto *overlay = start->findChild<FocusOverlay *>();
            QVERIFY(overlay);
            QVERIFY(overlay->ringRect().contains(QRect(now->mapTo(start, QPoint()), now->size())));
            seen << now;
        }
        // Enter on a template opens the new-workshop wizard with it.
        QAbstractButton *first = nullptr;
        for (QAbstractButton *b : start->findChildren<QAbstractButton *>()) {
            if (b->objectName().startsWith(QLatin1String("template_")) && !first)
                first = b;
        }
        QVERIFY(first);
        first->setFocus(Qt::TabFocusReason);
        bool wizardShown = false;
        QTimer::singleShot(300, &window, [&wizardShown] {
            if (auto *wizard = qobject_cast<QWizard *>(QApplication::activeModalWidget())) {
                wizardShown = true;
                wizard->reject();
            }
        });
        press(Qt::Key_Return);
        QTRY_VERIFY(wizardShown);
    }

    // Item 11: Enter on "+ Service" adds one; Ctrl+Right leaves the People name field for the
    // next phase; Esc lets go of the board's selection.
    void paletteEnterPhaseKeysAndEsc()
    {
        MainWindow window;
        QVERIFY(openActive(window, m_samples.next()));
        goToPhase(window, Phase::Cluster);
        Workshop *w = window.workshop();
        const int components = w->liveCount(EntityKind::Component);
        press(Qt::Key_X, Qt::AltModifier); // the palette
        QWidget *button = QApplication::focusWidget();
        QVERIFY(button && qobject_cast<QToolBar *>(button->parentWidget()));
        press(Qt::Key_Return);
        QTRY_COMPARE(w->liveCount(EntityKind::Component), components + 1);
        press(Qt::Key_Escape); // the name editor keeps the default name

        // Esc on the board: the selection goes, the window stays as it is.
        window.boardView()->setFocus();
        press(Qt::Key_A, Qt::ControlModifier);
        QVERIFY(!window.boardView()->boardScene()->selectedItems().isEmpty());
        press(Qt::Key_Escape);
        QVERIFY(window.boardView()->boardScene()->selectedItems().isEmpty());

        goToPhase(window, Phase::People);
        press(Qt::Key_P, Qt::AltModifier);
        auto *name = window.findChild<QLineEdit *>(QStringLiteral("participantName"));
        QVERIFY(name);
        name->setFocus(Qt::TabFocusReason);
        type(QStringLiteral("Ada"));
        press(Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(window.facilitation()->phase(), Phase::Frame);
        goToPhase(window, Phase::People);
        name->setFocus(Qt::TabFocusReason);
        press(Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(window.facilitation()->phase(), Phase::Writing);
    }
};

GUISUPPORT_PROJECTOR_MAIN(TstKeys)
#include "tst_keys.moc"

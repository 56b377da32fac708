// The board by keyboard alone, as a facilitator drives it in front of the room: face-down notes
// stay face down, Alt+arrows assign notes to components through the mouse's own code path, two
// chosen notes stack with Ctrl+G, new items land in free places, the focus ring shows above its
// neighbours, a new component's name is selected, the menu key opens at the focused item, and
// component and stack titles never cover each other.

#include "boardfixture.h"
#include "boardscene.h"
#include "boardview.h"
#include "componentitem.h"
#include "facilitation.h"
#include "focusring.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "noteitem.h"
#include "placement.h"
#include "stackitem.h"
#include "testsupport.h"
#include "translations.h"
#include "writingbar.h"

#include <QAccessible>
#include <QApplication>
#include <QFontInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QStyleOptionGraphicsItem>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

using namespace pm;
using board::BoardView;
using boardfixture::Fixture;
using boardfixture::paintedNote;

namespace {

QRectF rectOf(const Note &n)
{
    return QRectF(n.x, n.y, n.width, n.height);
}

// The geometry of the menu that opens during trigger(), closed again at once.
QRect menuOpenedBy(const std::function<void()> &trigger)
{
    QRect geometry;
    QTimer::singleShot(0, [&geometry] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            geometry = menu->geometry();
            menu->close();
        }
    });
    trigger();
    return geometry;
}

// Every text a widget in window shows or tells assistive technology.
QStringList textsIn(QWidget *window)
{
    QStringList texts;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->statusTip()
              << w->whatsThis();
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            texts << edit->toPlainText();
    }
    return texts;
}

} // namespace

class TestBoardKeys : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    guisupport::SampleFiles m_samples;
    QString nextPath() { return m_dir.filePath(QStringLiteral("k%1.premortem").arg(++m_counter)); }

    // The fixture's workshop (a component, three notes) as a closed file for a main window.
    QString smallWorkshopFile(Fixture &f)
    {
        if (!f.open(nextPath()))
            return {};
        const QString path = f.path;
        f.view.reset();
        f.workshop.reset(); // closes the file and releases its lock
        return path;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings(QStringLiteral("tst_boardkeys"));
        installTranslations(qApp);
    }

    // Item 2: F2 on someone else's face-down note opens nothing and says why; the writer
    // chosen under "Writing as" edits their own. The text reaches no editor, tooltip or
    // accessible name, and face-down notes paint alike whether focused or not.
    void hiddenNoteOpensOnlyForItsWriter()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next(), {1600, 1000},
                                        guisupport::Wait::Active));
        Workshop &w = *window.workshop();
        Facilitation *f = window.facilitation();
        QVERIFY(f->setPhase(Phase::Writing));
        const QUuid grace = w.participantNamed(QStringLiteral("Grace Okafor"))->meta.id;
        const QUuid tom = w.participantNamed(QStringLiteral("Tom Whitaker"))->meta.id;
        BoardView *view = window.boardView();
        QTRY_VERIFY(view->hasFocus());
        const QString secret = QStringLiteral("Certificate pinning breaks on rotation");
        const QString other = QStringLiteral("Nobody owns the cron jobs");
        f->writingBar()->setWriter(grace);
        for (const QString &text : {secret, other}) {
            QTest::keyClick(view, Qt::Key_N);
            QVERIFY(view->editor());
            QTest::keyClicks(view->editor(), text);
            QTest::keyClick(view->editor(), Qt::Key_Return, Qt::ControlModifier);
        }
        board::NoteItem *item = nullptr, *second = nullptr;
        for (const Note &n : w.rows<Note>()) {
            if (n.text == secret)
                item = view->boardScene()->noteItem(n.meta.id);
            if (n.text == other)
                second = view->boardScene()->noteItem(n.meta.id);
        }
        QVERIFY(item && second && item->note().hidden);

        // Tom at the keyboard: Enter and F2 on Grace's note open nothing.
        f->writingBar()->setWriter(tom);
        view->setFocus();
        item->setFocus();
        QCOMPARE(view->focusedItem(), static_cast<QGraphicsItem *>(item));
        for (Qt::Key key : {Qt::Key_F2, Qt::Key_Return}) {
            QTest::keyClick(view, key);
            QVERIFY(!view->editor());
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("face down")),
                     qPrintable(window.statusBar()->currentMessage()));
        }
        // The tab order reads no hidden note either (backwards: new notes land where nothing
        // is, the end of the reading order on the sample's full board).
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(view, Qt::Key_Tab, Qt::ShiftModifier);
            const QGraphicsItem *focused = view->focusedItem();
            QVERIFY(focused);
            QTest::keyClick(view, Qt::Key_F2);
            if (view->editor()) {
                QVERIFY(focused->type() != board::NoteItem::Type ||
                        !static_cast<const board::NoteItem *>(focused)->note().hidden);
                QTest::keyClick(view->editor(), Qt::Key_Escape);
            }
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // closed editors
        for (const QString &text : textsIn(&window))
            QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY(!item->toolTip().contains(secret));

        // Focused or not, two face-down notes paint the same pixels.
        item->setFocus();
        QVERIFY(item->hasFocus());
        QCOMPARE(paintedNote(item), paintedNote(second));

        // Grace edits her own note.
        f->writingBar()->setWriter(grace);
        view->setFocus();
        item->setFocus();
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY(view->editor());
        QCOMPARE(view->editor()->toPlainText(), secret);
        QTest::keyClick(view->editor(), Qt::Key_Escape);
    }

    // Issue #17: N (or F2) on a board fitted so far out that notes are coloured blocks opens an
    // editor the facilitator can read: its type is >= 14 pt on screen, the view zooms in on the
    // note for the edit and goes back to the fitted board when the edit ends.
    void editorLegibleOnAFittedBoard()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next(), {1366, 768},
                                        guisupport::Wait::Active));
        Workshop &w = *window.workshop();
        QVERIFY(window.facilitation()->setPhase(Phase::Writing));
        BoardView *view = window.boardView();
        QTRY_VERIFY(view->hasFocus());
        view->fitAll();
        const qreal fitted = view->transform().m11();
        const qreal noteSize = view->boardScene()->boardStyle().noteFont().pointSizeF();
        QVERIFY2(noteSize * fitted < 14, "the fitted sample should be too small to read");
        const qreal legiblePixels = 14 * view->logicalDpiY() / 72.0;

        QTest::keyClick(view, Qt::Key_N);
        QPlainTextEdit *editor = view->editor();
        QVERIFY(editor && editor->isVisible());
        QVERIFY2(QFontInfo(editor->font()).pixelSize() >= legiblePixels - 0.5,
                 qPrintable(QStringLiteral("%1 px").arg(QFontInfo(editor->font()).pixelSize())));
        // The board around it at the same scale: what is typed matches the notes beside it.
        QVERIFY(view->transform().m11() * noteSize >= 14 - 1e-6);
        QVERIFY(view->viewport()->rect().intersects(editor->geometry()));
        QVERIFY(editor->width() >= 200 && editor->height() >= 100);
        const QString text = QStringLiteral("Feature flags flip back after the deploy");
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!view->editor());
        bool written = false;
        for (const Note &n : w.rows<Note>())
            written = written || n.text == text;
        QVERIFY(written);
        // Back to the whole board (fitted again, now with the new note).
        QVERIFY(qAbs(view->transform().m11() - fitted) < fitted * 0.2);

        // F2 on a note, then Esc: the same zoom in, and exactly the zoom before it back.
        view->zoomOut();
        const QTransform before = view->transform();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Tab, Qt::ShiftModifier); // the new note is the last
        QVERIFY(view->focusedItem());
        QTest::keyClick(view, Qt::Key_F2);
        QVERIFY(view->editor());
        QVERIFY(QFontInfo(view->editor()->font()).pixelSize() >= legiblePixels - 0.5);
        QTest::keyClick(view->editor(), Qt::Key_Escape);
        QVERIFY(!view->editor());
        QCOMPARE(view->transform(), before);
        const QPointF after = view->mapToScene(view->viewport()->rect().center());
        QVERIFY2(QLineF(after, centre).length() < 2 / before.m11(),
                 qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
    }

    // Item 7: Alt+arrows onto a component assign the note to it, off it unassign it, in the
    // file; the whole run of nudges is one undo step.
    void altArrowsAssignAndUnassign()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->setFocus();
        board::NoteItem *item = f.scene->noteItem(f.notes[2]); // at (440, 400), 200x140
        item->setSelected(true);
        item->setFocus();
        QVERIFY(f.note(2).component.isNull());
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(f.view.get(), Qt::Key_Right, Qt::AltModifier);
        for (int i = 0; i < 12; ++i)
            QTest::keyClick(f.view.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(QPointF(f.note(2).x, f.note(2).y), QPointF(540, 160));
        QCOMPARE(f.note(2).component, f.component); // its centre (640, 230) is on Orders DB
        {
            auto onDisk = Workshop::open(f.path, Store::Access::ReadOnly);
            QVERIFY(onDisk.ok());
            QCOMPARE(onDisk.value()->findLive<Note>(f.notes[2])->component, f.component);
        }
        QCOMPARE(f.scene->notesOfComponent(f.component), QList<QUuid>{f.notes[2]});
        QCOMPARE(f.undo.count(), 1);

        for (int i = 0; i < 4; ++i)
            QTest::keyClick(f.view.get(), Qt::Key_Down, Qt::AltModifier);
        QVERIFY(f.note(2).component.isNull()); // centre at y 310: below the component
        QCOMPARE(f.undo.count(), 1);
        f.undo.undo();
        QCOMPARE(QPointF(f.note(2).x, f.note(2).y), QPointF(440, 400));
        QVERIFY(f.note(2).component.isNull());
        f.undo.redo();
        QCOMPARE(f.note(2).y, 240.0);

        // A component moved by keyboard carries its notes, as a drag does.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(f.view.get(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(f.note(2).component, f.component);
        f.scene->clearSelection();
        f.scene->componentItem(f.component)->setSelected(true);
        f.scene->componentItem(f.component)->setFocus();
        QTest::keyClick(f.view.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.workshop->findLive<Component>(f.component)->x, 620.0);
        QCOMPARE(f.note(2).x, 560.0);
        QCOMPARE(f.note(2).component, f.component);
    }

    // Item 8: Ctrl+Tab moves on without touching the selection, Ctrl+Space adds the focused
    // note, Shift+arrows extend; Ctrl+G stacks exactly the chosen notes, one note says why not.
    void keyboardMultiSelectAndStack()
    {
        Fixture setup;
        const QString path = smallWorkshopFile(setup);
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, path, {1600, 1000}, guisupport::Wait::Active));
        Workshop &w = *window.workshop();
        BoardView *view = window.boardView();
        QTRY_VERIFY(view->hasFocus());
        auto noteAt = [&](qreal x) {
            for (const Note &n : w.rows<Note>()) {
                if (n.x == x)
                    return view->boardScene()->noteItem(n.meta.id);
            }
            return static_cast<board::NoteItem *>(nullptr);
        };
        board::NoteItem *first = noteAt(0), *second = noteAt(220), *third = noteAt(440);
        QVERIFY(first && second && third);

        QTest::keyClick(view, Qt::Key_Tab); // the component (top of the board)
        QTest::keyClick(view, Qt::Key_Tab); // the first note
        QCOMPARE(view->focusedItem(), static_cast<QGraphicsItem *>(first));
        QCOMPARE(view->boardScene()->selectedItems().size(), 1);

        // One note: Ctrl+G says why nothing happened.
        QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(w.rows<FailureMode>().size(), 0);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("two or more")),
                 qPrintable(window.statusBar()->currentMessage()));

        QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(view->focusedItem(), static_cast<QGraphicsItem *>(second));
        QVERIFY(first->isSelected() && !second->isSelected());
        QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(view->focusedItem(), static_cast<QGraphicsItem *>(third));
        QTest::keyClick(view, Qt::Key_Space, Qt::ControlModifier);
        QVERIFY(first->isSelected() && !second->isSelected() && third->isSelected());
        QTest::keyClick(view, Qt::Key_Space, Qt::ControlModifier); // toggles off again
        QVERIFY(!third->isSelected());
        QTest::keyClick(view, Qt::Key_Space, Qt::ControlModifier);

        const int steps = window.undoStack()->index();
        QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(w.rows<FailureMode>().size(), 1);
        const QUuid mode = w.rows<FailureMode>().constFirst().meta.id;
        QCOMPARE(first->note().failureMode, mode);
        QCOMPARE(third->note().failureMode, mode);
        QVERIFY(second->note().failureMode.isNull());
        QCOMPARE(view->boardScene()->notesOfStack(mode).size(), 2);
        QCOMPARE(window.undoStack()->index(), steps + 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Stack 2 Notes"));
        // Cascaded below the top note, as a mouse drop on it would.
        QCOMPARE(QPointF(third->note().x, third->note().y), QPointF(14, 440));

        // Shift+arrows extend the selection to the next item that way.
        window.undoStack()->undo();
        view->boardScene()->clearSelection();
        first->setSelected(true);
        first->setFocus();
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view->focusedItem(), static_cast<QGraphicsItem *>(second));
        QVERIFY(first->isSelected() && second->isSelected() && !third->isSelected());
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(!first->isSelected() && !second->isSelected() && third->isSelected());
    }

    // Item 9: the placement helper.
    void freeSpotSearchesOutward()
    {
        const QRectF note(100, 100, 200, 140);
        QCOMPARE(board::freeSpot(note, {}), note.topLeft()); // free: where asked
        QList<QRectF> occupied{note};
        const QPointF next = board::freeSpot(note, occupied);
        QVERIFY(!QRectF(next, note.size()).intersects(note));
        QVERIFY(QLineF(next, note.topLeft()).length() < 250); // the nearest free place
        QCOMPARE(next.y(), note.y());                         // beside it, to the right
        QVERIFY(next.x() > note.x());
        // Eight in a row: eight places, none on another.
        QList<QRectF> placed;
        for (int i = 0; i < 8; ++i) {
            const QRectF r(board::freeSpot(note, placed), note.size());
            for (const QRectF &other : std::as_const(placed))
                QVERIFY(!r.intersects(other));
            placed << r;
        }
        // A full neighbourhood: below everything.
        const QRectF wall(-5000, -5000, 10000, 10000);
        const QPointF below = board::freeSpot(note, {wall});
        QVERIFY(below.y() >= wall.bottom());
    }

    // Item 9: eight notes written while the keyboard is in another pane lie side by side, and
    // new components keep clear of notes and of each other.
    void newItemsNeverPileUp()
    {
        Fixture f;
        QVERIFY(f.open(nextPath(), 0));
        QLineEdit elsewhere; // another pane
        elsewhere.show();
        for (int i = 0; i < 8; ++i) {
            elsewhere.setFocus();
            f.view->scene()->setFocusItem(nullptr);
            f.view->newNote();
            QVERIFY(f.view->editor());
            QTest::keyClicks(f.view->editor(), QStringLiteral("Cause %1").arg(i));
            QTest::keyClick(f.view->editor(), Qt::Key_Return, Qt::ControlModifier);
        }
        QList<QRectF> rects;
        for (const Note &n : f.workshop->rows<Note>())
            rects << rectOf(n);
        QCOMPARE(rects.size(), 8);
        for (int i = 0; i < rects.size(); ++i) {
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY2(!rects[i].intersects(rects[j]),
                         qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        }
        for (int i = 0; i < 2; ++i) {
            f.view->addComponent(ComponentKind::Service);
            QTest::keyClick(f.view->editor(), Qt::Key_Return);
        }
        QList<QRectF> boxes;
        for (const Component &c : f.workshop->rows<Component>())
            boxes << QRectF(c.x, c.y, c.width, c.height);
        QCOMPARE(boxes.size(), 3);
        for (const QRectF &box : std::as_const(boxes)) {
            for (const QRectF &note : std::as_const(rects))
                QVERIFY(!box.intersects(note));
        }
        for (int i = 0; i < boxes.size(); ++i) {
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY(!boxes[i].intersects(boxes[j]));
        }
    }

    // Item 9: the focus ring of a note low in a cascade lies above the notes covering it.
    void focusRingAboveNeighbours()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->selectAll();
        f.scene->componentItem(f.component)->setSelected(false);
        f.view->stackSelection(); // a cascade: each lower note lies over the one above
        f.view->setFocus();
        board::NoteItem *top = f.scene->noteItem(f.notes[0]);
        top->setFocus();
        board::FocusRing *ring = f.scene->focusRing();
        QVERIFY(ring->isVisible());
        QCOMPARE(ring->ringRect(),
                 QRectF(top->pos(), QSizeF(top->note().width, top->note().height)));
        for (board::NoteItem *note : {f.scene->noteItem(f.notes[1]), f.scene->noteItem(f.notes[2])})
            QVERIFY(ring->zValue() > note->zValue());
        // It follows the focus, and moves with the note.
        QTest::keyClick(f.view.get(), Qt::Key_Tab);
        QVERIFY(ring->ringRect().center() != top->sceneBoundingRect().center());
        board::NoteItem *focused = static_cast<board::NoteItem *>(f.view->focusedItem());
        QTest::keyClick(f.view.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(ring->ringRect(),
                 QRectF(focused->pos(), QSizeF(focused->note().width, focused->note().height)));
        // Painted, it shows a light and a dark band (visible on any note colour).
        QImage image(ring->boundingRect().size().toSize() + QSize(2, 2), QImage::Format_ARGB32);
        image.fill(QColor(0x4A, 0x4A, 0x55)); // a face-down note's colour
        QPainter painter(&image);
        painter.translate(-ring->boundingRect().topLeft());
        QStyleOptionGraphicsItem option;
        ring->paint(&painter, &option, nullptr);
        painter.end();
        const QSet<QRgb> colours = guisupport::colourSet(image, 1);
        QVERIFY(colours.contains(qRgb(255, 255, 255)));
        QVERIFY(colours.contains(qRgb(0x00, 0x2B, 0x57)));
    }

    // Item 13: a new component opens its name editor with the default name selected.
    void newComponentNameIsSelected()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->addComponent(ComponentKind::Service);
        QPlainTextEdit *editor = f.view->editor();
        QVERIFY(editor);
        QCOMPARE(editor->textCursor().selectedText(), displayName(ComponentKind::Service));
        QTest::keyClicks(editor, QStringLiteral("Search API"));
        QTest::keyClick(editor, Qt::Key_Return);
        QStringList names;
        for (const Component &c : f.workshop->rows<Component>())
            names << c.name;
        QVERIFY2(names.contains(QStringLiteral("Search API")),
                 qPrintable(names.join(QLatin1Char(','))));
    }

    // Item 16c: the menu key and Shift+F10 open the menu at the focused note.
    void contextMenuAtTheFocusedItem()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->setFocus();
        board::NoteItem *note = f.scene->noteItem(f.notes[2]);
        note->setSelected(true);
        note->setFocus();
        const QRect onScreen(f.view->viewport()->mapToGlobal(f.view->mapFromScene(note->pos())),
                             QSize(int(note->note().width), int(note->note().height)));
        const QRect byShiftF10 =
            menuOpenedBy([&] { QTest::keyClick(f.view.get(), Qt::Key_F10, Qt::ShiftModifier); });
        QVERIFY(byShiftF10.isValid());
        QVERIFY2(onScreen.contains(byShiftF10.topLeft()),
                 qPrintable(QStringLiteral("%1,%2").arg(byShiftF10.x()).arg(byShiftF10.y())));
        // What Qt sends for the menu key: a keyboard context menu at the widget's corner.
        const QRect byMenuKey = menuOpenedBy([&] {
            QContextMenuEvent event(QContextMenuEvent::Keyboard, QPoint(5, 5),
                                    f.view->mapToGlobal(QPoint(5, 5)));
            QApplication::sendEvent(f.view.get(), &event);
        });
        QCOMPARE(byMenuKey.topLeft(), byShiftF10.topLeft());
    }

    // Item 4: a component's long name wraps instead of ending in "…"; a stack's title and band
    // badge never cover the name of the component its notes lie on.
    void titlesNeverCoverEachOther()
    {
        Fixture f;
        QVERIFY(f.open(nextPath(), 2, false));
        Component c;
        c.meta.id = QUuid::createUuid();
        c.name = QStringLiteral("Dual-write path old+new");
        c.kind = ComponentKind::Service;
        c.x = 0;
        c.y = 0;
        c.width = 260;
        c.height = 400;
        Note a = f.note(0), b = f.note(1);
        a.x = 20, a.y = 60, b.x = 20, b.y = 100; // written just under the name
        a.component = b.component = c.meta.id;
        QVERIFY(f.workshop->apply({c, a, b}));
        for (bool presentation : {false, true}) {
            board::BoardStyle style;
            style.presentation = presentation;
            f.scene->setBoardStyle(style);
            const board::ComponentItem *item = f.scene->componentItem(c.meta.id);
            QVERIFY(item->titleLines().size() <= 2);
            QCOMPARE(item->titleLines().join(QLatin1Char(' ')), c.name); // whole, not elided
            if (presentation) // 20 pt does not fit it on one line: it wraps
                QCOMPARE(item->titleLines().size(), 2);
            f.scene->clearSelection();
            f.scene->noteItem(a.meta.id)->setSelected(true);
            f.scene->noteItem(b.meta.id)->setSelected(true);
            if (f.note(0).failureMode.isNull())
                f.view->stackSelection();
            const board::StackItem *stack = f.scene->stackItem(f.note(0).failureMode);
            QVERIFY(stack);
            QVERIFY(!stack->titleRect().intersects(item->headerRect()));
            QVERIFY(stack->titleRect().top() > f.note(1).y); // below the notes instead
        }
    }
};

GUISUPPORT_PROJECTOR_MAIN(TestBoardKeys)
#include "tst_boardkeys.moc"

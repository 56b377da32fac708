// The board through the real view: mouse and keyboard gestures, each followed by undo, redo and
// a reopen of the file, plus the structural checks of what the room sees.

#include "boardfixture.h"
#include "boardscene.h"
#include "boardview.h"
#include "componentitem.h"
#include "guisupport.h"
#include "noteitem.h"
#include "palette.h"
#include "stackitem.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QPlainTextEdit>
#include <QSet>
#include <QStyleHints>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pm;
using board::BoardScene;
using board::BoardView;

using boardfixture::click;
using boardfixture::drag;
using boardfixture::Fixture;

class TestBoard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("b%1.premortem").arg(++m_counter)); }

private slots:
    void initTestCase() { installTranslations(qApp); } // English plurals: "Move 50 Notes"

    void newNoteWithKeyAndDoubleClick()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        f.view->setFocus();
        f.view->newNote(); // what N triggers
        QVERIFY(f.view->editor());
        QTest::keyClicks(f.view->editor(), QStringLiteral("Retry storm "));
        f.view->editor()->insertPlainText(QStringLiteral("🔥 عاصفة")); // keyClicks types ASCII only
        QTest::keyClick(f.view->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(f.workshop->rows<Note>().size(), 4);
        QCOMPARE(f.undo.undoText(), QStringLiteral("Add Note"));
        testsupport::checkUndoRedo(f, before);

        // Double-click on empty canvas writes a note right there.
        const QPointF spot(200, 900);
        QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {}, f.viewPos(spot));
        QVERIFY(f.view->editor());
        QTest::keyClicks(f.view->editor(), QStringLiteral("Placed by double-click"));
        QTest::keyClick(f.view->editor(), Qt::Key_Return, Qt::ControlModifier);
        const QList<Note> notes = f.workshop->rows<Note>();
        const auto placed = std::find_if(notes.begin(), notes.end(), [](const Note &n) {
            return n.text == QLatin1String("Placed by double-click");
        });
        QVERIFY(placed != notes.end());
        QVERIFY(std::abs(placed->x - spot.x()) < 2 && std::abs(placed->y - spot.y()) < 2);

        // An empty note is not saved; Escape writes nothing.
        const int steps = f.undo.count();
        f.view->newNote();
        QTest::keyClick(f.view->editor(), Qt::Key_Return, Qt::ControlModifier);
        f.view->newNote();
        QTest::keyClicks(f.view->editor(), QStringLiteral("cancelled"));
        QTest::keyClick(f.view->editor(), Qt::Key_Escape);
        QCOMPARE(f.undo.count(), steps);
        QCOMPARE(f.workshop->rows<Note>().size(), 5);
    }

    void editNoteInline()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        click(f.view.get(), f.centreOf(1));
        QVERIFY(f.scene->noteItem(f.notes[1])->isSelected());
        f.view->editFocused(); // Enter and F2 (the window's keyboard map; see tst_mainwindow)
        QVERIFY(f.view->editor());
        QCOMPARE(f.view->editor()->toPlainText(), QStringLiteral("Note 2"));
        f.view->editor()->selectAll();
        QTest::keyClicks(f.view->editor(), QStringLiteral("Cache stampede at midnight"));
        QTest::keyClick(f.view->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(f.note(1).text, QStringLiteral("Cache stampede at midnight"));
        QCOMPARE(f.undo.undoText(), QStringLiteral("Edit Note"));
        testsupport::checkUndoRedo(f, before);

        f.view->editFocused();
        QTest::keyClicks(f.view->editor(), QStringLiteral(" and more"));
        QTest::keyClick(f.view->editor(), Qt::Key_Escape); // cancels
        QCOMPARE(f.note(1).text, QStringLiteral("Cache stampede at midnight"));
    }

    void moveByDragIsOneStep()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        const quint64 commits = f.workshop->commitCount();
        drag(f.view.get(), f.centreOf(0), f.centreOf(0) + QPointF(30, 200));
        QCOMPARE(f.note(0).x, 30.0);
        QCOMPARE(f.note(0).y, 600.0);
        QCOMPARE(f.workshop->commitCount(), commits + 1);
        QCOMPARE(f.undo.count(), 1);
        QCOMPARE(f.undo.undoText(), QStringLiteral("Move 1 Note"));
        testsupport::checkUndoRedo(f, before);
    }

    void deleteSelected()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        click(f.view.get(), f.centreOf(2));
        f.view->deleteSelection(); // Delete (the window's keyboard map; see tst_mainwindow)
        QCOMPARE(f.workshop->rows<Note>().size(), 2);
        QVERIFY(!f.scene->noteItem(f.notes[2]));
        testsupport::checkUndoRedo(f, before);
        f.undo.undo();
        QVERIFY(f.scene->noteItem(f.notes[2])); // back on the board
    }

    void clusterOnComponentAndBack()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        drag(f.view.get(), f.centreOf(0), QPointF(750, 150)); // into the Orders DB box
        QCOMPARE(f.note(0).component, f.component);
        QVERIFY(f.undo.undoText().startsWith(QStringLiteral("Cluster 1 Note on")));
        QCOMPARE(f.scene->notesOfComponent(f.component).size(), 1);
        testsupport::checkUndoRedo(f, before);

        drag(f.view.get(), f.centreOf(0), QPointF(300, 900)); // out onto free canvas
        QCOMPARE(f.note(0).component, QUuid());
    }

    void stackByDroppingOnANote()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        const auto before = testsupport::snapshot(*f.workshop);
        drag(f.view.get(), f.centreOf(1), f.centreOf(0));
        const QUuid mode = f.note(0).failureMode;
        QVERIFY(!mode.isNull());
        QCOMPARE(f.note(1).failureMode, mode);
        QCOMPARE(f.workshop->rows<FailureMode>().size(), 1);
        QCOMPARE(f.workshop->rows<FailureMode>().at(0).title, QStringLiteral("Note 1"));
        QVERIFY(f.scene->stackItem(mode) && f.scene->stackItem(mode)->isVisible());
        QVERIFY(f.note(1).y > f.note(0).y); // cascaded below the top note
        testsupport::checkUndoRedo(f, before);

        // Dragging one note out of the stack takes it out.
        drag(f.view.get(), f.centreOf(1), QPointF(1200, 900));
        QCOMPARE(f.note(1).failureMode, QUuid());
        QCOMPARE(f.note(0).failureMode, mode);
    }

    void fiftyNoteDragIsOneStepAndOneTransaction()
    {
        Fixture f;
        QVERIFY(f.open(nextPath(), 50, false));
        f.view->selectAll();
        QCOMPARE(f.scene->selectedNotes().size(), 50);
        const quint64 commits = f.workshop->commitCount();
        const auto before = testsupport::snapshot(*f.workshop);
        drag(f.view.get(), f.centreOf(0), f.centreOf(0) + QPointF(0, -300));
        QCOMPARE(f.workshop->commitCount(), commits + 1);
        QCOMPARE(f.undo.count(), 1);
        QCOMPARE(f.undo.undoText(), QStringLiteral("Move 50 Notes"));
        for (int i = 0; i < 50; ++i)
            QCOMPARE(f.note(i).y, 400.0 + (i / 10) * 160 - 300);
        testsupport::checkUndoRedo(f, before);
        QCOMPARE(f.scene->rebuildCount(), 1); // updated item by item, never rebuilt
    }

    void keyboardOnly()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.view->setFocus();
        QTest::keyClick(f.view.get(), Qt::Key_Tab);
        QGraphicsItem *first = f.view->focusedItem();
        QVERIFY(first && first->isSelected());
        QTest::keyClick(f.view.get(), Qt::Key_Tab);
        QVERIFY(f.view->focusedItem() != first);
        // Focus the first note, then move it with Alt+Right and Alt+Shift+Down.
        f.scene->clearSelection();
        f.scene->noteItem(f.notes[0])->setSelected(true);
        f.scene->noteItem(f.notes[0])->setFocus();
        QTest::keyClick(f.view.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.note(0).x, 20.0);
        QTest::keyClick(f.view.get(), Qt::Key_Down, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(f.note(0).y, 500.0);
        // Arrow keys move the focus to the nearest item that way.
        QTest::keyClick(f.view.get(), Qt::Key_Right);
        QCOMPARE(f.view->focusedItem(),
                 static_cast<QGraphicsItem *>(f.scene->noteItem(f.notes[1])));

        // Duplicate and stack, as Ctrl+D and Ctrl+G do.
        f.view->duplicateSelection();
        QCOMPARE(f.workshop->rows<Note>().size(), 4);
        f.scene->noteItem(f.notes[0])->setSelected(true);
        f.view->stackSelection();
        QCOMPARE(f.workshop->rows<FailureMode>().size(), 1);
        f.view->setCategoryOfSelection(Category::RaceCondition);
        for (const board::NoteItem *item : f.scene->selectedNotes())
            QCOMPARE(item->note().category, Category::RaceCondition);
        const int steps = f.undo.count();
        for (int i = 0; i < steps; ++i)
            f.undo.undo();
        QCOMPARE(f.workshop->rows<Note>().size(), 3);
        QCOMPARE(f.workshop->rows<FailureMode>().size(), 0);
        QCOMPARE(f.note(0).x, 0.0);
    }

    void nudgesMergeIntoOneStepAndStacksSpread()
    {
        Fixture f;
        QVERIFY(f.open(nextPath()));
        f.scene->noteItem(f.notes[0])->setSelected(true);
        f.scene->noteItem(f.notes[0])->setFocus();
        f.view->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(f.view.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(f.note(0).x, 60.0);
        QCOMPARE(f.undo.count(), 1); // held-down nudges are one step
        f.undo.undo();
        QCOMPARE(f.note(0).x, 0.0);

        f.view->selectAll();
        f.scene->componentItem(f.component)->setSelected(false);
        f.view->stackSelection();
        const QUuid mode = f.note(0).failureMode;
        f.view->arrangeStack(mode, true);
        QCOMPARE(f.note(1).y, f.note(0).y); // side by side
        QCOMPARE(f.note(1).x, f.note(0).x + f.note(0).width + 10);
        f.view->arrangeStack(mode, false);
        QCOMPARE(f.note(1).y, f.note(0).y + 40); // cascaded again
        QCOMPARE(f.undo.undoText(), QStringLiteral("Collapse Stack"));
    }

    void componentsDrawnMovedAndRenamed()
    {
        Fixture f;
        QVERIFY(f.open(nextPath(), 1, false));
        f.view->addComponent(ComponentKind::Layer);
        QVERIFY(f.view->editor()); // named at once
        f.view->editor()->selectAll();
        QTest::keyClicks(f.view->editor(), QStringLiteral("Data layer"));
        QTest::keyClick(f.view->editor(), Qt::Key_Return);
        const QList<Component> components = f.workshop->rows<Component>();
        QCOMPARE(components.size(), 1);
        QCOMPARE(components[0].name, QStringLiteral("Data layer"));
        QCOMPARE(f.undo.count(), 2); // add, rename
        // A component dragged into the region becomes part of it.
        f.view->addComponent(ComponentKind::Service);
        QTest::keyClick(f.view->editor(), Qt::Key_Escape);
        const QUuid service = f.scene->selectedComponents().at(0)->id();
        const Component layer = *f.workshop->findLive<Component>(components[0].meta.id);
        const Component svc = *f.workshop->findLive<Component>(service);
        QPointF from(svc.x + 30, svc.y + 60);
        drag(f.view.get(), from, QPointF(layer.x + 200, layer.y + 200));
        QCOMPARE(f.workshop->findLive<Component>(service)->parent, layer.meta.id);
    }

    void readOnlyBoardChangesNothing()
    {
        Fixture writer;
        QVERIFY(writer.open(nextPath()));
        auto viewer = Workshop::open(writer.path);
        QVERIFY(viewer && viewer.value()->isReadOnly());
        QUndoStack undo;
        auto *scene = new BoardScene(viewer.value().get());
        BoardView view(scene, &undo);
        scene->setParent(&view);
        view.setReadOnly(true);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTransform(QTransform());
        view.centerOn(600, 400);
        const QByteArray hash = testsupport::fileHash(writer.path);
        const Note *note = viewer.value()->rows<Note>().constData();
        drag(&view, QPointF(note->x + 50, note->y + 50), QPointF(note->x + 50, note->y + 300));
        view.newNote();
        QVERIFY(!view.editor());
        view.selectAll();
        view.deleteSelection();
        QCOMPARE(undo.count(), 0);
        QCOMPARE(testsupport::fileHash(writer.path), hash);
    }

    // A fitted board stays fitted while panels around it come and go (phases, presentation
    // mode); a zoom the user chose is kept.
    void fittedBoardStaysFittedOnResize()
    {
        Fixture f;
        QVERIFY(f.open(nextPath(), 40));
        f.view->fitAll();
        const QRectF content = f.scene->contentRect();
        auto shown = [&f] {
            return f.view->mapToScene(f.view->viewport()->rect()).boundingRect();
        };
        QVERIFY(shown().contains(content));
        f.view->resize(700, 500);
        QTRY_VERIFY(f.view->viewport()->width() < 700);
        QVERIFY(shown().contains(content));
        f.view->zoomIn();
        const qreal chosen = f.view->zoom();
        f.view->resize(1400, 900);
        QTRY_VERIFY(f.view->viewport()->width() > 1000);
        QCOMPARE(f.view->zoom(), chosen);
    }

    void longAndUnusualText()
    {
        Fixture f;
        QVERIFY(f.open(nextPath(), 1, false));
        Note n = f.note(0);
        n.text = QString(10000, QLatin1Char('w')) + QStringLiteral(" end");
        QVERIFY(f.workshop->update(n).ok());
        board::NoteItem *item = f.scene->noteItem(n.meta.id);
        QVERIFY(item->boundingRect().height() < 200); // elided on the board, not grown
        QImage image(400, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        f.scene->render(&painter, QRectF(), QRectF(n.x - 10, n.y - 10, 400, 300));
        painter.end();
        // The whole text is still there, for the editor.
        click(f.view.get(), f.centreOf(0));
        f.view->editFocused();
        QCOMPARE(f.view->editor()->toPlainText().size(), 10004);
        f.view->cancelEditor();
    }

    void contrastOfEveryNoteColour()
    {
        for (Category c : allValues<Category>()) {
            const QColor bg = theme::categoryColour(c);
            QVERIFY2(theme::contrastRatio(bg, theme::textOn(bg)) >= 4.5, qPrintable(keyOf(c)));
        }
        for (RiskBand b : allValues<RiskBand>()) {
            const QColor bg = theme::bandColour(b);
            QVERIFY2(theme::contrastRatio(bg, theme::textOn(bg)) >= 4.5, qPrintable(keyOf(b)));
        }
        for (int i = 0; i < 16; ++i) {
            const QColor bg = theme::authorColour(i);
            QVERIFY(theme::contrastRatio(bg, theme::textOn(bg)) >= 4.5);
        }
        // The band ramp is sequential: each band darker than the one below it.
        QVERIFY(theme::relativeLuminance(theme::bandColour(RiskBand::Low)) >
                theme::relativeLuminance(theme::bandColour(RiskBand::Medium)));
        QVERIFY(theme::relativeLuminance(theme::bandColour(RiskBand::Medium)) >
                theme::relativeLuminance(theme::bandColour(RiskBand::High)));
        QVERIFY(theme::relativeLuminance(theme::bandColour(RiskBand::High)) >
                theme::relativeLuminance(theme::bandColour(RiskBand::Critical)));
    }

    void sampleBoardAtProjectorSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.premortem"));
        auto sample = testsupport::importSample(path);
        QVERIFY(sample.ok());
        QUndoStack undo;
        auto *scene = new BoardScene(sample.value().get());
        BoardView view(scene, &undo);
        scene->setParent(&view);
        view.resize(1920, 1080);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        for (bool presentation : {false, true}) {
            board::BoardStyle style;
            style.presentation = presentation;
            scene->setBoardStyle(style);
            view.setTransform(QTransform()); // 100% zoom
            const Note first = sample.value()->rows<Note>().at(0);
            view.centerOn(first.x + 300, first.y + 200);
            const QImage atFull = view.viewport()->grab().toImage();
            view.fitAll();
            const QImage fitted = view.viewport()->grab().toImage();
            QVERIFY2(guisupport::distinctColours(atFull, 3) > 30, "the board looks blank");
            QVERIFY(guisupport::distinctColours(fitted, 3) > 10);
            if (presentation) {
                // 18 pt as the room sees it at 100% zoom: the view draws the board larger.
                QVERIFY(style.noteFont().pointSizeF() * style.viewScale() >= 18);
                view.zoomIn();
                view.zoomOut();
                QCOMPARE(view.transform().m11(), view.zoom() * style.viewScale());
            }
            // On the projector every note shows its whole text (on the laptop a tooltip does).
            QStringList elided;
            for (const Note &n : sample.value()->rows<Note>()) {
                if (presentation && scene->noteItem(n.meta.id)->isTextElided())
                    elided << n.text;
            }
            QVERIFY2(elided.isEmpty(),
                     qPrintable(QString::number(elided.size()) + QLatin1Char(' ') +
                                elided.join(QLatin1Char('|'))));
            // Every note of the sample is on screen when fitted.
            const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
            for (const Note &n : sample.value()->rows<Note>())
                QVERIFY(visible.contains(QRectF(n.x, n.y, n.width, n.height)));
            if (const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR");
                !keep.isEmpty()) {
                const QString mode =
                    presentation ? QStringLiteral("presentation") : QStringLiteral("normal");
                atFull.save(QDir(keep).filePath(QStringLiteral("board-%1-100.png").arg(mode)));
                fitted.save(QDir(keep).filePath(QStringLiteral("board-%1-fit.png").arg(mode)));
            }
        }
    }
};

QTEST_MAIN(TestBoard)
#include "tst_board.moc"

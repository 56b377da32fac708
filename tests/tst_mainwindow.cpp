// The GUI skeleton, driven the way a user would through MainWindow's public methods (the same
// code the menu actions run, minus their dialogs), on real files in a temporary folder.

#include "boardscene.h"
#include "boardview.h"
#include "changesetcommand.h"
#include "facilitation.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "notelistmodel.h"
#include "recentfiles.h"
#include "testsupport.h"
#include "translations.h"
#include "workshop.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace {

struct Sample
{
    QString title = QStringLiteral("Checkout v2 launch");
    QString system = QStringLiteral("payments-api, EU region");
    QString scenario = QStringLiteral(
        "It is March 2026. The checkout v2 launch has failed: for three days one order in five "
        "was charged twice, and support could not tell which.");
    QStringList notes = {QStringLiteral("Retry storm when the card processor slows down"),
                         QStringLiteral("No canary: the new flow went to every region at once"),
                         QStringLiteral("Idempotency keys expire before the retries stop")};
};

// A workshop file with the sample's contents, written through the core API and closed again.
QString createWorkshop(const QString &path, const Sample &sample = Sample())
{
    auto created = pm::Workshop::create(path, sample.title, sample.scenario);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return QString();
    }
    pm::Workshop &workshop = *created.value();
    pm::WorkshopInfo info = workshop.info();
    info.system = sample.system;
    if (!workshop.update(info))
        return QString();
    for (const QString &text : sample.notes) {
        pm::Note note;
        note.text = text;
        if (!workshop.add(note))
            return QString();
    }
    return path;
}

// What another program would find in the file: counted through a read-only open.
int notesOnDisk(const QString &path)
{
    auto opened = pm::Workshop::open(path, pm::Store::Access::ReadOnly);
    return opened ? opened.value()->liveCount(pm::EntityKind::Note) : -1;
}

QListView *noteList(const MainWindow &window)
{
    return window.findChild<QListView *>(QStringLiteral("noteList"));
}

int listedNotes(const MainWindow &window)
{
    return noteList(window)->model()->rowCount();
}

QStringList listedTexts(const MainWindow &window)
{
    QStringList texts;
    const QAbstractItemModel *model = noteList(window)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, 0).data().toString();
    return texts;
}

QAction *action(const MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

QLabel *label(const MainWindow &window, const char *name)
{
    return window.findChild<QLabel *>(QString::fromLatin1(name));
}

QLabel *visibleLabelContaining(const MainWindow &window, const QString &text)
{
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    for (QLabel *l : labels) {
        if (l->isVisible() && l->text().contains(text))
            return l;
    }
    return nullptr;
}

} // namespace

class TstMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void startsEmpty();
    void openShowsTitleAndNotes();
    void addNoteUndoRedo();
    void boardKeysThroughTheWindow();
    void crashRecoveryIsSaidInABanner();
    void editShortcuts();
    void newNoteKeyPromptsForText();
    void secondWindowOpensReadOnly();
    void grabAtProjectorSize();
    void headerIsOneLineOutsideFrame();
    void upgradedFileShowsWhereTheBackupIs();
    void badFileLeavesWindowAsItWas();
    void missingFileLeavesWindowAsItWas();
    void newWorkshop();
    void saveCopyAsContinuesOnTheCopy();
    void closeReleasesTheFile();
    void recentFiles();
    void changeSetCommandPush();

private:
    QTemporaryDir m_dir;
};

void TstMainWindow::initTestCase()
{
    // Keep recent files and window geometry out of the user's real settings.
    testsupport::isolateSettings(QStringLiteral("tst_mainwindow"));
    QVERIFY(m_dir.isValid());
    pm::installTranslations(qApp); // as main() does: "Stack 3 Notes"
}

void TstMainWindow::init()
{
    RecentFiles().clear();
}

void TstMainWindow::startsEmpty()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.workshop());
    QCOMPARE(window.windowTitle(), QStringLiteral("Premortem"));
    QVERIFY(visibleLabelContaining(window, QStringLiteral("What is a pre-mortem?")));
    QVERIFY(!action(window, "actionNewNote")->isEnabled());
    QVERIFY(!action(window, "actionSaveAs")->isEnabled());
    QVERIFY(!action(window, "actionClose")->isEnabled());
    QVERIFY(action(window, "actionOpen")->isEnabled());
    QString error;
    QVERIFY(!window.addNote(QStringLiteral("Nowhere to go"), &error));
    QVERIFY(!error.isEmpty());
}

void TstMainWindow::openShowsTitleAndNotes()
{
    const Sample sample;
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("open.premortem")));
    QVERIFY(!path.isEmpty());

    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    QVERIFY(window.workshop());
    QCOMPARE(window.windowTitle(), sample.title + QStringLiteral(" — Premortem"));
    QCOMPARE(label(window, "titleLabel")->text(), sample.title);
    QVERIFY(label(window, "systemLabel")->text().contains(sample.system));
    QCOMPARE(label(window, "scenarioLabel")->text(), sample.scenario);
    QCOMPARE(listedNotes(window), window.workshop()->liveCount(pm::EntityKind::Note));
    // The list shows the core's order (creation time, ties by id), which for notes written in
    // the same millisecond is not the order they were written in.
    QStringList coreOrder;
    for (const pm::Note &note : window.workshop()->rows<pm::Note>())
        coreOrder << note.text;
    QCOMPARE(listedTexts(window), coreOrder);
    QStringList sorted = listedTexts(window);
    sorted.sort();
    QStringList expected = sample.notes;
    expected.sort();
    QCOMPARE(sorted, expected);
    QVERIFY(action(window, "actionNewNote")->isEnabled());
    QCOMPARE(window.undoStack()->count(), 0);
}

void TstMainWindow::addNoteUndoRedo()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("undo.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(window.openFile(path));
    const QString text = QStringLiteral("The rollback script was never run against production");

    QString error;
    QVERIFY2(window.addNote(text, &error), qPrintable(error));
    QCOMPARE(listedNotes(window), 4);
    QVERIFY(listedTexts(window).contains(text));
    QCOMPARE(notesOnDisk(path), 4);
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(action(window, "actionUndo")->text(), QStringLiteral("Undo Add Note"));
    QVERIFY(action(window, "actionUndo")->isEnabled());

    window.undoStack()->undo();
    QCOMPARE(listedNotes(window), 3);
    QVERIFY(!listedTexts(window).contains(text));
    QCOMPARE(notesOnDisk(path), 3);
    QCOMPARE(action(window, "actionRedo")->text(), QStringLiteral("Redo Add Note"));

    window.undoStack()->redo();
    QCOMPARE(listedNotes(window), 4);
    QVERIFY(listedTexts(window).contains(text));
    QCOMPARE(notesOnDisk(path), 4);
    QCOMPARE(window.undoStack()->count(), 1); // the command survived the round trip

    // Nothing is written for text the core refuses, and nothing lands on the stack.
    QVERIFY(!window.addNote(QStringLiteral("   "), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(notesOnDisk(path), 4);
}

void TstMainWindow::editShortcuts()
{
    MainWindow window;
    QCOMPARE(action(window, "actionNewNote")->shortcut(), QKeySequence(Qt::Key_N));
    QVERIFY(action(window, "actionUndo")->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    QVERIFY(action(window, "actionRedo")
                ->shortcuts()
                .contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    QCOMPARE(action(window, "actionOpen")->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(action(window, "actionNew")->shortcut(), QKeySequence(QKeySequence::New));
}

void TstMainWindow::boardKeysThroughTheWindow()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("keys.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(guisupport::openAndShow(window, path, {}, guisupport::Wait::Active));
    board::BoardView *view = window.boardView();
    QTRY_VERIFY(view->hasFocus());

    QTest::keyClick(view, Qt::Key_Tab); // focus and select the first note
    QVERIFY(view->focusedItem());
    QTest::keyClick(view, Qt::Key_F2);
    QVERIFY(view->editor());
    QTest::keyClick(view->editor(), Qt::Key_Escape);
    QTest::keyClick(view, Qt::Key_Return);
    QVERIFY(view->editor());
    QTest::keyClick(view->editor(), Qt::Key_Escape);

    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(listedNotes(window), 4);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Duplicate 1 Note"));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(listedNotes(window), 3);
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(window.workshop()->rows<pm::FailureMode>().size(), 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Stack 3 Notes"));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(window.workshop()->rows<pm::FailureMode>().size(), 0);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.workshop()->rows<pm::FailureMode>().size(), 1);

    // F11: presentation mode hides menus and panels and enlarges the board's type; Esc leaves.
    QTest::keyClick(view, Qt::Key_F11);
    QVERIFY(window.isPresentationMode());
    QVERIFY(!window.menuBar()->isVisible());
    QVERIFY(view->boardScene()->boardStyle().presentation);
    QVERIFY(view->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    QTest::qWait(50); // let the layout take the room the panels left
    QVERIFY(view->width() > window.width() * 0.9);
    const QImage image = window.grab().toImage();
    QVERIFY(guisupport::distinctColours(image) > 16);
    if (const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !keep.isEmpty())
        image.save(QDir(keep).filePath(QStringLiteral("window-presentation.png")));
    // Esc first lets go of a board selection (issue 21), then leaves presentation mode.
    QTest::keyClick(view, Qt::Key_Escape);
    if (window.isPresentationMode()) {
        QVERIFY(view->boardScene()->selectedItems().isEmpty());
        QTest::keyClick(view, Qt::Key_Escape);
    }
    QVERIFY(!window.isPresentationMode());
    QVERIFY(window.menuBar()->isVisible());
}

void TstMainWindow::newNoteKeyPromptsForText()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("key.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(guisupport::openAndShow(window, path, {}, guisupport::Wait::Active));
    board::BoardView *view = window.boardView();
    QVERIFY(view);
    QTRY_VERIFY(view->hasFocus()); // the board takes the keyboard when a workshop opens

    // The bare N key, as the facilitator presses it: an editor opens on the board; Ctrl+Enter
    // keeps the text as a note, through the undo stack.
    const QString text = QStringLiteral("Two writers after a failover");
    QTest::keyClick(view, Qt::Key_N);
    QVERIFY(view->editor());
    QTest::keyClicks(view->editor(), text);
    QTest::keyClick(view->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!view->editor());
    QCOMPARE(listedNotes(window), 4);
    QVERIFY(listedTexts(window).contains(text));
    QCOMPARE(notesOnDisk(path), 4);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Add Note"));

    // Escape cancels: nothing written.
    QTest::keyClick(view, Qt::Key_N);
    QVERIFY(view->editor());
    QTest::keyClicks(view->editor(), QStringLiteral("Never mind"));
    QTest::keyClick(view->editor(), Qt::Key_Escape);
    QVERIFY(!view->editor());
    QCOMPARE(listedNotes(window), 4);
    QCOMPARE(window.undoStack()->count(), 1);
}

void TstMainWindow::secondWindowOpensReadOnly()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("locked.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow first;
    QVERIFY(first.openFile(path));
    QVERIFY(!first.workshop()->isReadOnly());

    MainWindow second;
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QString error;
    QVERIFY2(second.openFile(path, &error), qPrintable(error));
    QVERIFY(second.workshop()->isReadOnly());
    const QString reason = second.workshop()->readOnlyReason();
    QVERIFY(!reason.isEmpty());
    QLabel *banner = visibleLabelContaining(second, reason);
    QVERIFY2(banner, "no visible banner gives the read-only reason");
    QVERIFY(!banner->window()->isModal() && banner->window() == &second); // inline, not a dialog
    QVERIFY(second.windowTitle().contains(QStringLiteral("(read-only)")));
    QVERIFY(!action(second, "actionNewNote")->isEnabled());
    QVERIFY(action(second, "actionSaveAs")->isEnabled()); // the way to edit a copy
    QCOMPARE(listedNotes(second), 3);
    QVERIFY(!second.addNote(QStringLiteral("Sneaked in"), &error));
    QCOMPARE(notesOnDisk(path), 3);

    QVERIFY(action(first, "actionNewNote")->isEnabled());
    QVERIFY(!first.windowTitle().contains(QStringLiteral("(read-only)")));

    // Once the first window lets go, opening again in the second gets the file for editing.
    first.closeWorkshop();
    QVERIFY(second.openFile(path));
    QVERIFY(!second.workshop()->isReadOnly());
    QVERIFY(!visibleLabelContaining(second, reason));
    QVERIFY(action(second, "actionNewNote")->isEnabled());
}

// Issue #17: outside the Frame phase the normal window's header is the title alone, the
// scenario in its tooltip and behind the expander (Space on it); Frame opens it, presentation
// mode shows title and scenario in projector type and no expander; Ctrl+Shift+E still edits.
void TstMainWindow::headerIsOneLineOutsideFrame()
{
    const Sample sample;
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("header.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(guisupport::openAndShow(window, path, {1366, 768}, guisupport::Wait::Active));
    QLabel *title = label(window, "titleLabel");
    QLabel *system = label(window, "systemLabel");
    QLabel *scenario = label(window, "scenarioLabel");
    auto *expander = window.findChild<QAbstractButton *>(QStringLiteral("scenarioExpander"));
    QVERIFY(expander);
    QVERIFY(window.facilitation()->setPhase(pm::Phase::Frame));
    QTRY_VERIFY(scenario->isVisible() && system->isVisible()); // agreed and written here
    QVERIFY(expander->isChecked());

    QVERIFY(window.facilitation()->setPhase(pm::Phase::Writing));
    QTRY_VERIFY(!scenario->isVisible());
    QVERIFY(!system->isVisible());
    QVERIFY(title->isVisible() && expander->isVisible() && !expander->isChecked());
    QVERIFY(title->toolTip().contains(sample.scenario));
    // One line: no taller than one line of its type, however long the title.
    QVERIFY(title->height() <= title->fontMetrics().lineSpacing() + 8);
    QWidget *header = title->parentWidget();
    QVERIFY(header->height() <= title->height() + 16);

    // The keyboard opens it: Space on the expander, and again closes it.
    expander->setFocus();
    QTest::keyClick(expander, Qt::Key_Space);
    QVERIFY(scenario->isVisible() && system->isVisible());
    QCOMPARE(scenario->text(), sample.scenario);
    QTest::keyClick(expander, Qt::Key_Space);
    QVERIFY(!scenario->isVisible());

    // Presentation: title and scenario for the room, in projector type; on a short screen
    // (1366x768, this test's 800x600) the title alone outside the Frame phase, the scenario's
    // lines left to the board and the matrix.
    window.setPresentationMode(true);
    const bool tall = window.screen()->availableGeometry().height() >= 900;
    QCOMPARE(scenario->isVisible(), tall);
    QVERIFY(title->isVisible());
    QVERIFY(!expander->isVisible() && !system->isVisible());
    QVERIFY(title->font().pointSizeF() >= 28);
    window.setPresentationMode(false);
    QVERIFY(!scenario->isVisible());
    QVERIFY(title->font().pointSizeF() < 28);

    // The frame editor still opens by Ctrl+Shift+E in a folded header.
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    auto *editor = window.findChild<QPlainTextEdit *>(QStringLiteral("frameScenario"));
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->toPlainText(), sample.scenario);
    QVERIFY(!title->isVisible() && !expander->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!editor->isVisible());
    QVERIFY(title->isVisible() && !scenario->isVisible());
}

void TstMainWindow::grabAtProjectorSize()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("grab.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QVERIFY(guisupport::openAndShow(window, path, {1920, 1080}));

    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY2(guisupport::distinctColours(image) > 16, "the window looks blank");
    const QString png = m_dir.filePath(QStringLiteral("mainwindow.png"));
    QVERIFY(image.save(png));
    if (const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !keep.isEmpty())
        image.save(QDir(keep).filePath(QStringLiteral("tst_mainwindow.png")));

    // Legible from the back of the room (UX.md), and really drawn, not just configured.
    QLabel *title = label(window, "titleLabel");
    QLabel *scenario = label(window, "scenarioLabel");
    QVERIFY(title->isVisible() && scenario->isVisible()); // a new workshop is in Frame
    QVERIFY(title->font().pointSizeF() >= 20); // one line for the facilitator (issue #17)
    QVERIFY(scenario->font().pointSizeF() >= 18);
    QVERIFY(window.boardView() && window.boardView()->isVisible());
    const qreal dpr = image.devicePixelRatio();
    for (QLabel *l : {title, scenario}) {
        const QRect rect(l->mapTo(&window, QPoint(0, 0)) * dpr, l->size() * dpr);
        QVERIFY(image.rect().contains(rect));
        QVERIFY2(guisupport::distinctColours(image.copy(rect)) > 2, qPrintable(l->objectName()));
    }
    QVERIFY(title->geometry().bottom() < scenario->geometry().top()); // title above the scenario
}

void TstMainWindow::upgradedFileShowsWhereTheBackupIs()
{
    const QString path = m_dir.filePath(QStringLiteral("old.premortem"));
    QVERIFY(testsupport::runSql(path, QString::fromUtf8(testsupport::readAll(QStringLiteral(
                                          PREMORTEM_TEST_DATA "/workshop-v1.sql")))));
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    const QString backup = window.workshop()->backupPath();
    QVERIFY(!backup.isEmpty());
    QVERIFY(QFileInfo::exists(backup));
    QLabel *banner = visibleLabelContaining(window, QDir::toNativeSeparators(backup));
    QVERIFY2(banner, "no visible banner says where the backup copy is");
    QVERIFY(banner->text().contains(QStringLiteral("upgraded")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Search index rebuild — Premortem"));
    QCOMPARE(listedNotes(window), 1); // the tombstone is not listed
    if (const QString keep = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !keep.isEmpty())
        window.grab().save(QDir(keep).filePath(QStringLiteral("tst_mainwindow_upgraded.png")));

    // The banner goes with the file it was about.
    window.closeWorkshop();
    QVERIFY(!banner->isVisible());
}

void TstMainWindow::badFileLeavesWindowAsItWas()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("before.premortem")));
    QVERIFY(!path.isEmpty());
    const QString bad = m_dir.filePath(QStringLiteral("x.premortem"));
    {
        QFile empty(bad);
        QVERIFY(empty.open(QIODevice::WriteOnly));
    }
    auto expected = pm::Workshop::open(bad);
    QVERIFY(!expected);

    MainWindow window;
    QVERIFY(window.openFile(path));
    QVERIFY(window.addNote(QStringLiteral("Something to undo")));
    pm::Workshop *before = window.workshop();
    const QString title = window.windowTitle();

    QString error;
    QVERIFY(!window.openFile(bad, &error));
    QCOMPARE(error, expected.error().message);
    QCOMPARE(window.workshop(), before);
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(listedNotes(window), 4);
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(QFileInfo(bad).size(), 0); // a failed open changes nothing
    window.undoStack()->undo();
    QCOMPARE(notesOnDisk(path), 3); // still editing the first file
}

void TstMainWindow::missingFileLeavesWindowAsItWas()
{
    MainWindow window;
    QString error;
    QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("nowhere.premortem")), &error));
    QVERIFY(error.contains(QStringLiteral("nowhere.premortem")));
    QVERIFY(!window.workshop());
    QCOMPARE(window.windowTitle(), QStringLiteral("Premortem"));
}

void TstMainWindow::crashRecoveryIsSaidInABanner()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("crashed.premortem")));
    QVERIFY(!path.isEmpty());
    // The lock of a writer that died: its process no longer exists.
    QFile lock(path + QStringLiteral(".lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("999999999\npremortem\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    MainWindow window;
    QVERIFY(guisupport::openAndShow(window, path));
    QVERIFY(!window.workshop()->isReadOnly()); // taken over: editing goes on
    QVERIFY2(visibleLabelContaining(window, QStringLiteral("not closed properly")),
             "no banner says the last session ended abruptly");
    QCOMPARE(listedNotes(window), 3); // everything that was committed is there
}

void TstMainWindow::newWorkshop()
{
    const QString path = m_dir.filePath(QStringLiteral("new.premortem"));
    MainWindow window;
    QString error;
    QVERIFY2(window.newWorkshop(path, QStringLiteral("Search re-index"), &error),
             qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(window.windowTitle(), QStringLiteral("Search re-index — Premortem"));
    QCOMPARE(listedNotes(window), 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(label(window, "noNotesLabel")->isVisible());
    QVERIFY(window.addNote(QStringLiteral("Index swap leaves readers on the old alias")));
    QVERIFY(!label(window, "noNotesLabel")->isVisible());

    // The core refuses to replace a file; the window keeps what it had.
    pm::Workshop *before = window.workshop();
    QVERIFY(!window.newWorkshop(path, QStringLiteral("Again"), &error));
    QVERIFY(error.contains(QStringLiteral("new.premortem")));
    QCOMPARE(window.workshop(), before);
    QCOMPARE(notesOnDisk(path), 1);
}

void TstMainWindow::saveCopyAsContinuesOnTheCopy()
{
    const QString original = createWorkshop(m_dir.filePath(QStringLiteral("original.premortem")));
    QVERIFY(!original.isEmpty());
    const QString copy = m_dir.filePath(QStringLiteral("copy.premortem"));
    MainWindow window;
    QVERIFY(window.openFile(original));
    QVERIFY(window.addNote(QStringLiteral("Added before the copy")));

    QString error;
    QVERIFY2(window.saveCopyAs(copy, &error), qPrintable(error));
    QCOMPARE(QFileInfo(window.workshop()->path()).canonicalFilePath(),
             QFileInfo(copy).canonicalFilePath());
    QVERIFY(!window.workshop()->isReadOnly());
    QCOMPARE(window.undoStack()->count(), 0); // undo never reaches into another file
    QCOMPARE(listedNotes(window), 4);

    QVERIFY(window.addNote(QStringLiteral("Only in the copy")));
    QCOMPARE(notesOnDisk(copy), 5);
    QCOMPARE(notesOnDisk(original), 4);
    auto reopened = pm::Workshop::open(original); // the original's lock was released
    QVERIFY(reopened);
    QVERIFY(!reopened.value()->isReadOnly());
}

void TstMainWindow::closeReleasesTheFile()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("close.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    QVERIFY(window.addNote(QStringLiteral("Soon closed")));
    window.closeWorkshop();
    QVERIFY(!window.workshop());
    QCOMPARE(window.undoStack()->count(), 0);
    QCOMPARE(window.windowTitle(), QStringLiteral("Premortem"));
    QCOMPARE(listedNotes(window), 0);
    QVERIFY(visibleLabelContaining(window, QStringLiteral("What is a pre-mortem?")));
    QVERIFY(!action(window, "actionNewNote")->isEnabled());
    auto reopened = pm::Workshop::open(path);
    QVERIFY(reopened);
    QVERIFY(!reopened.value()->isReadOnly());
}

void TstMainWindow::recentFiles()
{
    MainWindow window;
    QStringList paths;
    for (int i = 0; i < RecentFiles::kMaximum + 2; ++i) {
        Sample sample;
        sample.title = QStringLiteral("Workshop %1").arg(i);
        sample.notes.clear();
        paths << createWorkshop(m_dir.filePath(QStringLiteral("recent%1.premortem").arg(i)),
                                sample);
        QVERIFY(window.openFile(paths.last()));
    }
    QStringList recent = RecentFiles().files();
    QCOMPARE(recent.size(), RecentFiles::kMaximum);
    QCOMPARE(recent.first(), QFileInfo(paths.last()).canonicalFilePath());
    QVERIFY(!recent.contains(QFileInfo(paths.first()).canonicalFilePath()));

    // Opening one again moves it to the top without a duplicate.
    QVERIFY(window.openFile(paths.at(5)));
    recent = RecentFiles().files();
    QCOMPARE(recent.first(), QFileInfo(paths.at(5)).canonicalFilePath());
    QCOMPARE(recent.count(recent.first()), 1);

    // A deleted file is no longer offered.
    const QString gone = QFileInfo(paths.at(7)).canonicalFilePath();
    QVERIFY(QFile::remove(paths.at(7)));
    QVERIFY(!RecentFiles().files().contains(gone));
    QMenu *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    int fileEntries = 0;
    for (QAction *a : menu->actions())
        fileEntries += a->toolTip().endsWith(QStringLiteral(".premortem")) ? 1 : 0;
    QCOMPARE(fileEntries, RecentFiles::kMaximum - 1);
}

void TstMainWindow::changeSetCommandPush()
{
    const QString path = createWorkshop(m_dir.filePath(QStringLiteral("push.premortem")));
    QVERIFY(!path.isEmpty());
    auto opened = pm::Workshop::open(path);
    QVERIFY(opened);
    pm::Workshop *workshop = opened.value().get();
    QUndoStack stack;
    QString error;

    // A failed operation pushes nothing and hands on the core's message.
    pm::Note blank; // no text: the core refuses it
    QVERIFY(!ChangeSetCommand::push(&stack, workshop, QStringLiteral("Add Note"),
                                    workshop->add(blank), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(stack.count(), 0);

    // An operation that changed nothing has nothing to undo.
    const pm::Note first = workshop->rows<pm::Note>().first();
    QVERIFY(ChangeSetCommand::push(&stack, workshop, QStringLiteral("Edit Note"),
                                   workshop->update(first), &error));
    QCOMPARE(stack.count(), 0);

    // A real change: pushing does not apply it a second time; undo and redo swap it.
    pm::Note edited = first;
    edited.text = QStringLiteral("Edited");
    QVERIFY(ChangeSetCommand::push(&stack, workshop, QStringLiteral("Edit Note"),
                                   workshop->update(edited), &error));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(workshop->findLive<pm::Note>(first.meta.id)->text, QStringLiteral("Edited"));
    stack.undo();
    QCOMPARE(workshop->findLive<pm::Note>(first.meta.id)->text, first.text);
    stack.redo();
    QCOMPARE(workshop->findLive<pm::Note>(first.meta.id)->text, QStringLiteral("Edited"));
    stack.undo();
    QCOMPARE(workshop->findLive<pm::Note>(first.meta.id)->text, first.text);
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"

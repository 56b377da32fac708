// Merging from the GUI: the preview lists the changes and Cancel changes nothing; Merge applies
// them as one undo step that takes the merge back exactly (bookkeeping included) and redoes it;
// bad files are named with the reason and change nothing; another workshop is merged only after
// a question; dropped files take the same path (onto the start page they open). Preparation
// packs: created from the window, opened in the "Prepare my notes" view (only my notes, notes
// written there authored by me, undoable), and merged back.
// PREMORTEM_SCREENSHOT_DIR keeps screenshots of the dialogs at 1920x1080.

#include "boardview.h"
#include "facilitation.h"
#include "jsonio.h"
#include "mainwindow.h"
#include "merge/mergecontroller.h"
#include "merge/mergepreviewdialog.h"
#include "merge/preparationdialog.h"
#include "merge/prepareview.h"
#include "phaselayout.h"
#include "preparationpack.h"
#include "testsupport.h"
#include "translations.h"
#include "workshop.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <functional>

using namespace pm;

namespace {

void keepScreenshot(QWidget *widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(widget->grab().toImage().save(QDir(dir).filePath(name)));
}

// Runs f on the next modal dialog once it is shown (dialogs run their own event loop).
void onNextModal(const std::function<void(QWidget *)> &f)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, f] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        f(modal);
    });
    timer->start();
}

// Whether the board (the workshop view) is what the window shows.
bool boardShown(const MainWindow &window)
{
    const auto *pages = window.findChild<QStackedWidget *>();
    return pages && pages->currentWidget() &&
           pages->currentWidget()->accessibleName() == MainWindow::tr("Workshop");
}

QString messageOf(QWidget *modal)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    return box ? box->text() : QString();
}

} // namespace

class TestMergeGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Files
    {
        QString target, alice, bob;
        QUuid aliceId;
    };

    // A workshop and two participants' copies, each with a note of their own.
    Files makeFiles()
    {
        Files f;
        const QString folder = m_dir.filePath(QStringLiteral("set-%1").arg(++m_counter));
        QDir().mkpath(folder);
        f.target = QDir(folder).filePath(QStringLiteral("workshop.premortem"));
        {
            auto w = Workshop::create(f.target, QStringLiteral("Checkout migration"));
            if (!w)
                return {};
            Participant alice;
            alice.meta.id = f.aliceId = QUuid::createUuid();
            alice.name = QStringLiteral("Alice");
            Note n;
            n.meta.id = QUuid::createUuid();
            n.text = QStringLiteral("Nobody owns the runbook");
            if (!w.value()->apply({alice, n}))
                return {};
            f.alice = QDir(folder).filePath(QStringLiteral("alice.premortem"));
            f.bob = QDir(folder).filePath(QStringLiteral("bob.premortem"));
            if (!w.value()->saveCopy(f.alice) || !w.value()->saveCopy(f.bob))
                return {};
        }
        QThread::msleep(2); // the copies' edits come later than the workshop's
        for (const auto &[path, text] :
             {std::pair{f.alice, QStringLiteral("Pool sized for VMs")},
              std::pair{f.bob, QStringLiteral("Retry storm after failover")}}) {
            auto w = Workshop::open(path);
            Note n;
            n.text = text;
            n.author = f.aliceId;
            if (!w || !w.value()->add(n))
                return {};
        }
        return f;
    }

    struct Fixture
    {
        Workshop *workshop;
        QUndoStack &undo;
        QString path;
        QMap<QString, QVariantList> reopened() const
        {
            auto w = Workshop::open(path, Store::Access::ReadOnly);
            return w ? testsupport::snapshot(*w.value()) : QMap<QString, QVariantList>();
        }
    };

    static QStringList noteTexts(const Workshop &w)
    {
        QStringList texts;
        for (const Note &n : w.rows<Note>())
            texts << n.text;
        texts.sort();
        return texts;
    }

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings(QStringLiteral("tst_mergegui"));
        QVERIFY(m_dir.isValid());
        installTranslations(qApp);
    }

    void previewShowsChangesAndCancelChangesNothing()
    {
        const Files f = makeFiles();
        QVERIFY(!f.target.isEmpty()); // never scratch files in the working folder
        MainWindow window;
        window.resize(1920, 1080);
        window.show();
        QVERIFY(window.openFile(f.target));
        const QByteArray before = exportJson(*window.workshop());
        QStringList listed;
        onNextModal([&](QWidget *modal) {
            auto *preview = qobject_cast<MergePreviewDialog *>(modal);
            if (preview) {
                listed = preview->changes();
                keepScreenshot(preview, QStringLiteral("merge-preview.png"));
            }
            modal->close(); // Cancel
        });
        window.mergeController()->promptMerge({f.alice, f.bob});
        QVERIFY2(listed.join(QLatin1Char('\n')).contains(QStringLiteral("alice.premortem")),
                 qPrintable(listed.join(QLatin1Char('\n'))));
        QVERIFY(listed.join(QLatin1Char('\n')).contains(QStringLiteral("bob.premortem")));
        QCOMPARE(exportJson(*window.workshop()), before);
        QCOMPARE(window.undoStack()->count(), 0);
        QCOMPARE(noteTexts(*window.workshop()).size(), 1);
    }

    void mergeIsOneUndoStep()
    {
        const Files f = makeFiles();
        QVERIFY(!f.target.isEmpty()); // never scratch files in the working folder
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(f.target));
        Workshop *w = window.workshop();
        const QByteArray exact = exportJson(*w);
        const auto before = testsupport::snapshot(*w);
        bool previewed = false;
        onNextModal([&](QWidget *modal) {
            auto *preview = qobject_cast<MergePreviewDialog *>(modal);
            previewed = preview && preview->mergeButton()->isEnabled();
            if (preview)
                preview->mergeButton()->click();
            else
                modal->close();
        });
        window.mergeController()->promptMerge({f.alice, f.bob});
        QVERIFY(previewed);
        QCOMPARE(noteTexts(*w), (QStringList{QStringLiteral("Nobody owns the runbook"),
                                             QStringLiteral("Pool sized for VMs"),
                                             QStringLiteral("Retry storm after failover")}));
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Merge 2 Files"));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Merged 2 file")),
                 qPrintable(window.statusBar()->currentMessage()));
        Fixture fixture{w, *window.undoStack(), f.target};
        testsupport::checkUndoRedo(fixture, before);
        // Undo leaves the file exactly as it was, clocks and all.
        window.undoStack()->undo();
        QCOMPARE(exportJson(*w), exact);
        window.undoStack()->redo();
        QCOMPARE(noteTexts(*w).size(), 3);
    }

    void badFileIsNamedAndNothingChanges()
    {
        const Files f = makeFiles();
        QVERIFY(!f.target.isEmpty()); // never scratch files in the working folder
        const QString broken =
            QFileInfo(f.target).absoluteDir().filePath(QStringLiteral("broken.premortem"));
        QVERIFY(testsupport::writeAll(broken, QByteArray("this is not a workshop at all")));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(f.target));
        const QByteArray before = exportJson(*window.workshop());
        QString message;
        onNextModal([&](QWidget *modal) {
            message = messageOf(modal);
            keepScreenshot(modal, QStringLiteral("merge-error.png"));
            modal->close();
        });
        window.mergeController()->promptMerge({f.alice, broken, f.target});
        // Every file that cannot be merged, with its reason; the good one is not merged alone.
        QVERIFY2(message.contains(QStringLiteral("broken.premortem")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("workshop.premortem")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Nothing was merged")), qPrintable(message));
        QCOMPARE(exportJson(*window.workshop()), before);
        QCOMPARE(window.undoStack()->count(), 0);

        QString error;
        QVERIFY(!window.mergeController()->mergeFiles({f.target}, false, &error));
        QVERIFY2(error.contains(QStringLiteral("being merged into")), qPrintable(error));
        QCOMPARE(exportJson(*window.workshop()), before);
    }

    void otherWorkshopOnlyOnPurpose()
    {
        const Files f = makeFiles();
        QVERIFY(!f.target.isEmpty()); // never scratch files in the working folder
        const QString other =
            QFileInfo(f.target).absoluteDir().filePath(QStringLiteral("other.premortem"));
        {
            auto w = Workshop::create(other, QStringLiteral("Search relaunch"));
            QVERIFY(w.ok());
            Note n;
            n.text = QStringLiteral("Index rebuild takes a day");
            QVERIFY(w.value()->add(n).ok());
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(f.target));
        const QByteArray before = exportJson(*window.workshop());
        // Asked, and declined: nothing changes.
        QString question;
        onNextModal([&](QWidget *modal) {
            question = messageOf(modal);
            modal->close();
        });
        window.mergeController()->promptMerge({other});
        QVERIFY2(question.contains(QStringLiteral("Search relaunch")), qPrintable(question));
        QCOMPARE(exportJson(*window.workshop()), before);
        // Asked, and merged anyway after the preview.
        onNextModal([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QPushButton *anyway = nullptr;
            for (QAbstractButton *b : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (b->text().contains(QStringLiteral("Anyway")))
                    anyway = qobject_cast<QPushButton *>(b);
            }
            onNextModal([](QWidget *preview) {
                if (auto *p = qobject_cast<MergePreviewDialog *>(preview))
                    p->mergeButton()->click();
                else
                    preview->close();
            });
            if (anyway)
                anyway->click();
            else
                modal->close();
        });
        window.mergeController()->promptMerge({other});
        QVERIFY(
            noteTexts(*window.workshop()).contains(QStringLiteral("Index rebuild takes a day")));
        QCOMPARE(window.workshop()->info().title, QStringLiteral("Checkout migration"));
        QCOMPARE(window.undoStack()->count(), 1);
    }

    void droppedFilesMergeOrOpen()
    {
        const Files f = makeFiles();
        QVERIFY(!f.target.isEmpty()); // never scratch files in the working folder
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QWidget *target = &window;
        auto drop = [&](const QStringList &paths) {
            QMimeData mime;
            QList<QUrl> urls;
            for (const QString &p : paths)
                urls << QUrl::fromLocalFile(p);
            urls << QUrl(QStringLiteral("https://example.org/not-a-file.premortem"));
            mime.setUrls(urls);
            const QPoint at(window.width() / 2, window.height() / 2);
            QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &dropped);
            return dropped.isAccepted();
        };
        // Onto the start page: the workshop opens.
        QVERIFY(drop({f.target}));
        QTRY_VERIFY(window.workshop());
        QCOMPARE(QFileInfo(window.workshop()->path()).fileName(),
                 QStringLiteral("workshop.premortem"));
        // Onto the open workshop (on the board, whose scene would refuse the drag): the merge
        // preview, then the merge.
        QVERIFY(window.boardView());
        target = window.boardView()->viewport();
        bool previewed = false;
        onNextModal([&](QWidget *modal) {
            auto *preview = qobject_cast<MergePreviewDialog *>(modal);
            previewed = preview != nullptr;
            if (preview)
                preview->mergeButton()->click();
            else
                modal->close();
        });
        QVERIFY(drop({f.alice}));
        QTRY_VERIFY(previewed);
        QTRY_COMPARE(noteTexts(*window.workshop()).size(), 2);
        QCOMPARE(window.undoStack()->count(), 1);
        // Other files are not taken.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
        QCOMPARE(
            MergeController::workshopFiles({QUrl::fromLocalFile(QStringLiteral("/x/a.txt")),
                                            QUrl::fromLocalFile(QStringLiteral("/x/B.PREMORTEM"))}),
            QStringList{QStringLiteral("/x/B.PREMORTEM")});
    }

    void preparationFilesFromTheWindow()
    {
        const Files f = makeFiles();
        QVERIFY(!f.target.isEmpty()); // never scratch files in the working folder
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(f.target));
        MergeController *c = window.mergeController();
        QVERIFY(c->prepareAction()->isEnabled());
        PreparationDialog dialog(*window.workshop(), QFileInfo(f.target).absolutePath());
        QCOMPARE(dialog.participants(), QList<QUuid>{f.aliceId});
        dialog.list()->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(dialog.participants().isEmpty());
        dialog.list()->item(0)->setCheckState(Qt::Checked);
        keepScreenshot(&dialog, QStringLiteral("preparation-dialog.png"));

        const QString folder = QFileInfo(f.target).absoluteDir().filePath(QStringLiteral("packs"));
        QVERIFY(QDir().mkpath(folder));
        QStringList written;
        QString error;
        QVERIFY2(c->createPreparationFiles({f.aliceId}, folder, {}, false, &error, &written),
                 qPrintable(error));
        QCOMPARE(written.size(), 1);
        QCOMPARE(QFileInfo(written.first()).fileName(),
                 QStringLiteral("Checkout migration - Alice.premortem"));
        QVERIFY(!c->createPreparationFiles({f.aliceId}, folder, {}, false, &error));
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
        QVERIFY(c->createPreparationFiles({f.aliceId}, folder, {}, true, &error));
        const QString single = QDir(folder).filePath(QStringLiteral("mine.premortem"));
        QVERIFY(c->createPreparationFiles({f.aliceId}, {}, single, false, &error));
        QVERIFY(QFileInfo::exists(single));
    }

    void prepareMyNotesView()
    {
        const Files f = makeFiles();
        QVERIFY(!f.target.isEmpty()); // never scratch files in the working folder
        // Bob, with a note of his own the pack must not show.
        QUuid bobId;
        {
            auto w = Workshop::open(f.target);
            QVERIFY(w.ok());
            Participant bob;
            bob.meta.id = bobId = QUuid::createUuid();
            bob.name = QStringLiteral("Bob");
            Note mine, his;
            mine.meta.id = QUuid::createUuid();
            mine.text = QStringLiteral("Alice: DNS TTL too long");
            mine.author = f.aliceId;
            his.meta.id = QUuid::createUuid();
            his.text = QStringLiteral("Bob: nobody tested the rollback");
            his.author = bobId;
            QVERIFY(w.value()->apply({bob, mine, his}).ok());
            WorkshopInfo info = w.value()->info();
            info.scenario = QStringLiteral(
                "It is 1 May 2027. The move of checkout to Kubernetes has failed: payments timed "
                "out for 40 minutes at peak and customers were charged twice.");
            QVERIFY(w.value()->update(info).ok());
        }
        const QString pack =
            QFileInfo(f.target).absoluteDir().filePath(QStringLiteral("alice-pack.premortem"));
        {
            auto w = Workshop::open(f.target, Store::Access::ReadOnly);
            QVERIFY(w.ok());
            QVERIFY(PreparationPack::write(*w.value(), f.aliceId, pack).ok());
        }
        MainWindow window;
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(pack));
        PrepareView *view = window.prepareView();
        QVERIFY(view->isVisible());
        QVERIFY(!boardShown(window));
        auto *notesDock = window.findChild<QWidget *>(QStringLiteral("notesDock"));
        QVERIFY(notesDock && !notesDock->isVisible());       // the panels step aside
        QVERIFY(!window.facilitation()->bar()->isVisible()); // no phases or timer alone
        QCOMPARE(view->myNotes(),
                 QStringList{QStringLiteral("Uncategorised — Alice: DNS TTL too long")});
        QVERIFY(!window.mergeController()->prepareAction()->isEnabled());

        // A card's button starts a note in its category; adding it is one undo step.
        auto *start = view->findChild<QPushButton *>(QStringLiteral("startNote_dependency"));
        QVERIFY(start);
        start->click();
        QCOMPARE(view->categoryBox()->currentText(), displayName(Category::Dependency));
        QString error;
        QVERIFY(!view->addNote(&error)); // nothing written yet
        QVERIFY(!error.isEmpty());
        const auto before = testsupport::snapshot(*window.workshop());
        view->editor()->setPlainText(QStringLiteral("The payment provider rate-limits us"));
        QVERIFY2(view->addNote(&error), qPrintable(error));
        QCOMPARE(view->myNotes().size(), 2);
        QVERIFY(view->editor()->toPlainText().isEmpty());
        const Note *added = nullptr;
        for (const Note &n : window.workshop()->rows<Note>()) {
            if (n.text == QStringLiteral("The payment provider rate-limits us"))
                added = window.workshop()->findLive<Note>(n.meta.id);
        }
        QVERIFY(added);
        QCOMPARE(added->author, f.aliceId);
        QCOMPARE(added->category, Category::Dependency);
        keepScreenshot(&window, QStringLiteral("prepare-view.png"));
        Fixture fixture{window.workshop(), *window.undoStack(), pack};
        testsupport::checkUndoRedo(fixture, before);

        // The keyboard: Ctrl+Enter in the box adds, Delete in the list removes.
        view->editor()->setPlainText(QStringLiteral("Feature flag left on"));
        QTest::keyClick(view->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(view->myNotes().size(), 3);
        auto *list = view->findChild<QListWidget *>(QStringLiteral("prepareNotes"));
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(view->myNotes().size(), 2);
        window.closeWorkshop();

        // The facilitator merges the pack back: Alice's new note, authored by her.
        QVERIFY(window.openFile(f.target));
        QVERIFY(!window.prepareView()->isVisible());
        // The facilitator's window: the panels of the workshop's phase, none left from the pack.
        QCOMPARE(notesDock->isVisible(), phaseLayout(window.workshop()->info().phase)
                                             .docks.contains(QStringLiteral("notesDock")));
        QVERIFY(window.facilitation()->bar()->isVisible());
        QVERIFY2(window.mergeController()->mergeFiles({pack}, false, &error), qPrintable(error));
        bool found = false;
        for (const Note &n : window.workshop()->rows<Note>())
            found |= n.text == QStringLiteral("The payment provider rate-limits us") &&
                     n.author == f.aliceId;
        QVERIFY(found);
        QVERIFY(window.workshop()->info().preparedFor.isNull());
        QVERIFY(noteTexts(*window.workshop())
                    .contains(QStringLiteral("Bob: nobody tested the rollback")));
    }
};

QTEST_MAIN(TestMergeGui)
#include "tst_mergegui.moc"

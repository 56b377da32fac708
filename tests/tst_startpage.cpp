// The start page and the window without a workshop: recent workshops read through the core (with
// their counts, or marked missing), removed and opened by keyboard, a copy of the sample, "New
// from template", no empty docks or palette, and the first start's maximized window. Settings and
// the data folder are the test's own (test-mode standard paths).

#include "facilitation/newworkshopwizard.h"
#include "guisupport.h"
#include "launchcheck.h"
#include "mainwindow.h"
#include "phaselayout.h"
#include "recentfiles.h"
#include "start/recentlist.h"
#include "start/sampleworkshop.h"
#include "start/templatechooser.h"
#include "startpage.h"
#include "testsupport.h"
#include "translations.h"
#include "windowmanager.h"
#include "workshop.h"

#include <QAbstractButton>
#include <QCommandLinkButton>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QToolBar>

namespace {

RecentList *recentList(const MainWindow &window)
{
    return window.findChild<RecentList *>(QStringLiteral("recentList"));
}

QListWidgetItem *entryFor(RecentList *list, const QString &path)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(RecentList::PathRole).toString() == path)
            return list->item(i);
    }
    return nullptr;
}

QStringList visibleDocks(const MainWindow &window)
{
    QStringList names;
    for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
        if (dock->isVisible())
            names << dock->objectName();
    }
    names.sort();
    return names;
}

QToolBar *palette(const MainWindow &window)
{
    return window.findChild<QToolBar *>(QStringLiteral("componentPalette"));
}

} // namespace

class TstStartPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsRecentFilesWithCounts();
    void removesAnEntryByKey();
    void opensByEnter();
    void focusOnNewWithoutRecentFiles();
    void opensACopyOfTheSample();
    void templateStartsTheWizardWithIt();
    void noFurnitureWithoutAWorkshop();
    void fitsTheSmallScreen();
    void firstStartIsMaximized();

private:
    // A shown, active window on the start page, its recent list read.
    bool showStartPage(MainWindow &window, const QSize &size = QSize(1600, 900));

    QTemporaryDir m_dir;
    guisupport::SampleFiles m_samples;
    QString m_sample; // the "installed" sample the start page copies
};

void TstStartPage::initTestCase()
{
    testsupport::isolateSettings(QStringLiteral("tst_startpage"));
    pm::installTranslations(qApp); // as main() does: "1 note", "60 notes"
    QVERIFY(m_dir.isValid());
    m_sample = m_samples.next();
    QVERIFY(!m_sample.isEmpty());
    sampleworkshop::setSourceForTesting(m_sample);
}

void TstStartPage::init()
{
    RecentFiles().clear();
    QSettings().remove(QStringLiteral("mainWindow/geometry"));
    QDir(sampleworkshop::copyFolder()).removeRecursively();
}

bool TstStartPage::showStartPage(MainWindow &window, const QSize &size)
{
    window.resize(size);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    RecentList *list = recentList(window);
    return list && QTest::qWaitFor([list] { return !list->isReading(); });
}

void TstStartPage::listsRecentFilesWithCounts()
{
    const QString sample = m_samples.next();
    const QString missing = m_dir.filePath(QStringLiteral("moved-away.premortem"));
    const QString broken = m_dir.filePath(QStringLiteral("broken.premortem"));
    QVERIFY(testsupport::writeAll(broken, "not a workshop at all"));
    QVERIFY(testsupport::writeAll(missing, "soon gone"));
    RecentFiles recent;
    recent.add(broken);
    recent.add(missing);
    recent.add(sample);
    QVERIFY(QFile::remove(missing));

    MainWindow window;
    QVERIFY(showStartPage(window));
    RecentList *list = recentList(window);
    QCOMPARE(list->count(), 3);

    // The sample: its title, phase and counts as the core sees them.
    auto opened = pm::Workshop::open(sample, pm::Store::Access::ReadOnly);
    QVERIFY(opened);
    const pm::Workshop &w = *opened.value();
    const int notes = w.liveCount(pm::EntityKind::Note);
    const int modes = w.liveCount(pm::EntityKind::FailureMode);
    const int open = int(pm::launchCheck(w, {}).size());
    QVERIFY(notes > 0 && modes > 0 && open > 0); // the sample has all three, so all are checked
    QListWidgetItem *entry = entryFor(list, QFileInfo(sample).canonicalFilePath());
    QVERIFY(entry);
    QCOMPARE(list->item(0), entry); // newest first
    QCOMPARE(entry->data(RecentList::StateRole).toInt(), int(RecentList::Ready));
    QCOMPARE(entry->text(), w.info().title);
    const QString detail = entry->data(RecentList::DetailRole).toString();
    QVERIFY2(detail.contains(QStringLiteral("%1 notes").arg(notes)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("%1 failure modes").arg(modes)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("%1 open high risk").arg(open)), qPrintable(detail));
    QVERIFY2(detail.contains(pm::displayName(w.info().phase)), qPrintable(detail));
    QVERIFY(entry->data(Qt::AccessibleTextRole).toString().contains(w.info().title));
    QVERIFY(entry->data(RecentList::ChangedRole)
                .toString()
                .contains(QString::number(QFileInfo(sample).lastModified().date().year())));

    // The missing file: marked missing, not dropped.
    QListWidgetItem *gone = entryFor(list, QFileInfo(missing).absoluteFilePath());
    QVERIFY(gone);
    QCOMPARE(gone->data(RecentList::StateRole).toInt(), int(RecentList::Missing));
    QVERIFY(gone->data(RecentList::DetailRole).toString().startsWith(QStringLiteral("Missing")));

    // The broken file: says why, in the core's words.
    QListWidgetItem *bad = entryFor(list, QFileInfo(broken).canonicalFilePath());
    QVERIFY(bad);
    QCOMPARE(bad->data(RecentList::StateRole).toInt(), int(RecentList::Failed));
    QVERIFY2(bad->data(RecentList::DetailRole).toString().contains(QStringLiteral("not a")),
             qPrintable(bad->data(RecentList::DetailRole).toString()));

    // Reading the list changed none of the files (no lock left, nothing written).
    QVERIFY(!QFileInfo::exists(sample + QStringLiteral(".lock")));
}

void TstStartPage::removesAnEntryByKey()
{
    const QString present = m_samples.next();
    const QString missing = m_dir.filePath(QStringLiteral("lost.premortem"));
    QVERIFY(testsupport::writeAll(missing, "soon gone"));
    RecentFiles().add(missing);
    RecentFiles().add(present);
    QVERIFY(QFile::remove(missing));
    const QString missingEntry = QFileInfo(missing).absoluteFilePath();
    QVERIFY(RecentFiles().entries().contains(missingEntry));

    MainWindow window;
    QVERIFY(showStartPage(window));
    RecentList *list = recentList(window);
    QCOMPARE(QApplication::focusWidget(), list); // focus starts in the list
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentPath(), missingEntry);
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 1);
    QVERIFY(!entryFor(list, missingEntry));
    QVERIFY(!RecentFiles().entries().contains(missingEntry));
    QCOMPARE(RecentFiles().entries(), QStringList{QFileInfo(present).canonicalFilePath()});
    QVERIFY(QFileInfo::exists(present)); // only the list entry goes, never a file

    // The button does the same; with the list empty, focus moves on to "New".
    QVERIFY(QTest::qWaitFor([list] { return !list->isReading(); }));
    auto *remove = window.findChild<QPushButton *>(QStringLiteral("removeRecentButton"));
    QVERIFY(remove && remove->isEnabled());
    QTest::keyClick(&window, Qt::Key_M, Qt::AltModifier); // Re&move from List
    QTRY_VERIFY(RecentFiles().entries().isEmpty());       // an access key "animates" its click
    QVERIFY(!list->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("noRecentLabel"))->isVisible());
    QCOMPARE(QApplication::focusWidget(),
             window.findChild<QWidget *>(QStringLiteral("newBlankButton")));
    QVERIFY(QFileInfo::exists(present));
}

void TstStartPage::opensByEnter()
{
    const QString first = m_samples.next();
    const QString second = m_samples.next();
    RecentFiles().add(first);
    RecentFiles().add(second); // newest, at the top

    MainWindow window;
    QVERIFY(showStartPage(window));
    RecentList *list = recentList(window);
    QCOMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(window.workshop());
    QCOMPARE(window.workshop()->path(), QFileInfo(first).canonicalFilePath());
    QVERIFY(!window.workshop()->isReadOnly());

    // Closing comes back to the start page, with the file just opened on top.
    window.closeWorkshop();
    QVERIFY(QTest::qWaitFor([list] { return list->isVisible() && !list->isReading(); }));
    QCOMPARE(list->item(0)->data(RecentList::PathRole).toString(),
             QFileInfo(first).canonicalFilePath());
    QCOMPARE(QApplication::focusWidget(), list);
}

void TstStartPage::focusOnNewWithoutRecentFiles()
{
    MainWindow window;
    QVERIFY(showStartPage(window));
    QVERIFY(!recentList(window)->isVisible());
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("noRecentLabel"))->isVisible());
    QCOMPARE(QApplication::focusWidget(),
             window.findChild<QWidget *>(QStringLiteral("newBlankButton")));
}

void TstStartPage::opensACopyOfTheSample()
{
    const QByteArray before = testsupport::fileHash(m_sample);
    QVERIFY(!before.isEmpty());
    MainWindow window;
    QVERIFY(showStartPage(window));
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier); // Open the &Sample Workshop
    QTRY_VERIFY(window.workshop());                       // an access key "animates" its click
    const QString copy = window.workshop()->path();
    QVERIFY2(copy.startsWith(QFileInfo(sampleworkshop::copyFolder()).canonicalFilePath()),
             qPrintable(copy));
    QVERIFY(copy != QFileInfo(m_sample).canonicalFilePath());
    QVERIFY(!window.workshop()->isReadOnly()); // the room may change anything in it
    auto original = pm::Workshop::open(m_sample, pm::Store::Access::ReadOnly);
    QVERIFY(original);
    QCOMPARE(testsupport::snapshot(*window.workshop()), testsupport::snapshot(*original.value()));
    original.value().reset();
    // An edit goes to the copy; the installed sample keeps its bytes and gets no lock.
    QVERIFY(window.addNote(QStringLiteral("Tried on the copy")));
    QCOMPARE(testsupport::fileHash(m_sample), before);
    QVERIFY(!QFileInfo::exists(m_sample + QStringLiteral(".lock")));

    // Again from the start page: a fresh copy, the first one is not overwritten.
    window.closeWorkshop();
    QVERIFY(QTest::qWaitFor([&window] { return recentList(window)->isVisible(); }));
    QTest::keyClick(&window, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(window.workshop());
    QVERIFY(window.workshop()->path() != copy);
    QVERIFY(QFileInfo::exists(copy));
    QCOMPARE(testsupport::fileHash(m_sample), before);

    // No sample to copy: a message, nothing opened.
    window.closeWorkshop();
    sampleworkshop::setSourceForTesting(m_dir.filePath(QStringLiteral("not-there.premortem")));
    const pm::Result<QString> none = sampleworkshop::makeCopy();
    sampleworkshop::setSourceForTesting(m_sample);
    QVERIFY(!none);
    QVERIFY(none.error().message.contains(QStringLiteral("not installed")));
}

void TstStartPage::templateStartsTheWizardWithIt()
{
    MainWindow window;
    QVERIFY(showStartPage(window));
    auto *chooser = window.findChild<TemplateChooser *>(QStringLiteral("templateChooser"));
    QVERIFY(chooser);
    const pm::TemplateLibrary library = pm::loadTemplates(pm::defaultUserTemplateDir());
    QVERIFY(library.templates.size() >= 2);
    QCOMPARE(chooser->buttons().size(), library.templates.size());
    // Not the first template, which the wizard would choose anyway.
    const pm::WorkshopTemplate &wanted = library.templates.at(1);
    QAbstractButton *button = chooser->buttons().at(1);
    QCOMPARE(button->objectName(), QStringLiteral("template_%1").arg(wanted.id));
    QCOMPARE(button->text(), wanted.name);
    QCOMPARE(static_cast<QCommandLinkButton *>(button)->description(), wanted.description);

    QString chosen;
    QString listed;
    bool seen = false;
    // The wizard is modal: look at it from inside its event loop, then cancel.
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *wizard = qobject_cast<NewWorkshopWizard *>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        seen = true;
        chosen = wizard->field(QStringLiteral("templateId")).toString();
        if (auto *list = wizard->findChild<QListWidget *>(QStringLiteral("templateList")))
            listed = list->currentItem()->data(Qt::UserRole).toString();
        wizard->reject();
    });
    poll.start();
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space); // as the keyboard chooses a card
    poll.stop();
    QVERIFY(seen);
    QCOMPARE(chosen, wanted.id);
    QCOMPARE(listed, wanted.id);
    QVERIFY(!window.workshop()); // cancelled: still on the start page
}

void TstStartPage::noFurnitureWithoutAWorkshop()
{
    MainWindow window;
    QVERIFY(showStartPage(window));
    QVERIFY(!window.findChildren<QDockWidget *>().isEmpty());
    QCOMPARE(visibleDocks(window), QStringList());
    QVERIFY(!palette(window)->isVisible());
    // Nor can the View menu bring an empty panel back.
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(!dock->toggleViewAction()->isEnabled(), qPrintable(dock->objectName()));

    // A workshop brings the docks of its phase and the palette.
    const QString path = m_samples.next();
    QVERIFY(window.openFile(path));
    QStringList wanted = phaseLayout(window.workshop()->info().phase).docks;
    wanted.sort();
    QVERIFY(!wanted.isEmpty());
    QCOMPARE(visibleDocks(window), wanted);
    // The palette with the board only: the sample is in Rank, which opens on the matrix.
    const PhaseLayout layout = phaseLayout(window.workshop()->info().phase);
    QCOMPARE(window.isMatrixShown(), layout.centre == CentreView::Matrix);
    QCOMPARE(palette(window)->isVisible(), layout.palette && layout.centre == CentreView::Board);
    window.showMatrix(false);
    QVERIFY(palette(window)->isVisible());
    QVERIFY(window.findChild<QDockWidget *>(wanted.first())->toggleViewAction()->isEnabled());

    // And they go again with it; presentation mode on the start page does not bring them back.
    window.closeWorkshop();
    QCOMPARE(visibleDocks(window), QStringList());
    QVERIFY(!palette(window)->isVisible());
    window.setPresentationMode(true);
    window.setPresentationMode(false);
    QCOMPARE(visibleDocks(window), QStringList());
    QVERIFY(!palette(window)->isVisible());
}

void TstStartPage::fitsTheSmallScreen()
{
    RecentFiles().add(m_samples.next());
    MainWindow window;
    QVERIFY(showStartPage(window, QSize(1366, 768)));
    auto *scroll = window.findChild<StartPage *>()->findChild<QScrollArea *>();
    QVERIFY(scroll);
    QVERIFY2(window.minimumSizeHint().width() <= 1366,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QTRY_COMPARE(scroll->verticalScrollBar()->maximum(), 0);
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    // Every way to start is in view.
    for (const char *name : {"openSampleButton", "newBlankButton", "guideButton"}) {
        auto *w = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(w && w->isVisible(), name);
        const QRect inWindow(w->mapTo(&window, QPoint(0, 0)), w->size());
        QVERIFY2(window.rect().contains(inWindow), name);
    }
}

void TstStartPage::firstStartIsMaximized()
{
    QVERIFY(!QSettings().contains(QStringLiteral("mainWindow/geometry")));
    {
        WindowManager windows;
        MainWindow *window = windows.newWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->isMaximized());
    }
    // The user makes it smaller; closing remembers that, and the next start restores it.
    QRect chosen;
    {
        MainWindow window;
        window.setGeometry(40, 60, 1200, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.isMaximized());
        chosen = window.geometry();
        window.close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    WindowManager windows;
    MainWindow *window = windows.newWindow();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!window->isMaximized());
    QCOMPARE(window->geometry(), chosen);
}

GUISUPPORT_PROJECTOR_MAIN(TstStartPage)
#include "tst_startpage.moc"

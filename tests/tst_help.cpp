// Help and desktop manners: F1 opens the workshop guide built from the keyboard map, Keyboard
// Shortcuts and About have their own menu items, the About box names the licence, Preferences
// keeps the language, and windows and dialogs cope with a dark palette, large fonts and the
// keyboard alone.

#include "aboutdialog.h"
#include "appicon.h"
#include "guide.h"
#include "language.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "shortcuts.h"
#include "testsupport.h"
#include "translations.h"
#include "vocabulary.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>

#include <memory>

namespace {

QMenu *menuWithAction(const MainWindow &window, const QString &objectName)
{
    for (QAction *top : window.menuBar()->actions()) {
        if (!top->menu())
            continue;
        for (QAction *a : top->menu()->actions()) {
            if (a->objectName() == objectName)
                return top->menu();
        }
    }
    return nullptr;
}

QPalette darkQPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The share of an image's pixels that are light (text on a dark background).
double lightShare(const QImage &image)
{
    qint64 light = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            light += qGray(image.pixel(x, y)) > 160 ? 1 : 0;
    }
    return double(light) / (qint64(image.width()) * image.height());
}

void keepScreenshot(const QImage &image, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TstHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void f1OpensTheGuide();
    void guideListsEveryShortcutAndPhase();
    void helpMenu();
    void shortcutsDialogFitsItsTable();
    void aboutNamesVersionAndLicence();
    void preferencesKeepTheLanguage();
    void darkPalette();
    void largeFonts();
    void accessibleNamesAndFocus();
};

void TstHelp::initTestCase()
{
    testsupport::isolateSettings(QStringLiteral("tst_help"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    pm::installTranslations(qApp, QLocale(QLocale::English));
}

void TstHelp::cleanup()
{
    QApplication::setPalette(QPalette());
    QApplication::setFont(QFont());
}

void TstHelp::f1OpensTheGuide()
{
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(!window.findChild<GuideDialog *>());
    QTest::keyClick(&window, Qt::Key_F1);
    auto *guide = window.findChild<GuideDialog *>();
    QVERIFY2(guide, "F1 did not open the guide");
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    QVERIFY(!guide->isModal()); // the facilitator keeps it beside the board
    // F1 again raises the same guide rather than stacking another one.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    QCOMPARE(window.findChildren<GuideDialog *>().size(), 1);
    keepScreenshot(guide->grab().toImage(), QStringLiteral("guide.png"));
    // And the whole text as one page, to read it through.
    QTextDocument *document = guide->browser()->document();
    QImage page(document->size().toSize(), QImage::Format_RGB32);
    page.fill(guide->palette().color(QPalette::Base));
    QPainter painter(&page);
    document->drawContents(&painter);
    painter.end();
    keepScreenshot(page, QStringLiteral("guide-page.png"));
}

void TstHelp::guideListsEveryShortcutAndPhase()
{
    GuideDialog guide;
    const QString text = guide.browser()->toPlainText();
    for (const shortcuts::Entry &entry : shortcuts::all()) {
        if (entry.keys.isEmpty())
            continue;
        QVERIFY2(text.contains(shortcuts::keysText(entry.id)), entry.text);
        QVERIFY2(text.contains(shortcuts::text(entry.id)), entry.text);
    }
    for (pm::Phase phase : pm::allValues<pm::Phase>())
        QVERIFY2(text.contains(pm::displayName(phase)), qPrintable(pm::keyOf(phase)));
    QVERIFY(text.contains(pm::displayName(pm::Category::MemoryLeak)));
    // The phases' words tell the method as it is now: arrows between components, and every
    // person scoring on their own before the room agrees.
    QVERIFY(text.contains(QStringLiteral("what depends on what with ") +
                          shortcuts::keysText(shortcuts::Id::AddDependency)));
    QVERIFY(text.contains(QStringLiteral("reveal the estimates with ") +
                          shortcuts::keysText(shortcuts::Id::RevealEstimates)));
    QVERIFY(text.contains(QStringLiteral("take the median with ") +
                          shortcuts::keysText(shortcuts::Id::AdoptMedian)));
    // Nothing of the markup leaks into the text.
    QVERIFY(!text.contains(QLatin1Char('<')) || text.contains(QStringLiteral("<date>")));
}

void TstHelp::helpMenu()
{
    MainWindow window;
    QAction *guide = window.boardAction(shortcuts::Id::ShowHelp);
    QCOMPARE(guide->text(), QStringLiteral("Workshop Guide"));
    QVERIFY(guide->shortcuts().contains(QKeySequence(QKeySequence::HelpContents)));
    QMenu *help = menuWithAction(window, QStringLiteral("actionShortcuts"));
    QVERIFY2(help, "no Keyboard Shortcuts item");
    QCOMPARE(help, menuWithAction(window, QStringLiteral("actionAbout")));
    QVERIFY(help->actions().contains(guide));
    auto *keys = window.findChild<QAction *>(QStringLiteral("actionShortcuts"));
    QCOMPARE(keys->text(), QStringLiteral("&Keyboard Shortcuts"));
    QVERIFY(keys->shortcut().isEmpty()); // F1 belongs to the guide
    QVERIFY(menuWithAction(window, QStringLiteral("actionPreferences")));
}

// The Keyboard Shortcuts dialog is as wide as its table: no key or action cut, no scrolling
// sideways (issue 21 item 12), and it stays on the screen.
void TstHelp::shortcutsDialogFitsItsTable()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *keys = window.findChild<QAction *>(QStringLiteral("actionShortcuts"));
    QVERIFY(keys);
    QString failure = QStringLiteral("the dialog did not open");
    QTimer poll;
    poll.setInterval(50);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        poll.stop();
        QTest::qWait(100); // laid out and shown
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        if (!table)
            failure = QStringLiteral("no table");
        else if (table->horizontalScrollBar()->isVisible())
            failure = QStringLiteral("a horizontal scroll bar: %1 px to scroll, the dialog %2 px, "
                                     "columns %3 + %4, viewport %5")
                          .arg(table->horizontalScrollBar()->maximum())
                          .arg(dialog->width())
                          .arg(table->columnWidth(0))
                          .arg(table->columnWidth(1))
                          .arg(table->viewport()->width());
        else if (const int cut =
                     [&] {
                         for (int row = 0; row < table->rowCount(); ++row) {
                             if (table->rowHeight(row) <
                                 static_cast<QAbstractItemView *>(table)->sizeHintForRow(row))
                                 return row;
                         }
                         return -1;
                     }();
                 cut >= 0)
            failure = QStringLiteral("row %1 is cut: %2 of %3 px")
                          .arg(cut)
                          .arg(table->rowHeight(cut))
                          .arg(static_cast<QAbstractItemView *>(table)->sizeHintForRow(cut));
        else if (!dialog->screen()->availableGeometry().contains(dialog->frameGeometry()))
            failure = QStringLiteral("off the screen");
        else
            failure.clear();
        dialog->close();
    });
    poll.start();
    keys->trigger();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TstHelp::aboutNamesVersionAndLicence()
{
    const QString about = aboutText();
    QVERIFY(about.contains(QStringLiteral("9.8.7")));
    QVERIFY(about.contains(QStringLiteral("MIT licence")));
    QVERIFY(about.contains(QStringLiteral("2026 The Premortem authors")));
    QApplication::setWindowIcon(appIcon()); // as main() does
    std::unique_ptr<QMessageBox> box(createAboutBox(nullptr));
    box->show();
    QVERIFY(QTest::qWaitForWindowExposed(box.get()));
    QVERIFY(!box->iconPixmap().isNull());
    QCOMPARE(box->detailedText(), licenceText());
    keepScreenshot(box->grab().toImage(), QStringLiteral("about.png"));
    const QString licence = licenceText();
    QVERIFY(licence.startsWith(QStringLiteral("MIT License")));
    QVERIFY(licence.contains(QStringLiteral("Copyright (c) 2026 The Premortem authors")));
}

void TstHelp::preferencesKeepTheLanguage()
{
    QCOMPARE(language::chosen(), QString());
    {
        PreferencesDialog dialog;
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
        QCOMPARE(box->currentIndex(), 0); // the system's
        QCOMPARE(box->count(), int(language::available().size()) + 1);
        const int english = box->findText(QStringLiteral("English"));
        QVERIFY(english > 0);
        box->setCurrentIndex(english);
        dialog.accept();
    }
    QCOMPARE(language::chosen(), QStringLiteral("en"));
    QCOMPARE(language::uiLocale().language(), QLocale::English);
    {
        PreferencesDialog dialog; // shows the stored choice, and says when it applies
        auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
        QCOMPARE(box->currentText(), QStringLiteral("English"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("restartNote"))
                    ->text()
                    .contains(QStringLiteral("next start")));
        box->setCurrentIndex(0);
        dialog.accept();
    }
    QCOMPARE(language::chosen(), QString());
    QCOMPARE(language::uiLocale(), QLocale::system());
}

void TstHelp::darkPalette()
{
    QApplication::setPalette(darkQPalette());
    // Dialogs and panels draw with the palette: mostly dark, with light text.
    GuideDialog guide;
    guide.show();
    QVERIFY(QTest::qWaitForWindowExposed(&guide));
    const QImage image = guide.browser()->viewport()->grab().toImage();
    const QColor corner = image.pixelColor(2, 2);
    QVERIFY2(qGray(corner.rgb()) < 80, qPrintable(corner.name()));
    const double light = lightShare(image);
    QVERIFY2(light > 0.005 && light < 0.5, qPrintable(QString::number(light)));
    keepScreenshot(guide.grab().toImage(), QStringLiteral("guide-dark.png"));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QImage start = window.grab().toImage();
    QVERIFY(qGray(start.pixel(start.width() / 2, start.height() - 20)) < 80); // the start page
    keepScreenshot(start, QStringLiteral("window-dark.png"));

    PreferencesDialog preferences;
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    const QImage prefs = preferences.grab().toImage();
    QVERIFY(qGray(prefs.pixel(1, 1)) < 80);
}

void TstHelp::largeFonts()
{
    QFont large = QApplication::font();
    large.setPointSizeF(20);
    QApplication::setFont(large);
    const QSize screen(1920, 1080);

    MainWindow window;
    QVERIFY2(window.minimumSizeHint().width() <= screen.width() &&
                 window.minimumSizeHint().height() <= screen.height(),
             "the window no longer fits a 1080p screen");

    // Dialogs grow with the font instead of clipping their text.
    PreferencesDialog preferences;
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    auto *note = preferences.findChild<QLabel *>(QStringLiteral("restartNote"));
    keepScreenshot(preferences.grab().toImage(), QStringLiteral("preferences-large.png"));
    QVERIFY(note->width() >= note->sizeHint().width());
    QVERIFY(note->height() >= note->sizeHint().height());
    QVERIFY(preferences.width() <= screen.width());

    GuideDialog guide; // no larger than the screen it is on
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY(guide.width() <= available.width() && guide.height() <= available.height());
    QVERIFY(guide.browser()->document()->defaultFont().pointSizeF() >= 20);
}

void TstHelp::accessibleNamesAndFocus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char *name : {"componentPalette", "noteList"}) {
        QWidget *widget = window.findChild<QWidget *>(QString::fromLatin1(name));
        QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
    }
    PreferencesDialog preferences;
    auto *box = preferences.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QCOMPARE(box->accessibleName(), QStringLiteral("Language"));
    // On Linux screen readers name a combo box by its label (the relation), so it has one.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(box);
    QVERIFY(iface);
    const auto labels = iface->relations(QAccessible::Label);
    QVERIFY(!labels.isEmpty());
    QCOMPARE(labels.constFirst().first->text(QAccessible::Name), QStringLiteral("Language:"));
    // The keyboard reaches the choice first, then the buttons.
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    QVERIFY(box->hasFocus() || preferences.focusWidget() == box);
    QWidget *next = box->nextInFocusChain();
    while (next && next->focusPolicy() == Qt::NoFocus)
        next = next->nextInFocusChain();
    QVERIFY(qobject_cast<QPushButton *>(next));

    // Start page: from a new blank workshop on to the sample.
    auto *blank = window.findChild<QPushButton *>(QStringLiteral("newBlankButton"));
    auto *sample = window.findChild<QPushButton *>(QStringLiteral("openSampleButton"));
    QVERIFY(blank && sample);
    QVERIFY(blank->text().contains(QStringLiteral("New")));
    QWidget *after = blank->nextInFocusChain();
    while (after && after->focusPolicy() == Qt::NoFocus)
        after = after->nextInFocusChain();
    QCOMPARE(after, sample);
}

QTEST_MAIN(TstHelp)
#include "tst_help.moc"

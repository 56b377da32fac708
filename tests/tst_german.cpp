// The German user interface, started offscreen the way main() starts it: menu titles, board
// actions, the start page, the guide and the preferences speak German. With
// PREMORTEM_SCREENSHOT_DIR set, the window and the guide are saved there for a look.

#include "guide.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "testsupport.h"
#include "translations.h"
#include "workshop.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

namespace {

void keepScreenshot(const QImage &image, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions())
        titles << menu->text();
    return titles;
}

// A small German workshop laid out as a facilitator would have it after clustering.
QString createGermanWorkshop(const QString &path)
{
    auto created = pm::Workshop::create(
        path, QStringLiteral("Checkout v2 – Einführung"),
        QStringLiteral(
            "Es ist März 2027. Die Einführung von Checkout v2 ist gescheitert: drei Tage "
            "lang wurde jede fünfte Bestellung doppelt abgebucht."));
    if (!created)
        return QString();
    pm::Workshop &w = *created.value();
    auto component = [&](const char *name, pm::ComponentKind kind, double x, double y) {
        pm::Component c;
        c.meta.id = QUuid::createUuid();
        c.name = QString::fromUtf8(name);
        c.kind = kind;
        c.x = x;
        c.y = y;
        c.width = 500;
        c.height = 360;
        return w.add(c) ? c.meta.id : QUuid();
    };
    const QUuid api = component("Checkout-API", pm::ComponentKind::Service, 0, 0);
    const QUuid db = component("Bestelldatenbank", pm::ComponentKind::Datastore, 560, 0);
    const QUuid psp = component("Kartenanbieter", pm::ComponentKind::External, 1120, 0);
    pm::FailureMode retries;
    retries.meta.id = QUuid::createUuid();
    retries.title = QStringLiteral("Doppelte Abbuchungen durch Retries");
    retries.component = psp;
    retries.likelihood = 4;
    retries.blastRadius = 4;
    if (!w.add(retries))
        return QString();
    struct Text
    {
        const char *text;
        pm::Category category;
        QUuid component;
        QUuid failureMode;
        double x, y;
    };
    const QList<Text> notes{
        {"Retry-Sturm, wenn der Kartenanbieter langsam wird", pm::Category::Load, psp,
         retries.meta.id, 1150, 110},
        {"Idempotenz-Schlüssel laufen ab, bevor die Retries enden", pm::Category::Bug, psp,
         retries.meta.id, 1160, 120},
        {"Kein Canary: der neue Ablauf ging in allen Regionen gleichzeitig live",
         pm::Category::Rollout,
         api,
         {},
         20,
         60},
        {"Niemand hat das Rollback-Skript je geprobt", pm::Category::BlindSpot, api, {}, 250, 160},
        {"Zwei Schreiber nach einem Failover", pm::Category::RaceCondition, db, {}, 580, 60},
        {"Kein Alarm auf doppelte Zahlungen", pm::Category::Observability, db, {}, 800, 180},
    };
    for (const Text &t : notes) {
        pm::Note note;
        note.text = QString::fromUtf8(t.text);
        note.category = t.category;
        note.component = t.component;
        note.failureMode = t.failureMode;
        note.x = t.x;
        note.y = t.y;
        if (!w.add(note))
            return QString();
    }
    return path;
}

} // namespace

class TstGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusAreGerman();
    void workshopWindow();
    void guideIsGerman();
    void preferences();

private:
    QTemporaryDir m_dir;
};

void TstGerman::initTestCase()
{
    testsupport::isolateSettings(QStringLiteral("tst_german"));
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    pm::installTranslations(qApp, german);
}

void TstGerman::menusAreGerman()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"),
                          QStringLiteral("&Ansicht"), QStringLiteral("&Workshop"),
                          QStringLiteral("&Hilfe")}));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionOpen"))->text(),
             QStringLiteral("Ö&ffnen…"));
    QCOMPARE(window.boardAction(shortcuts::Id::ShowHelp)->text(),
             QStringLiteral("Workshop-Leitfaden"));
    QCOMPARE(window.boardAction(shortcuts::Id::NewNote)->text(), QStringLiteral("Neue Notiz"));
    QCOMPARE(window.windowTitle(), QStringLiteral("Premortem"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("startTitle"))
                ->text()
                .startsWith(QStringLiteral("Premortem: Stellen Sie sich vor")));
}

void TstGerman::workshopWindow()
{
    const QString path = createGermanWorkshop(m_dir.filePath(QStringLiteral("de.premortem")));
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(
        window.addNote(QStringLiteral("Der Support konnte doppelte Abbuchungen nicht erkennen")));
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Notiz hinzufügen"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionUndo"))->text(),
             QStringLiteral("Notiz hinzufügen rückgängig machen")); // Qt's own
    QTest::qWait(50);
    keepScreenshot(window.grab().toImage(), QStringLiteral("german-window.png"));
}

void TstGerman::guideIsGerman()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.boardAction(shortcuts::Id::ShowHelp)->trigger();
    auto *guide = window.findChild<GuideDialog *>();
    QVERIFY(guide);
    QVERIFY(QTest::qWaitForWindowExposed(guide));
    const QString text = guide->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Stilles Schreiben")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Tastenkürzel")));
    QCOMPARE(guide->windowTitle(), QStringLiteral("Workshop-Leitfaden"));
    keepScreenshot(guide->grab().toImage(), QStringLiteral("german-guide.png"));
}

void TstGerman::preferences()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Einstellungen"));
    auto *box = dialog.findChild<QComboBox *>(QStringLiteral("languageBox"));
    QVERIFY(box->findText(QStringLiteral("Deutsch")) >= 0);
    QVERIFY(box->findText(QStringLiteral("English")) >= 0);
    keepScreenshot(dialog.grab().toImage(), QStringLiteral("german-preferences.png"));
}

QTEST_MAIN(TstGerman)
#include "tst_german.moc"

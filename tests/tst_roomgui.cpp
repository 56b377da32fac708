// The window's side of hosting a room (issue #15): Workshop > Invite the Room… (Ctrl+I) starts a
// real room::RoomServer that answers on its port, the join screen shows the address and its QR
// code, the counts follow real QWebSocket participants (never their note text), lock, change of
// code and removal act on the server, a participant's note is undone with Ctrl+Z and leaves the
// file, the timer reaches the page, the window fits the projector and a laptop with the join
// screen shown, and closing the workshop or the window stops the server.

#include "banner.h"
#include "boardview.h"
#include "facilitation.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "phasetimer.h"
#include "qrcodewidget.h"
#include "risk.h"
#include "roomclient.h"
#include "roomcontroller.h"
#include "roompanel.h"
#include "roomserver.h"
#include "shortcuts.h"
#include "testsupport.h"
#include "translations.h"
#include "workshop.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScreen>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QUndoStack>
#include <QWebSocket>

#include <memory>

using namespace pm;

namespace {

// The HTTP status of a GET, or -1 when nothing answers (no server listening).
int httpStatus(const QUrl &url)
{
    QNetworkAccessManager manager;
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(10000))
        return -2;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return status.isValid() ? status.toInt() : -1;
}

using roomtest::isAck;
using roomtest::RoomClient;

// A note in the category the room tests write in.
QJsonObject writeNote(RoomClient &client, const QUuid &id, const QString &text)
{
    return client.note(id, text, keyOf(Category::Observability));
}

QString shown(const QLabel *label)
{
    return label->text().remove(QChar(0x200B)); // the break opportunities in the address
}

QUrl withoutCode(const QUrl &joinUrl)
{
    QUrl url = joinUrl;
    url.setPath(QStringLiteral("/"));
    return url;
}

// A window with the sample workshop, its room listening on a free port of this machine only.
struct Fixture
{
    guisupport::SampleFiles samples;
    MainWindow window;
    QString path;

    bool open(const QSize &size = QSize(1600, 1000))
    {
        path = samples.next();
        if (path.isEmpty() ||
            !guisupport::openAndShow(window, path, size, guisupport::Wait::Active))
            return false;
        room::ServeOptions options;
        options.address = QHostAddress::LocalHost;
        options.port = 0;
        window.room()->setServeOptions(options);
        // Before writing, as a room is usually invited: the full join screen.
        return window.facilitation()->setPhase(Phase::People);
    }
    RoomController *room() const { return window.room(); }
    RoomPanel *panel() const { return window.room()->panel(); }
    bool startByKey()
    {
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
        return room()->isRunning();
    }
};

} // namespace

class TestRoomGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings(QStringLiteral("tst_roomgui"));
        pm::installTranslations(qApp); // English plurals ("2 notes")
    }

    void offByDefaultAndInTheMenu();
    void actionStartsAServerThatAnswers();
    void joinScreenShowsAddressAndCode();
    void countsFollowAParticipantButNotTheText();
    void undoRemovesAParticipantNoteFromTheFile();
    void lockRefusesANewJoiner();
    void changeCodeAsksInlineAndDisconnects();
    void removeDeviceWithTheDeleteKey();
    void timerReachesThePage();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void writingShrinksTheJoinScreen();
    void closingTheWorkshopStopsTheRoom();
    void closingTheWindowStopsTheRoom();
    void portTakenShowsABanner();
};

void TestRoomGui::offByDefaultAndInTheMenu()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(!f.room()->isRunning());
    QVERIFY(!f.room()->server());
    QVERIFY(!f.panel()->isVisible());
    QAction *invite = f.room()->inviteAction();
    QVERIFY(invite->isEnabled());
    QVERIFY(!invite->isChecked());
    QCOMPARE(invite->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(invite->text(), shortcuts::text(shortcuts::Id::InviteRoom));
    auto *menu = f.window.findChild<QMenu *>(QStringLiteral("workshopMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(invite));
    // No other action of the window answers to Ctrl+I.
    for (QAction *a : f.window.findChildren<QAction *>()) {
        if (a != invite)
            QVERIFY2(!a->shortcuts().contains(invite->shortcut()), qPrintable(a->text()));
    }
    // Without a workshop there is nothing to invite to.
    f.window.closeWorkshop();
    QVERIFY(!invite->isEnabled());
}

void TestRoomGui::actionStartsAServerThatAnswers()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.startByKey());
    QVERIFY(f.room()->inviteAction()->isChecked());
    const QUrl url = f.room()->server()->joinUrl();
    QVERIFY(url.port() > 0);
    QCOMPARE(url.port(), int(f.room()->server()->port()));
    QCOMPARE(httpStatus(url), 200); // the participant page
    QCOMPARE(httpStatus(withoutCode(url)), 404);
    QUrl wrong = url;
    wrong.setPath(url.path().chopped(4) + QStringLiteral("0000"));
    QVERIFY(wrong != url);
    QCOMPARE(httpStatus(wrong), 404);
    // A WebSocket with the code gets through; a hello is acknowledged.
    RoomClient p;
    QVERIFY(p.greet(url));

    // The same key again stops it: nothing listens any more.
    QTest::keyClick(&f.window, Qt::Key_I, Qt::ControlModifier);
    QVERIFY(!f.room()->isRunning());
    QVERIFY(!f.room()->inviteAction()->isChecked());
    QVERIFY(!f.panel()->isVisible());
    QVERIFY(p.waitDisconnected());
    QCOMPARE(httpStatus(url), -1);
}

void TestRoomGui::joinScreenShowsAddressAndCode()
{
    Fixture f;
    QVERIFY(f.open(QSize(1920, 1080)));
    QVERIFY(f.startByKey());
    RoomPanel *panel = f.panel();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->isCompact());
    const QString url = f.room()->server()->joinUrl().toString();
    QCOMPARE(shown(panel->addressLabel()), url);
    QVERIFY(panel->addressLabel()->isVisible());
    QVERIFY(panel->addressLabel()->font().pointSizeF() >= 28); // UX.md: titles >= 28 pt
    QCOMPARE(shown(panel->countLabel()), QStringLiteral("Nobody has joined yet"));

    QrCodeWidget *qr = panel->qrCode();
    QVERIFY(qr->isVisible());
    QVERIFY(qr->hasCode());
    QCOMPARE(qr->text(), url);
    // About 400 px on the projector, so the back row can scan it.
    QVERIFY2(qr->width() >= 360 && qr->height() >= 360,
             qPrintable(QStringLiteral("%1x%2").arg(qr->width()).arg(qr->height())));
    const int side = qMin(qr->width(), qr->height());
    const QImage image =
        qr->grab(QRect((qr->width() - side) / 2, (qr->height() - side) / 2, side, side))
            .toImage()
            .convertToFormat(QImage::Format_RGB32);
    QVERIFY(qr->moduleSize() >= 8);
    QCOMPARE(guisupport::colourSet(image, 2), QSet<QRgb>({qRgb(0, 0, 0), qRgb(255, 255, 255)}));
}

void TestRoomGui::countsFollowAParticipantButNotTheText()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.window.facilitation()->setPhase(Phase::Writing));
    QVERIFY(f.startByKey());
    RoomClient p;
    QVERIFY(p.greet(f.room()->server()->joinUrl()));
    QVERIFY(isAck(p.join(QStringLiteral("Dana Okafor"))));
    const QString secret = QStringLiteral("The payment webhook retries forever");
    QVERIFY(isAck(writeNote(p, QUuid::createUuid(), secret)));
    QVERIFY(isAck(writeNote(p, QUuid::createUuid(), QStringLiteral("DNS TTL too long"))));

    RoomPanel *panel = f.panel();
    QTRY_COMPARE(shown(panel->countLabel()), QStringLiteral("1 joined · 2 notes"));
    QCOMPARE(panel->deviceList()->count(), 1);
    QCOMPARE(panel->deviceList()->item(0)->text(), QStringLiteral("Dana Okafor — 2 notes"));
    // Face down until the reveal: no label or list of the join screen shows the text.
    for (const QLabel *label : panel->findChildren<QLabel *>())
        QVERIFY(!label->text().contains(QStringLiteral("webhook")));
    QVERIFY(panel->deviceList()->findItems(QStringLiteral("webhook"), Qt::MatchContains).isEmpty());
}

void TestRoomGui::undoRemovesAParticipantNoteFromTheFile()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.window.facilitation()->setPhase(Phase::Writing));
    QVERIFY(f.startByKey());
    RoomClient p;
    QVERIFY(p.greet(f.room()->server()->joinUrl()));
    QVERIFY(isAck(p.join(QStringLiteral("Dana Okafor"))));
    const QUuid id = QUuid::createUuid();
    const int before = f.window.undoStack()->count();
    QVERIFY(isAck(writeNote(p, id, QStringLiteral("Feature flag service has no fallback"))));

    auto inFile = [&f, id] {
        auto reread = Workshop::open(f.path, Store::Access::ReadOnly);
        return reread && (*reread)->findLive<Note>(id) != nullptr;
    };
    QVERIFY(inFile()); // acknowledged means committed
    QTRY_COMPARE(f.window.undoStack()->count(), before + 1);
    QVERIFY(f.window.undoStack()->canUndo());

    f.window.boardView()->setFocus();
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!f.window.workshop()->findLive<Note>(id));
    QVERIFY(!inFile());
    // And back with redo.
    QTest::keyClick(&f.window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.window.workshop()->findLive<Note>(id));
    QVERIFY(inFile());
}

void TestRoomGui::lockRefusesANewJoiner()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.startByKey());
    const QUrl url = f.room()->server()->joinUrl();
    RoomClient early;
    QVERIFY(early.greet(url));

    RoomPanel *panel = f.panel();
    QCOMPARE(panel->lockButton()->text(), QStringLiteral("L&ock the Room"));
    // The button's access key; a button clicked by its access key shows the press briefly first.
    QTest::keyClick(&f.window, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(f.room()->server()->isLocked());
    QCOMPARE(panel->lockButton()->text(), QStringLiteral("Unl&ock the Room"));
    QVERIFY(shown(panel->countLabel()).contains(QStringLiteral("Room locked")));

    RoomClient late;
    if (late.open(url)) {
        const QJsonObject answer = late.hello();
        QCOMPARE(answer.value(QStringLiteral("type")).toString(), QStringLiteral("error"));
        QCOMPARE(answer.value(QStringLiteral("code")).toString(), QStringLiteral("locked"));
    }
    QCOMPARE(f.room()->server()->devices().size(), 1);
    QVERIFY(early.isConnected()); // who is in stays in

    QTest::keyClick(&f.window, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(!f.room()->server()->isLocked());
    RoomClient later;
    QVERIFY(later.greet(url));
}

void TestRoomGui::changeCodeAsksInlineAndDisconnects()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.startByKey());
    const QUrl before = f.room()->server()->joinUrl();
    RoomClient p;
    QVERIFY(p.greet(before));

    RoomPanel *panel = f.panel();
    QTest::keyClick(&f.window, Qt::Key_G, Qt::AltModifier);
    // Asked inline, not in a dialog: nothing changed yet.
    QTRY_VERIFY(panel->confirmation()->isVisible());
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(f.room()->server()->joinUrl(), before);
    QVERIFY(p.isConnected());
    // Keep: nothing happens.
    QTest::keyClick(&f.window, Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(!panel->confirmation()->isVisible());
    QCOMPARE(f.room()->server()->joinUrl(), before);

    QTest::keyClick(&f.window, Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY(panel->confirmation()->isVisible());
    QTest::keyClick(&f.window, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(!panel->confirmation()->isVisible());
    const QUrl after = f.room()->server()->joinUrl();
    QVERIFY(after != before);
    QCOMPARE(shown(panel->addressLabel()), after.toString());
    QCOMPARE(panel->qrCode()->text(), after.toString());
    QVERIFY(p.waitDisconnected());
    QCOMPARE(httpStatus(before), 404);
    QCOMPARE(httpStatus(after), 200);
}

void TestRoomGui::removeDeviceWithTheDeleteKey()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.startByKey());
    const QUrl url = f.room()->server()->joinUrl();
    RoomClient a, b;
    QVERIFY(a.open(url) && b.open(url));
    QVERIFY(isAck(a.hello()) && isAck(b.hello()));
    QVERIFY(isAck(a.join(QStringLiteral("Ana"))));
    QVERIFY(isAck(b.join(QStringLiteral("Ben"))));
    QListWidget *list = f.panel()->deviceList();
    QTRY_COMPARE(list->count(), 2);
    QVERIFY(!f.panel()->removeButton()->isEnabled()); // nothing chosen yet

    const QList<QListWidgetItem *> ben =
        list->findItems(QStringLiteral("Ben"), Qt::MatchStartsWith);
    QCOMPARE(ben.size(), 1);
    list->setFocus();
    list->setCurrentItem(ben.first());
    QVERIFY(f.panel()->removeButton()->isEnabled());
    QTest::keyClick(list, Qt::Key_Delete);
    QVERIFY(b.waitDisconnected());
    QTRY_COMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QStringLiteral("Ana")));
    QVERIFY(a.isConnected());
    QCOMPARE(shown(f.panel()->countLabel()), QStringLiteral("1 joined · 0 notes"));
}

void TestRoomGui::timerReachesThePage()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.window.facilitation()->setPhase(Phase::Writing));
    QVERIFY(f.startByKey());
    RoomClient p;
    QVERIFY(p.greet(f.room()->server()->joinUrl()));
    auto lastTimer = [&p] {
        QJsonObject timer;
        for (const QJsonObject &m : p.received) {
            if (m.value(QStringLiteral("type")).toString() == QLatin1String("state"))
                timer = m.value(QStringLiteral("timer")).toObject();
        }
        return timer;
    };
    PhaseTimer *timer = f.window.facilitation()->timer();
    QVERIFY(timer->hasTimer());
    QVERIFY(!timer->isRunning());
    QTRY_VERIFY(!lastTimer().isEmpty());
    QCOMPARE(lastTimer().value(QStringLiteral("running")).toBool(), false);

    f.window.boardView()->setFocus();
    QTest::keyClick(f.window.boardView(), Qt::Key_T); // the facilitator starts the timer
    QVERIFY(timer->isRunning());
    QTRY_COMPARE(lastTimer().value(QStringLiteral("running")).toBool(), true);
    const int remaining = lastTimer().value(QStringLiteral("remaining")).toInt();
    QVERIFY2(qAbs(remaining - timer->remainingSeconds()) <= 2,
             qPrintable(QString::number(remaining)));

    QTest::keyClick(f.window.boardView(), Qt::Key_T, Qt::ShiftModifier); // one more minute
    QTRY_VERIFY(lastTimer().value(QStringLiteral("remaining")).toInt() >= remaining + 55);
}

void TestRoomGui::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<bool>("presentation");
    // A laptop's window on the projector's screen; then the screen of the registration (the
    // projector, or PREMORTEM_TEST_SCREEN's laptop) in the window and in F11, which fills it.
    QTest::newRow("laptop-sized window") << QSize(1366, 768) << false;
    const QSize screen = QGuiApplication::primaryScreen()->size();
    const QString name =
        screen.height() >= 1080 ? QStringLiteral("projector") : QStringLiteral("laptop");
    QTest::newRow(qPrintable(name)) << screen << false;
    QTest::newRow(qPrintable(name + QStringLiteral(" F11"))) << screen << true;
}

void TestRoomGui::fitsTheScreen()
{
    QFETCH(QSize, screen);
    QFETCH(bool, presentation);
    Fixture f;
    QVERIFY(f.open(screen));
    QApplication::processEvents();
    // What the window needs without a room (its panels of the phase, which on a laptop already
    // ask for more than 1366 px); the room adds nothing to it.
    const QSize limit = screen.expandedTo(f.window.minimumSizeHint()).expandedTo(f.window.size());
    QVERIFY(f.startByKey());
    if (presentation) {
        QTest::keyClick(&f.window, Qt::Key_F11);
        QVERIFY(f.window.isPresentationMode());
    }
    // In F11 the window is the screen, whatever the join screen shows: it never asks for more
    // (at 1366x768 it once grew past the screen's bottom edge).
    auto fillsTheScreen = [&] {
        if (!presentation)
            return true;
        QApplication::processEvents();
        const QSize needs = f.window.minimumSizeHint();
        if (f.window.size() == screen && needs.width() <= screen.width() &&
            needs.height() <= screen.height())
            return true;
        qWarning("the window is %dx%d, needs %dx%d", f.window.width(), f.window.height(),
                 needs.width(), needs.height());
        return false;
    };
    QVERIFY(fillsTheScreen());
    QApplication::processEvents();
    const QSize minimum = f.window.minimumSizeHint();
    QVERIFY2(minimum.width() <= limit.width() && minimum.height() <= limit.height(),
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    QTRY_VERIFY(f.window.width() <= limit.width() && f.window.height() <= limit.height());
    RoomPanel *panel = f.panel();
    // The join screen itself needs little: beside the side panels on a laptop, under the menus.
    QVERIFY(panel->minimumSizeHint().width() <= screen.width() * 2 / 3);
    QVERIFY(panel->minimumSizeHint().height() <= screen.height() / 2);
    QVERIFY(panel->isVisible());
    // The full join screen takes the board's place, inside the window, the QR code large (about
    // 400 px on the projector) and the address and buttons whole.
    const QRect inWindow(panel->mapTo(&f.window, QPoint(0, 0)), panel->size());
    QVERIFY(f.window.rect().contains(inWindow));
    const int qrSide = qMin(panel->qrCode()->width(), panel->qrCode()->height());
    QVERIFY2(qrSide >= (screen.height() >= 1080 ? 400 : 240), qPrintable(QString::number(qrSide)));
    // The code fills the height it is given (or half the width), so the back of the room scans
    // it: in F11 the join screen has the whole screen for it (issue 21 item 13).
    const QRect area = panel->contentsRect().marginsRemoved(panel->layout()->contentsMargins());
    const int room = qMin(area.height(), area.width() / 2);
    QVERIFY2(qrSide >= room * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(qrSide).arg(room)));
    QLabel *address = panel->addressLabel();
    QVERIFY(address->height() >= address->heightForWidth(address->width()));
    // The address may wrap between host and path, never inside the join code people type.
    const QString code = f.room()->server()->joinUrl().path().section(QLatin1Char('/'), -1);
    QVERIFY2(address->text().contains(code), qPrintable(address->text()));
    QVERIFY(address->fontMetrics().horizontalAdvance(code) <= address->width());
    for (QPushButton *button :
         {panel->lockButton(), panel->changeCodeButton(), panel->stopButton()}) {
        QVERIFY(button->isVisible());
        QVERIFY(button->width() >= button->minimumSizeHint().width());
        QVERIFY(f.window.rect().contains(
            QRect(button->mapTo(&f.window, QPoint(0, 0)), button->size())));
    }
    QVERIFY(!f.window.boardView()->isVisible());
    // The strip gives the board back, most of the screen, while people write.
    QTest::keyClick(&f.window, Qt::Key_J, Qt::AltModifier); // Show Just a Strip
    QTRY_VERIFY(panel->isCompact());
    QTRY_VERIFY2(panel->height() <= 200, qPrintable(QString::number(panel->height())));
    QVERIFY(panel->qrCode()->isVisible());
    // A latecomer's phone reads the strip's code from a few metres: at least 160 px, so a
    // module is two pixels or more even when a camera sees it at half size.
    const int stripQr = qMin(panel->qrCode()->width(), panel->qrCode()->height());
    QVERIFY2(stripQr >= 160, qPrintable(QString::number(stripQr)));
    QVERIFY(!panel->deviceList()->isVisible());
    QTRY_VERIFY(f.window.boardView()->isVisible());
    QTRY_VERIFY2(f.window.boardView()->height() >= screen.height() * 2 / 5,
                 qPrintable(QString::number(f.window.boardView()->height())));
    QVERIFY(f.window.width() <= limit.width() && f.window.height() <= limit.height());
    QVERIFY(fillsTheScreen());
    // Ranking under the strip: the matrix rows keep room for a card (40 px).
    QVERIFY(f.window.facilitation()->setPhase(Phase::Rank));
    QTRY_VERIFY(f.window.isMatrixShown());
    QVERIFY(panel->isVisible());
    QVERIFY(fillsTheScreen());
    QApplication::processEvents();
    for (int likelihood = pm::kMinScore; likelihood <= pm::kMaxScore; ++likelihood) {
        const qreal row = f.window.matrixView()->cellRect(likelihood, 1).height();
        QVERIFY2(row >= 40,
                 qPrintable(QStringLiteral("likelihood %1: %2 px").arg(likelihood).arg(row)));
    }
    // And the ranked list below the matrix shows three risks, not one and a scroll bar (the
    // room's view in F11 has no panels).
    if (presentation)
        return;
    const auto *ranked = f.window.findChild<QTableView *>(QStringLiteral("rankedTable"));
    QVERIFY(ranked && ranked->isVisible() && ranked->model()->rowCount() >= 3);
    const int rankedRows = ranked->viewport()->height() / qMax(1, ranked->rowHeight(0));
    QVERIFY2(rankedRows >= 3, qPrintable(QString::number(rankedRows)));
}

void TestRoomGui::writingShrinksTheJoinScreen()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.startByKey());
    QVERIFY(!f.panel()->isCompact());
    // Moving on to silent writing makes room for the board.
    QTest::keyClick(&f.window, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(f.window.facilitation()->phase(), Phase::Writing);
    QVERIFY(f.panel()->isCompact());
    // The facilitator can bring it back for a latecomer.
    QTest::keyClick(&f.window, Qt::Key_J, Qt::AltModifier); // Show the Full Join Screen
    QTRY_VERIFY(!f.panel()->isCompact());
}

void TestRoomGui::closingTheWorkshopStopsTheRoom()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.startByKey());
    const QUrl url = f.room()->server()->joinUrl();
    RoomClient p;
    QVERIFY(p.greet(url));
    f.window.closeWorkshop();
    QVERIFY(!f.room()->isRunning());
    QVERIFY(!f.room()->inviteAction()->isChecked());
    QVERIFY(!f.panel()->isVisible());
    QVERIFY(p.waitDisconnected());
    QCOMPARE(httpStatus(url), -1);
}

void TestRoomGui::closingTheWindowStopsTheRoom()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.startByKey());
    const QUrl url = f.room()->server()->joinUrl();
    QVERIFY(f.window.close());
    QVERIFY(!f.room()->isRunning());
    QCOMPARE(httpStatus(url), -1);
}

void TestRoomGui::portTakenShowsABanner()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    Fixture f;
    QVERIFY(f.open());
    room::ServeOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = squatter.serverPort();
    f.room()->setServeOptions(options);
    QVERIFY(!f.startByKey());
    QVERIFY(!f.room()->inviteAction()->isChecked());
    QVERIFY(!f.panel()->isVisible());
    QVERIFY(f.room()->banner()->isVisible());
    QVERIFY2(f.room()->banner()->text().contains(QString::number(squatter.serverPort())),
             qPrintable(f.room()->banner()->text()));
    QVERIFY(!QApplication::activeModalWidget());
    // Once the port is free, the same key opens the room and the banner goes.
    squatter.close();
    QVERIFY(f.startByKey());
    QVERIFY(!f.room()->banner()->isVisible());
}

GUISUPPORT_SCREEN_FROM_ENVIRONMENT_MAIN(TestRoomGui)
#include "tst_roomgui.moc"

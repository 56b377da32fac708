// The room server driven the way phones drive it: real QWebSocket clients, raw HTTP over
// QTcpSocket, and premortem-cli serve as a subprocess for kill -9. Where nothing may change, the
// file's bytes are compared.

// JSON literals read best as plain strings here; the product code keeps the strict casts.
#undef QT_NO_CAST_FROM_ASCII

#include "anonymity.h"
#include "axiswording.h"
#include "estimates.h"
#include "httpfront.h"
#include "jsonio.h"
#include "roomclient.h"
#include "roomserver.h"
#include "singletonrisk.h"
#include "testsupport.h"
#include "voting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>

#include <csignal>

using namespace testsupport;

namespace {

using roomtest::isAck;
using roomtest::randomToken;
using roomtest::RoomClient;

QString errorCode(const QJsonObject &reply)
{
    return reply.value(QStringLiteral("type")) == QLatin1String("error")
               ? reply.value(QStringLiteral("code")).toString()
               : QString();
}

// One raw HTTP exchange: what the server answers before closing or going quiet. The server runs
// in this thread, so wait by running the event loop, never by blocking.
QByteArray rawHttp(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    s.write(request);
    QByteArray answer;
    for (int quiet = 0; quiet < 25 && s.state() != QAbstractSocket::UnconnectedState; ++quiet) {
        QTest::qWait(20);
        if (s.bytesAvailable()) {
            answer += s.readAll();
            quiet = 0;
        }
    }
    return answer + s.readAll();
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// A WebSocket client by hand over a plain TCP socket: the handshake, masked text frames, and
// then silence: unless asked it never reads (a sleeping phone), so it never answers a ping and
// the server's output to it backs up.
class RawDevice
{
public:
    QTcpSocket tcp;

    // Connects (from `from`, a loopback address, when given) and upgrades; true on "101".
    bool open(const QUrl &join, const QHostAddress &from = QHostAddress())
    {
        if (!from.isNull() && !tcp.bind(from))
            return false;
        tcp.connectToHost(QHostAddress::LocalHost, quint16(join.port()));
        const QByteArray host = "127.0.0.1:" + QByteArray::number(join.port());
        tcp.write("GET " + join.path().toLatin1() + "/ws HTTP/1.1\r\nHost: " + host +
                  "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                  "Origin: http://" +
                  host + "\r\n\r\n");
        QByteArray head;
        for (int i = 0; i < 250 && !head.contains("\r\n\r\n") &&
                        tcp.state() != QAbstractSocket::UnconnectedState;
             ++i) {
            QTest::qWait(20);
            while (tcp.bytesAvailable() && !head.contains("\r\n\r\n"))
                head += tcp.read(1);
        }
        return head.startsWith("HTTP/1.1 101");
    }
    void sendText(const QByteArray &payload)
    {
        QByteArray frame;
        frame += char(0x81);
        if (payload.size() < 126) {
            frame += char(0x80 | payload.size());
        } else {
            frame += char(0x80 | 126);
            frame += char((payload.size() >> 8) & 0xff);
            frame += char(payload.size() & 0xff);
        }
        const char mask[4] = {0x11, 0x22, 0x33, 0x44};
        frame += QByteArray(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame += char(payload[i] ^ mask[i % 4]);
        tcp.write(frame);
    }
    void stopReading() { tcp.setReadBufferSize(4096); }
    bool isConnected() const { return tcp.state() == QAbstractSocket::ConnectedState; }
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TstRoom : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<pm::Workshop> m_workshop;
    std::unique_ptr<room::RoomServer> m_server;
    QString m_path;

    void setPhase(pm::Phase phase)
    {
        pm::WorkshopInfo info = m_workshop->info();
        info.phase = phase;
        QVERIFY(m_workshop->apply({info}).ok());
    }
    void startRoom(const room::Limits &limits = room::Limits())
    {
        m_server = std::make_unique<room::RoomServer>(m_workshop.get());
        m_server->setLimits(limits);
        room::ServeOptions o;
        o.address = QHostAddress::LocalHost;
        QString error;
        QVERIFY2(m_server->start(o, &error), qPrintable(error));
    }
    QUrl url() const { return m_server->joinUrl(); }
    // These rows (failure modes, the workshop record) in, the rank phase, the vote open.
    void openVoteOn(const pm::ChangeSet &rows)
    {
        QVERIFY(m_workshop->apply(rows).ok());
        setPhase(pm::Phase::Rank);
        QVERIFY(pm::setVotingOpen(*m_workshop, true).ok());
    }
    QUuid addParticipant(const QString &name)
    {
        pm::Participant p;
        p.meta.id = QUuid::createUuid();
        p.name = name;
        [&] {
            QVERIFY(m_workshop->apply({p}).ok());
        }();
        return p.meta.id;
    }

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("%1.premortem").arg(QTest::currentTestFunction()));
        auto w = pm::Workshop::create(m_path, QStringLiteral("Checkout migration"));
        QVERIFY(w.ok());
        m_workshop = std::move(w).value();
        setPhase(pm::Phase::Writing);
    }
    void cleanup()
    {
        m_server.reset();
        m_workshop.reset();
    }

    void pageNeedsTheCode()
    {
        startRoom();
        const QUrl join = url();
        QCOMPARE(join.host(), QStringLiteral("127.0.0.1"));
        const QString code = join.path().section(QLatin1Char('/'), 2);
        QCOMPARE(code.size(), 32); // 128 bits in hex
        const QByteArray page =
            rawHttp(join.port(), "GET " + join.path().toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(page.startsWith("HTTP/1.1 200"));
        QVERIFY(page.contains("Content-Security-Policy: default-src 'none'; script-src 'self'"));
        QVERIFY(page.contains("X-Content-Type-Options: nosniff"));
        QVERIFY(page.contains("Cache-Control: no-store"));
        QVERIFY(page.contains("/j/" + code.toLatin1() + "/app.js"));
        const QByteArray js = rawHttp(join.port(), "GET " + join.path().toLatin1() +
                                                       "/app.js HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(js.contains("textContent"));
        QVERIFY(!js.contains("innerHTML"));
        // Without the code, or with a wrong one, a bare 404 that says nothing.
        QString wrong = code;
        wrong[0] = wrong[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        for (const QByteArray &path :
             {QByteArray("/"), QByteArray("/j/"), QByteArray("/j/x"), "/j/" + wrong.toLatin1(),
              "/j/" + wrong.toLatin1() + "/app.js", "/j/" + code.toLatin1() + "/other",
              QByteArray("/favicon.ico")}) {
            const QByteArray answer =
                rawHttp(join.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
            QVERIFY2(answer.startsWith("HTTP/1.1 404"), path.constData());
            QVERIFY2(answer.endsWith("Content-Length: 0\r\n\r\n"), answer.constData());
        }
    }

    void socketNeedsCodeAndOrigin()
    {
        startRoom();
        RoomClient good, badOrigin, badCode;
        QVERIFY(good.open(url()));
        QVERIFY(!badOrigin.open(url(), "http://evil.example"));
        QUrl wrong = url();
        wrong.setPath(QStringLiteral("/j/00000000000000000000000000000000"));
        QVERIFY(!badCode.open(wrong));
        QVERIFY(!errorCode(good.hello()).size());
    }

    void hiddenNotesStayOnTheirDevice()
    {
        addParticipant(QStringLiteral("Alice"));
        startRoom();
        RoomClient a, b;
        QVERIFY(a.open(url()) && b.open(url()));
        QCOMPARE(a.hello().value("type").toString(), QStringLiteral("ack"));
        QCOMPARE(b.hello().value("type").toString(), QStringLiteral("ack"));
        // Not yet picked a name: writing is refused.
        QCOMPARE(errorCode(a.note(QUuid::createUuid(), QStringLiteral("x"))),
                 QStringLiteral("not-joined"));
        const QJsonObject joined =
            a.request({{"type", "join"}, {"name", "Bob"}, {"role", "sre"}, {"side", "run"}});
        QCOMPARE(joined.value("type").toString(), QStringLiteral("ack"));
        const pm::Participant *bob = m_workshop->participantNamed(QStringLiteral("Bob"));
        QVERIFY(bob);
        QCOMPARE(bob->role, pm::Role::Sre);
        QCOMPARE(bob->side, pm::Side::Run);
        const QList<pm::Participant> people = m_workshop->rows<pm::Participant>();
        QVERIFY(b.request({{"type", "join"}, {"participant", people.first().meta.id.toString()}})
                    .value("type") == QLatin1String("ack"));

        const QString secret = QStringLiteral("The payment provider's sandbox differs SECRET-7");
        const QUuid id = QUuid::createUuid();
        QSignalSpy edits(m_server.get(), &room::RoomServer::participantEdit);
        QCOMPARE(a.note(id, secret).value("type").toString(), QStringLiteral("ack"));
        // Acknowledged only after the commit: the note is in the file, face down, under the
        // device's writer id and with Bob as author.
        const auto reopened = pm::Workshop::open(m_path, pm::Store::Access::ReadOnly);
        QVERIFY(reopened.ok());
        const pm::Note *stored = reopened.value()->findLive<pm::Note>(id);
        QVERIFY(stored);
        QCOMPARE(stored->text, secret);
        QVERIFY(stored->hidden);
        QCOMPARE(stored->author, bob->meta.id);
        QVERIFY(stored->meta.writer != m_workshop->writerId());
        QCOMPARE(edits.size(), 1);
        QTRY_VERIFY(a.lastState().value("mine").toArray().size() == 1);
        QTest::qWait(100);
        for (const QString &text : b.raw)
            QVERIFY2(!text.contains(QStringLiteral("SECRET-7")), qPrintable(text));
        QCOMPARE(b.lastState().value("mine").toArray().size(), 0);
        // The devices list counts notes, never shows their text.
        bool counted = false;
        for (const room::DeviceInfo &d : m_server->devices())
            counted |= d.displayName == QLatin1String("Bob") && d.notesWritten == 1 && d.connected;
        QVERIFY(counted);

        // Edit and delete are the author device's alone.
        QCOMPARE(errorCode(b.note(id, QStringLiteral("taken over"))), QStringLiteral("not-yours"));
        QCOMPARE(errorCode(b.request({{"type", "delete"}, {"note", id.toString()}})),
                 QStringLiteral("not-yours"));
        QCOMPARE(a.note(id, secret + QStringLiteral(" (edited)")).value("type").toString(),
                 QStringLiteral("ack"));
        QCOMPARE(m_workshop->findLive<pm::Note>(id)->text, secret + QStringLiteral(" (edited)"));

        // After the reveal everyone sees it on the board, without an author.
        pm::ChangeSet reveal;
        pm::Note n = *m_workshop->findLive<pm::Note>(id);
        n.hidden = false;
        QVERIFY(m_workshop->apply({n}).ok());
        QTRY_VERIFY(b.lastState().value("board").toArray().size() == 1);
        const QJsonObject onBoard = b.lastState().value("board").toArray().first().toObject();
        QCOMPARE(onBoard.value("text").toString(), secret + QStringLiteral(" (edited)"));
        QVERIFY(!onBoard.contains("author"));
        // Revealed notes are read-only, even for their author.
        QCOMPARE(errorCode(a.note(id, QStringLiteral("later"))), QStringLiteral("wrong-phase"));
    }

    void anonymousModeAsksNoName()
    {
        pm::WorkshopInfo info = m_workshop->info();
        info.anonymous = true;
        QVERIFY(m_workshop->apply({info}).ok());
        addParticipant(QStringLiteral("Carol"));
        startRoom();
        RoomClient a;
        QVERIFY(a.open(url()));
        a.hello();
        QTRY_VERIFY(!a.lastState().isEmpty());
        QVERIFY(a.lastState().value("anonymous").toBool());
        QVERIFY(a.lastState().value("joined").toBool());
        QCOMPARE(a.lastState().value("participants").toArray().size(), 0); // no names shown
        QCOMPARE(errorCode(a.request(
                     {{"type", "join"}, {"name", "Dave"}, {"role", "sre"}, {"side", "run"}})),
                 QStringLiteral("anonymous"));
        const QUuid id = QUuid::createUuid();
        QCOMPARE(a.note(id, QStringLiteral("nobody knows")).value("type").toString(),
                 QStringLiteral("ack"));
        QVERIFY(m_workshop->findLive<pm::Note>(id)->author.isNull());
        QCOMPARE(m_workshop->liveCount(pm::EntityKind::Participant), 1); // nobody added
        QCOMPARE(m_server->devices().value(0).displayName, QStringLiteral("Anonymous 1"));
    }

    void writingOnlyInItsPhase()
    {
        setPhase(pm::Phase::Rank);
        startRoom();
        RoomClient a;
        QVERIFY(a.open(url()));
        a.hello();
        QVERIFY(a.request({{"type", "join"}, {"name", "Eve"}, {"role", "qa"}, {"side", "build"}})
                    .value("type") == QLatin1String("ack"));
        const QByteArray before = fileHash(m_path);
        QCOMPARE(errorCode(a.note(QUuid::createUuid(), QStringLiteral("late"))),
                 QStringLiteral("wrong-phase"));
        QCOMPARE(
            errorCode(a.request(
                {{"type", "vote"}, {"failureMode", QUuid::createUuid().toString()}, {"delta", 1}})),
            QStringLiteral("wrong-phase")); // the vote is not open
        QCOMPARE(fileHash(m_path), before);
        // The page follows the phase.
        QTRY_COMPARE(a.lastState().value("phase").toString(), QStringLiteral("rank"));
        setPhase(pm::Phase::Writing);
        QTRY_COMPARE(a.lastState().value("phase").toString(), QStringLiteral("writing"));
        m_server->setTimer(300, true);
        QTRY_COMPARE(a.lastState().value("timer").toObject().value("running").toBool(), true);
        QVERIFY(a.lastState().value("timer").toObject().value("remaining").toInt() > 290);
    }

    void voteWithinTheBudget()
    {
        pm::FailureMode f1 = scoredMode(QStringLiteral("Card tokens lost"), 3, 4);
        pm::FailureMode f2 = scoredMode(QStringLiteral("Queue backs up"), 2, 2);
        QVERIFY(m_workshop->apply({f1, f2}).ok());
        QVERIFY(pm::setVoteBudget(*m_workshop, 2).ok());
        QVERIFY(pm::setVotingOpen(*m_workshop, true).ok());
        setPhase(pm::Phase::Rank);
        startRoom();
        RoomClient a, b;
        QVERIFY(a.open(url()) && b.open(url()));
        a.hello();
        b.hello();
        a.request({{"type", "join"}, {"name", "Frank"}, {"role", "sre"}, {"side", "run"}});
        b.request({{"type", "join"}, {"name", "Grace"}, {"role", "qa"}, {"side", "build"}});
        auto vote = [](RoomClient &d, const QUuid &f, int delta) {
            return d.request({{"type", "vote"}, {"failureMode", f.toString()}, {"delta", delta}});
        };
        QCOMPARE(vote(a, f1.meta.id, 1).value("type").toString(), QStringLiteral("ack"));
        QCOMPARE(vote(a, f1.meta.id, 1).value("type").toString(), QStringLiteral("ack"));
        const QByteArray full = fileHash(m_path);
        QCOMPARE(errorCode(vote(a, f2.meta.id, 1)), QStringLiteral("invalid")); // no dots left
        QCOMPARE(fileHash(m_path), full);
        QCOMPARE(vote(b, f2.meta.id, 1).value("type").toString(), QStringLiteral("ack"));
        QCOMPARE(errorCode(vote(b, QUuid::createUuid(), 1)), QStringLiteral("invalid"));
        QCOMPARE(errorCode(vote(b, f1.meta.id, -1)), QStringLiteral("invalid")); // b has none there
        const QUuid frank = m_workshop->participantNamed(QStringLiteral("Frank"))->meta.id;
        QCOMPARE(pm::dotsOn(*m_workshop, frank, f1.meta.id), 2);
        // While open: each sees their own dots and what is left, never totals.
        QTest::qWait(50);
        for (const QJsonValue &v :
             a.lastState().value("vote").toObject().value("failureModes").toArray())
            QVERIFY(!v.toObject().contains("total"));
        QCOMPARE(a.lastState().value("vote").toObject().value("left").toInt(), 0);
        for (const QString &text : b.raw)
            QVERIFY(!text.contains(QStringLiteral("\"total\"")));
        QVERIFY(pm::setVotingOpen(*m_workshop, false).ok());
        auto totalOf = [&b](const QUuid &f) {
            for (const QJsonValue &v :
                 b.lastState().value("vote").toObject().value("failureModes").toArray()) {
                if (QUuid(v.toObject().value("id").toString()) == f)
                    return v.toObject().value("total").toInt(-1);
            }
            return -2;
        };
        QTRY_COMPARE(totalOf(f1.meta.id), 2);
        QCOMPARE(totalOf(f2.meta.id), 1);
    }

    // Issue 22: every device scores every risk (failure modes and loose notes) on its own, in
    // the workshop's wording, sees its progress and can change or clear a score until the reveal.
    void ownEstimatesRoundTrip()
    {
        pm::FailureMode f1 = scoredMode(QStringLiteral("Card tokens lost"), 0, 0);
        pm::FailureMode f2 = scoredMode(QStringLiteral("Queue backs up"), 0, 0);
        pm::Note loose;
        loose.meta.id = QUuid::createUuid();
        loose.text = QStringLiteral("DNS cut-over forgotten");
        pm::WorkshopInfo info = pm::withLevelNames(
            m_workshop->info(), pm::Axis::Likelihood,
            {QStringLiteral("Never seen"), {}, {}, {}, QStringLiteral("Every release")});
        info.phase = pm::Phase::Rank;
        QVERIFY(m_workshop->apply({f1, f2, loose, info}).ok());
        startRoom();
        RoomClient a;
        QVERIFY(a.greet(url()));
        QVERIFY(isAck(a.join(QStringLiteral("Ann"))));
        const QUuid ann = m_workshop->participantNamed(QStringLiteral("Ann"))->meta.id;
        QTRY_VERIFY(!a.lastState().value("estimates").toObject().isEmpty());
        QJsonObject estimates = a.lastState().value("estimates").toObject();
        QCOMPARE(estimates.value("open").toBool(), true);
        QCOMPARE(estimates.value("scored").toInt(), 0);
        QCOMPARE(estimates.value("of").toInt(), 3); // two failure modes and the loose note
        QCOMPARE(estimates.value("likelihoodLevels").toArray().first().toString(),
                 QStringLiteral("Never seen"));
        QCOMPARE(estimates.value("likelihoodLevels").toArray().at(4).toString(),
                 QStringLiteral("Every release"));
        QCOMPARE(estimates.value("blastRadiusLevels").toArray().size(), 5);
        const QUuid singleton = pm::singletonId(loose.meta.id);
        QCOMPARE(
            QUuid(
                estimates.value("failureModes").toArray().at(2).toObject().value("id").toString()),
            singleton);

        auto own = [&](const QUuid &mode) {
            for (const pm::VisibleEstimate &e : pm::visibleEstimates(*m_workshop, ann)) {
                if (e.failureMode == mode)
                    return QPair<int, int>(e.likelihood, e.blastRadius);
            }
            return QPair<int, int>(0, 0);
        };
        auto shown = [&a](const QUuid &mode) {
            for (const QJsonValue &v :
                 a.lastState().value("estimates").toObject().value("failureModes").toArray()) {
                if (QUuid(v.toObject().value("id").toString()) == mode)
                    return QPair<int, int>(v.toObject().value("likelihood").toInt(),
                                           v.toObject().value("blastRadius").toInt());
            }
            return QPair<int, int>(-1, -1);
        };
        auto scored = [&a] {
            return a.lastState().value("estimates").toObject().value("scored").toInt();
        };
        // Acknowledged after its commit: the row is in the file when the ack arrives.
        QVERIFY(isAck(a.estimate(f1.meta.id, 3, 4)));
        QCOMPARE(own(f1.meta.id), qMakePair(3, 4));
        QTRY_COMPARE(shown(f1.meta.id), qMakePair(3, 4));
        QCOMPARE(scored(), 1);
        QVERIFY(isAck(a.estimate(f1.meta.id, 5, 1))); // changed
        QCOMPARE(own(f1.meta.id), qMakePair(5, 1));
        QTRY_COMPARE(shown(f1.meta.id), qMakePair(5, 1));
        // A loose note is scored like a failure mode: its singleton row is written with it.
        QVERIFY(isAck(a.estimate(singleton, 2, 2)));
        QVERIFY(m_workshop->findLive<pm::FailureMode>(singleton));
        QCOMPARE(own(singleton), qMakePair(2, 2));
        QTRY_COMPARE(scored(), 2);
        QCOMPARE(a.lastState().value("estimates").toObject().value("of").toInt(), 3);
        QVERIFY(isAck(a.estimate(f1.meta.id, 0, 0))); // cleared
        QCOMPARE(own(f1.meta.id), qMakePair(0, 0));
        QTRY_COMPARE(scored(), 1);
        QCOMPARE(shown(f1.meta.id), qMakePair(0, 0));
        QVERIFY(isAck(a.estimate(f1.meta.id, 0, 0))); // clearing twice writes nothing
        QCOMPARE(pm::estimateProgress(*m_workshop).first().scored, 1);
        // Only in ranking.
        setPhase(pm::Phase::Mitigate);
        const QByteArray moved = fileHash(m_path);
        QCOMPARE(errorCode(a.estimate(f2.meta.id, 1, 1)), QStringLiteral("wrong-phase"));
        QCOMPARE(fileHash(m_path), moved);
        QTRY_VERIFY(a.lastState().value("estimates").toObject().isEmpty());
    }

    // A device can neither set nor read another device's estimates, before or after the reveal;
    // after it the scores are locked and the page gets the room's spread without names.
    void estimatesStayOwnAndLockAtTheReveal()
    {
        pm::FailureMode f1 = scoredMode(QStringLiteral("Card tokens lost"), 0, 0);
        pm::FailureMode f2 = scoredMode(QStringLiteral("Queue backs up"), 0, 0);
        QVERIFY(m_workshop->apply({f1, f2}).ok());
        setPhase(pm::Phase::Rank);
        startRoom();
        RoomClient a, b;
        QVERIFY(a.greet(url()) && b.greet(url()));
        QVERIFY(isAck(a.join(QStringLiteral("Ann"))));
        QVERIFY(isAck(b.join(QStringLiteral("Bob"))));
        const QUuid bob = m_workshop->participantNamed(QStringLiteral("Bob"))->meta.id;
        QVERIFY(isAck(b.estimate(f1.meta.id, 4, 5)));
        QVERIFY(isAck(b.estimate(f2.meta.id, 2, 3)));
        QVERIFY(isAck(a.estimate(f1.meta.id, 1, 1)));
        const QByteArray before = fileHash(m_path);
        // No message names anyone but the device itself.
        QJsonObject forBob{{"type", "estimate"},
                           {"failureMode", f1.meta.id.toString()},
                           {"participant", bob.toString()},
                           {"likelihood", 1},
                           {"blastRadius", 1}};
        QCOMPARE(errorCode(a.request(forBob)), QStringLiteral("not-yours"));
        forBob.insert("clear", true);
        forBob.remove("likelihood");
        forBob.remove("blastRadius");
        QCOMPARE(errorCode(a.request(forBob)), QStringLiteral("not-yours"));
        QCOMPARE(fileHash(m_path), before);
        QCOMPARE(pm::visibleEstimates(*m_workshop, bob).size(), 2);
        // Before the reveal: a's states carry a's value and nothing of Bob's.
        QTest::qWait(50);
        bool spreadBeforeReveal = false;
        auto valuesIn = [&spreadBeforeReveal](const QJsonObject &state) {
            QList<QPair<QUuid, int>> values;
            for (const QJsonValue &v :
                 state.value("estimates").toObject().value("failureModes").toArray()) {
                const QJsonObject m = v.toObject();
                spreadBeforeReveal = spreadBeforeReveal || m.contains("spread");
                if (m.contains("likelihood"))
                    values << qMakePair(QUuid(m.value("id").toString()),
                                        m.value("likelihood").toInt() * 10 +
                                            m.value("blastRadius").toInt());
            }
            std::sort(values.begin(), values.end(),
                      [](const auto &x, const auto &y) { return x.second < y.second; });
            return values;
        };
        for (const QJsonObject &m : std::as_const(a.received)) {
            if (m.value("type") == QLatin1String("state")) {
                const auto values = valuesIn(m);
                QVERIFY(values.isEmpty() || values == (QList<QPair<QUuid, int>>{{f1.meta.id, 11}}));
            }
        }
        QCOMPARE(valuesIn(a.lastState()), (QList<QPair<QUuid, int>>{{f1.meta.id, 11}}));
        QCOMPARE(valuesIn(b.lastState()),
                 (QList<QPair<QUuid, int>>{{f2.meta.id, 23}, {f1.meta.id, 45}}));
        QCOMPARE(a.lastState().value("estimates").toObject().value("scored").toInt(), 1);
        QCOMPARE(b.lastState().value("estimates").toObject().value("scored").toInt(), 2);
        QVERIFY(!spreadBeforeReveal);

        // The reveal: scores lock, and each device sees the spread, never who gave what.
        const qsizetype seen = a.raw.size();
        QVERIFY(pm::setEstimatesRevealed(*m_workshop, true).ok());
        QTRY_VERIFY(a.lastState().value("estimates").toObject().value("revealed").toBool());
        const QJsonObject revealed = a.lastState().value("estimates").toObject();
        QCOMPARE(revealed.value("open").toBool(), false);
        QJsonObject first, second; // f1 and f2, in whatever order the board has them
        for (const QJsonValue &v : revealed.value("failureModes").toArray())
            (QUuid(v.toObject().value("id").toString()) == f1.meta.id ? first : second) =
                v.toObject();
        QCOMPARE(first.value("likelihood").toInt(), 1); // still its own
        const QJsonObject spread = first.value("spread").toObject();
        QCOMPARE(spread.value("count").toInt(), 2);
        QCOMPARE(spread.value("likelihood").toArray(), (QJsonArray{1, 4}));
        QCOMPARE(spread.value("blastRadius").toArray(), (QJsonArray{1, 5}));
        QCOMPARE(spread.keys(), (QStringList{"blastRadius", "count", "likelihood"}));
        QVERIFY(!second.contains("likelihood"));
        QCOMPARE(second.value("spread").toObject().value("count").toInt(), 1);
        for (qsizetype i = seen; i < a.raw.size(); ++i) {
            QVERIFY(!a.raw[i].contains(bob.toString(QUuid::WithoutBraces)));
            QVERIFY(!a.raw[i].contains(QStringLiteral("Bob")));
        }
        const QByteArray locked = fileHash(m_path);
        QCOMPARE(errorCode(a.estimate(f1.meta.id, 3, 3)), QStringLiteral("wrong-phase"));
        QCOMPARE(errorCode(a.estimate(f2.meta.id, 3, 3)), QStringLiteral("wrong-phase"));
        QCOMPARE(errorCode(b.estimate(f1.meta.id, 0, 0)), QStringLiteral("wrong-phase"));
        QCOMPARE(errorCode(a.request(forBob)), QStringLiteral("not-yours"));
        QCOMPARE(fileHash(m_path), locked);
    }

    // Hostile values are refused with a clear error and write nothing.
    void hostileEstimatesChangeNothing()
    {
        pm::FailureMode f = scoredMode(QStringLiteral("Card tokens lost"), 0, 0);
        QVERIFY(m_workshop->apply({f}).ok());
        setPhase(pm::Phase::Rank);
        startRoom();
        RoomClient a, stranger;
        QVERIFY(a.greet(url()) && stranger.greet(url()));
        const QString mode = f.meta.id.toString(QUuid::WithoutBraces);
        const QByteArray before = fileHash(m_path);
        // Not joined yet (the workshop asks for names).
        QCOMPARE(errorCode(stranger.estimate(f.meta.id, 3, 3)), QStringLiteral("not-joined"));
        QVERIFY(isAck(a.join(QStringLiteral("Ann"))));
        const QByteArray joined = fileHash(m_path);
        QVERIFY(joined != before);
        const QList<QJsonObject> hostile{
            {{"type", "estimate"}, {"failureMode", mode}, {"likelihood", 0}, {"blastRadius", 3}},
            {{"type", "estimate"}, {"failureMode", mode}, {"likelihood", 6}, {"blastRadius", 3}},
            {{"type", "estimate"}, {"failureMode", mode}, {"likelihood", 3}, {"blastRadius", -1}},
            {{"type", "estimate"}, {"failureMode", mode}, {"likelihood", 2.5}, {"blastRadius", 3}},
            {{"type", "estimate"},
             {"failureMode", mode},
             {"likelihood", 1e308},
             {"blastRadius", 3}},
            {{"type", "estimate"}, {"failureMode", mode}, {"likelihood", "3"}, {"blastRadius", 3}},
            {{"type", "estimate"}, {"failureMode", mode}, {"likelihood", 3}},
            {{"type", "estimate"},
             {"failureMode", mode},
             {"likelihood", QJsonValue()},
             {"blastRadius", 3}},
            {{"type", "estimate"}, {"failureMode", mode}, {"clear", "yes"}},
            {{"type", "estimate"}, {"failureMode", mode}, {"clear", true}, {"likelihood", 3}},
            {{"type", "estimate"}, {"failureMode", 7}, {"likelihood", 3}, {"blastRadius", 3}},
            {{"type", "estimate"},
             {"failureMode", "card-tokens"},
             {"likelihood", 3},
             {"blastRadius", 3}},
            {{"type", "estimate"}, {"likelihood", 3}, {"blastRadius", 3}},
        };
        for (const QJsonObject &m : hostile)
            QCOMPARE(errorCode(a.request(m)), QStringLiteral("bad-type"));
        QCOMPARE(errorCode(a.estimate(QUuid::createUuid(), 3, 3)), QStringLiteral("not-found"));
        // A hidden note is no risk yet: nobody may score (or learn of) it.
        pm::Note hidden;
        hidden.meta.id = QUuid::createUuid();
        hidden.text = QStringLiteral("Secret");
        hidden.hidden = true;
        QVERIFY(m_workshop->apply({hidden}).ok());
        const QByteArray withHidden = fileHash(m_path);
        QCOMPARE(errorCode(a.estimate(pm::singletonId(hidden.meta.id), 3, 3)),
                 QStringLiteral("not-found"));
        QCOMPARE(fileHash(m_path), withHidden);
        QVERIFY(pm::estimateProgress(*m_workshop).first().scored == 0);
        // The room stays usable.
        QVERIFY(isAck(a.estimate(f.meta.id, 2, 4)));
    }

    // Anonymous workshops: a device scores without a name, under a participant made for it.
    void anonymousDeviceScores()
    {
        pm::FailureMode f = scoredMode(QStringLiteral("Card tokens lost"), 0, 0);
        QVERIFY(m_workshop->apply({f}).ok());
        QVERIFY(pm::setAnonymous(*m_workshop, true).ok());
        setPhase(pm::Phase::Rank);
        startRoom();
        RoomClient a, b;
        QVERIFY(a.greet(url()) && b.greet(url()));
        QVERIFY(isAck(a.estimate(f.meta.id, 2, 5)));
        QVERIFY(isAck(b.estimate(f.meta.id, 4, 1)));
        QCOMPARE(pm::estimateSpreads(*m_workshop).size(), 0); // hidden from the facilitator
        const auto progress = pm::estimateProgress(*m_workshop);
        QCOMPARE(progress.size(), 2);
        QTRY_COMPARE(a.lastState().value("estimates").toObject().value("scored").toInt(), 1);
        QVERIFY(pm::setEstimatesRevealed(*m_workshop, true).ok());
        QTRY_VERIFY(a.lastState().value("estimates").toObject().value("revealed").toBool());
        const QJsonObject mine = a.lastState()
                                     .value("estimates")
                                     .toObject()
                                     .value("failureModes")
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(mine.value("likelihood").toInt(), 2);
        QCOMPARE(mine.value("spread").toObject().value("likelihood").toArray(), (QJsonArray{2, 4}));
    }

    void hostileMessagesChangeNothing()
    {
        startRoom();
        RoomClient a, other, bystander;
        QVERIFY(a.open(url()) && other.open(url()) && bystander.open(url()));
        a.hello();
        other.hello();
        bystander.hello();
        a.request({{"type", "join"}, {"name", "Heidi"}, {"role", "sre"}, {"side", "run"}});
        other.request({{"type", "join"}, {"name", "Ivan"}, {"role", "qa"}, {"side", "run"}});
        const QUuid ivansNote = QUuid::createUuid();
        QCOMPARE(other.note(ivansNote, QStringLiteral("Ivan's")).value("type").toString(),
                 QStringLiteral("ack"));
        const QByteArray before = fileHash(m_path);

        QCOMPARE(errorCode(a.sendRaw("{not json")), QStringLiteral("malformed"));
        QCOMPARE(errorCode(a.sendRaw("[1,2,3]")), QStringLiteral("malformed"));
        QCOMPARE(errorCode(a.sendRaw(QByteArray(20000, 'x'))), QStringLiteral("too-large"));
        QCOMPARE(errorCode(a.sendRaw(R"({"type":"note","id":"seven"})")),
                 QStringLiteral("bad-type"));
        QCOMPARE(errorCode(a.request({{"type", "note"}, {"note", 5}, {"text", "x"}})),
                 QStringLiteral("bad-type"));
        QCOMPARE(errorCode(a.request({{"type", "note"},
                                      {"note", QUuid::createUuid().toString()},
                                      {"text", QJsonArray{1}}})),
                 QStringLiteral("bad-type"));
        QCOMPARE(errorCode(a.request({{"type", "note"}, {"note", "not-a-uuid"}, {"text", "x"}})),
                 QStringLiteral("bad-type"));
        QCOMPARE(errorCode(a.note(QUuid::createUuid(), QStringLiteral("x"), "no-such-category")),
                 QStringLiteral("invalid"));
        QCOMPARE(errorCode(a.note(QUuid::createUuid(), QString(3000, QLatin1Char('y')))),
                 QStringLiteral("invalid"));
        QCOMPARE(errorCode(a.request({{"type", "shutdown"}})), QStringLiteral("unknown-type"));
        // Replayed: an id already used on this connection.
        QCOMPARE(errorCode(a.request({{"type", "ping"}, {"id", 1}})), QStringLiteral("replayed"));
        // Foreign ids: another device's note, a participant that does not exist.
        QCOMPARE(errorCode(a.note(ivansNote, QStringLiteral("mine now"))),
                 QStringLiteral("not-yours"));
        QCOMPARE(errorCode(a.request({{"type", "delete"}, {"note", ivansNote.toString()}})),
                 QStringLiteral("not-yours"));
        QCOMPARE(errorCode(a.request(
                     {{"type", "join"}, {"participant", QUuid::createUuid().toString()}})),
                 QStringLiteral("not-found"));
        QCOMPARE(errorCode(a.request({{"type", "hello"}, {"token", randomToken()}})),
                 QStringLiteral("invalid")); // a second identity on one connection
        a.ws.sendBinaryMessage(QByteArray(10, '\0'));
        QTRY_COMPARE(errorCode(a.received.last()), QStringLiteral("bad-type"));
        QCOMPARE(fileHash(m_path), before);
        // Hostile input on one socket leaves the others served.
        QCOMPARE(bystander.request({{"type", "ping"}}).value("type").toString(),
                 QStringLiteral("ack"));
        // Beyond Qt's hard limit the socket is closed, the room still serves everyone else.
        QSignalSpy gone(&a.ws, &QWebSocket::disconnected);
        a.ws.sendTextMessage(QString(200000, QLatin1Char('z')));
        QTRY_VERIFY(!gone.isEmpty());
        QCOMPARE(bystander.request({{"type", "ping"}}).value("type").toString(),
                 QStringLiteral("ack"));
        QCOMPARE(fileHash(m_path), before);
    }

    void resendNeverDuplicates()
    {
        startRoom();
        const QUuid id = QUuid::createUuid();
        QString token;
        {
            RoomClient a;
            QVERIFY(a.open(url()));
            a.hello();
            a.request({{"type", "join"}, {"name", "Judy"}, {"role", "sre"}, {"side", "run"}});
            token = a.token;
            QCOMPARE(a.note(id, QStringLiteral("once")).value("type").toString(),
                     QStringLiteral("ack"));
        }
        RoomClient again;
        again.token = token; // the same phone after sleep: same identity from localStorage
        QVERIFY(again.open(url()));
        const QJsonObject hello = again.request(
            {{"type", "hello"},
             {"token", token},
             {"participant",
              m_workshop->participantNamed(QStringLiteral("Judy"))->meta.id.toString()}});
        QCOMPARE(hello.value("type").toString(), QStringLiteral("ack"));
        const QByteArray before = fileHash(m_path);
        QCOMPARE(again.note(id, QStringLiteral("once")).value("type").toString(),
                 QStringLiteral("ack"));
        QCOMPARE(fileHash(m_path), before);
        QCOMPARE(m_workshop->liveCount(pm::EntityKind::Note), 1);
        QTRY_COMPARE(again.lastState().value("mine").toArray().size(), 1);
    }

    void limits()
    {
        room::Limits limits;
        limits.notesPerMinute = 3;
        limits.connectionsPerAddress = 3;
        startRoom(limits);
        RoomClient a;
        QVERIFY(a.open(url()));
        a.hello();
        a.request({{"type", "join"}, {"name", "Ken"}, {"role", "sre"}, {"side", "run"}});
        for (int i = 0; i < 3; ++i)
            QCOMPARE(
                a.note(QUuid::createUuid(), QStringLiteral("n%1").arg(i)).value("type").toString(),
                QStringLiteral("ack"));
        const QByteArray before = fileHash(m_path);
        QCOMPARE(errorCode(a.note(QUuid::createUuid(), QStringLiteral("one too many"))),
                 QStringLiteral("rate"));
        QCOMPARE(fileHash(m_path), before);
        // Three connections from one address at most: once all three have said hello, a fourth
        // is closed at once; before, the oldest that has not gives way.
        RoomClient b, c, d, e;
        QVERIFY(b.open(url()));
        QVERIFY(c.greet(url()));
        QVERIFY(d.open(url()));
        QVERIFY(b.waitDisconnected());
        QVERIFY(isAck(d.hello()));
        QVERIFY(!e.open(url()));
    }

    void lockRemoveAndChangeCode()
    {
        startRoom();
        RoomClient a;
        QVERIFY(a.open(url()));
        a.hello();
        m_server->setLocked(true);
        RoomClient stranger;
        QVERIFY(stranger.open(url()));
        QCOMPARE(errorCode(stranger.hello()), QStringLiteral("locked"));
        // A known device still gets back in.
        RoomClient aAgain;
        aAgain.token = a.token;
        QVERIFY(aAgain.open(url()));
        QCOMPARE(aAgain.hello().value("type").toString(), QStringLiteral("ack"));
        m_server->setLocked(false);

        const QString deviceId = aAgain.received.first().value("device").toString();
        QVERIFY(!deviceId.isEmpty());
        QSignalSpy gone(&aAgain.ws, &QWebSocket::disconnected);
        QVERIFY(m_server->removeDevice(deviceId));
        QTRY_VERIFY(!gone.isEmpty());
        RoomClient removed;
        removed.token = a.token;
        QVERIFY(removed.open(url()));
        QCOMPARE(errorCode(removed.hello()), QStringLiteral("removed"));

        const QUrl old = url();
        RoomClient b;
        QVERIFY(b.open(old));
        b.hello();
        QSignalSpy changed(m_server.get(), &room::RoomServer::joinUrlChanged);
        QSignalSpy bGone(&b.ws, &QWebSocket::disconnected);
        m_server->changeCode();
        QCOMPARE(changed.size(), 1);
        QVERIFY(url() != old);
        QTRY_VERIFY(!bGone.isEmpty());
        QCOMPARE(int(b.ws.closeCode()), 4001);
        QVERIFY(rawHttp(old.port(), "GET " + old.path().toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .startsWith("HTTP/1.1 404"));
        RoomClient c;
        QVERIFY(c.open(url()));
    }

    void hugePostIsNotBuffered()
    {
        startRoom();
        const long before = residentKiB();
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(s.waitForConnected(3000));
        // A declared 200 MB body, then the body itself as fast as the server takes it.
        s.write("POST " + url().path().toLatin1() +
                " HTTP/1.1\r\nHost: x\r\nContent-Length: 209715200\r\n\r\n");
        const QByteArray chunk(1 << 20, 'A');
        qint64 sent = 0;
        QByteArray answer;
        while (sent < 209715200 && s.state() == QAbstractSocket::ConnectedState) {
            s.write(chunk);
            sent += chunk.size();
            s.waitForBytesWritten(200);
            QCoreApplication::processEvents();
            answer += s.readAll();
            if (s.bytesToWrite() > 8 * chunk.size())
                QTest::qWait(10);
        }
        answer += s.readAll();
        // Refused after the head: the connection ends long before 200 MB went over it, and the
        // server's memory (this process) did not grow by anything like the body.
        QVERIFY2(sent < 64 << 20, qPrintable(QString::number(sent)));
        QVERIFY(answer.isEmpty() || answer.startsWith("HTTP/1.1 413"));
        QVERIFY2(residentKiB() - before < 40 * 1024,
                 qPrintable(QStringLiteral("%1 KiB more").arg(residentKiB() - before)));
        // Chunked bodies and overlong heads are refused the same way.
        QVERIFY(rawHttp(m_server->port(),
                        "POST " + url().path().toLatin1() +
                            " HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
        QVERIFY(rawHttp(m_server->port(), "GET /" + QByteArray(20000, 'a') + " HTTP/1.1\r\n")
                    .startsWith("HTTP/1.1 431"));
        // And the room still serves.
        RoomClient a;
        QVERIFY(a.open(url()));
    }

    void httpsWithTheUsersCertificate()
    {
        // A self-signed certificate and key, as a facilitator would make with openssl.
        const QString cert = m_dir.filePath(QStringLiteral("room.pem"));
        const QString key = m_dir.filePath(QStringLiteral("room.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl is not available to make a certificate");
        room::RoomServer server(m_workshop.get());
        room::ServeOptions o;
        o.address = QHostAddress::LocalHost;
        o.certificatePath = cert;
        o.keyPath = QStringLiteral("/nonexistent.key");
        QString error;
        QVERIFY(!server.start(o, &error));
        QVERIFY2(error.contains(QStringLiteral("nonexistent.key")), qPrintable(error));
        o.keyPath = key;
        QVERIFY2(server.start(o, &error), qPrintable(error));
        QCOMPARE(server.joinUrl().scheme(), QStringLiteral("https"));
        RoomClient a;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // self-signed: the phone would ask
        a.ws.setSslConfiguration(tls);
        QObject::connect(&a.ws, &QWebSocket::sslErrors, &a.ws,
                         [&a](const QList<QSslError> &) { a.ws.ignoreSslErrors(); });
        QUrl join = server.joinUrl();
        QVERIFY(a.open(
            join, QStringLiteral("https://%1:%2").arg(join.host()).arg(join.port()).toLatin1()));
        QCOMPARE(a.hello().value("type").toString(), QStringLiteral("ack"));
        // Plain HTTP on the TLS port gets nothing.
        QVERIFY(
            !rawHttp(join.port(), "GET " + join.path().toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n")
                 .startsWith("HTTP/1.1 200"));
    }

    // Item 1: 16 addresses x 16 idle connections fill the 256 places; a phone still gets in at
    // once (the oldest unproven connection of the busiest address gives way), and the idle ones
    // are gone after the head time limit.
    void idleFloodDoesNotLockOut()
    {
        startRoom();
        const room::Limits limits = m_server->limits();
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        std::vector<QHostAddress> floodFrom;
        for (int a = 2; a < 18; ++a) {
            const QHostAddress from(QStringLiteral("127.0.0.%1").arg(a));
            for (int i = 0; i < limits.connectionsPerAddress; ++i) {
                auto s = std::make_unique<QTcpSocket>();
                QVERIFY(s->bind(from));
                s->connectToHost(QHostAddress::LocalHost, m_server->port());
                flood.push_back(std::move(s));
                floodFrom.push_back(from);
            }
            QTest::qWait(20); // within the listen backlog: every one is accepted at once
        }
        QTRY_VERIFY(std::all_of(flood.begin(), flood.end(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState;
        }));
        // The kernel completes a handshake before the server accepts it: wait until it has.
        QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), limits.connectionsTotal, 10000);
        QElapsedTimer clock;
        clock.start();
        RoomClient phone;
        QVERIFY(phone.greet(url()));
        // At once, not when the idle ones time out (5 s): a flood that keeps reconnecting
        // would otherwise keep the room full. (The issue's goal: within 15 s.)
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        // The flood keeps coming back; the phone, proven by its hello, stays.
        int back = 0;
        for (size_t i = 0; i < flood.size(); ++i) {
            auto &s = flood[i];
            if (s->state() != QAbstractSocket::ConnectedState) {
                s = std::make_unique<QTcpSocket>();
                QVERIFY(s->bind(floodFrom[i]));
                s->connectToHost(QHostAddress::LocalHost, m_server->port());
                ++back;
            }
        }
        qInfo("%d idle connections gave way to the phone", back);
        QVERIFY(back > 0); // the phone took the place of at least one
        RoomClient second;
        QVERIFY(second.greet(url()));
        QCOMPARE(phone.request({{"type", "ping"}}).value("type").toString(), QStringLiteral("ack"));
        // Idle connections end after the head time limit (5 s).
        QTRY_VERIFY_WITH_TIMEOUT(std::none_of(flood.begin(), flood.end(),
                                              [](const auto &s) {
                                                  return s->state() ==
                                                         QAbstractSocket::ConnectedState;
                                              }),
                                 limits.headTimeoutMs + 3000);
        QVERIFY(phone.isConnected());
    }

    // Item 1: a request head sent a byte at a time is cut off at the time limit.
    void slowHeadIsDropped()
    {
        room::Limits limits;
        limits.headTimeoutMs = 2000;
        startRoom(limits);
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_server->port());
        const QByteArray head = "GET " + url().path().toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n";
        QElapsedTimer clock;
        clock.start();
        qsizetype sent = 0;
        while (sent < head.size() && s.state() != QAbstractSocket::UnconnectedState &&
               clock.elapsed() < 20000) {
            s.write(head.mid(sent++, 1));
            QTest::qWait(250);
        }
        QVERIFY2(sent < head.size(), "the whole slow head got through");
        QVERIFY2(clock.elapsed() < limits.headTimeoutMs + 1500,
                 qPrintable(QString::number(clock.elapsed())));
        // A keep-alive connection that goes quiet after its request ends the same way.
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, m_server->port());
        idle.write(head);
        QTRY_VERIFY(idle.bytesAvailable() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(idle.state() == QAbstractSocket::UnconnectedState,
                                 limits.headTimeoutMs + 2000);
    }

    // Item 1: a WebSocket that says nothing, or stops answering pings, is dropped; one that
    // answers (as every browser does by itself) stays however quiet it is.
    void quietWebSocketsArePingedAndDropped()
    {
        room::Limits limits;
        limits.pingIntervalMs = 300;
        limits.helloTimeoutMs = 600;
        startRoom(limits);
        RawDevice silent;
        QVERIFY(silent.open(url()));
        QTRY_VERIFY_WITH_TIMEOUT(!silent.isConnected(), 3000); // no hello in time

        RawDevice sleeper;
        QVERIFY(sleeper.open(url()));
        sleeper.sendText(json({{"type", "hello"}, {"id", 1}, {"token", randomToken()}}));
        QTest::qWait(100);
        sleeper.stopReading(); // and never answers a ping from now on
        RoomClient awake;
        QVERIFY(awake.greet(url()));
        QTRY_VERIFY_WITH_TIMEOUT(!sleeper.isConnected(), 5000);
        QTest::qWait(1500); // five ping intervals of silence
        QVERIFY(awake.isConnected());
        // Every connection is counted until it is gone, WebSockets too.
        awake.ws.close();
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    // Item 1: the limits count an IPv6 /64 as one address (a device picks addresses from it).
    void ipv6PrefixIsOneAddress()
    {
        using room::Listener;
        const QString a = Listener::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2::1")));
        QCOMPARE(Listener::addressKey(QHostAddress(QStringLiteral("2001:db8:1:2:aaaa:bbbb::9"))),
                 a);
        QVERIFY(Listener::addressKey(QHostAddress(QStringLiteral("2001:db8:1:3::1"))) != a);
        QCOMPARE(Listener::addressKey(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))),
                 QStringLiteral("192.0.2.7"));
        QVERIFY(Listener::addressKey(QHostAddress(QStringLiteral("192.0.2.7"))) !=
                Listener::addressKey(QHostAddress(QStringLiteral("192.0.2.8"))));
    }

    // Item 2: a device that stops reading while the state changes thousands of times (about
    // 25 KB each) costs a bounded amount of memory; when it reads again it gets the newest state.
    void nonReadingDeviceHasBoundedMemory()
    {
        pm::ChangeSet modes;
        for (int i = 0; i < 150; ++i) {
            pm::FailureMode f;
            f.meta.id = QUuid::createUuid();
            f.title = QStringLiteral("Failure mode %1 with a title of a realistic length, "
                                     "about a hundred characters")
                          .arg(i);
            modes << f;
        }
        openVoteOn(modes);
        room::Limits limits;
        limits.votesPerMinute = 100000;
        limits.messagesPerMinute = 100000;
        limits.pingIntervalMs = 600000;
        startRoom(limits);

        RawDevice sleeper;
        QVERIFY(sleeper.open(url()));
        sleeper.sendText(json({{"type", "hello"}, {"id", 1}, {"token", randomToken()}}));
        QTest::qWait(200);
        sleeper.stopReading();
        RoomClient voter;
        QVERIFY(voter.greet(url()));
        QCOMPARE(voter.join(QStringLiteral("Vera")).value("type").toString(),
                 QStringLiteral("ack"));
        const QString mode = std::get<pm::FailureMode>(modes.first()).meta.id.toString();
        const long before = residentKiB();
        for (int i = 0; i < 300; ++i) { // a dot given and taken back, 150 times
            const QJsonObject r =
                voter.request({{"type", "vote"}, {"failureMode", mode}, {"delta", i % 2 ? -1 : 1}});
            QVERIFY2(isAck(r), qPrintable(json(r)));
            voter.received.clear(); // this process is the voter too: keep only the server's
            voter.raw.clear();
        }
        voter.ws.close();
        QVERIFY(voter.waitDisconnected());
        for (int i = 0; i < 4000; ++i) { // and 4,000 timer changes, each pushed to every device
            m_server->setTimer(4000 - i, false);
            QCoreApplication::processEvents();
        }
        QTest::qWait(200);
        const long grown = residentKiB() - before;
        qInfo("resident memory grew by %ld KiB for about %d MB of state pushes", grown,
              4300 * 25 / 1000);
        QVERIFY2(grown < 30 * 1024, qPrintable(QStringLiteral("%1 KiB more").arg(grown)));
        // Toggling left one vote row behind, not 150.
        int voteRows = 0;
        for (const pm::AnyRow &row : m_workshop->allRows())
            voteRows += pm::kindOf(row) == pm::EntityKind::Vote ? 1 : 0;
        QCOMPARE(voteRows, 1);
        // Reading again, the sleeper gets the newest state (the timer at 1 s).
        sleeper.tcp.setReadBufferSize(0);
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT(
            (seen += sleeper.tcp.readAll(), seen.right(200000).contains("\"remaining\":1,")),
            10000);
    }

    // Item 2: every message kind has a rate; beyond it the answer is "rate" and nothing is
    // written.
    void everyKindHasARate()
    {
        pm::FailureMode f;
        f.meta.id = QUuid::createUuid();
        f.title = QStringLiteral("Queue backs up");
        pm::WorkshopInfo info = m_workshop->info();
        info.voteBudget = 10;
        openVoteOn({f, info});
        room::Limits limits;
        limits.votesPerMinute = 5;
        limits.joinsPerMinute = 3;
        limits.estimatesPerMinute = 4;
        limits.messagesPerMinute = 40;
        startRoom(limits);
        RoomClient a;
        QVERIFY(a.greet(url()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(isAck(a.join(QStringLiteral("Wanda"))));
        QCOMPARE(errorCode(a.join(QStringLiteral("Wanda"))), QStringLiteral("rate"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(isAck(a.request(
                {{"type", "vote"}, {"failureMode", f.meta.id.toString()}, {"delta", 1}})));
        const QByteArray before = fileHash(m_path);
        QCOMPARE(errorCode(a.request(
                     {{"type", "vote"}, {"failureMode", f.meta.id.toString()}, {"delta", 1}})),
                 QStringLiteral("rate"));
        QCOMPARE(fileHash(m_path), before);
        for (int i = 0; i < 4; ++i)
            QVERIFY(isAck(a.estimate(f.meta.id, 1 + i, 2)));
        const QByteArray scored = fileHash(m_path);
        QCOMPARE(errorCode(a.estimate(f.meta.id, 5, 5)), QStringLiteral("rate"));
        QCOMPARE(errorCode(a.estimate(f.meta.id, 0, 0)), QStringLiteral("rate"));
        QCOMPARE(fileHash(m_path), scored);
        // Any message at all: pings too.
        QString last;
        for (int i = 0; i < 40 && last.isEmpty(); ++i)
            last = errorCode(a.request({{"type", "ping"}}));
        QCOMPARE(last, QStringLiteral("rate"));
        QCOMPARE(fileHash(m_path), scored);
    }

    // Item 3: 2,000 joins with new names from one device add one participant; the workshop's
    // cap holds against many devices.
    void joinFloodAddsOneParticipant()
    {
        room::Limits limits;
        limits.joinsPerMinute = 100000;
        limits.messagesPerMinute = 100000;
        limits.participantsTotal = 4;
        startRoom(limits);
        const int before = m_workshop->liveCount(pm::EntityKind::Participant);
        RoomClient a;
        QVERIFY(a.greet(url()));
        for (int i = 0; i < 2000; ++i)
            a.ws.sendTextMessage(QString::fromUtf8(json({{"type", "join"},
                                                         {"id", a.nextId++},
                                                         {"name", QStringLiteral("Bot %1").arg(i)},
                                                         {"role", "sre"},
                                                         {"side", "run"}})));
        QTRY_VERIFY_WITH_TIMEOUT(a.received.size() >= 2001, 20000);
        QCOMPARE(m_workshop->liveCount(pm::EntityKind::Participant), before + 1);
        QCOMPARE(errorCode(a.join(QStringLiteral("Another name"))), QStringLiteral("invalid"));
        // Picking an existing name (its own, or from the list) is still possible.
        QVERIFY(isAck(a.join(QStringLiteral("Bot 0"))));
        // Other devices add theirs until the workshop holds as many as the room accepts.
        std::vector<std::unique_ptr<RoomClient>> others;
        QStringList answers;
        for (int i = 0; i < 5; ++i) {
            others.push_back(std::make_unique<RoomClient>());
            QVERIFY(others.back()->greet(url()));
            answers << errorCode(others.back()->join(QStringLiteral("Person %1").arg(i)));
        }
        QCOMPARE(m_workshop->liveCount(pm::EntityKind::Participant), limits.participantsTotal);
        QCOMPARE(answers.last(), QStringLiteral("full"));
        // The state a device receives stays small.
        QVERIFY(a.raw.last().size() < 20000);
    }

    // Item 4: the join code and port are kept with the workshop: a restarted room serves the
    // same address until the facilitator changes the code; a copy of the file does not.
    void restartServesTheSameAddress()
    {
        startRoom();
        const QUrl first = url();
        m_server.reset();
        startRoom();
        QCOMPARE(url(), first);
        m_server->changeCode();
        const QUrl changed = url();
        QVERIFY(changed != first);
        QCOMPARE(changed.port(), first.port());
        m_server.reset();
        startRoom();
        QCOMPARE(url(), changed);
        // The kept port taken by another program: any free one, with the same code.
        m_server.reset();
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, quint16(changed.port())));
        startRoom();
        QVERIFY(url().port() != changed.port());
        QCOMPARE(url().path(), changed.path());
        const QString copy = m_dir.filePath(QStringLiteral("copy-of-room.premortem"));
        QVERIFY(m_workshop->saveCopy(copy).ok());
        auto opened = pm::Workshop::open(copy);
        QVERIFY(opened.ok());
        QVERIFY(!opened.value()->savedRoomAddress());
    }

    // Item 5: notes, edits and votes arriving together are one commit, and each is
    // acknowledged only once the commit holding it is in the file.
    void notesArrivingTogetherShareOneCommit()
    {
        startRoom();
        std::vector<std::unique_ptr<RoomClient>> devices;
        for (int i = 0; i < 12; ++i) {
            devices.push_back(std::make_unique<RoomClient>());
            QVERIFY(devices.back()->greet(url()));
            QVERIFY(isAck(devices.back()->join(QStringLiteral("Writer %1").arg(i))));
        }
        // Every acknowledgement is checked against the file, through its own connection.
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "reader");
        reader.setDatabaseName(m_path);
        QVERIFY(reader.open());
        QHash<RoomClient *, QUuid> ids;
        int acked = 0, committedWhenAcked = 0;
        for (auto &d : devices) {
            RoomClient *raw = d.get();
            QObject::connect(&raw->ws, &QWebSocket::textMessageReceived, &raw->ws,
                             [&, raw](const QString &text) {
                                 if (!text.contains("\"ack\""))
                                     return;
                                 ++acked;
                                 QSqlQuery q(reader);
                                 q.prepare("SELECT count(*) FROM note WHERE id = ?");
                                 q.addBindValue(ids.value(raw).toString(QUuid::WithoutBraces));
                                 if (q.exec() && q.next() && q.value(0).toInt() == 1)
                                     ++committedWhenAcked;
                             });
        }
        const quint64 commitsBefore = m_workshop->commitCount();
        for (auto &d : devices) {
            ids.insert(d.get(), QUuid::createUuid());
            d->ws.sendTextMessage(
                QString::fromUtf8(json({{"type", "note"},
                                        {"id", d->nextId++},
                                        {"note", ids.value(d.get()).toString(QUuid::WithoutBraces)},
                                        {"text", "Arrived together"}})));
        }
        QTRY_COMPARE(acked, 12);
        QCOMPARE(committedWhenAcked, 12);
        const quint64 commits = m_workshop->commitCount() - commitsBefore;
        qInfo("12 notes from 12 devices in %llu commit(s)", commits);
        QVERIFY2(commits < 12, qPrintable(QString::number(commits)));
        reader.close();
        reader = QSqlDatabase();
        QSqlDatabase::removeDatabase("reader");
    }

    // Item 6: a note deleted from the room keeps no text and no author, in the file and in
    // the export; the same for one deleted on the board, and its undo brings both back.
    void deletedNoteKeepsNoText()
    {
        startRoom();
        RoomClient a;
        QVERIFY(a.greet(url()));
        QVERIFY(isAck(a.join(QStringLiteral("Xena"))));
        const QUuid id = QUuid::createUuid();
        QVERIFY(isAck(a.note(id, QStringLiteral("Secret words about the payment service"))));
        QVERIFY(isAck(a.request({{"type", "delete"}, {"note", id.toString()}})));
        const pm::Note *gone = m_workshop->find<pm::Note>(id);
        QVERIFY(gone && gone->meta.deleted);
        QCOMPARE(gone->text, QStringLiteral("-"));
        QVERIFY(gone->author.isNull());
        QVERIFY(!readAll(m_path).contains("Secret words"));
        QVERIFY(!pm::exportJson(*m_workshop).contains("Secret words"));

        pm::Note board;
        board.meta.id = QUuid::createUuid();
        board.text = QStringLiteral("Board note with private words");
        board.author = addParticipant(QStringLiteral("Yuri"));
        QVERIFY(m_workshop->apply({board}).ok());
        const auto undo = m_workshop->remove(pm::EntityKind::Note, {board.meta.id});
        QVERIFY(undo.ok());
        QCOMPARE(m_workshop->find<pm::Note>(board.meta.id)->text, QStringLiteral("-"));
        QVERIFY(m_workshop->find<pm::Note>(board.meta.id)->author.isNull());
        QVERIFY(!readAll(m_path).contains("private words"));
        QVERIFY(m_workshop->apply(undo.value()).ok());
        QCOMPARE(m_workshop->findLive<pm::Note>(board.meta.id)->text, board.text);
        QCOMPARE(m_workshop->findLive<pm::Note>(board.meta.id)->author, board.author);
    }

    // Item 7: the page starts on no category, the result comes sorted, and the ranking
    // instruction speaks of what the page shows: the scores, then the dots.
    void pageDefaultsAndSortedTotals()
    {
        startRoom();
        RoomClient a;
        QVERIFY(a.greet(url()));
        QTRY_VERIFY(!a.lastState().isEmpty());
        QCOMPARE(a.lastState().value("categories").toArray().first().toObject().value("key"),
                 QJsonValue(pm::keyOf(pm::Category::Uncategorised)));
        QVERIFY(isAck(a.join(QStringLiteral("Zoe"))));
        // A note without a category is uncategorised.
        const QUuid id = QUuid::createUuid();
        QVERIFY(isAck(a.request({{"type", "note"}, {"note", id.toString()}, {"text", "No cat"}})));
        QCOMPARE(m_workshop->findLive<pm::Note>(id)->category, pm::Category::Uncategorised);

        QList<QUuid> modes;
        for (const char *title : {"Few dots", "Most dots", "Some dots"}) {
            pm::FailureMode f;
            f.meta.id = QUuid::createUuid();
            f.title = QString::fromLatin1(title);
            QVERIFY(m_workshop->apply({f}).ok());
            modes << f.meta.id;
        }
        setPhase(pm::Phase::Rank);
        // Ranking starts with each person's own scores; the dots once the vote opens.
        QTRY_VERIFY(a.lastState().value("instruction").toString().contains("Score each risk"));
        QVERIFY(pm::setVotingOpen(*m_workshop, true).ok());
        QTRY_VERIFY(a.lastState().value("instruction").toString().contains("dots"));
        for (int m : {1, 1, 2}) // budget 3: two on "Most dots", one on "Some dots"
            QVERIFY(isAck(
                a.request({{"type", "vote"}, {"failureMode", modes[m].toString()}, {"delta", 1}})));
        QVERIFY(pm::setVotingOpen(*m_workshop, false).ok());
        QTRY_VERIFY(!a.lastState().value("vote").toObject().value("open").toBool());
        QStringList order;
        for (const QJsonValue &f :
             a.lastState().value("vote").toObject().value("failureModes").toArray())
            order << f.toObject().value("title").toString();
        QCOMPARE(order, QStringList({"Most dots", "Some dots", "Few dots"}));
    }

    void killNineLosesNoAcknowledgedNote()
    {
        m_workshop.reset(); // the CLI opens the file now
        QProcess serve;
        serve.start(QStringLiteral(PREMORTEM_CLI),
                    {QStringLiteral("serve"), m_path, QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1")});
        QVERIFY(serve.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(serve.canReadLine(), 10000);
        const QUrl join(QString::fromUtf8(serve.readLine()).trimmed());
        QVERIFY(join.isValid());
        RoomClient a;
        QVERIFY(a.open(join));
        a.hello();
        a.request({{"type", "join"}, {"name", "Leo"}, {"role", "sre"}, {"side", "run"}});
        // Notes go out without waiting; acks come back as commits finish; kill -9 in the middle.
        QList<QUuid> ids;
        for (int i = 0; i < 40; ++i) {
            ids << QUuid::createUuid();
            QJsonObject m{{"type", "note"},
                          {"id", a.nextId++},
                          {"note", ids.last().toString(QUuid::WithoutBraces)},
                          {"text", QStringLiteral("note %1").arg(i)},
                          {"category", "load"}};
            a.ws.sendTextMessage(
                QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
        }
        auto acked = [&a] {
            int n = 0;
            for (const QJsonObject &r : a.received)
                n += r.value("type") == QLatin1String("ack") ? 1 : 0;
            return n - 2; // hello and join
        };
        QTRY_VERIFY_WITH_TIMEOUT(acked() >= 10, 10000);
        ::kill(pid_t(serve.processId()), SIGKILL);
        QVERIFY(serve.waitForFinished(5000));
        QTRY_VERIFY(a.ws.state() != QAbstractSocket::ConnectedState);
        QSet<QUuid> ackedIds;
        QHash<int, QUuid> byRequest;
        for (int i = 0; i < ids.size(); ++i)
            byRequest.insert(3 + i, ids[i]);
        for (const QJsonObject &r : a.received) {
            if (r.value("type") == QLatin1String("ack") &&
                byRequest.contains(r.value("id").toInt()))
                ackedIds.insert(byRequest.value(r.value("id").toInt()));
        }
        QVERIFY(ackedIds.size() >= 10);
        auto reopened = pm::Workshop::open(m_path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        for (const QUuid &id : ackedIds)
            QVERIFY(reopened.value()->findLive<pm::Note>(id));
        QVERIFY(reopened.value()->problems().isEmpty());
        reopened.value().reset();

        // The host serves the file again; the device resumes with its identity and its notes.
        QProcess again;
        again.start(QStringLiteral(PREMORTEM_CLI),
                    {QStringLiteral("serve"), m_path, QStringLiteral("--bind"),
                     QStringLiteral("127.0.0.1")});
        QTRY_VERIFY_WITH_TIMEOUT(again.canReadLine(), 10000);
        const QUrl join2(QString::fromUtf8(again.readLine()).trimmed());
        QCOMPARE(join2, join); // the same address: open pages reconnect by themselves
        RoomClient resumed;
        resumed.token = a.token;
        QVERIFY(resumed.open(join2));
        resumed.hello();
        QTRY_VERIFY(resumed.lastState().value("mine").toArray().size() >= ackedIds.size());
        again.terminate(); // SIGTERM: closes the file cleanly
        QVERIFY(again.waitForFinished(5000));
        QCOMPARE(again.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TstRoom)
#include "tst_room.moc"

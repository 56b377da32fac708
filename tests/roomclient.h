#pragma once

// What a participant's page does, over a real WebSocket (docs/room.md): hello with the device's
// token, join with a name, write notes; every request is answered by an ack or an error with its
// id. It records every message it receives, so tests can look at the state pushes too. Shared by
// the room server's tests and the window's room tests.

#include "vocabulary.h"

#include <QAbstractSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

namespace roomtest {

// A device's token, as the page makes one: 128 random bits in hex.
inline QString randomToken()
{
    quint32 w[4];
    QRandomGenerator::global()->fillRange(w);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(w), sizeof w).toHex());
}

inline bool isAck(const QJsonObject &answer)
{
    return answer.value(QStringLiteral("type")).toString() == QLatin1String("ack");
}

class RoomClient
{
public:
    QWebSocket ws;
    QList<QJsonObject> received;
    QStringList raw;
    QString token = randomToken();
    int nextId = 1;

    RoomClient()
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, [this](const QString &text) {
            raw << text;
            received << QJsonDocument::fromJson(text.toUtf8()).object();
        });
    }

    static QUrl socketUrl(const QUrl &join)
    {
        QUrl url = join;
        url.setScheme(join.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                              : QStringLiteral("ws"));
        url.setPath(join.path() + QStringLiteral("/ws"));
        return url;
    }

    // Connects to the join URL's WebSocket with the Origin a browser on that page sends (or the
    // one given); false when the server refuses or does not answer within 10 s.
    bool open(const QUrl &join, const QByteArray &origin = QByteArray())
    {
        QNetworkRequest request(socketUrl(join));
        request.setRawHeader(
            "Origin",
            origin.isNull()
                ? QStringLiteral("http://%1:%2").arg(join.host()).arg(join.port()).toLatin1()
                : origin);
        ws.open(request);
        QSignalSpy connected(&ws, &QWebSocket::connected);
        QSignalSpy gone(&ws, &QWebSocket::disconnected);
        for (int i = 0; i < 500 && connected.isEmpty() && gone.isEmpty() &&
                        ws.error() == QAbstractSocket::UnknownSocketError;
             ++i)
            QTest::qWait(20);
        return isConnected();
    }

    // Sends a message with the next id (unless it has one) and waits for its ack or error.
    QJsonObject request(QJsonObject m)
    {
        if (!m.contains(QStringLiteral("id")))
            m.insert(QStringLiteral("id"), nextId++);
        return sendRaw(QJsonDocument(m).toJson(QJsonDocument::Compact),
                       m.value(QStringLiteral("id")));
    }

    // Sends text as it is and waits up to 10 s for an ack or error (with this id, if one is
    // given); empty when none comes or the server hung up.
    QJsonObject sendRaw(const QByteArray &text, const QJsonValue &id = QJsonValue())
    {
        const qsizetype before = received.size();
        ws.sendTextMessage(QString::fromUtf8(text));
        for (int i = 0; i < 500; ++i) {
            for (qsizetype k = before; k < received.size(); ++k) {
                const QJsonObject &r = received[k];
                const QString type = r.value(QStringLiteral("type")).toString();
                if ((type == QLatin1String("ack") || type == QLatin1String("error")) &&
                    (id.isNull() || r.value(QStringLiteral("id")) == id))
                    return r;
            }
            if (!isConnected())
                break;
            QTest::qWait(20);
        }
        return {};
    }

    QJsonObject hello()
    {
        return request(
            {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("token"), token}});
    }

    // Joins as a new participant with this name (a senior engineer on the run-time side).
    QJsonObject join(const QString &name)
    {
        return request({{QStringLiteral("type"), QStringLiteral("join")},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("role"), QJsonValue(pm::keyOf(pm::Role::SeniorEngineer))},
                        {QStringLiteral("side"), QJsonValue(pm::keyOf(pm::Side::Run))}});
    }

    QJsonObject note(const QUuid &id, const QString &text,
                     const QString &category = QStringLiteral("bug"))
    {
        return request({{QStringLiteral("type"), QStringLiteral("note")},
                        {QStringLiteral("note"), id.toString(QUuid::WithoutBraces)},
                        {QStringLiteral("text"), text},
                        {QStringLiteral("category"), category}});
    }

    // Scores a failure mode (1-5 on each axis), or takes the score back when both are 0.
    QJsonObject estimate(const QUuid &failureMode, int likelihood, int blastRadius)
    {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("estimate")},
                      {QStringLiteral("failureMode"), failureMode.toString(QUuid::WithoutBraces)}};
        if (likelihood == 0 && blastRadius == 0) {
            m.insert(QStringLiteral("clear"), true);
        } else {
            m.insert(QStringLiteral("likelihood"), likelihood);
            m.insert(QStringLiteral("blastRadius"), blastRadius);
        }
        return request(m);
    }

    // Opens the join URL's socket and says hello: whether the server acknowledged both.
    bool greet(const QUrl &join) { return open(join) && isAck(hello()); }

    // The last state the server pushed to this device.
    QJsonObject lastState() const
    {
        for (qsizetype i = received.size() - 1; i >= 0; --i) {
            if (received[i].value(QStringLiteral("type")) == QLatin1String("state"))
                return received[i];
        }
        return {};
    }

    bool isConnected() const { return ws.state() == QAbstractSocket::ConnectedState; }
    bool waitDisconnected()
    {
        return QTest::qWaitFor([this] { return !isConnected(); }, 10000);
    }
};

} // namespace roomtest

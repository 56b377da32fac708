#include "httpfront.h"

#include "requestguard.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

namespace room {

QString Listener::addressKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // IPv4-mapped IPv6 counts as IPv4
    if (isV4)
        return QHostAddress(v4).toString();
    // One IPv6 device (or one home network) has a whole /64 to pick addresses from.
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

void Listener::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (useTls) {
        auto *ssl = new QSslSocket(this);
        if (!ssl->setSocketDescriptor(handle)) {
            delete ssl;
            return;
        }
        ssl->setSslConfiguration(tls);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
    }
    const QString key = addressKey(socket->peerAddress());
    if ((m_perAddress.value(key) >= perAddress && !evict(key)) ||
        (m_open.size() >= total && !evict(QString()))) {
        socket->abort(); // no place, and nobody to give way: refuse before reading a byte
        socket->deleteLater();
        return;
    }
    m_open.insert(socket, Open{key, ++m_serial, false});
    ++m_perAddress[key];
    // A QWebSocket takes the socket over after the upgrade, and may outlive this connection's
    // HTTP life: count it until the socket object itself goes (or it is evicted). Watched through
    // a child object, because the HTTP server disconnects every signal of the socket itself when
    // it hands it to Qt WebSockets.
    auto *watch = new QObject(socket);
    connect(watch, &QObject::destroyed, this, [this, socket] { forget(socket); });
    guard(socket);
    addPendingConnection(socket);
}

void Listener::forget(QTcpSocket *socket)
{
    const auto it = m_open.constFind(socket);
    if (it == m_open.constEnd())
        return;
    if (--m_perAddress[it->key] <= 0)
        m_perAddress.remove(it->key);
    m_open.erase(it);
}

bool Listener::evict(const QString &key)
{
    // Untrusted first, from the address (or, for the total, the busiest address) that holds
    // them; a trusted connection gives way only to the total, and only from an address with
    // several, so a device alone on its address is never pushed out.
    auto pick = [&](bool trusted) -> QTcpSocket * {
        QTcpSocket *best = nullptr;
        int bestLoad = 0;
        qint64 bestSerial = 0;
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
            if (it->trusted != trusted || (!key.isEmpty() && it->key != key))
                continue;
            const int load = m_perAddress.value(it->key);
            if (trusted && load < 2)
                continue;
            if (!best || load > bestLoad || (load == bestLoad && it->serial < bestSerial)) {
                best = it.key();
                bestLoad = load;
                bestSerial = it->serial;
            }
        }
        return best;
    };
    QTcpSocket *victim = pick(false);
    if (!victim && key.isEmpty())
        victim = pick(true);
    if (!victim)
        return false;
    forget(victim);
    victim->abort();
    return true;
}

void Listener::trust(const QHostAddress &peer, quint16 port)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (it.key()->peerPort() == port && it.key()->peerAddress() == peer) {
            it->trusted = true;
            return;
        }
    }
}

void Listener::guard(QTcpSocket *socket)
{
    // A head must be whole within the time limit of the connection or of the previous head;
    // a client that trickles bytes or sends nothing is dropped (an idle keep-alive too: the
    // browser simply opens a new connection). After the upgrade the room takes over the
    // WebSocket's time limits.
    auto *deadline = new QTimer(socket);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    deadline->start(headTimeoutMs);
    // Connected before the HTTP server connects its own reader, so it runs first on every
    // readyRead and sees the bytes (peek) before Qt parses and buffers them.
    auto guard = std::make_shared<RequestGuard>(maxHeadBytes);
    auto connection = std::make_shared<QMetaObject::Connection>();
    const int timeoutMs = headTimeoutMs;
    *connection = connect(socket, &QIODevice::readyRead, socket, [=] {
        const int headsBefore = guard->headsSeen();
        const RequestGuard::Verdict v = guard->feed(socket->peek(socket->bytesAvailable()));
        if (v == RequestGuard::Continue) {
            if (guard->headsSeen() != headsBefore)
                deadline->start(timeoutMs);
            return;
        }
        QObject::disconnect(*connection);
        deadline->stop();
        if (v == RequestGuard::Upgrade)
            return; // from here on the bytes are WebSocket frames, bounded by QWebSocket
        socket->write(v == RequestGuard::TooLarge
                          ? QByteArrayLiteral("HTTP/1.1 431 Request Header Fields Too Large\r\n"
                                              "Content-Length: 0\r\nConnection: close\r\n\r\n")
                          : QByteArrayLiteral("HTTP/1.1 413 Content Too Large\r\n"
                                              "Content-Length: 0\r\nConnection: close\r\n\r\n"));
        socket->flush();
        // The HTTP server's reader would run next on this signal: take it off, so Qt never
        // parses these bytes, then abort(), which drops what is buffered and stops the kernel
        // taking more of the body.
        QObject::disconnect(socket, &QIODevice::readyRead, nullptr, nullptr);
        socket->abort();
    });
}

HttpFront::HttpFront(QObject *parent) : QAbstractHttpServer(parent) {}

bool HttpFront::codeMatches(const QByteArray &candidate) const
{
    // Compare in constant time, so the answer's timing says nothing about a guess.
    if (m_code.isEmpty() || candidate.size() != m_code.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_code.size(); ++i)
        diff |= static_cast<unsigned char>(candidate[i] ^ m_code[i]);
    return diff == 0;
}

namespace {

QByteArray resource(const QString &name)
{
    QFile file(QStringLiteral(":/room/page/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Paths: /j/<code>, /j/<code>/app.js, /j/<code>/style.css, /j/<code>/ws (WebSocket).
    const QList<QByteArray> parts = request.url().path(QUrl::FullyEncoded).toLatin1().split('/');
    if (parts.size() < 3 || parts.size() > 4 || !parts[0].isEmpty() || parts[1] != "j" ||
        !codeMatches(parts[2]))
        return false;
    const QByteArray file = parts.value(3);
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    if (file == "ws") {
        // Hand over to Qt WebSockets only for a real upgrade from a page this server served:
        // returning true without writing anything is what makes Qt pass the socket on.
        if (!isGet || request.value("upgrade").toLower() != "websocket")
            return false;
        const QByteArray origin = request.value("origin");
        const QByteArray host = request.value("host");
        const QByteArray scheme = qobject_cast<QSslSocket *>(socket) ? "https://" : "http://";
        return !host.isEmpty() && origin == scheme + host;
    }
    if (!isGet)
        return false;
    QByteArray body, type;
    if (file.isEmpty()) {
        body = resource(QStringLiteral("index.html"));
        body.replace("{{CODE}}", m_code); // the code is hex: nothing to escape
        type = "text/html; charset=utf-8";
    } else if (file == "app.js") {
        body = resource(QStringLiteral("app.js"));
        type = "text/javascript; charset=utf-8";
    } else if (file == "style.css") {
        body = resource(QStringLiteral("style.css"));
        type = "text/css; charset=utf-8";
    } else {
        return false;
    }
    makeResponder(request, socket)
        .write(body, {{"Content-Type", type},
                      {"Content-Security-Policy",
                       "default-src 'none'; script-src 'self'; style-src 'self'; "
                       "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
                       "frame-ancestors 'none'"},
                      {"X-Content-Type-Options", "nosniff"},
                      {"Cache-Control", "no-store"},
                      {"Referrer-Policy", "no-referrer"},
                      {"X-Frame-Options", "DENY"}});
    return true;
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Plain 404 with no body: a request without the code learns nothing, not even that a room
    // is there.
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace room

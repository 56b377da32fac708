#include "httpfront.h"

#include "requestguard.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslSocket>
#include <QUrl>

namespace room {

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
    const QString address = socket->peerAddress().toString();
    if (m_open >= total || m_perAddress.value(address) >= perAddress) {
        socket->abort(); // too many at once: refuse before reading a byte
        socket->deleteLater();
        return;
    }
    ++m_open;
    ++m_perAddress[address];
    // A QWebSocket takes the socket over after the upgrade, and may outlive this connection's
    // HTTP life: count it until the socket object itself goes.
    connect(socket, &QObject::destroyed, this, [this, address] {
        --m_open;
        if (--m_perAddress[address] <= 0)
            m_perAddress.remove(address);
    });
    guard(socket);
    addPendingConnection(socket);
}

void Listener::guard(QTcpSocket *socket)
{
    // Connected before the HTTP server connects its own reader, so it runs first on every
    // readyRead and sees the bytes (peek) before Qt parses and buffers them.
    auto guard = std::make_shared<RequestGuard>(maxHeadBytes);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(socket, &QIODevice::readyRead, socket, [socket, guard, connection] {
        const RequestGuard::Verdict v = guard->feed(socket->peek(socket->bytesAvailable()));
        if (v == RequestGuard::Continue)
            return;
        QObject::disconnect(*connection);
        if (v == RequestGuard::Upgrade)
            return; // from here on the bytes are WebSocket frames, bounded by QWebSocket
        socket->write(v == RequestGuard::TooLarge
                          ? QByteArrayLiteral("HTTP/1.1 431 Request Header Fields Too Large\r\n"
                                              "Content-Length: 0\r\nConnection: close\r\n\r\n")
                          : QByteArrayLiteral("HTTP/1.1 413 Content Too Large\r\n"
                                              "Content-Length: 0\r\nConnection: close\r\n\r\n"));
        socket->flush();
        // abort() drops what is buffered, so the HTTP server's reader that runs next finds
        // nothing to parse, and the kernel stops taking more of the body.
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

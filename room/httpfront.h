#pragma once

// All Qt HTTP Server code of the room, in one place (Qt HTTP Server is a technical preview in
// 6.4 and changes in later Qt). Our own QTcpServer listens, guards each connection's raw bytes
// (RequestGuard) and counts connections per address before handing sockets to the HTTP server;
// the HTTP server answers the page's three files for the right join code, hands a WebSocket
// upgrade on /j/<code>/ws with a matching Origin to Qt WebSockets, and says a plain 404 to
// everything else.

#include <QAbstractHttpServer>
#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>

class QWebSocket;

namespace room {

// Listens, and keeps every connection within bounds: a request head must be whole within
// headTimeoutMs of the connection or of the previous head (a slow or silent client is dropped);
// at most perAddress connections per address, counting an IPv6 /64 as one address, and total in
// all. When full, the oldest connection that has not proven itself (a WebSocket that said hello)
// gives way, taken from the address holding the most: idle or slow clients cannot keep a new
// device out.
class Listener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    int maxHeadBytes = 8 * 1024;
    int perAddress = 16;
    int total = 256;
    int headTimeoutMs = 5000;
    QSslConfiguration tls; // null: plain HTTP
    bool useTls = false;

    // The connection from this peer belongs to a device that said hello: evicted last.
    void trust(const QHostAddress &peer, quint16 port);
    int openConnections() const { return int(m_open.size()); }
    // The address key the limits count by: the address, or its /64 for IPv6.
    static QString addressKey(const QHostAddress &address);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Open
    {
        QString key;
        qint64 serial = 0; // accept order: lower is older
        bool trusted = false;
    };
    void guard(QTcpSocket *socket);
    bool evict(const QString &key); // frees a place at `key` (or anywhere, when empty)
    void forget(QTcpSocket *socket);
    QHash<QTcpSocket *, Open> m_open;
    QHash<QString, int> m_perAddress;
    qint64 m_serial = 0;
};

class HttpFront : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFront(QObject *parent = nullptr);
    void setCode(const QByteArray &code) { m_code = code; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool codeMatches(const QByteArray &candidate) const;
    QByteArray m_code;
};

} // namespace room

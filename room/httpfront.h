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

class Listener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;
    int maxHeadBytes = 8 * 1024;
    int perAddress = 16;
    int total = 256;
    QSslConfiguration tls; // null: plain HTTP
    bool useTls = false;

protected:
    void incomingConnection(qintptr handle) override;

private:
    void guard(QTcpSocket *socket);
    QHash<QString, int> m_perAddress;
    int m_open = 0;
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

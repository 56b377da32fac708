#include "singleinstance.h"

#include "phaseguide.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

namespace instance {

namespace {

// A request names a few paths; anything longer is not from Premortem.
constexpr qint64 kMaxRequestBytes = 1024 * 1024;

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// Reads one '\n'-terminated line, waiting until the deadline.
QByteArray readLine(QLocalSocket &socket, QDeadlineTimer deadline)
{
    while (!socket.canReadLine() && socket.bytesAvailable() < kMaxRequestBytes) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime())))
            return {};
    }
    return socket.readLine(kMaxRequestBytes);
}

} // namespace

QString defaultName()
{
    // Keyed by the session's display as well as the user: a user logged in twice (a second seat,
    // a remote desktop) gets windows on the screen they launched from.
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    for (QChar &c : display) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    const QString base =
        QStringLiteral("premortem-%1").arg(display.isEmpty() ? QStringLiteral("default") : display);
#ifdef Q_OS_UNIX
    // The runtime directory belongs to the user alone (mode 0700), which keeps other users from
    // talking to our socket or squatting on its name.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return QDir(runtime).filePath(base + QStringLiteral(".socket"));
#endif
    return base + QLatin1Char('-') + qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

Forwarded forwardToRunningInstance(const QString &name, const QStringList &paths, int timeoutMs,
                                   const QString &phase)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        // Refused or missing: nobody listens (a socket file may be left from a crash).
        return socket.error() == QLocalSocket::SocketTimeoutError ? Forwarded::NoAnswer
                                                                  : Forwarded::NoInstance;
    }
    QJsonObject request{{QStringLiteral("open"), QJsonArray::fromStringList(paths)}};
    if (!phase.isEmpty())
        request.insert(QStringLiteral("phase"), phase);
    socket.write(line(request));
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return Forwarded::NoAnswer;
    const QJsonObject answer = QJsonDocument::fromJson(readLine(socket, deadline)).object();
    return answer.value(QStringLiteral("ok")).toBool() ? Forwarded::Delivered : Forwarded::NoAnswer;
}

Server::Server(QObject *parent) : QObject(parent), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &Server::onNewConnection);
}

Server::~Server() = default;

bool Server::listen(const QString &name)
{
    // The caller found nobody answering on name, so a socket file there is left from a crash.
    QLocalServer::removeServer(name);
    return m_server->listen(name);
}

QString Server::errorString() const
{
    return m_server->errorString();
}

void Server::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

Startup forwardOrListen(Server &server, const QString &name, const QStringList &paths,
                        const QString &phase)
{
    QLockFile lock(QDir::isAbsolutePath(name)
                       ? name + QStringLiteral(".lock")
                       : QDir::temp().filePath(name + QStringLiteral(".lock")));
    lock.setStaleLockTime(0); // a dead holder is noticed by its process id, not by age
    if (!lock.tryLock(10000))
        return Startup::Alone;
    switch (forwardToRunningInstance(name, paths, 5000, phase)) {
    case Forwarded::Delivered:
        return Startup::Forwarded;
    case Forwarded::NoAnswer:
        return Startup::Alone; // a hung instance keeps its socket; this one just runs
    case Forwarded::NoInstance:
        break;
    }
    return server.listen(name) ? Startup::Listening : Startup::Alone;
}

void Server::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() >= kMaxRequestBytes)
            socket->abort();
        return;
    }
    const QJsonObject request =
        QJsonDocument::fromJson(socket->readLine(kMaxRequestBytes)).object();
    const QJsonValue open = request.value(QStringLiteral("open"));
    QStringList paths;
    bool valid = open.isArray();
    for (const QJsonValue &path : open.toArray()) {
        valid = valid && path.isString() && QDir::isAbsolutePath(path.toString());
        paths << path.toString();
    }
    // A phase is optional; when given it must be one the window knows, checked like the paths.
    const QJsonValue phaseValue = request.value(QStringLiteral("phase"));
    const QString phase = phaseValue.toString();
    valid = valid &&
            (phaseValue.isUndefined() || (phaseValue.isString() && bool(pm::phaseFromKey(phase))));
    socket->write(line({{QStringLiteral("ok"), valid}}));
    socket->flush();
    socket->disconnectFromServer();
    if (!valid)
        return;
    // Opening may show an error dialog with its own event loop: not from inside this slot.
    QMetaObject::invokeMethod(
        this, [this, paths, phase] { emit openRequested(paths, phase); }, Qt::QueuedConnection);
}

} // namespace instance

#pragma once

// One Premortem process per user and display: a second launch (a double-click on a file while
// Premortem runs) hands its files to the running process over a local socket and exits, so each
// workshop stays open in one window only.
//
// The socket and its lock live in the user's runtime directory, which only the user can enter.
// The protocol is one line of JSON each way: {"open": [absolute paths]} (with "phase": a phase's
// key when the launch asked for one, `premortem FILE --phase rank`) and {"ok": true}. The
// running process answers as soon as it has the request and opens the files afterwards, so a slow
// open or an error dialog never makes the second launch time out and start a process of its own.

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace instance {

// The socket's name for this user and display; tests pass their own.
QString defaultName();

enum class Forwarded
{
    Delivered,  // the running process has the files
    NoInstance, // nobody listens: start normally
    NoAnswer    // something listens but did not answer in time: start normally, but leave it be
};

// Asks the process listening on name to open paths (an empty list: show a window), the first at
// phase (a phase's key) unless phase is empty. Blocks for at most timeoutMs; call it before the
// application's windows exist.
Forwarded forwardToRunningInstance(const QString &name, const QStringList &paths,
                                   int timeoutMs = 5000, const QString &phase = QString());

class Server : public QObject
{
    Q_OBJECT

public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Listens on name, taking over a socket left behind by a process that died. Call only after
    // forwardToRunningInstance() found no instance (with the startup lock held, see main.cpp).
    bool listen(const QString &name);
    QString errorString() const;

signals:
    // Emitted from the event loop after the client has its answer; phase is a valid phase key
    // or empty.
    void openRequested(const QStringList &paths, const QString &phase);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QLocalServer *m_server;
};

enum class Startup
{
    Forwarded, // another process has the files: exit
    Listening, // this process is the running instance now
    Alone      // no socket (the lock or the name was taken): run without one
};

// The first step of main(): under a lock, so that two launches at the same moment cannot both
// become the running instance, forwards paths to a running process or starts server listening.
Startup forwardOrListen(Server &server, const QString &name, const QStringList &paths,
                        const QString &phase = QString());

} // namespace instance

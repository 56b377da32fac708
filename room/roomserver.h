#pragma once

// The room: participants join the workshop from their own phones and laptops. One port serves the
// participant page (HTTP) and its WebSocket; every participant action becomes a pm::ChangeSet
// applied through Workshop::apply under that device's writer id, checked like a stranger's file.
// The protocol is documented in docs/room.md. Core + Network only: the window and
// `premortem-cli serve` both host it.

#include "entities.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace pm {
class Workshop;
}

namespace room {

struct ServeOptions
{
    QHostAddress address = QHostAddress::Any;
    quint16 port = 0; // 0 = any free
    QString certificatePath, keyPath;
};

struct DeviceInfo
{
    QString deviceId;
    QString displayName; // participant name, or "Anonymous 3"
    int notesWritten = 0;
    bool connected = false;
};

// What one connection, device and address may do; the defaults suit a room of up to ~50 people
// (docs/room.md, "Denial of service", says what each bounds and how it is tested).
struct Limits
{
    int maxMessageBytes = 16 * 1024;    // one WebSocket message (and frame)
    int maxRequestHeadBytes = 8 * 1024; // one HTTP request line + headers; bodies are refused
    int notesPerMinute = 60;            // notes written, edited or deleted per device and minute
    int votesPerMinute = 60;            // dots given or taken back per device and minute
    int joinsPerMinute = 6;             // joins (picking or adding a name) per device and minute
    int estimatesPerMinute = 120;       // estimates set or cleared per device and minute
    int messagesPerMinute = 600;        // any message, per connection
    int connectionsPerAddress = 16;     // open TCP connections from one address (an IPv6 /64)
    int connectionsTotal = 256;         // open TCP connections in all
    int participantsTotal = 100; // participants the workshop may have for the room to add one
    int devicesTotal = 512;      // device identities remembered at once
    int maxNoteChars = 2000;
    int maxNameChars = 80;
    int headTimeoutMs = 5000;          // a request head must be whole this soon after the last one
    int helloTimeoutMs = 10000;        // a WebSocket must say hello this soon
    int pingIntervalMs = 15000;        // a quiet WebSocket is pinged, and dropped after twice this
    int stateBacklogBytes = 64 * 1024; // a state push waits (newest only) while this much is unsent
    int maxBacklogBytes = 1024 * 1024; // a device with this much unsent is dropped
};

class RoomState;
class HttpFront;

class RoomServer : public QObject
{
    Q_OBJECT

public:
    explicit RoomServer(pm::Workshop *workshop, QObject *parent = nullptr);
    ~RoomServer() override;

    bool start(const ServeOptions &options, QString *error = nullptr); // user-readable error
    void stop();                                                       // closes every socket
    bool isRunning() const;
    QUrl joinUrl() const; // http(s)://<this machine's LAN address or the bound one>:<port>/j/<code>
    quint16 port() const;
    void setLocked(bool locked); // no new joiners; existing devices stay
    bool isLocked() const;
    void changeCode(); // new join code; every device is disconnected and must rejoin
    QList<DeviceInfo> devices() const;
    int openConnections() const; // TCP connections now open (page loads and WebSockets)
    bool
    removeDevice(const QString &deviceId); // disconnects it and refuses its identity from now on
    // The facilitator's timer, which the page follows (the GUI calls it on every timer change).
    void setTimer(int remainingSeconds, bool running);

    // Tests and the benchmark lower or raise these; set them before start().
    void setLimits(const Limits &limits);
    Limits limits() const;

    // A device without a socket, for the fuzz target: its text messages take the same path as a
    // WebSocket's (every check, the group commit, the answers), and what the server would send it
    // goes to `deliver`. Works with or without start().
    qint64 openSession(std::function<void(const QString &)> deliver);
    void receive(qint64 session, const QString &text);
    void closeSession(qint64 session);

signals:
    void devicesChanged();
    void joinUrlChanged();
    // A participant's edit that was applied (already committed through Workshop::apply). The
    // window pushes an undo command holding `inverse` so the facilitator can undo it; the CLI
    // ignores it.
    void participantEdit(const QString &undoText, const pm::ChangeSet &inverse);

private:
    std::unique_ptr<RoomState> d;
};

} // namespace room

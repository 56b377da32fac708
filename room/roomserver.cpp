#include "roomserver.h"

#include "anonymity.h"
#include "estimates.h"
#include "httpfront.h"
#include "roomview.h"
#include "singletonrisk.h"
#include "voting.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <QWebSocket>

namespace room {

namespace {

// Device writer ids are derived from the device's secret token, so the token (kept in the
// browser's localStorage) is the identity: a phone that reconnects, even to a restarted host, is
// the same writer, and its notes in the file are still its own. The writer id alone (which the
// file stores) does not let anyone else claim it.
const QUuid kDeviceNamespace(QStringLiteral("{6d1f6d55-8a0e-4a7c-9a4e-0f7b0c1e2d31}"));

QByteArray newCode()
{
    quint32 words[4]; // 128 random bits from the system's secure source
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

bool isHexToken(const QString &s)
{
    if (s.size() < 32 || s.size() > 64)
        return false;
    for (QChar c : s) {
        if (!c.isDigit() && !(c >= QLatin1Char('a') && c <= QLatin1Char('f')))
            return false;
    }
    return true;
}

template <typename E> std::optional<E> enumFromKey(const QString &key)
{
    for (int i = 0; i < pm::vocabularySize<E>(); ++i) {
        if (pm::keyOf(E(i)) == key)
            return E(i);
    }
    return std::nullopt;
}

} // namespace

// When the last events of one kind happened, for a limit of so many per window.
struct RateWindow
{
    QList<qint64> times;
    // Counts an attempt at `now`; false when `limit` were already made within the window.
    bool take(int limit, qint64 windowMs, qint64 now)
    {
        while (!times.isEmpty() && times.first() <= now - windowMs)
            times.removeFirst();
        if (times.size() >= limit)
            return false;
        times << now;
        return true;
    }
};

struct Device
{
    QString id; // the writer id as text
    QUuid writer;
    QUuid participant;
    int anonymousNumber = 0;
    QString name;
    int notesWritten = 0;
    bool addedParticipant = false; // this device already added someone: one per device
    qint64 peer = 0;               // its connection, 0 while away
    RateWindow notes, votes, joins, estimates;
};

struct Connection
{
    QPointer<QWebSocket> socket;                  // null for an in-process session
    std::function<void(const QString &)> deliver; // an in-process session's receiver
    QString deviceId;                             // empty until hello
    double lastRequest = 0;
    QElapsedTimer opened, heard; // since it opened; since it last sent anything (or a pong)
    bool statePending = false;   // a newer state waits for the socket to drain
    bool dropping = false;       // over its backlog: being closed
    RateWindow messages;
};

// A note, edit, deletion or dot waiting for the next group commit, with what to answer.
struct Queued
{
    qint64 peer = 0;
    QJsonValue id;
    QString deviceId;
    QUuid writer;
    pm::ChangeSet changes;
    QString undoText;
    QUuid newNote; // owned from before its commit, so the change signal knows whose it is
    int notesDelta = 0;
    QJsonObject ack;
    // A join that adds a participant: the device is taken as joined at once (its next message
    // waits for this commit), and put back as it was should the commit fail.
    bool addsParticipant = false;
    QUuid previousParticipant;
    QString previousName, newName;
};

// A request's failure: a stable code the page translates, and an English message for people
// reading the protocol by hand.
struct Failure
{
    QString code;
    QString message;
};

Failure rateFailure()
{
    return Failure{QStringLiteral("rate"), QStringLiteral("Too many at once: wait a moment.")};
}

class RoomState : public QObject
{
public:
    RoomState(RoomServer *q, pm::Workshop *workshop) : q(q), workshop(workshop) {}

    RoomServer *q;
    pm::Workshop *workshop;
    Limits limits;
    // Qt HTTP Server takes the listener it is bound to as its child: a guarded pointer here.
    QPointer<Listener> listener;
    std::unique_ptr<HttpFront> http;
    QByteArray code;
    bool tls = false;
    bool locked = false;
    QHostAddress bound;
    QHash<QString, Device> devices;
    QSet<QString> removed;
    QHash<qint64, Connection> connections;
    QHash<QWebSocket *, qint64> peerOf;
    qint64 nextPeer = 1;
    QHash<QUuid, QUuid> owners; // note -> the device writer that created it
    int nextAnonymous = 1;
    int timerRemaining = 0;
    bool timerRunning = false;
    QElapsedTimer timerClock;
    bool pushPending = false;
    bool dirtyAll = false;
    bool dirtyUnjoined = false; // the list of names to pick from changed
    QSet<QUuid> dirtyWriters;   // devices whose own view changed
    QSet<QUuid> dirtyVoters;    // participants whose dots (vote open) or estimates (hidden) changed
    QTimer sweep;               // pings quiet WebSockets, drops dead and silent ones
    // The group commit: what arrived since the last commit, written together in one transaction.
    QList<Queued> batch;
    QSet<QUuid> batchKeys;    // writers, voters and rows with a part in the batch: one each
    QSet<QString> batchNames; // names of participants the batch adds
    int batchNewNotes = 0;    // new notes in the batch, placed after the loose notes below
    int batchLoose = 0;
    double batchBottom = 0;
    bool flushPending = false;

    void acceptSocket();
    void dropConnection(qint64 peer);
    void sweepConnections();
    void onMessage(qint64 peer, const QString &text);
    void send(qint64 peer, const QJsonObject &message);
    void sendError(qint64 peer, const QJsonValue &id, const Failure &f);
    void changed(const QList<pm::RowChange> &changes);
    void pushStateSoon();
    void pushState(const Device &device);
    void closeAll(QWebSocketProtocol::CloseCode code, const QString &reason);
    void closePeer(qint64 peer, QWebSocketProtocol::CloseCode code, const QString &reason);
    void enqueue(Queued q);
    void flush();

    std::optional<Failure> hello(qint64 peer, Connection &c, const QJsonObject &m,
                                 QJsonObject *ack);
    std::optional<Failure> join(Device &d, const QJsonObject &m, QJsonObject *ack, Queued *item);
    std::optional<Failure> writeNote(Device &d, const QJsonObject &m, Queued *item);
    std::optional<Failure> deleteNote(Device &d, const QJsonObject &m, Queued *item);
    std::optional<Failure> vote(Device &d, const QJsonObject &m, Queued *item);
    std::optional<Failure> estimate(Device &d, const QJsonObject &m, Queued *item);
    std::optional<Failure> ensureParticipant(Device &d, const QString &forWhat);
    // A dot's or an estimate's turn once its message checked out: the device's rate, a
    // participant to act as (made for anonymous devices), the batch written if that person
    // already has a part in it.
    std::optional<Failure> personalTurn(Device &d, RateWindow &rate, int perMinute,
                                        const QString &forWhat);
    std::optional<Failure> apply(Device &d, const pm::ChangeSet &changes, const QString &undoText);
    std::optional<Failure> ownNote(const Device &d, const QUuid &id, const pm::Note **note) const;
    int timerNow() const;
    void loadOwners();
};

RoomServer::RoomServer(pm::Workshop *workshop, QObject *parent)
    : QObject(parent), d(std::make_unique<RoomState>(this, workshop))
{
    connect(workshop, &pm::Workshop::changed, d.get(),
            [this](const QList<pm::RowChange> &changes) { d->changed(changes); });
    connect(&d->sweep, &QTimer::timeout, d.get(), [this] { d->sweepConnections(); });
    d->loadOwners();
}

RoomServer::~RoomServer()
{
    stop();
}

bool RoomServer::start(const ServeOptions &options, QString *error)
{
    stop();
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (d->workshop->isReadOnly())
        return fail(tr("The workshop is open read-only (%1), so the room cannot write to it.")
                        .arg(d->workshop->readOnlyReason()));
    auto listener = std::make_unique<Listener>(); // ours until bound
    listener->maxHeadBytes = d->limits.maxRequestHeadBytes;
    listener->perAddress = d->limits.connectionsPerAddress;
    listener->total = d->limits.connectionsTotal;
    listener->headTimeoutMs = d->limits.headTimeoutMs;
    if (!options.certificatePath.isEmpty() || !options.keyPath.isEmpty()) {
        if (options.certificatePath.isEmpty() || options.keyPath.isEmpty())
            return fail(tr("HTTPS needs both a certificate and its private key."));
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(options.certificatePath, QSsl::Pem);
        if (chain.isEmpty())
            return fail(tr("“%1” holds no PEM certificate.").arg(options.certificatePath));
        QFile keyFile(options.keyPath);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(
                tr("Cannot read the key “%1”: %2.").arg(options.keyPath, keyFile.errorString()));
        const QByteArray pem = keyFile.readAll();
        QSslKey key(pem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(pem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(
                tr("“%1” holds no unencrypted PEM private key (RSA or EC).").arg(options.keyPath));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        listener->tls = config;
        listener->useTls = true;
    }
    // The address kept with the workshop, so that a restarted host serves the same one and the
    // pages still open on the phones reconnect by themselves: its code, and its port unless
    // another is asked for (or it is taken now, when any free port has to do).
    const std::optional<pm::RoomAddress> saved = d->workshop->savedRoomAddress();
    const quint16 port = options.port != 0 ? options.port : saved ? saved->port : 0;
    if (!listener->listen(options.address, port) &&
        (options.port != 0 || port == 0 || !listener->listen(options.address, 0)))
        return fail(tr("Cannot listen on %1 port %2: %3.")
                        .arg(options.address.toString())
                        .arg(port)
                        .arg(listener->errorString()));
    d->tls = listener->useTls;
    d->bound = options.address;
    d->code = saved ? saved->code : newCode();
    const pm::RoomAddress address{d->code, listener->serverPort()};
    if (!saved || !(*saved == address))
        (void)d->workshop->saveRoomAddress(
            address); // failing costs only the resume after a restart
    d->http = std::make_unique<HttpFront>();
    d->http->setCode(d->code);
    d->listener = listener.get();
    d->http->bind(listener.release());
    if (!d->listener->parent())
        d->listener->setParent(d->http.get());
    connect(d->http.get(), &QAbstractHttpServer::newWebSocketConnection, d.get(),
            [this] { d->acceptSocket(); });
    d->loadOwners();
    d->sweep.start(qMax(50, d->limits.pingIntervalMs / 3));
    emit joinUrlChanged();
    return true;
}

void RoomServer::stop()
{
    if (!d->listener)
        return;
    d->flush(); // everything received is answered before the room closes
    d->sweep.stop();
    d->closeAll(QWebSocketProtocol::CloseCodeGoingAway, tr("The facilitator closed the room."));
    // The WebSockets run on TCP sockets the listener owns: end them before it goes.
    const QList<QWebSocket *> sockets = d->peerOf.keys();
    for (QWebSocket *s : sockets) {
        d->connections.remove(d->peerOf.value(s));
        s->disconnect(d.get());
        s->abort();
        delete s;
    }
    d->peerOf.clear();
    for (Device &dev : d->devices) {
        if (!d->connections.contains(dev.peer))
            dev.peer = 0;
    }
    d->listener->close();
    d->http.reset(); // deletes the listener with it
    delete d->listener.data();
    emit devicesChanged();
}

bool RoomServer::isRunning() const
{
    return d->listener && d->listener->isListening();
}

QUrl RoomServer::joinUrl() const
{
    if (!isRunning())
        return QUrl();
    QHostAddress host = d->bound;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 ||
        host == QHostAddress::AnyIPv6) {
        // Bound to every interface: name the first LAN address a phone can reach.
        host = QHostAddress::LocalHost;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() &&
                !a.isLinkLocal()) {
                host = a;
                break;
            }
        }
    }
    QUrl url;
    url.setScheme(d->tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(QStringLiteral("/j/") + QString::fromLatin1(d->code));
    return url;
}

quint16 RoomServer::port() const
{
    return isRunning() ? d->listener->serverPort() : 0;
}

void RoomServer::setLocked(bool locked)
{
    d->locked = locked;
}

bool RoomServer::isLocked() const
{
    return d->locked;
}

void RoomServer::changeCode()
{
    if (!isRunning())
        return;
    d->code = newCode();
    d->http->setCode(d->code);
    (void)d->workshop->saveRoomAddress({d->code, port()});
    d->closeAll(QWebSocketProtocol::CloseCode(4001),
                QStringLiteral("The join code changed: join again with the new address."));
    emit joinUrlChanged();
    emit devicesChanged();
}

QList<DeviceInfo> RoomServer::devices() const
{
    QList<DeviceInfo> list;
    for (const Device &dev : std::as_const(d->devices)) {
        DeviceInfo info;
        info.deviceId = dev.id;
        info.displayName = dev.name;
        info.notesWritten = dev.notesWritten;
        info.connected = dev.peer != 0;
        list << info;
    }
    std::sort(list.begin(), list.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return list;
}

int RoomServer::openConnections() const
{
    return d->listener ? d->listener->openConnections() : 0;
}

bool RoomServer::removeDevice(const QString &deviceId)
{
    auto it = d->devices.find(deviceId);
    if (it == d->devices.end())
        return false;
    d->removed.insert(deviceId);
    if (const qint64 peer = it->peer) {
        d->sendError(peer, QJsonValue(),
                     {QStringLiteral("removed"),
                      QStringLiteral("The facilitator removed this device from the room.")});
        d->closePeer(peer, QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("removed"));
    }
    d->devices.erase(it);
    emit devicesChanged();
    return true;
}

void RoomServer::setTimer(int remainingSeconds, bool running)
{
    d->timerRemaining = qMax(0, remainingSeconds);
    d->timerRunning = running;
    d->timerClock.start();
    d->dirtyAll = true;
    d->pushStateSoon();
}

void RoomServer::setLimits(const Limits &limits)
{
    d->limits = limits;
}

Limits RoomServer::limits() const
{
    return d->limits;
}

qint64 RoomServer::openSession(std::function<void(const QString &)> deliver)
{
    const qint64 peer = d->nextPeer++;
    Connection c;
    c.deliver = std::move(deliver);
    c.opened.start();
    c.heard.start();
    d->connections.insert(peer, c);
    return peer;
}

void RoomServer::receive(qint64 session, const QString &text)
{
    d->onMessage(session, text);
}

void RoomServer::closeSession(qint64 session)
{
    d->dropConnection(session);
}

// ---- connections ----------------------------------------------------------------------------

void RoomState::loadOwners()
{
    // Ownership survives a restart: a note a device wrote still carries its writer id.
    owners.clear();
    workshop->forEachLive<pm::Note>(
        [this](const pm::Note &n) { owners.insert(n.meta.id, n.meta.writer); });
}

void RoomState::acceptSocket()
{
    while (http && http->hasPendingWebSocketConnections()) {
        QWebSocket *socket = http->nextPendingWebSocketConnection().release();
        // Qt's hard stop, above our own check, so an oversized message gets a clear error below
        // while a flood is cut off before it is buffered whole.
        socket->setMaxAllowedIncomingMessageSize(quint64(limits.maxMessageBytes) * 4);
        socket->setMaxAllowedIncomingFrameSize(quint64(limits.maxMessageBytes) * 4);
        socket->setParent(this);
        const qint64 peer = nextPeer++;
        Connection c;
        c.socket = socket;
        c.opened.start();
        c.heard.start();
        connections.insert(peer, c);
        peerOf.insert(socket, peer);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, peer](const QString &text) { onMessage(peer, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, peer] {
            sendError(peer, QJsonValue(),
                      {QStringLiteral("bad-type"),
                       QStringLiteral("Binary messages are not part of the protocol.")});
        });
        connect(socket, &QWebSocket::pong, this, [this, peer] {
            if (auto it = connections.find(peer); it != connections.end())
                it->heard.restart();
        });
        // Bounded output: while a device is slow to read, only the newest state waits for it
        // (statePending), sent once its socket has drained.
        connect(socket, &QWebSocket::bytesWritten, this, [this, peer] {
            auto it = connections.find(peer);
            if (it == connections.end() || !it->statePending || !it->socket ||
                it->socket->bytesToWrite() > limits.stateBacklogBytes)
                return;
            it->statePending = false;
            const auto dit = devices.constFind(it->deviceId);
            if (dit != devices.constEnd() && dit->peer == peer)
                pushState(*dit);
        });
        connect(socket, &QWebSocket::disconnected, this, [this, peer] { dropConnection(peer); });
    }
}

void RoomState::dropConnection(qint64 peer)
{
    const auto cit = connections.constFind(peer);
    if (cit == connections.constEnd())
        return;
    const Connection c = *cit;
    connections.erase(cit);
    auto it = devices.find(c.deviceId);
    if (it != devices.end() && it->peer == peer) {
        it->peer = 0;
        emit q->devicesChanged();
    }
    if (c.socket) {
        peerOf.remove(c.socket);
        c.socket->disconnect(this);
        c.socket->abort();
        c.socket->deleteLater();
    }
}

void RoomState::sweepConnections()
{
    // Time limits for WebSockets: hello within helloTimeoutMs; a quiet one is pinged (browsers
    // answer by themselves, a sleeping phone does not) and dropped after two intervals without
    // a word or a pong.
    QList<qint64> dead;
    for (auto it = connections.begin(); it != connections.end(); ++it) {
        if (!it->socket)
            continue; // in-process sessions have no time limits
        if ((it->deviceId.isEmpty() && it->opened.elapsed() > limits.helloTimeoutMs) ||
            it->heard.elapsed() > 2 * qint64(limits.pingIntervalMs))
            dead << it.key();
        else if (it->heard.elapsed() > limits.pingIntervalMs)
            it->socket->ping();
    }
    for (qint64 peer : dead)
        dropConnection(peer);
}

void RoomState::closePeer(qint64 peer, QWebSocketProtocol::CloseCode code, const QString &reason)
{
    const auto it = connections.constFind(peer);
    if (it == connections.constEnd())
        return;
    if (it->socket)
        it->socket->close(code, reason);
    else
        dropConnection(peer);
}

void RoomState::closeAll(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    const QList<qint64> peers = connections.keys();
    for (qint64 peer : peers)
        closePeer(peer, code, reason);
}

void RoomState::send(qint64 peer, const QJsonObject &message)
{
    const auto it = connections.find(peer);
    if (it == connections.end() || it->dropping)
        return;
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    if (it->deliver) {
        it->deliver(text);
        return;
    }
    if (!it->socket)
        return;
    // A device that reads nothing while its answers pile up is dropped, so no device's memory
    // here grows with how slowly it reads. (Closed later: this may run inside its own handlers.)
    if (it->socket->bytesToWrite() > limits.maxBacklogBytes) {
        it->dropping = true;
        QTimer::singleShot(0, this, [this, peer] { dropConnection(peer); });
        return;
    }
    it->socket->sendTextMessage(text);
}

void RoomState::sendError(qint64 peer, const QJsonValue &id, const Failure &f)
{
    send(peer, QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("code"), f.code},
                           {QStringLiteral("message"), f.message}});
}

int RoomState::timerNow() const
{
    if (!timerRunning || !timerClock.isValid())
        return timerRemaining;
    return qMax(0, timerRemaining - int(timerClock.elapsed() / 1000));
}

void RoomState::changed(const QList<pm::RowChange> &changes)
{
    // A hidden note changes only its author's view: nobody else may see it. With thirty phones
    // writing at once, pushing every commit to every phone would be thirty times the work.
    // The same for dots while the vote is open (totals are not shown then: only the voter's own
    // dots changed), and for a new participant, whom only devices still picking a name see.
    for (const pm::RowChange &c : changes) {
        const pm::Note *note =
            c.kind == pm::EntityKind::Note ? workshop->find<pm::Note>(c.id) : nullptr;
        const pm::Vote *vote =
            c.kind == pm::EntityKind::Vote ? workshop->find<pm::Vote>(c.id) : nullptr;
        const pm::Estimate *estimate =
            c.kind == pm::EntityKind::Estimate ? workshop->find<pm::Estimate>(c.id) : nullptr;
        if (note && note->hidden && owners.contains(c.id))
            dirtyWriters.insert(owners.value(c.id));
        else if (vote && workshop->info().votingOpen)
            dirtyVoters.insert(vote->participant);
        else if (estimate && !workshop->info().estimatesRevealed)
            dirtyVoters.insert(estimate->participant); // hidden: only its estimator sees it
        else if (c.kind == pm::EntityKind::Participant && c.type == pm::RowChange::Added)
            dirtyUnjoined = true;
        else
            dirtyAll = true;
    }
    pushStateSoon();
}

void RoomState::pushStateSoon()
{
    // Many commits in one event loop turn (a burst of notes) become one push per device.
    if (pushPending)
        return;
    pushPending = true;
    QTimer::singleShot(0, this, [this] {
        pushPending = false;
        for (const Device &dev : std::as_const(devices)) {
            const bool joined = !dev.participant.isNull() || !pm::showsAuthors(workshop->info());
            if (dev.peer &&
                (dirtyAll || dirtyWriters.contains(dev.writer) || (dirtyUnjoined && !joined) ||
                 (!dev.participant.isNull() && dirtyVoters.contains(dev.participant))))
                pushState(dev);
        }
        dirtyAll = false;
        dirtyUnjoined = false;
        dirtyWriters.clear();
        dirtyVoters.clear();
    });
}

void RoomState::pushState(const Device &dev)
{
    const auto it = connections.find(dev.peer);
    if (it == connections.end())
        return;
    // At most one state waits per device: while its socket holds more than the backlog, the
    // push is only remembered, and the newest state is made when the socket drains.
    if (it->socket && it->socket->bytesToWrite() > limits.stateBacklogBytes) {
        it->statePending = true;
        return;
    }
    it->statePending = false;
    ViewerInfo v;
    v.writer = dev.writer;
    v.participant = dev.participant;
    v.joined = !dev.participant.isNull() || !pm::showsAuthors(workshop->info());
    v.displayName = dev.name;
    v.timerRemaining = timerNow();
    v.timerRunning = timerRunning;
    send(dev.peer, deviceState(*workshop, v, owners));
}

// ---- the group commit -----------------------------------------------------------------------

void RoomState::enqueue(Queued item)
{
    batchKeys.insert(item.writer);
    for (const pm::AnyRow &row : std::as_const(item.changes))
        batchKeys.insert(pm::metaOf(row).id);
    batch << std::move(item);
    // Everything that arrives in this turn of the event loop (and, under load, while the last
    // commit was being written) goes into the next commit together.
    if (!flushPending) {
        flushPending = true;
        // Two turns of the event loop, not one: a turn may run this before it has read every
        // socket that has something; what they hold then joins this commit, not the next.
        QTimer::singleShot(0, this, [this] { QTimer::singleShot(0, this, [this] { flush(); }); });
    }
}

void RoomState::flush()
{
    flushPending = false;
    if (batch.isEmpty())
        return;
    const QList<Queued> items = std::move(batch);
    batch.clear();
    batchKeys.clear();
    batchNames.clear();
    batchNewNotes = 0;
    QList<pm::Workshop::WriterChanges> parts;
    for (const Queued &item : items) {
        if (!item.newNote.isNull())
            owners.insert(item.newNote, item.writer);
        parts << pm::Workshop::WriterChanges{item.changes, item.writer};
    }
    // One transaction for all; each is acknowledged only once it is committed. Should one part
    // be refused, the others are written one by one so that only that one fails.
    QList<pm::Result<pm::ChangeSet>> outcomes;
    pm::Result<QList<pm::ChangeSet>> together = workshop->applyEach(parts);
    if (together) {
        for (const pm::ChangeSet &inverse : together.value())
            outcomes << inverse;
    } else if (parts.size() == 1) {
        outcomes << together.error();
    } else {
        for (const auto &part : parts)
            outcomes << workshop->apply(part.changes, part.writer);
    }
    bool counted = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Queued &item = items[i];
        const auto dit = devices.find(item.deviceId);
        if (!outcomes[i]) {
            if (!item.newNote.isNull())
                owners.remove(item.newNote);
            if (item.addsParticipant && dit != devices.end()) {
                dit->participant = item.previousParticipant;
                dit->name = item.previousName;
                dit->addedParticipant = false;
            }
            sendError(item.peer, item.id, {QStringLiteral("invalid"), outcomes[i].error().message});
            continue;
        }
        if (!outcomes[i]->isEmpty())
            emit q->participantEdit(item.undoText, *outcomes[i]);
        if (item.addsParticipant) {
            dirtyWriters.insert(item.writer); // it sees the writing page now, after its ack
            counted = true;
        }
        if (item.notesDelta != 0 && dit != devices.end()) {
            dit->notesWritten = qMax(0, dit->notesWritten + item.notesDelta);
            counted = true;
        }
        send(item.peer, item.ack);
    }
    if (counted)
        emit q->devicesChanged();
    pushStateSoon();
}

// ---- messages -------------------------------------------------------------------------------

void RoomState::onMessage(qint64 peer, const QString &text)
{
    auto cit = connections.find(peer);
    if (cit == connections.end() || cit->dropping)
        return;
    cit->heard.restart();
    if (text.size() > limits.maxMessageBytes) {
        sendError(
            peer, QJsonValue(),
            {QStringLiteral("too-large"),
             QStringLiteral("The message is larger than %1 bytes.").arg(limits.maxMessageBytes)});
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(
            peer, QJsonValue(),
            {QStringLiteral("malformed"), QStringLiteral("The message is not a JSON object.")});
        return;
    }
    const QJsonObject m = doc.object();
    const QJsonValue id = m.value(QStringLiteral("id"));
    const QString type = m.value(QStringLiteral("type")).toString();
    // Request ids are whole numbers that grow on each connection: a message seen again (a
    // replay, or a bug resending) is refused rather than applied twice.
    const double n = id.toDouble(-1);
    if (!id.isDouble() || n < 1 || n > 9007199254740991.0 || n != double(qint64(n))) {
        sendError(peer, id,
                  {QStringLiteral("bad-type"),
                   QStringLiteral("Every message needs a positive whole number as its id.")});
        return;
    }
    if (n <= cit->lastRequest) {
        sendError(peer, id,
                  {QStringLiteral("replayed"),
                   QStringLiteral("This request id was already used on this connection.")});
        return;
    }
    cit->lastRequest = n;
    // Every message counts, whatever its kind (a bounded parse of at most 16 KiB comes first,
    // so the refusal can name the message).
    if (!cit->messages.take(limits.messagesPerMinute, 60000, QDateTime::currentMSecsSinceEpoch())) {
        sendError(peer, id, rateFailure());
        return;
    }

    QJsonObject ack{{QStringLiteral("type"), QStringLiteral("ack")}, {QStringLiteral("id"), id}};
    std::optional<Failure> failure;
    bool queued = false;
    if (type == QLatin1String("hello")) {
        failure = hello(peer, *cit, m, &ack);
    } else if (type == QLatin1String("ping")) {
        // keeps idle connections open through proxies
    } else {
        auto dit = devices.find(cit->deviceId);
        if (dit == devices.end()) {
            failure = Failure{QStringLiteral("not-joined"), QStringLiteral("Say hello first.")};
        } else if (type == QLatin1String("join") || type == QLatin1String("note") ||
                   type == QLatin1String("delete") || type == QLatin1String("vote") ||
                   type == QLatin1String("estimate")) {
            // One part per device (and per voter) in a commit: a second message of the same
            // device is checked against the first one's result, so the batch is written first.
            // A note id waiting in the batch is checked against its commit too: another device
            // naming it must find it written (and not its own).
            // So is a failure mode the batch writes (a loose note's first estimate writes its row).
            const QUuid note(m.value(QStringLiteral("note")).toString());
            const QUuid mode(m.value(QStringLiteral("failureMode")).toString());
            const QString name = m.value(QStringLiteral("name")).toString().simplified().toLower();
            if (batchKeys.contains(dit->writer) ||
                (!dit->participant.isNull() && batchKeys.contains(dit->participant)) ||
                (!note.isNull() && batchKeys.contains(note)) ||
                (!mode.isNull() && batchKeys.contains(mode)) ||
                (!name.isEmpty() && batchNames.contains(name)))
                flush();
            dit = devices.find(cit->deviceId);
            Queued item;
            item.peer = peer;
            item.id = id;
            item.deviceId = dit->id;
            item.writer = dit->writer;
            if (type == QLatin1String("join"))
                failure = join(*dit, m, &ack, &item);
            else if (type == QLatin1String("note"))
                failure = writeNote(*dit, m, &item);
            else if (type == QLatin1String("delete"))
                failure = deleteNote(*dit, m, &item);
            else if (type == QLatin1String("vote"))
                failure = vote(*dit, m, &item);
            else
                failure = estimate(*dit, m, &item);
            if (!failure && !item.changes.isEmpty()) {
                if (type == QLatin1String("vote") || type == QLatin1String("estimate"))
                    batchKeys.insert(dit->participant);
                if (item.addsParticipant)
                    batchNames.insert(item.newName.toLower());
                item.ack = ack;
                enqueue(std::move(item));
                queued = true;
            }
        } else {
            failure = Failure{QStringLiteral("unknown-type"),
                              QStringLiteral("Unknown message type “%1”.").arg(type.left(40))};
        }
    }
    if (failure) {
        sendError(peer, id, *failure);
        if (failure->code == QLatin1String("removed") || failure->code == QLatin1String("locked"))
            closePeer(peer, QWebSocketProtocol::CloseCodePolicyViolated, failure->code);
        return;
    }
    if (queued)
        return; // acknowledged after its commit
    send(peer, ack);
    // After hello and join the device sees what it may at once, right after its ack.
    if (type == QLatin1String("hello") || type == QLatin1String("join")) {
        const auto cit2 = connections.constFind(peer);
        const auto dit =
            cit2 == connections.constEnd() ? devices.constEnd() : devices.constFind(cit2->deviceId);
        if (dit != devices.constEnd() && dit->peer == peer)
            pushState(*dit);
    }
}

std::optional<Failure> RoomState::hello(qint64 peer, Connection &c, const QJsonObject &m,
                                        QJsonObject *ack)
{
    if (!c.deviceId.isEmpty())
        return Failure{QStringLiteral("invalid"), QStringLiteral("Already said hello.")};
    const QJsonValue token = m.value(QStringLiteral("token"));
    if (!token.isString() || !isHexToken(token.toString()))
        return Failure{QStringLiteral("bad-type"),
                       QStringLiteral("The token must be 32 to 64 lower-case hex digits.")};
    const QUuid writer = QUuid::createUuidV5(kDeviceNamespace, token.toString());
    const QString deviceId = writer.toString(QUuid::WithoutBraces);
    if (removed.contains(deviceId))
        return Failure{QStringLiteral("removed"),
                       QStringLiteral("The facilitator removed this device from the room.")};
    auto it = devices.find(deviceId);
    if (it == devices.end()) {
        if (locked)
            return Failure{QStringLiteral("locked"),
                           QStringLiteral("The room is locked: ask the facilitator.")};
        // Devices are remembered only while there is room: past the limit, one that is away
        // is forgotten (it is found again from the file when it comes back). Connections are
        // capped well below, so a device that is here always gets in.
        if (devices.size() >= limits.devicesTotal) {
            for (auto old = devices.begin(); old != devices.end(); ++old) {
                if (old->peer == 0) {
                    devices.erase(old);
                    break;
                }
            }
            if (devices.size() >= limits.devicesTotal)
                return Failure{QStringLiteral("full"), QStringLiteral("The room is full.")};
        }
        Device dev;
        dev.id = deviceId;
        dev.writer = writer;
        dev.anonymousNumber = nextAnonymous++;
        dev.name = RoomServer::tr("Anonymous %1").arg(dev.anonymousNumber);
        workshop->forEachLive<pm::Note>([&](const pm::Note &n) {
            if (owners.value(n.meta.id) == writer)
                ++dev.notesWritten;
        });
        // One participant per device, also across restarts: the file says who added whom.
        workshop->forEachRow<pm::Participant>([&](const pm::Participant &p) {
            if (p.meta.writer == writer)
                dev.addedParticipant = true;
        });
        it = devices.insert(deviceId, dev);
    }
    const qint64 previous = it->peer;
    it->peer = peer;
    c.deviceId = deviceId;
    if (c.socket && listener)
        listener->trust(c.socket->peerAddress(), c.socket->peerPort());
    // A device that had picked a participant before (a reload, a restarted host) names it again.
    const QUuid participant(m.value(QStringLiteral("participant")).toString());
    if (!participant.isNull() && pm::showsAuthors(workshop->info()) &&
        workshop->findLive<pm::Participant>(participant)) {
        it->participant = participant;
        it->name = workshop->findLive<pm::Participant>(participant)->name;
    }
    ack->insert(QStringLiteral("device"), deviceId);
    ack->insert(QStringLiteral("participant"),
                it->participant.isNull() ? QString()
                                         : it->participant.toString(QUuid::WithoutBraces));
    if (previous && previous != peer) // the same phone again: the old line is dead
        closePeer(previous, QWebSocketProtocol::CloseCodeNormal, QStringLiteral("replaced"));
    emit q->devicesChanged();
    return std::nullopt;
}

std::optional<Failure> RoomState::join(Device &dev, const QJsonObject &m, QJsonObject *ack,
                                       Queued *item)
{
    if (!pm::showsAuthors(workshop->info()))
        return Failure{QStringLiteral("anonymous"),
                       QStringLiteral("The workshop is anonymous: no name is asked.")};
    if (!dev.joins.take(limits.joinsPerMinute, 60000, QDateTime::currentMSecsSinceEpoch()))
        return rateFailure();
    const QJsonValue pick = m.value(QStringLiteral("participant"));
    if (!pick.isUndefined()) {
        const pm::Participant *p =
            pick.isString() ? workshop->findLive<pm::Participant>(QUuid(pick.toString())) : nullptr;
        if (!p)
            return Failure{QStringLiteral("not-found"),
                           QStringLiteral("No such participant in this workshop.")};
        dev.participant = p->meta.id;
        dev.name = p->name;
    } else {
        const QJsonValue name = m.value(QStringLiteral("name"));
        const QJsonValue role = m.value(QStringLiteral("role"));
        const QJsonValue side = m.value(QStringLiteral("side"));
        if (!name.isString() || !role.isString() || !side.isString())
            return Failure{QStringLiteral("bad-type"),
                           QStringLiteral("name, role and side must be strings.")};
        const QString trimmed = name.toString().simplified();
        if (trimmed.isEmpty() || trimmed.size() > limits.maxNameChars)
            return Failure{
                QStringLiteral("invalid"),
                QStringLiteral("A name has 1 to %1 characters.").arg(limits.maxNameChars)};
        const auto r = enumFromKey<pm::Role>(role.toString());
        const auto s = enumFromKey<pm::Side>(side.toString());
        if (!r || !s)
            return Failure{QStringLiteral("invalid"), QStringLiteral("Unknown role or side.")};
        if (const pm::Participant *existing = workshop->participantNamed(trimmed)) {
            dev.participant = existing->meta.id;
        } else {
            // One new participant per device, and only so many in all: a script cannot fill
            // the workshop (and every device's list) with names.
            if (dev.addedParticipant)
                return Failure{QStringLiteral("invalid"),
                               QStringLiteral("This device has already added a participant: "
                                              "pick your name from the list.")};
            if (workshop->liveCount(pm::EntityKind::Participant) >= limits.participantsTotal)
                return Failure{QStringLiteral("full"),
                               QStringLiteral("The workshop has as many participants as the "
                                              "room accepts.")};
            pm::Participant p;
            p.meta.id = QUuid::createUuid();
            p.name = trimmed;
            p.role = *r;
            p.side = *s;
            // Written with the next group commit, like a note.
            item->changes = {p};
            item->undoText = RoomServer::tr("Participant %1 joined").arg(trimmed);
            item->addsParticipant = true;
            item->previousParticipant = dev.participant;
            item->previousName = dev.name;
            item->newName = trimmed;
            dev.addedParticipant = true;
            dev.participant = p.meta.id;
        }
        dev.name = trimmed;
    }
    ack->insert(QStringLiteral("participant"), dev.participant.toString(QUuid::WithoutBraces));
    emit q->devicesChanged();
    return std::nullopt;
}

std::optional<Failure> RoomState::ownNote(const Device &dev, const QUuid &id,
                                          const pm::Note **note) const
{
    *note = workshop->find<pm::Note>(id);
    if (!*note)
        return std::nullopt;
    if (owners.value(id) != dev.writer)
        return Failure{QStringLiteral("not-yours"),
                       QStringLiteral("This note belongs to someone else.")};
    if ((*note)->meta.deleted)
        return Failure{QStringLiteral("not-found"), QStringLiteral("This note was deleted.")};
    if (!(*note)->hidden)
        return Failure{QStringLiteral("wrong-phase"),
                       QStringLiteral("The notes are revealed: they can no longer be changed.")};
    return std::nullopt;
}

std::optional<Failure> RoomState::writeNote(Device &dev, const QJsonObject &m, Queued *item)
{
    const QJsonValue idValue = m.value(QStringLiteral("note"));
    const QJsonValue text = m.value(QStringLiteral("text"));
    const QJsonValue category = m.value(QStringLiteral("category"));
    if (!idValue.isString() || !text.isString() || !(category.isString() || category.isUndefined()))
        return Failure{QStringLiteral("bad-type"),
                       QStringLiteral("note and text must be strings, category a string.")};
    const QUuid id(idValue.toString());
    if (id.isNull())
        return Failure{QStringLiteral("bad-type"), QStringLiteral("note must be a UUID.")};
    const QString body = text.toString().trimmed();
    if (body.isEmpty() || body.size() > limits.maxNoteChars)
        return Failure{QStringLiteral("invalid"),
                       QStringLiteral("A note has 1 to %1 characters.").arg(limits.maxNoteChars)};
    const auto cat = category.isUndefined() ? std::optional(pm::Category::Uncategorised)
                                            : enumFromKey<pm::Category>(category.toString());
    if (!cat)
        return Failure{QStringLiteral("invalid"), QStringLiteral("Unknown category.")};
    if (!pm::showsAuthors(workshop->info()) ? false : dev.participant.isNull())
        return Failure{QStringLiteral("not-joined"),
                       QStringLiteral("Pick your name before writing.")};
    const pm::Note *existing = nullptr;
    if (auto f = ownNote(dev, id, &existing))
        return f;
    if (existing && existing->text == body && existing->category == *cat)
        return std::nullopt; // a resend after a reconnect: already written
    if (workshop->info().phase != pm::Phase::Writing)
        return Failure{QStringLiteral("wrong-phase"),
                       QStringLiteral("Notes are written in the silent-writing phase.")};
    if (!dev.notes.take(limits.notesPerMinute, 60000, QDateTime::currentMSecsSinceEpoch()))
        return Failure{QStringLiteral("rate"),
                       QStringLiteral("Too many notes in one minute: wait a moment.")};

    pm::Note note;
    if (existing) {
        note = *existing;
    } else {
        note.meta.id = id;
        note.hidden = true; // face down until the facilitator reveals
        note.author = pm::showsAuthors(workshop->info()) ? dev.participant : QUuid();
        // Below everything on the board, in rows, so no new note lands on another (those
        // waiting in the batch count too).
        // Counted once per commit, not per note: with a thousand notes and two hundred
        // writers, walking them all for every note would cost more than the commit.
        if (batchNewNotes == 0) {
            batchBottom = 0;
            workshop->forEachLive<pm::Component>(
                [&](const pm::Component &c) { batchBottom = qMax(batchBottom, c.y + c.height); });
            batchLoose = 0;
            workshop->forEachLive<pm::Note>([&](const pm::Note &n) {
                if (n.component.isNull() && n.failureMode.isNull())
                    ++batchLoose;
            });
        }
        const int index = batchLoose + batchNewNotes++;
        note.x = 40 + (index % 8) * 220;
        note.y = batchBottom + 60 + (index / 8) * 160;
        item->newNote = id;
        item->notesDelta = 1;
    }
    note.text = body;
    note.category = *cat;
    item->changes = {note};
    item->undoText = existing ? RoomServer::tr("Edit note from %1").arg(dev.name)
                              : RoomServer::tr("Note from %1").arg(dev.name);
    return std::nullopt;
}

std::optional<Failure> RoomState::deleteNote(Device &dev, const QJsonObject &m, Queued *item)
{
    const QJsonValue idValue = m.value(QStringLiteral("note"));
    if (!idValue.isString() || QUuid(idValue.toString()).isNull())
        return Failure{QStringLiteral("bad-type"), QStringLiteral("note must be a UUID.")};
    const pm::Note *existing = nullptr;
    if (auto f = ownNote(dev, QUuid(idValue.toString()), &existing))
        return f;
    if (!existing)
        return Failure{QStringLiteral("not-found"), QStringLiteral("No such note.")};
    if (workshop->info().phase != pm::Phase::Writing)
        return Failure{QStringLiteral("wrong-phase"),
                       QStringLiteral("Notes are changed in the silent-writing phase.")};
    if (!dev.notes.take(limits.notesPerMinute, 60000, QDateTime::currentMSecsSinceEpoch()))
        return rateFailure();
    pm::Note gone = *existing; // the core keeps neither its text nor its author
    gone.meta.deleted = true;
    item->changes = {gone};
    item->undoText = RoomServer::tr("Delete note from %1").arg(dev.name);
    item->notesDelta = -1;
    return std::nullopt;
}

std::optional<Failure> RoomState::vote(Device &dev, const QJsonObject &m, Queued *item)
{
    const QJsonValue fm = m.value(QStringLiteral("failureMode"));
    const QJsonValue delta = m.value(QStringLiteral("delta"));
    if (!fm.isString() || !delta.isDouble() || (delta.toDouble() != 1 && delta.toDouble() != -1))
        return Failure{QStringLiteral("bad-type"),
                       QStringLiteral("failureMode must be a UUID, delta 1 or -1.")};
    if (!workshop->info().votingOpen)
        return Failure{QStringLiteral("wrong-phase"), QStringLiteral("The vote is not open.")};
    if (auto f = personalTurn(dev, dev.votes, limits.votesPerMinute, QStringLiteral("voting")))
        return f;
    const QUuid mode(fm.toString());
    const auto changes = delta.toDouble() > 0
                             ? pm::castDotChanges(*workshop, dev.participant, mode)
                             : pm::removeDotChanges(*workshop, dev.participant, mode);
    if (!changes)
        return Failure{QStringLiteral("invalid"), changes.error().message};
    item->changes = *changes;
    item->undoText = RoomServer::tr("Vote from %1").arg(dev.name);
    return std::nullopt;
}

std::optional<Failure> RoomState::personalTurn(Device &dev, RateWindow &rate, int perMinute,
                                               const QString &forWhat)
{
    if (!rate.take(perMinute, 60000, QDateTime::currentMSecsSinceEpoch()))
        return rateFailure();
    if (auto f = ensureParticipant(dev, forWhat))
        return f;
    // Another device acting as the same person: checked against its result, so the batch first.
    if (batchKeys.contains(dev.participant))
        flush();
    return std::nullopt;
}

std::optional<Failure> RoomState::ensureParticipant(Device &dev, const QString &forWhat)
{
    if (!dev.participant.isNull())
        return std::nullopt;
    if (pm::showsAuthors(workshop->info()))
        return Failure{QStringLiteral("not-joined"),
                       QStringLiteral("Pick your name before %1.").arg(forWhat)};
    // Anonymous: dots and estimates need someone to belong to. A participant named only by the
    // device's number, with an id derived from the device, so a reconnect finds it again.
    const QUuid id = QUuid::createUuidV5(dev.writer, QStringLiteral("voter"));
    if (!workshop->findLive<pm::Participant>(id)) {
        if (workshop->liveCount(pm::EntityKind::Participant) >= limits.participantsTotal)
            return Failure{QStringLiteral("full"),
                           QStringLiteral("The workshop has as many participants as the "
                                          "room accepts.")};
        pm::Participant p;
        p.meta.id = id;
        p.name = dev.name;
        flush();
        if (auto f = apply(dev, {p}, RoomServer::tr("%1 joined the vote").arg(dev.name)))
            return f;
    }
    dev.participant = id;
    return std::nullopt;
}

std::optional<Failure> RoomState::estimate(Device &dev, const QJsonObject &m, Queued *item)
{
    // Checked before anything is written, so a refused estimate changes nothing (not even the
    // anonymous device's participant row).
    const QJsonValue fm = m.value(QStringLiteral("failureMode"));
    const QJsonValue clear = m.value(QStringLiteral("clear"));
    const QJsonValue likelihood = m.value(QStringLiteral("likelihood"));
    const QJsonValue blastRadius = m.value(QStringLiteral("blastRadius"));
    auto isScore = [](const QJsonValue &v) {
        return v.isDouble() && v.toDouble() >= 1 && v.toDouble() <= 5 &&
               v.toDouble() == double(int(v.toDouble()));
    };
    const QUuid mode(fm.toString());
    if (!fm.isString() || mode.isNull())
        return Failure{QStringLiteral("bad-type"), QStringLiteral("failureMode must be a UUID.")};
    if (!clear.isUndefined() && !clear.isBool())
        return Failure{QStringLiteral("bad-type"), QStringLiteral("clear must be true or false.")};
    const bool clearing = clear.toBool(false);
    if (clearing ? !likelihood.isUndefined() || !blastRadius.isUndefined()
                 : !isScore(likelihood) || !isScore(blastRadius))
        return Failure{QStringLiteral("bad-type"),
                       QStringLiteral("likelihood and blastRadius must be whole numbers from 1 "
                                      "to 5 (none with clear).")};
    // A device speaks only for itself: no field can name another participant.
    if (m.contains(QStringLiteral("participant")))
        return Failure{QStringLiteral("not-yours"),
                       QStringLiteral("A device sets only its own estimates.")};
    if (workshop->info().phase != pm::Phase::Rank)
        return Failure{QStringLiteral("wrong-phase"),
                       QStringLiteral("Estimates are given in the ranking phase.")};
    if (workshop->info().estimatesRevealed)
        return Failure{QStringLiteral("wrong-phase"),
                       QStringLiteral("The estimates are revealed: they can no longer be "
                                      "changed.")};
    if (!pm::failureModeOrSingleton(*workshop, mode))
        return Failure{QStringLiteral("not-found"), QStringLiteral("No such failure mode.")};
    if (auto f =
            personalTurn(dev, dev.estimates, limits.estimatesPerMinute, QStringLiteral("scoring")))
        return f;
    const auto changes =
        clearing ? pm::clearEstimateChanges(*workshop, dev.participant, mode)
                 : pm::setEstimateChanges(*workshop, dev.participant, mode,
                                          int(likelihood.toDouble()), int(blastRadius.toDouble()));
    if (!changes)
        return Failure{QStringLiteral("invalid"), changes.error().message};
    item->changes = *changes;
    item->undoText = clearing ? RoomServer::tr("Estimate taken back by %1").arg(dev.name)
                              : RoomServer::tr("Estimate from %1").arg(dev.name);
    return std::nullopt;
}

std::optional<Failure> RoomState::apply(Device &dev, const pm::ChangeSet &changes,
                                        const QString &undoText)
{
    const auto inverse = workshop->apply(changes, dev.writer);
    if (!inverse)
        return Failure{QStringLiteral("invalid"), inverse.error().message};
    if (!inverse->isEmpty())
        emit q->participantEdit(undoText, *inverse);
    return std::nullopt;
}

} // namespace room

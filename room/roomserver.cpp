#include "roomserver.h"

#include "anonymity.h"
#include "httpfront.h"
#include "roomview.h"
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

struct Device
{
    QString id; // the writer id as text
    QUuid writer;
    QUuid participant;
    int anonymousNumber = 0;
    QString name;
    int notesWritten = 0;
    QPointer<QWebSocket> socket;
    QList<qint64> noteTimes; // when the last notes were written, for the per-minute limit
};

struct Connection
{
    QString deviceId; // empty until hello
    double lastRequest = 0;
};

// A request's failure: a stable code the page translates, and an English message for people
// reading the protocol by hand.
struct Failure
{
    QString code;
    QString message;
};

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
    QHash<QWebSocket *, Connection> connections;
    QHash<QUuid, QUuid> owners; // note -> the device writer that created it
    int nextAnonymous = 1;
    int timerRemaining = 0;
    bool timerRunning = false;
    QElapsedTimer timerClock;
    bool pushPending = false;
    bool dirtyAll = false;
    QSet<QUuid> dirtyWriters; // devices whose own view changed

    void acceptSocket();
    void onMessage(QWebSocket *socket, const QString &text);
    void send(QWebSocket *socket, const QJsonObject &message);
    void sendError(QWebSocket *socket, const QJsonValue &id, const Failure &f);
    void changed(const QList<pm::RowChange> &changes);
    void pushStateSoon();
    void pushState(const Device &device);
    void closeAll(QWebSocketProtocol::CloseCode code, const QString &reason);

    std::optional<Failure> hello(QWebSocket *socket, Connection &c, const QJsonObject &m,
                                 QJsonObject *ack);
    std::optional<Failure> join(Device &d, const QJsonObject &m, QJsonObject *ack);
    std::optional<Failure> writeNote(Device &d, const QJsonObject &m);
    std::optional<Failure> deleteNote(Device &d, const QJsonObject &m);
    std::optional<Failure> vote(Device &d, const QJsonObject &m);
    std::optional<Failure> apply(Device &d, const pm::ChangeSet &changes, const QString &undoText);
    std::optional<Failure> ownNote(const Device &d, const QUuid &id, const pm::Note **note) const;
    int timerNow() const;
};

RoomServer::RoomServer(pm::Workshop *workshop, QObject *parent)
    : QObject(parent), d(std::make_unique<RoomState>(this, workshop))
{
    connect(workshop, &pm::Workshop::changed, d.get(),
            [this](const QList<pm::RowChange> &changes) { d->changed(changes); });
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
    if (!listener->listen(options.address, options.port))
        return fail(tr("Cannot listen on %1 port %2: %3.")
                        .arg(options.address.toString())
                        .arg(options.port)
                        .arg(listener->errorString()));
    d->tls = listener->useTls;
    d->bound = options.address;
    d->code = newCode();
    d->http = std::make_unique<HttpFront>();
    d->http->setCode(d->code);
    d->listener = listener.get();
    d->http->bind(listener.release());
    if (!d->listener->parent())
        d->listener->setParent(d->http.get());
    connect(d->http.get(), &QAbstractHttpServer::newWebSocketConnection, d.get(),
            [this] { d->acceptSocket(); });
    // Ownership survives a restart: a note a device wrote still carries its writer id.
    d->owners.clear();
    d->workshop->forEachLive<pm::Note>(
        [this](const pm::Note &n) { d->owners.insert(n.meta.id, n.meta.writer); });
    emit joinUrlChanged();
    return true;
}

void RoomServer::stop()
{
    if (!d->listener)
        return;
    d->closeAll(QWebSocketProtocol::CloseCodeGoingAway, tr("The facilitator closed the room."));
    // The WebSockets run on TCP sockets the listener owns: end them before it goes.
    const QList<QWebSocket *> sockets = d->connections.keys();
    d->connections.clear();
    for (QWebSocket *s : sockets) {
        s->disconnect(d.get());
        s->abort();
        delete s;
    }
    for (Device &dev : d->devices)
        dev.socket = nullptr;
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
        info.connected = !dev.socket.isNull();
        list << info;
    }
    std::sort(list.begin(), list.end(), [](const DeviceInfo &a, const DeviceInfo &b) {
        return a.displayName.localeAwareCompare(b.displayName) < 0;
    });
    return list;
}

bool RoomServer::removeDevice(const QString &deviceId)
{
    auto it = d->devices.find(deviceId);
    if (it == d->devices.end())
        return false;
    d->removed.insert(deviceId);
    if (QWebSocket *s = it->socket) {
        d->sendError(s, QJsonValue(),
                     {QStringLiteral("removed"),
                      QStringLiteral("The facilitator removed this device from the room.")});
        s->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("removed"));
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

// ---- connections ----------------------------------------------------------------------------

void RoomState::acceptSocket()
{
    while (http && http->hasPendingWebSocketConnections()) {
        QWebSocket *socket = http->nextPendingWebSocketConnection().release();
        // Qt's hard stop, above our own check, so an oversized message gets a clear error below
        // while a flood is cut off before it is buffered whole.
        socket->setMaxAllowedIncomingMessageSize(quint64(limits.maxMessageBytes) * 4);
        socket->setMaxAllowedIncomingFrameSize(quint64(limits.maxMessageBytes) * 4);
        socket->setParent(this);
        connections.insert(socket, Connection());
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            sendError(socket, QJsonValue(),
                      {QStringLiteral("bad-type"),
                       QStringLiteral("Binary messages are not part of the protocol.")});
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            const Connection c = connections.take(socket);
            auto it = devices.find(c.deviceId);
            if (it != devices.end() && it->socket == socket) {
                it->socket = nullptr;
                emit q->devicesChanged();
            }
            socket->deleteLater();
        });
    }
}

void RoomState::closeAll(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    const QList<QWebSocket *> sockets = connections.keys();
    for (QWebSocket *s : sockets)
        s->close(code, reason);
}

void RoomState::send(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void RoomState::sendError(QWebSocket *socket, const QJsonValue &id, const Failure &f)
{
    send(socket, QJsonObject{{QStringLiteral("type"), QStringLiteral("error")},
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
    for (const pm::RowChange &c : changes) {
        const pm::Note *note =
            c.kind == pm::EntityKind::Note ? workshop->find<pm::Note>(c.id) : nullptr;
        if (note && note->hidden && owners.contains(c.id))
            dirtyWriters.insert(owners.value(c.id));
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
            if (dev.socket && (dirtyAll || dirtyWriters.contains(dev.writer)))
                pushState(dev);
        }
        dirtyAll = false;
        dirtyWriters.clear();
    });
}

void RoomState::pushState(const Device &dev)
{
    ViewerInfo v;
    v.writer = dev.writer;
    v.participant = dev.participant;
    v.joined = !dev.participant.isNull() || !pm::showsAuthors(workshop->info());
    v.displayName = dev.name;
    v.timerRemaining = timerNow();
    v.timerRunning = timerRunning;
    send(dev.socket, deviceState(*workshop, v, owners));
}

// ---- messages -------------------------------------------------------------------------------

void RoomState::onMessage(QWebSocket *socket, const QString &text)
{
    auto cit = connections.find(socket);
    if (cit == connections.end())
        return;
    if (text.size() > limits.maxMessageBytes) {
        sendError(
            socket, QJsonValue(),
            {QStringLiteral("too-large"),
             QStringLiteral("The message is larger than %1 bytes.").arg(limits.maxMessageBytes)});
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(
            socket, QJsonValue(),
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
        sendError(socket, id,
                  {QStringLiteral("bad-type"),
                   QStringLiteral("Every message needs a positive whole number as its id.")});
        return;
    }
    if (n <= cit->lastRequest) {
        sendError(socket, id,
                  {QStringLiteral("replayed"),
                   QStringLiteral("This request id was already used on this connection.")});
        return;
    }
    cit->lastRequest = n;

    QJsonObject ack{{QStringLiteral("type"), QStringLiteral("ack")}, {QStringLiteral("id"), id}};
    std::optional<Failure> failure;
    if (type == QLatin1String("hello")) {
        failure = hello(socket, *cit, m, &ack);
    } else if (type == QLatin1String("ping")) {
        // keeps idle connections open through proxies
    } else {
        auto dit = devices.find(cit->deviceId);
        if (dit == devices.end()) {
            failure = Failure{QStringLiteral("not-joined"), QStringLiteral("Say hello first.")};
        } else if (type == QLatin1String("join")) {
            failure = join(*dit, m, &ack);
        } else if (type == QLatin1String("note")) {
            failure = writeNote(*dit, m);
        } else if (type == QLatin1String("delete")) {
            failure = deleteNote(*dit, m);
        } else if (type == QLatin1String("vote")) {
            failure = vote(*dit, m);
        } else {
            failure = Failure{QStringLiteral("unknown-type"),
                              QStringLiteral("Unknown message type “%1”.").left(200).arg(type)};
        }
    }
    if (failure) {
        sendError(socket, id, *failure);
        if (failure->code == QLatin1String("removed") || failure->code == QLatin1String("locked"))
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, failure->code);
        return;
    }
    send(socket, ack);
    // After hello and join the device sees what it may at once, right after its ack.
    if (type == QLatin1String("hello") || type == QLatin1String("join")) {
        const auto dit = devices.constFind(connections.value(socket).deviceId);
        if (dit != devices.constEnd() && dit->socket == socket)
            pushState(*dit);
    }
}

std::optional<Failure> RoomState::hello(QWebSocket *socket, Connection &c, const QJsonObject &m,
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
        Device dev;
        dev.id = deviceId;
        dev.writer = writer;
        dev.anonymousNumber = nextAnonymous++;
        dev.name = RoomServer::tr("Anonymous %1").arg(dev.anonymousNumber);
        workshop->forEachLive<pm::Note>([&](const pm::Note &n) {
            if (owners.value(n.meta.id) == writer)
                ++dev.notesWritten;
        });
        it = devices.insert(deviceId, dev);
    }
    if (it->socket && it->socket != socket) // the same phone again: the old line is dead
        it->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("replaced"));
    it->socket = socket;
    c.deviceId = deviceId;
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
    emit q->devicesChanged();
    return std::nullopt;
}

std::optional<Failure> RoomState::join(Device &dev, const QJsonObject &m, QJsonObject *ack)
{
    if (!pm::showsAuthors(workshop->info()))
        return Failure{QStringLiteral("anonymous"),
                       QStringLiteral("The workshop is anonymous: no name is asked.")};
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
            pm::Participant p;
            p.meta.id = QUuid::createUuid();
            p.name = trimmed;
            p.role = *r;
            p.side = *s;
            if (auto f = apply(dev, {p}, RoomServer::tr("Participant %1 joined").arg(trimmed)))
                return f;
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

std::optional<Failure> RoomState::writeNote(Device &dev, const QJsonObject &m)
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (!dev.noteTimes.isEmpty() && dev.noteTimes.first() < now - 60000)
        dev.noteTimes.removeFirst();
    if (dev.noteTimes.size() >= limits.notesPerMinute)
        return Failure{QStringLiteral("rate"),
                       QStringLiteral("Too many notes in one minute: wait a moment.")};

    pm::Note note;
    if (existing) {
        note = *existing;
    } else {
        note.meta.id = id;
        note.hidden = true; // face down until the facilitator reveals
        note.author = pm::showsAuthors(workshop->info()) ? dev.participant : QUuid();
        // Below everything on the board, in rows, so no new note lands on another.
        double bottom = 0;
        workshop->forEachLive<pm::Component>(
            [&](const pm::Component &c) { bottom = qMax(bottom, c.y + c.height); });
        int index = 0;
        workshop->forEachLive<pm::Note>([&](const pm::Note &n) {
            if (n.component.isNull() && n.failureMode.isNull())
                ++index;
        });
        note.x = 40 + (index % 8) * 220;
        note.y = bottom + 60 + (index / 8) * 160;
    }
    note.text = body;
    note.category = *cat;
    // Owned before the commit, so the change signal it raises already knows whose view changed.
    if (!existing)
        owners.insert(id, dev.writer);
    if (auto f = apply(dev, {note},
                       existing ? RoomServer::tr("Edit note from %1").arg(dev.name)
                                : RoomServer::tr("Note from %1").arg(dev.name))) {
        if (!existing)
            owners.remove(id);
        return f;
    }
    dev.noteTimes << now;
    if (!existing) {
        ++dev.notesWritten;
        emit q->devicesChanged();
    }
    return std::nullopt;
}

std::optional<Failure> RoomState::deleteNote(Device &dev, const QJsonObject &m)
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
    pm::Note gone = *existing;
    gone.meta.deleted = true;
    if (auto f = apply(dev, {gone}, RoomServer::tr("Delete note from %1").arg(dev.name)))
        return f;
    dev.notesWritten = qMax(0, dev.notesWritten - 1);
    emit q->devicesChanged();
    return std::nullopt;
}

std::optional<Failure> RoomState::vote(Device &dev, const QJsonObject &m)
{
    const QJsonValue fm = m.value(QStringLiteral("failureMode"));
    const QJsonValue delta = m.value(QStringLiteral("delta"));
    if (!fm.isString() || !delta.isDouble() || (delta.toDouble() != 1 && delta.toDouble() != -1))
        return Failure{QStringLiteral("bad-type"),
                       QStringLiteral("failureMode must be a UUID, delta 1 or -1.")};
    if (!workshop->info().votingOpen)
        return Failure{QStringLiteral("wrong-phase"), QStringLiteral("The vote is not open.")};
    if (dev.participant.isNull()) {
        if (pm::showsAuthors(workshop->info()))
            return Failure{QStringLiteral("not-joined"),
                           QStringLiteral("Pick your name before voting.")};
        // Anonymous: the dots need someone to belong to. A participant named only by the
        // device's number, with an id derived from the device, so a reconnect finds it again.
        const QUuid id = QUuid::createUuidV5(dev.writer, QStringLiteral("voter"));
        if (!workshop->findLive<pm::Participant>(id)) {
            pm::Participant p;
            p.meta.id = id;
            p.name = dev.name;
            if (auto f = apply(dev, {p}, RoomServer::tr("%1 joined the vote").arg(dev.name)))
                return f;
        }
        dev.participant = id;
    }
    const QUuid mode(fm.toString());
    const auto changes = delta.toDouble() > 0
                             ? pm::castDotChanges(*workshop, dev.participant, mode)
                             : pm::removeDotChanges(*workshop, dev.participant, mode);
    if (!changes)
        return Failure{QStringLiteral("invalid"), changes.error().message};
    return apply(dev, *changes, RoomServer::tr("Vote from %1").arg(dev.name));
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

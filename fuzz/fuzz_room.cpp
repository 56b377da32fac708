// libFuzzer target: the room's message handling. Each input is a sequence of text messages, one
// per line, from one device that has said hello and joined, against a workshop in silent
// writing with the vote open (so every message kind can do something). The messages take the
// same path a WebSocket's do (RoomServer::receive: every check, the rate limits, the group
// commit, the answers). A crash, sanitizer report or timeout is a bug, and so is any refused
// message (an "error" answer) that changed the file: its SHA-256 is compared around each one.
// An input whose first line is "rank" runs in the ranking phase instead (with a loose note, a
// risk of its own), where devices send their estimates.

#include "fuzzsupport.h"
#include "roomserver.h"
#include "voting.h"
#include "workshop.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString g_pristine, g_path;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        std::abort();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// The workshop every input starts from: a participant, a component with a failure mode, a
// note, silent writing, the vote open. Fixed ids, so seeds and the dictionary can name them.
void makePristine()
{
    auto w = pm::Workshop::create(g_pristine, QStringLiteral("Fuzzed room"));
    if (!w)
        std::abort();
    pm::Participant p;
    p.meta.id = QUuid(QStringLiteral("{11111111-1111-4111-8111-111111111111}"));
    p.name = QStringLiteral("Ada");
    pm::Component c;
    c.meta.id = QUuid(QStringLiteral("{22222222-2222-4222-8222-222222222222}"));
    c.name = QStringLiteral("Checkout");
    pm::FailureMode f;
    f.meta.id = QUuid(QStringLiteral("{33333333-3333-4333-8333-333333333333}"));
    f.title = QStringLiteral("Queue backs up");
    f.component = c.meta.id;
    pm::WorkshopInfo info = w.value()->info();
    info.phase = pm::Phase::Writing;
    if (!w.value()->apply({p, c, f, info}) || !pm::setVotingOpen(*w.value(), true))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_path = fuzz::setUp(argc, argv, QStringLiteral("room.premortem"));
    g_pristine = QFileInfo(g_path).dir().filePath(QStringLiteral("pristine.premortem"));
    makePristine();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QFile::remove(g_path);
    if (!QFile::copy(g_pristine, g_path))
        std::abort();
    {
        auto workshop = pm::Workshop::open(g_path);
        if (!workshop)
            std::abort();
        QList<QByteArray> lines =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size))
                .split('\n');
        if (!lines.isEmpty() && lines.first() == "rank") {
            lines.removeFirst();
            pm::Note loose;
            loose.meta.id = QUuid(QStringLiteral("{44444444-4444-4444-8444-444444444444}"));
            loose.text = QStringLiteral("DNS cut-over forgotten");
            pm::WorkshopInfo info = workshop.value()->info();
            info.phase = pm::Phase::Rank;
            if (!workshop.value()->apply({loose, info}))
                std::abort();
        }
        room::RoomServer server(workshop.value().get());
        QList<QJsonObject> answers;
        const qint64 session = server.openSession([&answers](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("ack") || type == QLatin1String("error"))
                answers << m;
        });
        auto exchange = [&](const QString &text) {
            const qsizetype before = answers.size();
            server.receive(session, text);
            // Notes, edits and votes are answered after their group commit, a turn later.
            for (int i = 0; i < 8 && answers.size() == before; ++i)
                QCoreApplication::processEvents();
            return answers.size() > before ? answers.last() : QJsonObject();
        };
        exchange(QStringLiteral(
            R"({"type":"hello","id":1,"token":"0123456789abcdef0123456789abcdef"})"));
        exchange(QStringLiteral(
            R"({"type":"join","id":2,"participant":"11111111-1111-4111-8111-111111111111"})"));
        for (const QByteArray &line : std::as_const(lines)) {
            const QByteArray before = fileHash(g_path);
            const QJsonObject answer = exchange(QString::fromUtf8(line));
            if (answer.value(QStringLiteral("type")) == QLatin1String("error") &&
                fileHash(g_path) != before)
                std::abort(); // a refused message changed the file
        }
        server.closeSession(session);
    }
    const QFileInfo input(g_path);
    for (const QString &leftover : input.dir().entryList(QDir::Files | QDir::Hidden)) {
        if (leftover != input.fileName() && leftover != QFileInfo(g_pristine).fileName())
            QFile::remove(input.dir().filePath(leftover));
    }
    return 0;
}

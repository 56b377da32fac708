#include "servecommand.h"

#include "cliio.h"
#include "estimates.h"
#include "phaseguide.h"
#include "roomserver.h"
#include "voting.h"
#include "workshop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace cli {

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: one byte into the pipe; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// One line from standard input, the headless facilitator's controls. Returns a message for
// stderr (empty when the line did what it said).
QString control(pm::Workshop &w, room::RoomServer &server, const QString &line)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QString();
    const QString verb = words[0];
    if (verb == QLatin1String("phase") && words.size() == 2) {
        const auto phase = pm::phaseFromKey(words[1]);
        if (!phase)
            return phase.error().message;
        pm::WorkshopInfo info = w.info();
        info.phase = *phase;
        const auto r = w.apply({info});
        return r ? QString() : r.error().message;
    }
    if (verb == QLatin1String("reveal") && words.size() == 1) {
        pm::ChangeSet changes;
        for (pm::Note note : w.rows<pm::Note>()) {
            if (note.hidden) {
                note.hidden = false;
                changes << note;
            }
        }
        const auto r = w.apply(changes);
        return r ? QString() : r.error().message;
    }
    if (verb == QLatin1String("vote") && words.size() == 2 &&
        (words[1] == QLatin1String("open") || words[1] == QLatin1String("close"))) {
        const auto r = pm::setVotingOpen(w, words[1] == QLatin1String("open"));
        return r ? QString() : r.error().message;
    }
    if (verb == QLatin1String("estimates") && words.size() == 2 &&
        (words[1] == QLatin1String("reveal") || words[1] == QLatin1String("hide"))) {
        const auto r = pm::setEstimatesRevealed(w, words[1] == QLatin1String("reveal"));
        return r ? QString() : r.error().message;
    }
    if (verb == QLatin1String("timer") && (words.size() == 2 || words.size() == 3)) {
        bool ok = false;
        const int seconds = words[1].toInt(&ok);
        if (ok && seconds >= 0) {
            server.setTimer(seconds, words.value(2) == QLatin1String("run"));
            return QString();
        }
    }
    return tr("Unknown control line “%1”; use: phase KEY, reveal, vote open, vote close, "
              "estimates reveal, estimates hide, timer SECONDS [run].")
        .arg(line.trimmed().left(80));
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Host the room: participants join from their own devices with the printed address "
           "(its first line of output). Serves until interrupted (Ctrl+C or SIGTERM). Lines on "
           "standard input move the workshop on: phase KEY, reveal, vote open, vote close, "
           "estimates reveal, estimates hide, timer SECONDS [run]."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A .premortem file."));
    parser.addOption({QStringLiteral("bind"),
                      tr("The address to listen on (default: every interface)."), tr("ADDR")});
    parser.addOption({QStringLiteral("port"), tr("The port (default: any free one)."), tr("N")});
    parser.addOption(
        {QStringLiteral("cert"), tr("Serve HTTPS with this PEM certificate."), tr("PEM")});
    parser.addOption({QStringLiteral("key"), tr("The certificate's PEM private key."), tr("PEM")});
    if (auto code = parse(parser, args, 1))
        return *code;

    room::ServeOptions options;
    if (parser.isSet(QStringLiteral("bind"))) {
        if (!options.address.setAddress(parser.value(QStringLiteral("bind"))))
            return fail(tr("“%1” is not an IP address.").arg(parser.value(QStringLiteral("bind"))));
    }
    if (parser.isSet(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535)
            return fail(tr("The port must be a number from 0 to 65535."));
        options.port = quint16(port);
    }
    options.certificatePath = parser.value(QStringLiteral("cert"));
    options.keyPath = parser.value(QStringLiteral("key"));

    const auto opened = openFileArgument(parser, true);
    if (!opened)
        return BadInput;
    pm::Workshop &w = *opened;
    if (w.isReadOnly())
        return fail(tr("Cannot host the room: %1").arg(w.readOnlyReason()));

    room::RoomServer server(&w);
    QString error;
    if (!server.start(options, &error))
        return fail(error);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return fail(tr("Cannot watch for signals."));
    QSocketNotifier signalNotifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, qApp, [] {
        char byte;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&input, &QSocketNotifier::activated, qApp, [&] {
        char buffer[4096];
        const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            input.setEnabled(false); // standard input closed: serve on without controls
            return;
        }
        pending.append(buffer, n);
        if (pending.size() > 64 * 1024)
            pending.clear();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QString line = QString::fromUtf8(pending.left(newline));
            pending.remove(0, newline + 1);
            const QString message = control(w, server, line);
            if (!message.isEmpty())
                err() << message << Qt::endl;
        }
    });

    // The address first, alone on its line, so scripts can read it.
    out() << server.joinUrl().toString() << Qt::endl;
    err() << tr("Serving “%1” to the room; Ctrl+C stops.").arg(w.path()) << Qt::endl;
    QCoreApplication::exec();
    server.stop();
    err() << tr("The room is closed; every acknowledged note is in the file.") << Qt::endl;
    return Ok;
}

} // namespace cli

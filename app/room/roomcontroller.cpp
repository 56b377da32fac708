#include "roomcontroller.h"

#include "banner.h"
#include "changesetcommand.h"
#include "phasetimer.h"
#include "roompanel.h"
#include "shortcuts.h"
#include "workshop.h"

#include <QAction>
#include <QSettings>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QString portKey()
{
    return QStringLiteral("room/port");
}

constexpr quint16 DefaultPort = 8765;

} // namespace

RoomController::RoomController(QWidget *window, QUndoStack *undoStack, PhaseTimer *timer,
                               QWidget *centre)
    : QObject(window), m_window(window), m_undoStack(undoStack), m_timer(timer), m_centre(centre),
      m_widget(new QWidget(window)), m_banner(new Banner(Banner::Error, m_widget)),
      m_panel(new RoomPanel(m_widget)),
      m_invite(new QAction(shortcuts::text(shortcuts::Id::InviteRoom), window))
{
    m_options.port = quint16(QSettings().value(portKey(), DefaultPort).toUInt());

    m_widget->setObjectName(QStringLiteral("roomArea"));
    auto *layout = new QVBoxLayout(m_widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner->setObjectName(QStringLiteral("roomBanner"));
    m_banner->setDismissible(true);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(m_panel);
    m_panel->hide();

    m_invite->setObjectName(QStringLiteral("actionInviteRoom"));
    m_invite->setCheckable(true);
    m_invite->setShortcuts(shortcuts::entry(shortcuts::Id::InviteRoom).keys);
    m_invite->setShortcutContext(Qt::WindowShortcut);
    m_invite->setEnabled(false);
    window->addAction(m_invite); // works with the menu bar hidden (presentation mode)
    connect(m_invite, &QAction::triggered, this, [this](bool on) {
        if (on)
            start();
        else
            stop();
    });

    connect(m_panel, &RoomPanel::stopRequested, this, &RoomController::stop);
    connect(m_panel, &RoomPanel::lockRequested, this, [this](bool locked) {
        if (m_server)
            m_server->setLocked(locked);
        syncPanel();
    });
    connect(m_panel, &RoomPanel::removeRequested, this, [this](const QString &deviceId) {
        if (m_server)
            m_server->removeDevice(deviceId);
        syncPanel();
    });
    connect(m_panel, &RoomPanel::changeCodeRequested, this, [this] {
        if (m_server)
            m_server->changeCode();
        syncPanel();
    });
    connect(m_timer, &PhaseTimer::changed, this, &RoomController::syncTimer);
    connect(m_panel, &RoomPanel::compactChanged, this, &RoomController::showCentre);
}

RoomController::~RoomController()
{
    stop();
}

void RoomController::setWorkshop(pm::Workshop *workshop)
{
    stop();
    m_banner->hide();
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    m_phase = workshop ? int(workshop->info().phase) : -1;
    if (workshop)
        connect(workshop, &pm::Workshop::changed, this, &RoomController::onWorkshopChanged);
    // Participants write into the file: a read-only workshop cannot host a room.
    m_invite->setEnabled(workshop && !workshop->isReadOnly());
}

bool RoomController::start(QString *error)
{
    if (m_server) {
        m_invite->setChecked(true);
        return true;
    }
    auto fail = [this, error](const QString &message) {
        m_banner->showMessage(message);
        m_invite->setChecked(false);
        if (error)
            *error = message;
        return false;
    };
    if (!m_workshop || m_workshop->isReadOnly())
        return fail(tr("Open a workshop you can edit first: participants' notes are written "
                       "into its file."));
    auto server = std::make_unique<room::RoomServer>(m_workshop.data());
    QString why;
    if (!server->start(m_options, &why)) {
        while (why.endsWith(QLatin1Char('.')))
            why.chop(1); // the sentence goes on
        return fail(tr("The room could not be opened on port %1: %2. If another program (or "
                       "another Premortem window hosting a room) uses this port, stop it, then "
                       "invite the room again.")
                        .arg(QString::number(m_options.port), why));
    }
    m_server = std::move(server);
    room::RoomServer *s = m_server.get();
    connect(s, &room::RoomServer::devicesChanged, this, &RoomController::syncPanel);
    connect(s, &room::RoomServer::joinUrlChanged, this, &RoomController::syncPanel);
    connect(s, &room::RoomServer::participantEdit, this,
            [this](const QString &undoText, const pm::ChangeSet &inverse) {
                // Already committed by the server: the command only holds the way back.
                m_undoStack->push(new ChangeSetCommand(
                    m_workshop.data(), undoText, inverse,
                    [this](const QString &message) { m_banner->showMessage(message); }));
            });
    m_banner->hide();
    m_panel->reset();
    // Before writing the room joins: the full screen. Opened later, for latecomers, the strip
    // keeps the board in view (Show Larger brings the full screen back).
    m_panel->setCompact(m_timer->isRunning() || m_phase >= int(pm::Phase::Writing));
    syncPanel();
    // The board steps aside before the join screen appears, or the window would grow to hold
    // both for a moment and stay that large.
    showCentre();
    m_panel->show();
    m_invite->setChecked(true);
    m_timerWasRunning = m_timer->isRunning();
    syncTimer();
    return true;
}

void RoomController::stop()
{
    if (!m_server) {
        m_invite->setChecked(false);
        return;
    }
    // Disconnect first: the server tells its devices goodbye, and nothing may reach a panel or
    // an undo stack that is about to change.
    std::unique_ptr<room::RoomServer> server = std::move(m_server);
    disconnect(server.get(), nullptr, this, nullptr);
    server->stop();
    server.reset();
    m_panel->hide();
    m_panel->reset();
    showCentre();
    m_invite->setChecked(false);
}

void RoomController::showCentre()
{
    if (!m_centre)
        return;
    // The full join screen takes the board's place; the strip sits above it.
    const bool full = m_server && !m_panel->isCompact();
    m_centre->setVisible(!full);
    m_widget->layout()->invalidate();
}

bool RoomController::isRunning() const
{
    return m_server && m_server->isRunning();
}

void RoomController::syncPanel()
{
    if (!m_server)
        return;
    m_panel->setJoinUrl(m_server->joinUrl());
    m_panel->setLocked(m_server->isLocked());
    m_panel->setDevices(m_server->devices());
}

void RoomController::syncTimer()
{
    const bool running = m_timer->isRunning();
    // The writing starts: the join screen steps aside so the board is seen.
    if (running && !m_timerWasRunning)
        m_panel->setCompact(true);
    m_timerWasRunning = running;
    if (m_server)
        m_server->setTimer(m_timer->hasTimer() ? m_timer->remainingSeconds() : 0, running);
}

void RoomController::onWorkshopChanged(const QList<pm::RowChange> &changes)
{
    for (const pm::RowChange &change : changes) {
        if (change.kind != pm::EntityKind::Workshop || !m_workshop)
            continue;
        const int phase = int(m_workshop->info().phase);
        if (phase != m_phase && phase == int(pm::Phase::Writing))
            m_panel->setCompact(true);
        m_phase = phase;
    }
}

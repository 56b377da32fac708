#pragma once

// The window's side of hosting a room (issue #15): Workshop > Invite the Room… starts a
// room::RoomServer for the open workshop and shows the join screen; the same action, Stop the
// Room, or closing the workshop or window stops it. Nothing listens until the facilitator asks.
// What participants write is already committed by the server; each edit arrives here with its
// inverse and goes on the window's undo stack, so the facilitator can undo a participant's note.
// The facilitator's timer is passed on to the participants' page at every tick.

#include "roomserver.h"

#include <QObject>
#include <QPointer>

#include <memory>

class Banner;
class PhaseTimer;
class QAction;
class QUndoStack;
class QWidget;
class RoomPanel;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class RoomController : public QObject
{
    Q_OBJECT

public:
    // centre: what the full join screen stands in for (the board), shown again when the screen
    // becomes a strip or the room closes; a 1366x768 laptop has no height for both.
    RoomController(QWidget *window, QUndoStack *undoStack, PhaseTimer *timer, QWidget *centre);
    ~RoomController() override;

    // The banner (why the room did not start) and the join screen, for the window's layout.
    QWidget *widget() const { return m_widget; }
    RoomPanel *panel() const { return m_panel; }
    Banner *banner() const { return m_banner; }
    // Workshop > Invite the Room…: checked while the room is open.
    QAction *inviteAction() const { return m_invite; }

    // Stops a room open on the previous workshop: its server must go before the workshop does.
    void setWorkshop(pm::Workshop *workshop);

    // The address and port the next start listens on. The port is remembered in the settings
    // (room/port, 8765 unless changed), so a firewall rule made once keeps working.
    void setServeOptions(const room::ServeOptions &options) { m_options = options; }
    room::ServeOptions serveOptions() const { return m_options; }

    // Opens the room; false with the reason (also shown in the banner) when it cannot listen.
    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const;
    room::RoomServer *server() const { return m_server.get(); }

private:
    void syncPanel();
    void showCentre();
    void syncTimer();
    void onWorkshopChanged(const QList<pm::RowChange> &changes);

    QWidget *m_window;
    QUndoStack *m_undoStack;
    PhaseTimer *m_timer;
    QPointer<QWidget> m_centre;
    QPointer<pm::Workshop> m_workshop;
    std::unique_ptr<room::RoomServer> m_server;
    room::ServeOptions m_options;
    bool m_timerWasRunning = false;
    int m_phase = -1;

    QWidget *m_widget;
    Banner *m_banner;
    RoomPanel *m_panel;
    QAction *m_invite;
};

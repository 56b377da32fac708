#pragma once

// What one device may see of the workshop, as the JSON "state" message of the protocol
// (docs/room.md). The one place that decides visibility: its own notes with their text until the
// reveal; other notes only once revealed and never with an author; vote totals only once the
// vote is closed; its own estimates, and nobody else's values but the anonymous spread once the
// estimates are revealed.

#include <QJsonObject>
#include <QUuid>

namespace pm {
class Workshop;
}

namespace room {

struct ViewerInfo
{
    QUuid writer;      // the device's writer id: its own notes carry it
    QUuid participant; // who the device writes as; null when anonymous or not joined
    bool joined = false;
    QString displayName;
    int timerRemaining = 0;
    bool timerRunning = false;
};

QJsonObject deviceState(const pm::Workshop &workshop, const ViewerInfo &viewer,
                        const QHash<QUuid, QUuid> &noteOwners);

} // namespace room

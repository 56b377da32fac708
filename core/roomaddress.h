#pragma once

// The room's address as the file keeps it (table roomAddress, schema version 6): the join code and
// the port, so that a restarted host (premortem-cli serve or the window) serves the same address
// and the participants' open pages reconnect by themselves. Private to one file copy like fileInfo:
// never merged, exported or undone; a saved copy starts without one.

#include <QByteArray>
#include <QtGlobal>

namespace pm {

struct RoomAddress
{
    QByteArray code; // 32 lower-case hex digits (128 bits)
    quint16 port = 0;

    // A stored address from a stranger's file is believed only in the form Premortem writes.
    bool isBelievable() const
    {
        if (code.size() != 32 || port == 0)
            return false;
        for (char c : code) {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                return false;
        }
        return true;
    }
    bool operator==(const RoomAddress &o) const { return code == o.code && port == o.port; }
};

} // namespace pm

#pragma once

// Qt HTTP Server 6.4 buffers a request body whole before any handler sees it, so a 200 MB POST
// would sit in memory. RequestGuard watches the raw bytes of one connection before Qt parses them
// and says stop as soon as a request head grows past the limit or announces a body: the room's
// pages need no body at all (everything a participant sends travels over the WebSocket).

#include <QByteArray>

namespace room {

class RequestGuard
{
public:
    enum Verdict
    {
        Continue,    // keep reading
        Upgrade,     // a WebSocket upgrade head passed: later bytes are frames, no longer HTTP
        TooLarge,    // head longer than the limit
        BodyRefused, // Content-Length > 0 or Transfer-Encoding: no request here carries a body
    };

    explicit RequestGuard(int maxHeadBytes) : m_maxHead(maxHeadBytes) {}

    // The next bytes that arrived on the connection (not yet read by the HTTP parser).
    Verdict feed(const QByteArray &bytes);
    // Whole heads passed so far: the connection's time limit restarts with each.
    int headsSeen() const { return m_heads; }

private:
    Verdict checkHead(const QByteArray &head) const;

    int m_maxHead;
    QByteArray m_pending; // the unfinished head of the current request
    int m_heads = 0;
};

} // namespace room

#include "requestguard.h"

#include <QList>

namespace room {

RequestGuard::Verdict RequestGuard::feed(const QByteArray &bytes)
{
    m_pending += bytes;
    // Requests carry no bodies (checked below), so the stream is a sequence of heads, each ending
    // at an empty line; anything else is refused before it can grow.
    for (;;) {
        const qsizetype end = m_pending.indexOf("\r\n\r\n");
        if (end < 0)
            return m_pending.size() > m_maxHead ? TooLarge : Continue;
        if (end + 4 > m_maxHead)
            return TooLarge;
        const QByteArray head = m_pending.left(end + 4);
        m_pending.remove(0, end + 4);
        ++m_heads;
        const Verdict v = checkHead(head);
        if (v != Continue)
            return v;
    }
}

RequestGuard::Verdict RequestGuard::checkHead(const QByteArray &head) const
{
    const QList<QByteArray> lines = head.split('\n');
    bool upgrade = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return BodyRefused;
        if (name == "content-length") {
            bool ok = false;
            const qlonglong length = value.toLongLong(&ok);
            if (!ok || length != 0)
                return BodyRefused;
        }
        if (name == "upgrade" && value.toLower() == "websocket")
            upgrade = true;
    }
    return upgrade ? Upgrade : Continue;
}

} // namespace room

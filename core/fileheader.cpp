#include "fileheader.h"

#include <QtEndian>

namespace pm {

namespace {
quint32 be32(const QByteArray &b, int offset)
{
    return qFromBigEndian<quint32>(b.constData() + offset);
}
quint16 be16(const QByteArray &b, int offset)
{
    return qFromBigEndian<quint16>(b.constData() + offset);
}
} // namespace

FileHeader FileHeader::parse(const QByteArray &bytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    FileHeader h;
    if (bytes.size() < kSize || !bytes.startsWith(magic))
        return h;
    h.isSqlite = true;
    const quint16 rawPageSize = be16(bytes, 16);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The in-header page count is valid only when "version-valid-for" matches the change counter.
    if (be32(bytes, 92) == be32(bytes, 24))
        h.pageCount = be32(bytes, 28);
    h.userVersion = qint32(be32(bytes, 60));
    h.applicationId = qint32(be32(bytes, 68));
    return h;
}

} // namespace pm

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

// Enough of the magic string to recognise a file cut short inside its header.
bool FileHeader::startsLikeSqlite(const QByteArray &bytes)
{
    static const QByteArray magic("SQLite format 3\0", 16);
    return bytes.size() >= 6 && magic.startsWith(bytes.left(16));
}

FileHeader FileHeader::parse(const QByteArray &bytes)
{
    FileHeader h;
    if (bytes.size() < kSize || !startsLikeSqlite(bytes))
        return h;
    h.isSqlite = true;
    const quint16 rawPageSize = be16(bytes, 16);
    h.pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    // The in-header page count is valid only when "version-valid-for" matches the change counter.
    if (be32(bytes, 92) == be32(bytes, 24))
        h.pageCount = be32(bytes, 28);
    h.userVersion = qint32(be32(bytes, 60));
    h.applicationId = qint32(be32(bytes, 68));
    h.walMode = bytes.at(18) == 2 || bytes.at(19) == 2;
    return h;
}

} // namespace pm

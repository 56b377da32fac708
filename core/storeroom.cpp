// The room's address in the file (schema version 6). Like the phase timer it is kept apart from
// the rows of the workshop: not replicated, so no ids, clocks, tombstones or undo.

#include "schema.h"
#include "singlerow.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>

namespace pm {

std::optional<RoomAddress> Store::loadRoomAddress() const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // Fails quietly on a file without the table (a newer version may have moved it).
    if (!q.exec(QStringLiteral("SELECT code, port FROM %1 LIMIT 1")
                    .arg(QLatin1String(kRoomAddressTable))) ||
        !q.next())
        return std::nullopt;
    if (q.value(0).typeId() != QMetaType::QString || q.value(1).typeId() != QMetaType::LongLong)
        return std::nullopt;
    const qlonglong port = q.value(1).toLongLong();
    RoomAddress address;
    address.code = q.value(0).toString().toLatin1();
    address.port = port > 0 && port <= 65535 ? quint16(port) : 0;
    if (!address.isBelievable())
        return std::nullopt;
    return address;
}

Status Store::saveRoomAddress(const RoomAddress &address)
{
    if (m_readOnly)
        return Error{Error::ReadOnly, m_readOnlyReason};
    if (const auto error = replaceSingleRow(
            db(), kRoomAddressTable, {QStringLiteral("code"), QStringLiteral("port")},
            {QString::fromLatin1(address.code), qlonglong(address.port)}))
        return Error{Error::Io,
                     QCoreApplication::translate("pm::Store", "Cannot keep the room's address: %1")
                         .arg(error->databaseText())};
    return {};
}

} // namespace pm

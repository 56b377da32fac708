#pragma once

// The first 100 bytes of an SQLite file, read without SQLite. Checking them first lets us reject
// empty, foreign and truncated files with a precise message before any database code touches them.

#include <QByteArray>
#include <QString>

namespace pm {

struct FileHeader
{
    static constexpr int kSize = 100;

    bool isSqlite = false;    // starts with "SQLite format 3\0"
    qint64 pageSize = 0;      // bytes
    qint64 pageCount = 0;     // from the header, 0 when not trustworthy
    qint32 applicationId = 0; // PRAGMA application_id
    qint32 userVersion = 0;   // PRAGMA user_version
    bool walMode = false;     // bytes 18-19 say 2: written with a write-ahead log, not a journal

    static FileHeader parse(const QByteArray &first100Bytes);
    static bool startsLikeSqlite(const QByteArray &bytes);
    // The size the header promises, or 0 when the header does not say (old writers).
    qint64 expectedFileSize() const { return pageSize * pageCount; }
};

} // namespace pm

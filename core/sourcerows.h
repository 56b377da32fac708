#pragma once

// The rows of a merge source, read once and kept in memory. The file is closed again straight
// away, so any number of sources can be merged, and several can be read at the same time (each
// open runs every check a file from a stranger needs, which is most of a merge's time).

#include "result.h"
#include "workshop.h"

#include <optional>

namespace pm {

struct SourceRows
{
    QString path;  // absolute
    QString label; // for messages: "alice.premortem"
    WorkshopInfo info;
    ChangeSet rows; // every row, tombstones included, in Workshop::allRows() order
    QHash<RowKey, qsizetype> index;

    std::optional<AnyRow> find(EntityKind kind, const QUuid &id) const;

    static SourceRows of(const Workshop &workshop, const QString &label);
    // SourceFile::open() (older files through an upgraded copy, newer ones refused), then of().
    static Result<SourceRows> read(const QString &path);
    // read() of every path, on as many threads as the machine has cores; in the order of paths.
    static QList<Result<SourceRows>> readAll(const QStringList &paths);
};

} // namespace pm

#include "sourcerows.h"

#include "sourcefile.h"

#include <QThread>
#include <QThreadPool>

namespace pm {

std::optional<AnyRow> SourceRows::find(EntityKind kind, const QUuid &id) const
{
    const auto it = index.constFind(id);
    if (it == index.constEnd() || kindOf(rows[*it]) != kind)
        return std::nullopt;
    return rows[*it];
}

SourceRows SourceRows::of(const Workshop &workshop, const QString &label)
{
    SourceRows source;
    source.path = workshop.path();
    source.label = label;
    source.info = workshop.info();
    source.rows = workshop.allRows();
    source.index.reserve(source.rows.size());
    for (qsizetype i = 0; i < source.rows.size(); ++i)
        source.index.insert(metaOf(source.rows[i]).id, i);
    return source;
}

Result<SourceRows> SourceRows::read(const QString &path)
{
    Result<std::unique_ptr<SourceFile>> file = SourceFile::open(path);
    if (!file)
        return file.error();
    SourceRows source = of(file.value()->workshop(), file.value()->fileName());
    source.path = file.value()->path(); // the file given, not an upgraded copy
    return source;
}

QList<Result<SourceRows>> SourceRows::readAll(const QStringList &paths)
{
    // Every read uses its own connection, opened, used and closed on one worker thread, as Qt SQL
    // requires; the workshops never leave it.
    std::vector<std::optional<Result<SourceRows>>> results(size_t(paths.size()));
    QThreadPool pool;
    pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 8));
    for (qsizetype i = 0; i < paths.size(); ++i)
        pool.start([&results, &paths, i] { results[size_t(i)].emplace(read(paths[i])); });
    pool.waitForDone();
    QList<Result<SourceRows>> ordered;
    ordered.reserve(paths.size());
    for (std::optional<Result<SourceRows>> &r : results)
        ordered << std::move(*r);
    return ordered;
}

} // namespace pm

#include "workshopdiff.h"

#include "rowcodec.h"
#include "rowjoin.h"
#include "rowtext.h"

#include <QCoreApplication>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::WorkshopDiff", text);
}

std::optional<AnyRow> findRow(const Workshop &w, EntityKind kind, const QUuid &id)
{
    return visitKind(kind, [&](auto tag) -> std::optional<AnyRow> {
        const auto *row = w.find<decltype(tag)>(id);
        return row ? std::optional<AnyRow>(*row) : std::nullopt;
    });
}

RowLookup lookupIn(const Workshop &w)
{
    return [&w](EntityKind kind, const QUuid &id) {
        return findRow(w, kind, id);
    };
}

// "note “Retry storm…”", "deleted note “…”": what a line is about.
QString subject(const AnyRow &row, const RowLookup &lookup)
{
    const QString noun = specOf(kindOf(row)).displayNoun();
    const QString title = rowTitle(row, lookup);
    if (kindOf(row) == EntityKind::Workshop)
        return title;
    return metaOf(row).deleted ? tr("deleted %1 %2").arg(noun, title)
                               : tr("%1 %2").arg(noun, title);
}

QStringList bookkeepingDifferences(const AnyRow &a, const AnyRow &b)
{
    const RowMeta &x = metaOf(a), &y = metaOf(b);
    const TableSpec &spec = specOf(kindOf(a));
    QStringList names;
    if (x.created != y.created)
        names << QStringLiteral("created");
    if (x.modified != y.modified)
        names << QStringLiteral("modified");
    if (x.writer != y.writer)
        names << QStringLiteral("writer");
    if (x.hlc != y.hlc)
        names << QStringLiteral("hlc");
    if (x.clocks.toText(spec) != y.clocks.toText(spec))
        names << QStringLiteral("clocks");
    return names;
}

} // namespace

QStringList describeDifferences(const Workshop &a, const QString &labelA, const Workshop &b,
                                const QString &labelB, DiffOptions options)
{
    const RowLookup inA = lookupIn(a), inB = lookupIn(b);
    QStringList lines;
    auto compare = [&](const AnyRow &x, const AnyRow &y) {
        const QString what = subject(x, inA);
        if (metaOf(x).deleted != metaOf(y).deleted)
            lines << tr("%1: deleted in %2 only.")
                         .arg(capitalised(what), metaOf(x).deleted ? labelA : labelB);
        const TableSpec &spec = specOf(kindOf(x));
        const QVariantList vx = valuesOf(x), vy = valuesOf(y);
        for (const QList<int> &aspect : fieldAspects(spec)) {
            bool same = true;
            for (int field : aspect)
                same = same && compareValues(vx[field], vy[field]) == 0;
            if (!same)
                lines << tr("%1 of %2: %3 in %4, %5 in %6.")
                             .arg(aspectLabel(spec, aspect), what,
                                  aspectValue(spec, aspect, vx, inA), labelA,
                                  aspectValue(spec, aspect, vy, inB), labelB);
        }
        if (options.bookkeeping) {
            const QStringList names = bookkeepingDifferences(x, y);
            if (!names.isEmpty())
                lines << tr("Bookkeeping of %1 differs: %2.")
                             .arg(what, names.join(QStringLiteral(", ")));
        }
    };

    compare(a.info(), b.info());
    const ChangeSet rowsA = a.allRows(), rowsB = b.allRows();
    for (const AnyRow &x : rowsA) {
        if (kindOf(x) == EntityKind::Workshop)
            continue;
        if (const std::optional<AnyRow> y = findRow(b, kindOf(x), metaOf(x).id))
            compare(x, *y);
        else
            lines << tr("Only in %1: %2.").arg(labelA, subject(x, inA));
    }
    for (const AnyRow &y : rowsB) {
        if (kindOf(y) != EntityKind::Workshop && !findRow(a, kindOf(y), metaOf(y).id))
            lines << tr("Only in %1: %2.").arg(labelB, subject(y, inB));
    }
    return lines;
}

} // namespace pm

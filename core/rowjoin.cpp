#include "rowjoin.h"

#include "rowcodec.h"

#include <cmath>

namespace pm {

namespace {

// The component field that may close a cycle: the one FieldClocks lets a merge hold back.
int parentSlot()
{
    const TableSpec &spec = Component::spec();
    for (int i = 0; i < int(spec.fields.size()); ++i) {
        if (FieldClocks::canHoldBack(spec, i))
            return i + 1;
    }
    Q_UNREACHABLE();
}

bool isLater(qint64 clockA, const QVariant &a, qint64 clockB, const QVariant &b)
{
    return clockA != clockB ? clockA > clockB : compareValues(a, b) > 0;
}

} // namespace

int compareValues(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return int(!a.isNull()) - int(!b.isNull());
    if (a.typeId() != b.typeId())
        return a.typeId() < b.typeId() ? -1 : 1;
    switch (a.typeId()) {
    case QMetaType::Bool:
        return int(a.toBool()) - int(b.toBool());
    case QMetaType::LongLong: {
        const qint64 x = a.toLongLong(), y = b.toLongLong();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    case QMetaType::Double: {
        // -0.0 and 0.0 are equal as numbers yet different values; order them too.
        const double x = a.toDouble(), y = b.toDouble();
        if (x != y)
            return x < y ? -1 : 1;
        return int(!std::signbit(x)) - int(!std::signbit(y));
    }
    default: {
        const int c = a.toString().compare(b.toString());
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    }
}

WrittenRow WrittenRow::fromRow(const AnyRow &row, int input)
{
    WrittenRow w;
    w.kind = kindOf(row);
    w.meta = metaOf(row);
    w.values = valuesOf(row);
    const qint64 base = FieldClocks::baseClock(w.meta.created);
    const int slotTotal = int(w.values.size()) + 1;
    w.clocks.reserve(slotTotal);
    for (int slot = 0; slot < slotTotal; ++slot) {
        const FieldClocks::Entry *e = w.meta.clocks.find(slot - 1);
        w.clocks << (e ? e->clock : base);
        if (e && !e->heldBack.isNull()) {
            if (slot == 0)
                w.meta.deleted = false;
            else
                w.values[slot - 1] = e->heldBack;
        }
    }
    w.inputs = QList<int>(slotTotal, input);
    w.held = QList<bool>(slotTotal, false);
    w.metaInput = input;
    w.meta.clocks = FieldClocks();
    return w;
}

QVariant WrittenRow::written(int slot) const
{
    return slot == 0 ? QVariant(meta.deleted) : values[slot - 1];
}

AnyRow WrittenRow::shown() const
{
    RowMeta m = meta;
    QVariantList shownValues = values;
    const qint64 base = FieldClocks::baseClock(m.created);
    for (int slot = 0; slot < slotCount(); ++slot) {
        if (held[slot]) {
            m.clocks.holdBack(slot - 1, clocks[slot], written(slot));
            if (slot == 0)
                m.deleted = true;
            else
                shownValues[slot - 1] = QVariant();
        } else {
            m.clocks.stamp(slot - 1, clocks[slot], base);
        }
    }
    return makeRow(kind, m, shownValues);
}

WrittenRow join(const WrittenRow &a, const WrittenRow &b)
{
    WrittenRow r = a;
    r.meta.created = qMin(a.meta.created, b.meta.created);
    // The latest write names the row's last writer; (hlc, writer, modified) orders every write.
    const auto writeKey = [](const RowMeta &m) {
        return std::tie(m.hlc, m.writer, m.modified);
    };
    if (writeKey(b.meta) > writeKey(a.meta)) {
        r.meta.modified = b.meta.modified;
        r.meta.writer = b.meta.writer;
        r.meta.hlc = b.meta.hlc;
        r.metaInput = b.metaInput;
    }
    for (int slot = 0; slot < r.slotCount(); ++slot) {
        if (!isLater(b.clocks[slot], b.written(slot), a.clocks[slot], a.written(slot)))
            continue;
        r.clocks[slot] = b.clocks[slot];
        r.inputs[slot] = b.inputs[slot];
        if (slot == 0)
            r.meta.deleted = b.meta.deleted;
        else
            r.values[slot - 1] = b.values[slot - 1];
    }
    return r;
}

void holdBackParentCycles(const QList<WrittenRow *> &components)
{
    const int slot = parentSlot();
    QHash<QUuid, WrittenRow *> byId;
    for (WrittenRow *c : components) {
        c->held[slot] = false;
        byId.insert(c->meta.id, c);
    }
    // Each component has at most one parent, so every cycle is simple and found by walking up.
    enum State
    {
        Unseen,
        OnPath,
        Done
    };
    QHash<QUuid, State> state;
    // Sorted starts make the walk, and so what is held back, independent of hash order.
    QList<QUuid> ids = byId.keys();
    std::sort(ids.begin(), ids.end());
    for (const QUuid &start : std::as_const(ids)) {
        QList<WrittenRow *> path;
        QUuid cursor = start;
        while (byId.contains(cursor) && state.value(cursor, Unseen) == Unseen) {
            state.insert(cursor, OnPath);
            WrittenRow *c = byId.value(cursor);
            path << c;
            const QVariant parent = c->values[slot - 1];
            cursor = parent.isNull() ? QUuid() : QUuid::fromString(parent.toString());
        }
        if (byId.contains(cursor) && state.value(cursor) == OnPath) {
            // The cycle is the path from cursor on; the oldest link in it gives way.
            WrittenRow *weakest = nullptr;
            for (qsizetype i = path.indexOf(byId.value(cursor)); i < path.size(); ++i) {
                WrittenRow *c = path[i];
                if (!weakest || std::tie(c->clocks[slot], c->meta.id) <
                                    std::tie(weakest->clocks[slot], weakest->meta.id))
                    weakest = c;
            }
            weakest->held[slot] = true;
        }
        for (WrittenRow *c : std::as_const(path))
            state.insert(c->meta.id, Done);
    }
}

void holdBackExtraVotes(const QList<WrittenRow *> &votes)
{
    QHash<QString, WrittenRow *> ballot; // "participant failureMode" -> the vote that counts
    for (WrittenRow *v : votes) {
        v->held[0] = false;
        if (v->meta.deleted)
            continue;
        const QString key = v->values[0].toString() + QLatin1Char(' ') + v->values[1].toString();
        WrittenRow *&counted = ballot[key];
        if (!counted) {
            counted = v;
        } else if (std::tie(v->meta.hlc, v->meta.id) >
                   std::tie(counted->meta.hlc, counted->meta.id)) {
            counted->held[0] = true;
            counted = v;
        } else {
            v->held[0] = true;
        }
    }
}

} // namespace pm

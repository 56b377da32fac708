#pragma once

// Seeded random workshops for the merge's property tests: a small common base, and copies of it
// edited the way Workshop::apply() edits (per-field clocks, tombstones), with the clocks of all
// copies running close together so that concurrent edits of one field, even at the very same
// clock, are common. Every copy is a valid file on its own: references resolve, no component
// is nested in itself, one live vote per person and failure mode.

#include "entities.h"
#include "rowcodec.h"
#include "rowjoin.h"

#include <QMap>
#include <QRandomGenerator>

namespace testsupport {

class RandomWorkshop
{
public:
    // The base every copy starts from: ids, texts and numbers all drawn from seed.
    // recordAuthors: the workshop's setting, which no edit changes (a workshop that does not
    // record authors strips them in every merge, and that is only order-free while it stays so).
    static RandomWorkshop base(quint32 seed, bool recordAuthors = true)
    {
        RandomWorkshop w(seed);
        w.m_recordAuthors = recordAuthors;
        w.m_writer = w.nextId();
        w.m_clock = kStart * 1000;
        w.addRow(pm::EntityKind::Workshop);
        for (pm::EntityKind kind :
             {pm::EntityKind::Participant, pm::EntityKind::Participant, pm::EntityKind::Component,
              pm::EntityKind::Component, pm::EntityKind::Component, pm::EntityKind::FailureMode,
              pm::EntityKind::FailureMode, pm::EntityKind::Note, pm::EntityKind::Note,
              pm::EntityKind::Note, pm::EntityKind::Mitigation, pm::EntityKind::Vote,
              pm::EntityKind::Estimate, pm::EntityKind::Estimate})
            w.addRow(kind);
        return w;
    }

    // A copy of this one, as another file with its own writer, then `edits` random edits. All
    // copies of one base start at the same clock and step by 1 or 2, so their clocks collide.
    RandomWorkshop copy(quint32 seed, int edits) const
    {
        RandomWorkshop c = *this;
        c.m_rng.seed(seed);
        c.m_writer = c.nextId();
        c.m_clock = kStart * 1000 + 1000;
        for (int i = 0; i < edits; ++i)
            c.randomEdit();
        return c;
    }

    pm::ChangeSet rows() const { return m_rows.values(); }

private:
    static constexpr qint64 kStart = 1767225600000; // 2026-01-01, ms
    static constexpr int kParentField = 6;          // Component::spec(): "parent"

    explicit RandomWorkshop(quint32 seed) : m_rng(seed) {}

    QUuid nextId()
    {
        QByteArray bytes(16, Qt::Uninitialized);
        m_rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes);
    }

    qint64 tick()
    {
        m_clock += 1 + m_rng.bounded(2);
        return m_clock;
    }

    QList<QUuid> idsOf(pm::EntityKind kind) const
    {
        QList<QUuid> ids;
        for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
            if (pm::kindOf(*it) == kind)
                ids << it.key();
        }
        return ids;
    }

    // Whether making `child` a child of `parent` would nest a component in itself.
    bool wouldCycle(const QUuid &child, const QUuid &parent) const
    {
        QUuid cursor = parent;
        for (int depth = 0; !cursor.isNull() && depth <= m_rows.size(); ++depth) {
            if (cursor == child)
                return true;
            const pm::AnyRow row = m_rows.value(cursor);
            const auto *c = std::get_if<pm::Component>(&row);
            cursor = c ? c->parent : QUuid();
        }
        return false;
    }

    bool hasLiveVote(const QVariant &participant, const QVariant &mode, const QUuid &except) const
    {
        for (const pm::AnyRow &row : m_rows) {
            const auto *v = std::get_if<pm::Vote>(&row);
            if (v && !v->meta.deleted && v->meta.id != except && v->values()[0] == participant &&
                v->values()[1] == mode)
                return true;
        }
        return false;
    }

    // A valid value for field i of a row (id) of spec, drawn from small pools so that two copies
    // often write the same value too.
    QVariant randomValue(const pm::TableSpec &spec, int i, const QUuid &id)
    {
        static const QStringList words{QStringLiteral("Queue backlog"),
                                       QStringLiteral("Retry storm"), QStringLiteral("No canary"),
                                       QStringLiteral("DNS TTL"),
                                       QStringLiteral("Pool exhaustion")};
        const pm::FieldSpec &f = spec.fields[size_t(i)];
        if (spec.kind == pm::EntityKind::Workshop) {
            // Fixed: see base(). A preparation pack (preparedFor) is only ever read by a merge.
            if (qstrcmp(f.name, "recordAuthors") == 0)
                return m_recordAuthors;
            if (qstrcmp(f.name, "preparedFor") == 0)
                return QVariant();
        }
        switch (f.type) {
        case pm::FieldType::Text:
            if (!f.required && m_rng.bounded(4) == 0)
                return QString(QLatin1String(""));
            return words[m_rng.bounded(int(words.size()))];
        case pm::FieldType::Uuid: {
            QList<QUuid> candidates = idsOf(f.references);
            candidates.removeAll(id);
            if (spec.kind == pm::EntityKind::Component)
                candidates.removeIf([&](const QUuid &p) { return wouldCycle(id, p); });
            if (candidates.isEmpty() || (!f.required && m_rng.bounded(3) == 0))
                return QVariant();
            return candidates[m_rng.bounded(int(candidates.size()))].toString(QUuid::WithoutBraces);
        }
        case pm::FieldType::Integer:
            return qlonglong(f.minInt +
                             m_rng.bounded(int(qMin<qint64>(f.maxInt - f.minInt, 6)) + 1));
        case pm::FieldType::Real:
            return double(m_rng.bounded(4) * 40);
        case pm::FieldType::Bool:
            return m_rng.bounded(2) == 1;
        case pm::FieldType::Date:
            return m_rng.bounded(3) == 0
                       ? QVariant()
                       : QVariant(QStringLiteral("2027-0%1-15").arg(1 + m_rng.bounded(9)));
        case pm::FieldType::Key:
            return f.keys[m_rng.bounded(int(f.keys.size()))];
        case pm::FieldType::Colour:
            return m_rng.bounded(2) == 0 ? QString(QLatin1String(""))
                                         : QStringLiteral("#a0b1c%1").arg(m_rng.bounded(10));
        }
        return QVariant();
    }

    void addRow(pm::EntityKind kind)
    {
        const pm::TableSpec &spec = pm::specOf(kind);
        pm::RowMeta m;
        m.id = nextId();
        m.hlc = tick();
        m.created = m.modified = m.hlc / 1000;
        m.writer = m_writer;
        QVariantList values;
        for (int i = 0; i < int(spec.fields.size()); ++i)
            values << randomValue(spec, i, m.id);
        if (kind == pm::EntityKind::Estimate) {
            // Its id is its pair's: two copies estimating for the same pair write the same row.
            if (values[0].isNull() || values[1].isNull())
                return;
            m.id = pm::estimateId(QUuid::fromString(values[0].toString()),
                                  QUuid::fromString(values[1].toString()));
            if (m_rows.contains(m.id))
                return;
        } else if (kind == pm::EntityKind::Vote) {
            // One live vote per person and failure mode, as the app keeps it.
            if (values[0].isNull() || values[1].isNull() || hasLiveVote(values[0], values[1], {}))
                return;
        } else {
            for (int i = 0; i < int(spec.fields.size()); ++i) {
                if (spec.fields[size_t(i)].required && values[i].isNull())
                    return; // nothing to refer to yet
            }
        }
        m_rows.insert(m.id, pm::makeRow(kind, m, values));
    }

    // One edit, as Workshop::apply() would stamp it: a new row, a changed field, or a deletion
    // or restore.
    void randomEdit()
    {
        const int what = m_rng.bounded(10);
        if (what < 2) {
            static const pm::EntityKind kinds[] = {
                pm::EntityKind::Note,        pm::EntityKind::Note,     pm::EntityKind::Component,
                pm::EntityKind::Vote,        pm::EntityKind::Vote,     pm::EntityKind::FailureMode,
                pm::EntityKind::Participant, pm::EntityKind::Estimate, pm::EntityKind::Estimate};
            addRow(kinds[m_rng.bounded(int(std::size(kinds)))]);
            return;
        }
        // Half the edits go to a few "hot" rows and fields that every copy shares, so that
        // copies often edit the same field concurrently; some move components into each other,
        // so that copies together nest one in itself.
        const bool hot = m_rng.bounded(2) == 0;
        const bool nest = what == 4 || what == 5;
        const QList<QUuid> ids = nest ? idsOf(pm::EntityKind::Component) : m_rows.keys();
        const QUuid id = ids[m_rng.bounded(hot ? qMin(4, int(ids.size())) : int(ids.size()))];
        pm::AnyRow row = m_rows[id];
        const pm::EntityKind kind = pm::kindOf(row);
        const pm::TableSpec &spec = pm::specOf(kind);
        pm::RowMeta m = pm::metaOf(row);
        QVariantList values = pm::valuesOf(row);
        const qint64 base = pm::FieldClocks::baseClock(m.created);
        const qint64 clock = tick();
        if (what < 4 && kind != pm::EntityKind::Workshop) {
            if (m.deleted && kind == pm::EntityKind::Vote && hasLiveVote(values[0], values[1], id))
                return; // restoring would give the person two votes
            m.deleted = !m.deleted;
            m.clocks.stamp(pm::FieldClocks::kDeleted, clock, base);
        } else {
            // A vote's or estimate's person and failure mode never change: a new pair is a new
            // row.
            const int fields = hot ? qMin(2, int(spec.fields.size())) : int(spec.fields.size());
            const int i = nest                               ? kParentField
                          : kind == pm::EntityKind::Vote     ? 2
                          : kind == pm::EntityKind::Estimate ? 2 + m_rng.bounded(2)
                                                             : m_rng.bounded(fields);
            const QVariant value = randomValue(spec, i, id);
            if ((spec.fields[size_t(i)].required && value.isNull()) ||
                pm::compareValues(values[i], value) == 0)
                return;
            values[i] = value;
            m.clocks.stamp(i, clock, base);
        }
        m.hlc = clock;
        m.modified = clock / 1000;
        m.writer = m_writer;
        m_rows[id] = pm::makeRow(kind, m, values);
    }

    QRandomGenerator m_rng;
    bool m_recordAuthors = true;
    QUuid m_writer;
    qint64 m_clock = 0;
    QMap<QUuid, pm::AnyRow> m_rows;
};

} // namespace testsupport

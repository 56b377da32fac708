#pragma once

// The clock of each field of a row, for a per-field last-writer-wins merge. Every field of a row
// starts at the row's base clock, created × 1000; FieldClocks holds only what was written since
// (a field, or the `deleted` flag), so a row never edited carries nothing.
//
// A merge may also have to show another value than the one written: a component parent that
// would nest a component in itself, a second vote of one person on one failure mode. The entry
// then keeps the written value ("held back"), so the next merge decides again from what people
// wrote and never from an earlier merge's decision; that keeps merging associative.
//
// Stored as text in each table's `clocks` column and in the JSON export; docs/file-format.md
// describes the encoding. Parsing is strict: the text comes from files of unknown origin.

#include "fieldspec.h"
#include "result.h"

#include <QList>
#include <QUuid>
#include <QVariant>

namespace pm {

// Clocks stay below 2^53 so that JSON numbers carry them exactly.
constexpr qint64 kMaxHlc = (qint64(1) << 53) - 1;

class FieldClocks
{
public:
    static constexpr int kDeleted = -1; // the `deleted` flag; fields are 0..n-1 in spec order

    struct Entry
    {
        int field = 0;
        qint64 clock = 0;
        QVariant heldBack; // the written value a merge shows differently, or null
        bool operator==(const Entry &o) const;
    };

    // The clock of a field never written since the row was created.
    static qint64 baseClock(qint64 created);
    // Where a merge may hold a written value back: a component's parent (cycles) and a vote's
    // deleted flag (one vote per person and failure mode).
    static bool canHoldBack(const TableSpec &spec, int field);

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(int field) const;
    qint64 clock(int field, qint64 base) const;
    // A write of the field at clock: forgets a held-back value; no entry when clock == base.
    void stamp(int field, qint64 clock, qint64 base);
    // A merge's fix-up: the row shows another value than `written`, the field's written value.
    void holdBack(int field, qint64 clock, const QVariant &written);

    QString toText(const TableSpec &spec) const;
    // base: the row's base clock, which an entry may not repeat (one row, one encoding).
    static Result<FieldClocks> fromText(const TableSpec &spec, const QUuid &id, const QString &text,
                                        qint64 base);
    // A held-back entry must match what the row shows (a null parent, a deleted vote).
    Status checkRow(const TableSpec &spec, const QUuid &id, bool deleted,
                    const QVariantList &values) const;

    bool operator==(const FieldClocks &o) const { return m_entries == o.m_entries; }
    bool operator!=(const FieldClocks &o) const { return !(*this == o); }

private:
    QList<Entry> m_entries; // sorted by field, kDeleted first: the columns' order
};

} // namespace pm

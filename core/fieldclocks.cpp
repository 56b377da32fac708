#include "fieldclocks.h"

#include "rowcodec.h"

#include <QCoreApplication>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::FieldClocks", text);
}

// Far above the longest valid text (12 entries of a name, 16 digits and a UUID), so that a
// hostile file is turned away before any splitting.
constexpr int kMaxTextLength = 2048;

QString nameOf(const TableSpec &spec, int field)
{
    return field == FieldClocks::kDeleted ? QStringLiteral("deleted")
                                          : QString::fromLatin1(spec.fields[size_t(field)].name);
}

std::optional<int> fieldNamed(const TableSpec &spec, QStringView name)
{
    if (name == u"deleted")
        return FieldClocks::kDeleted;
    for (size_t i = 0; i < spec.fields.size(); ++i) {
        if (name == QLatin1String(spec.fields[i].name))
            return int(i);
    }
    return std::nullopt;
}

// A clock in canonical decimal: no sign, no leading zeros, below 2^53.
std::optional<qint64> parseClock(QStringView text)
{
    if (text.isEmpty() || text.size() > 16 || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > kMaxHlc)
        return std::nullopt;
    return value;
}

QString heldBackText(const QVariant &value)
{
    return value.typeId() == QMetaType::Bool ? QStringLiteral("0") : value.toString();
}

} // namespace

bool FieldClocks::Entry::operator==(const Entry &o) const
{
    return field == o.field && clock == o.clock && heldBack == o.heldBack;
}

qint64 FieldClocks::baseClock(qint64 created)
{
    // Bounded so that a hostile timestamp cannot overflow; real ones are far inside.
    return qBound(qint64(0), created, kMaxHlc / 1000) * 1000;
}

bool FieldClocks::canHoldBack(const TableSpec &spec, int field)
{
    if (field == kDeleted)
        return spec.kind == EntityKind::Vote;
    const FieldSpec &f = spec.fields[size_t(field)];
    return f.type == FieldType::Uuid && f.isReference && f.references == spec.kind;
}

const FieldClocks::Entry *FieldClocks::find(int field) const
{
    for (const Entry &e : m_entries) {
        if (e.field == field)
            return &e;
    }
    return nullptr;
}

qint64 FieldClocks::clock(int field, qint64 base) const
{
    const Entry *e = find(field);
    return e ? e->clock : base;
}

void FieldClocks::stamp(int field, qint64 clock, qint64 base)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), field,
                               [](const Entry &e, int f) { return e.field < f; });
    const bool present = it != m_entries.end() && it->field == field;
    if (clock == base) {
        if (present)
            m_entries.erase(it);
        return;
    }
    if (present)
        *it = Entry{field, clock, {}};
    else
        m_entries.insert(it, Entry{field, clock, {}});
}

void FieldClocks::holdBack(int field, qint64 clock, const QVariant &written)
{
    auto it = std::lower_bound(m_entries.begin(), m_entries.end(), field,
                               [](const Entry &e, int f) { return e.field < f; });
    if (it != m_entries.end() && it->field == field)
        *it = Entry{field, clock, written};
    else
        m_entries.insert(it, Entry{field, clock, written});
}

QString FieldClocks::toText(const TableSpec &spec) const
{
    QString text(QLatin1String("")); // never null: Qt would bind a null string as SQL NULL
    for (const Entry &e : m_entries) {
        if (!text.isEmpty())
            text += QLatin1Char(';');
        text += nameOf(spec, e.field) + QLatin1Char('=') + QString::number(e.clock);
        if (!e.heldBack.isNull())
            text += QLatin1Char('!') + heldBackText(e.heldBack);
    }
    return text;
}

Result<FieldClocks> FieldClocks::fromText(const TableSpec &spec, const QUuid &id,
                                          const QString &text, qint64 base)
{
    FieldClocks clocks;
    if (text.isEmpty())
        return clocks;
    auto broken = [&](const QString &why) {
        return fieldError(spec, id, "clocks", why);
    };
    if (text.size() > kMaxTextLength)
        return broken(tr("is too long"));
    int previous = kDeleted - 1;
    for (QStringView entry : QStringView(text).split(u';')) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals <= 0)
            return broken(tr("has an entry without a name"));
        const std::optional<int> field = fieldNamed(spec, entry.left(equals));
        if (!field)
            return broken(tr("names an unknown field “%1”").arg(entry.left(equals)));
        if (*field <= previous)
            return broken(tr("lists “%1” out of order or twice").arg(nameOf(spec, *field)));
        previous = *field;
        QStringView rest = entry.mid(equals + 1);
        const qsizetype bang = rest.indexOf(u'!');
        const std::optional<qint64> clock = parseClock(bang < 0 ? rest : rest.left(bang));
        if (!clock)
            return broken(tr("has an invalid clock for “%1”").arg(nameOf(spec, *field)));
        Entry e{*field, *clock, {}};
        if (bang >= 0) {
            const QString written = rest.mid(bang + 1).toString();
            if (!canHoldBack(spec, *field))
                return broken(tr("holds back a value of “%1”").arg(nameOf(spec, *field)));
            if (*field == kDeleted) {
                if (written != QLatin1String("0"))
                    return broken(tr("holds back an invalid value"));
                e.heldBack = false;
            } else {
                // Canonical form only: 36 characters, lower case, as every id is stored.
                const QUuid uuid = QUuid::fromString(written);
                if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != written)
                    return broken(tr("holds back an invalid identifier"));
                e.heldBack = written;
            }
        } else if (*clock == base) {
            // The base clock is implied; writing it out would give one row two encodings.
            return broken(
                tr("repeats the row's creation clock for “%1”").arg(nameOf(spec, *field)));
        }
        clocks.m_entries << e;
    }
    return clocks;
}

Status FieldClocks::checkRow(const TableSpec &spec, const QUuid &id, bool deleted,
                             const QVariantList &values) const
{
    for (const Entry &e : m_entries) {
        if (e.heldBack.isNull())
            continue;
        const bool shownAsFixed = e.field == kDeleted ? deleted : values.value(e.field).isNull();
        if (!shownAsFixed)
            return fieldError(spec, id, "clocks",
                              tr("holds back “%1” although the row shows it as written")
                                  .arg(nameOf(spec, e.field)));
    }
    return {};
}

} // namespace pm

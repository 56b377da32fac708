#include "rowcodec.h"

#include "rowtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RowCodec", text);
}

bool isUuidText(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

bool isDateText(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isColourText(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-f]{6}$"));
    return text.isEmpty() || pattern.match(text).hasMatch();
}

// The reason a canonical value breaks its field's rule, or an empty string.
QString violation(const FieldSpec &f, const QVariant &v)
{
    switch (f.type) {
    case FieldType::Text: {
        if (v.typeId() != QMetaType::QString)
            return tr("expected text");
        const QString s = v.toString();
        if (f.required && s.trimmed().isEmpty())
            return tr("must not be empty");
        if (s.size() > f.maxLength)
            return tr("is %1 characters long; at most %2 are allowed")
                .arg(s.size())
                .arg(f.maxLength);
        if (s.contains(QChar(0)))
            return tr("contains a NUL character");
        return {};
    }
    case FieldType::Uuid:
        if (v.isNull())
            return f.required ? tr("must be set") : QString();
        if (v.typeId() != QMetaType::QString || !isUuidText(v.toString()))
            return tr("is not a valid identifier");
        return {};
    case FieldType::Integer: {
        if (v.typeId() != QMetaType::LongLong)
            return tr("expected a whole number");
        const qint64 n = v.toLongLong();
        if (n < f.minInt || n > f.maxInt)
            return tr("is %1; it must be between %2 and %3").arg(n).arg(f.minInt).arg(f.maxInt);
        return {};
    }
    case FieldType::Real: {
        if (v.typeId() != QMetaType::Double)
            return tr("expected a number");
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < f.minReal || d > f.maxReal)
            return tr("is out of range (%1 to %2)").arg(f.minReal).arg(f.maxReal);
        return {};
    }
    case FieldType::Bool:
        return v.typeId() == QMetaType::Bool ? QString() : tr("expected true or false");
    case FieldType::Date:
        if (v.isNull())
            return {};
        return v.typeId() == QMetaType::QString && isDateText(v.toString())
                   ? QString()
                   : tr("is not a date (YYYY-MM-DD)");
    case FieldType::Key:
        if (v.typeId() == QMetaType::QString && f.keys.contains(v.toString()))
            return {};
        return tr("is not one of: %1").arg(f.keys.join(QStringLiteral(", ")));
    case FieldType::Colour:
        return v.typeId() == QMetaType::QString && isColourText(v.toString())
                   ? QString()
                   : tr("is not a colour (#rrggbb)");
    }
    return tr("has an unknown type");
}

} // namespace

Error fieldError(const TableSpec &spec, const QUuid &id, const char *field, const QString &why)
{
    const QString who =
        id.isNull()
            ? spec.displayNoun()
            : QStringLiteral("%1 %2").arg(spec.displayNoun(), id.toString(QUuid::WithoutBraces));
    return Error{
        Error::InvalidInput,
        tr("The %1 has an invalid “%2”: it %3.").arg(who, QString::fromLatin1(field), why)};
}

namespace {

// The text field a person knows a row by, and how a row reads when that field is empty.
struct LabelField
{
    const char *name;
    const char *whenEmpty;
};

constexpr LabelField kLabelFields[] = {
    {"name",
     QT_TRANSLATE_NOOP("pm::RowCodec", "A %1 with an empty name has an invalid “%2”: it %3.")},
    {"title",
     QT_TRANSLATE_NOOP("pm::RowCodec", "A %1 with an empty title has an invalid “%2”: it %3.")},
    {"text", QT_TRANSLATE_NOOP("pm::RowCodec", "A %1 without text has an invalid “%2”: it %3.")},
    {"description",
     QT_TRANSLATE_NOOP("pm::RowCodec", "A %1 without a description has an invalid “%2”: it %3.")},
};

} // namespace

Error fieldError(const TableSpec &spec, const QVariantList &values, const char *field,
                 const QString &why)
{
    // Named as the user sees the row (a note by its first words, a person by name), never by
    // its identifier, which means nothing in a banner in front of the room.
    QString fieldName = QString::fromLatin1(field);
    for (const FieldSpec &f : spec.fields) {
        if (qstrcmp(f.name, field) == 0)
            fieldName = fieldLabel(f);
    }
    for (const LabelField &label : kLabelFields) {
        for (size_t i = 0; i < spec.fields.size(); ++i) {
            if (qstrcmp(spec.fields[i].name, label.name) != 0 ||
                spec.fields[i].type != FieldType::Text)
                continue;
            const QString text = values.value(int(i)).toString().simplified();
            if (text.isEmpty())
                return Error{Error::InvalidInput,
                             tr(label.whenEmpty).arg(spec.displayNoun(), fieldName, why)};
            return Error{Error::InvalidInput,
                         tr("The %1 “%2” has an invalid “%3”: it %4.")
                             .arg(spec.displayNoun(), elided(text), fieldName, why)};
        }
    }
    // The workshop, a vote: the noun says which.
    return Error{Error::InvalidInput,
                 tr("The %1 has an invalid “%2”: it %3.").arg(spec.displayNoun(), fieldName, why)};
}

// The id is not used: the row is named by its label, as the id means nothing to a person.
Status validateValues(const TableSpec &spec, const QUuid & /*id*/, const QVariantList &values)
{
    return validateValues(spec, values, values);
}

Status validateValues(const TableSpec &spec, const QVariantList &values,
                      const QVariantList &namedBy)
{
    if (values.size() != int(spec.fields.size()))
        return Error{Error::InvalidInput, tr("Internal error: wrong number of values.")};
    for (size_t i = 0; i < spec.fields.size(); ++i) {
        const QString why = violation(spec.fields[i], values[int(i)]);
        if (!why.isEmpty())
            return fieldError(spec, namedBy, spec.fields[i].name, why);
    }
    return {};
}

QVariant toSqlValue(const FieldSpec &field, const QVariant &value)
{
    if (field.type == FieldType::Bool)
        return qlonglong(value.toBool() ? 1 : 0);
    // Qt binds a null QString as SQL NULL; text columns hold '' instead.
    const bool isText = field.type == FieldType::Text || field.type == FieldType::Key ||
                        field.type == FieldType::Colour;
    if (isText && value.toString().isNull())
        return QString(QLatin1String(""));
    return value; // a null QVariant binds as SQL NULL
}

Result<QVariant> fromSqlValue(const FieldSpec &field, const QVariant &raw)
{
    // Built only when needed: this runs for every value of every row read.
    const auto wrongType = [] {
        return Error{Error::InvalidInput, tr("has the wrong type")};
    };
    const int type = raw.typeId();
    const bool isNull = raw.isNull();
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Key:
    case FieldType::Colour:
        if (isNull)
            return QVariant(QString());
        if (type != QMetaType::QString)
            return wrongType();
        return raw;
    case FieldType::Uuid:
    case FieldType::Date:
        if (isNull)
            return QVariant();
        if (type != QMetaType::QString)
            return wrongType();
        return raw;
    case FieldType::Integer:
        if (type != QMetaType::LongLong || isNull)
            return wrongType();
        return raw;
    case FieldType::Real:
        if (isNull || (type != QMetaType::Double && type != QMetaType::LongLong))
            return wrongType();
        return QVariant(raw.toDouble());
    case FieldType::Bool:
        if (isNull || type != QMetaType::LongLong ||
            (raw.toLongLong() != 0 && raw.toLongLong() != 1))
            return wrongType();
        return QVariant(raw.toLongLong() == 1);
    }
    return wrongType();
}

QJsonValue toJsonValue(const FieldSpec &field, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Integer:
        return QJsonValue(value.toLongLong());
    case FieldType::Real:
        return QJsonValue(value.toDouble());
    case FieldType::Bool:
        return QJsonValue(value.toBool());
    default:
        return QJsonValue(value.toString());
    }
}

Result<QVariant> fromJsonValue(const FieldSpec &field, const QJsonValue &json)
{
    const auto wrongType = [] {
        return Error{Error::InvalidInput, tr("has the wrong JSON type")};
    };
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Key:
    case FieldType::Colour:
        if (json.isUndefined() || json.isNull())
            return QVariant(QString());
        if (!json.isString())
            return wrongType();
        return QVariant(json.toString());
    case FieldType::Uuid:
    case FieldType::Date:
        if (json.isUndefined() || json.isNull())
            return QVariant();
        if (!json.isString())
            return wrongType();
        return QVariant(json.toString());
    case FieldType::Integer: {
        if (!json.isDouble())
            return wrongType();
        const double d = json.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || std::abs(d) > 9e15)
            return Error{Error::InvalidInput, tr("is not a whole number")};
        return QVariant(qlonglong(d));
    }
    case FieldType::Real:
        if (!json.isDouble())
            return wrongType();
        return QVariant(json.toDouble());
    case FieldType::Bool:
        if (json.isUndefined())
            return QVariant(false);
        if (!json.isBool())
            return wrongType();
        return QVariant(json.toBool());
    }
    return wrongType();
}

QString timestampToText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> timestampFromText(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

AnyRow makeRow(EntityKind kind, const RowMeta &meta, const QVariantList &values)
{
    return visitKind(kind,
                     [&](auto tag) -> AnyRow { return decltype(tag)::fromValues(meta, values); });
}

QVariantList valuesOf(const AnyRow &row)
{
    return std::visit([](const auto &r) { return r.values(); }, row);
}

} // namespace pm

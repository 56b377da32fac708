#include "rowtext.h"

#include <QCoreApplication>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::RowText", text);
}

// Column names are camelCase identifiers; these are the words people read.
struct FieldWord
{
    const char *name;
    const char *label;
};
const FieldWord kFieldWords[] = {
    {"title", QT_TRANSLATE_NOOP("pm::Field", "Title")},
    {"system", QT_TRANSLATE_NOOP("pm::Field", "System")},
    {"scenario", QT_TRANSLATE_NOOP("pm::Field", "Scenario")},
    {"horizon", QT_TRANSLATE_NOOP("pm::Field", "Horizon")},
    {"template", QT_TRANSLATE_NOOP("pm::Field", "Template")},
    {"phase", QT_TRANSLATE_NOOP("pm::Field", "Phase")},
    {"name", QT_TRANSLATE_NOOP("pm::Field", "Name")},
    {"role", QT_TRANSLATE_NOOP("pm::Field", "Role")},
    {"side", QT_TRANSLATE_NOOP("pm::Field", "Side")},
    {"kind", QT_TRANSLATE_NOOP("pm::Field", "Kind")},
    {"parent", QT_TRANSLATE_NOOP("pm::Field", "Inside")},
    {"description", QT_TRANSLATE_NOOP("pm::Field", "Description")},
    {"component", QT_TRANSLATE_NOOP("pm::Field", "Component")},
    {"likelihood", QT_TRANSLATE_NOOP("pm::Field", "Likelihood")},
    {"blastRadius", QT_TRANSLATE_NOOP("pm::Field", "Blast radius")},
    {"category", QT_TRANSLATE_NOOP("pm::Field", "Category")},
    {"outcome", QT_TRANSLATE_NOOP("pm::Field", "Outcome")},
    {"outcomeDate", QT_TRANSLATE_NOOP("pm::Field", "Outcome date")},
    {"outcomeRef", QT_TRANSLATE_NOOP("pm::Field", "Post-mortem link")},
    {"text", QT_TRANSLATE_NOOP("pm::Field", "Text")},
    {"author", QT_TRANSLATE_NOOP("pm::Field", "Author")},
    {"colour", QT_TRANSLATE_NOOP("pm::Field", "Colour")},
    {"hidden", QT_TRANSLATE_NOOP("pm::Field", "Hidden")},
    {"failureMode", QT_TRANSLATE_NOOP("pm::Field", "Failure mode")},
    {"type", QT_TRANSLATE_NOOP("pm::Field", "Type")},
    {"owner", QT_TRANSLATE_NOOP("pm::Field", "Owner")},
    {"due", QT_TRANSLATE_NOOP("pm::Field", "Due date")},
    {"status", QT_TRANSLATE_NOOP("pm::Field", "Status")},
    {"destination", QT_TRANSLATE_NOOP("pm::Field", "Destination")},
    {"residualLikelihood", QT_TRANSLATE_NOOP("pm::Field", "Residual likelihood")},
    {"residualBlastRadius", QT_TRANSLATE_NOOP("pm::Field", "Residual blast radius")},
    {"participant", QT_TRANSLATE_NOOP("pm::Field", "Voter")},
    {"dots", QT_TRANSLATE_NOOP("pm::Field", "Dots")},
    {"likelihoodLabels", QT_TRANSLATE_NOOP("pm::Field", "Likelihood wording")},
    {"blastRadiusLabels", QT_TRANSLATE_NOOP("pm::Field", "Blast radius wording")},
    {"anonymous", QT_TRANSLATE_NOOP("pm::Field", "Anonymous")},
    {"recordAuthors", QT_TRANSLATE_NOOP("pm::Field", "Record authors")},
    {"voteBudget", QT_TRANSLATE_NOOP("pm::Field", "Dots per person")},
    {"votingOpen", QT_TRANSLATE_NOOP("pm::Field", "Voting open")},
    {"preparedFor", QT_TRANSLATE_NOOP("pm::Field", "Prepared for")},
    {"surprise", QT_TRANSLATE_NOOP("pm::Field", "Surprise")},
    {"effect", QT_TRANSLATE_NOOP("pm::Field", "Helped?")},
    {"userFacing", QT_TRANSLATE_NOOP("pm::Field", "User-facing")},
    {"fromComponent", QT_TRANSLATE_NOOP("pm::Field", "Depending component")},
    {"toComponent", QT_TRANSLATE_NOOP("pm::Field", "Depends on")},
    {"label", QT_TRANSLATE_NOOP("pm::Field", "Label")},
    {"unprotected", QT_TRANSLATE_NOOP("pm::Field", "No SLA or fallback")},
    {"estimatesRevealed", QT_TRANSLATE_NOOP("pm::Field", "Estimates revealed")},
};

int fieldIndex(const TableSpec &spec, const char *name)
{
    for (size_t i = 0; i < spec.fields.size(); ++i) {
        if (qstrcmp(spec.fields[i].name, name) == 0)
            return int(i);
    }
    return -2;
}

// A vocabulary key in the words of its vocabulary; the field's keys tell which one it is.
template <typename E> std::optional<QString> keyName(const FieldSpec &field, const QString &key)
{
    if (field.keys != allKeys<E>())
        return std::nullopt;
    const std::optional<E> value = fromKey<E>(key);
    return value ? displayName(*value) : key;
}

QString keyText(const FieldSpec &f, const QString &key)
{
    for (const auto &name :
         {keyName<Category>(f, key), keyName<Phase>(f, key), keyName<Role>(f, key),
          keyName<Side>(f, key), keyName<ComponentKind>(f, key), keyName<MitigationType>(f, key),
          keyName<MitigationStatus>(f, key), keyName<Destination>(f, key), keyName<Outcome>(f, key),
          keyName<Effect>(f, key), keyName<DependencyKind>(f, key)}) {
        if (name)
            return *name;
    }
    return key;
}

QString quoted(const QString &text)
{
    return tr("“%1”").arg(text);
}

QString valueText(const FieldSpec &f, const QVariant &v, const RowLookup &lookup)
{
    if (v.isNull())
        return tr("none");
    switch (f.type) {
    case FieldType::Text:
        return v.toString().isEmpty() ? tr("empty") : quoted(elided(v.toString()));
    case FieldType::Uuid: {
        const QUuid id = QUuid::fromString(v.toString());
        if (const std::optional<AnyRow> row = lookup ? lookup(f.references, id) : std::nullopt)
            return rowTitle(*row, lookup);
        return id.toString(QUuid::WithoutBraces).left(8);
    }
    case FieldType::Integer:
        return QString::number(v.toLongLong());
    case FieldType::Real:
        return QString::number(v.toDouble());
    case FieldType::Bool:
        return v.toBool() ? tr("yes") : tr("no");
    case FieldType::Key:
        return keyText(f, v.toString());
    case FieldType::Date:
    case FieldType::Colour:
        return v.toString().isEmpty() ? tr("none") : v.toString();
    }
    return v.toString();
}

} // namespace

QString fieldLabel(const FieldSpec &field)
{
    for (const FieldWord &w : kFieldWords) {
        if (qstrcmp(w.name, field.name) == 0)
            return QCoreApplication::translate("pm::Field", w.label);
    }
    return QString::fromLatin1(field.name);
}

QString elided(const QString &text, int maxLength)
{
    const QString line = text.simplified();
    return line.size() <= maxLength ? line : line.left(maxLength - 1) + QChar(0x2026);
}

QString capitalised(const QString &text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.mid(1);
}

QList<QList<int>> fieldAspects(const TableSpec &spec)
{
    const int x = fieldIndex(spec, "x"), y = fieldIndex(spec, "y");
    const int width = fieldIndex(spec, "width"), height = fieldIndex(spec, "height");
    QList<QList<int>> aspects;
    for (int i = 0; i < int(spec.fields.size()); ++i) {
        if (i == x && y >= 0)
            aspects << QList<int>{x, y};
        else if (i == width && height >= 0)
            aspects << QList<int>{width, height};
        else if ((i == y && x >= 0) || (i == height && width >= 0))
            continue;
        else
            aspects << QList<int>{i};
    }
    return aspects;
}

QString aspectLabel(const TableSpec &spec, const QList<int> &aspect)
{
    if (aspect.size() == 2)
        return qstrcmp(spec.fields[size_t(aspect[0])].name, "x") == 0 ? tr("Position") : tr("Size");
    if (aspect.value(0) == FieldClocks::kDeleted)
        return tr("Deleted");
    return fieldLabel(spec.fields[size_t(aspect.value(0))]);
}

QString aspectValue(const TableSpec &spec, const QList<int> &aspect, const QVariantList &values,
                    const RowLookup &lookup)
{
    if (aspect.size() == 2) {
        const QString a = QString::number(values.value(aspect[0]).toDouble());
        const QString b = QString::number(values.value(aspect[1]).toDouble());
        return qstrcmp(spec.fields[size_t(aspect[0])].name, "x") == 0 ? tr("(%1, %2)").arg(a, b)
                                                                      : tr("%1 × %2").arg(a, b);
    }
    return valueText(spec.fields[size_t(aspect.value(0))], values.value(aspect.value(0)), lookup);
}

QString rowTitle(const AnyRow &row, const RowLookup &lookup)
{
    return std::visit(
        [&](const auto &r) -> QString {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, WorkshopInfo>) {
                return tr("the workshop");
            } else if constexpr (std::is_same_v<T, Participant> || std::is_same_v<T, Component>) {
                return quoted(elided(r.name));
            } else if constexpr (std::is_same_v<T, FailureMode>) {
                return quoted(elided(r.title));
            } else if constexpr (std::is_same_v<T, Note>) {
                return quoted(elided(r.text));
            } else if constexpr (std::is_same_v<T, Mitigation>) {
                return quoted(elided(r.description));
            } else if constexpr (std::is_same_v<T, Dependency>) {
                const QVariantList v = r.values();
                return tr("the dependency of %1 on %2")
                    .arg(valueText(T::spec().fields[0], v[0], lookup),
                         valueText(T::spec().fields[1], v[1], lookup));
            } else if constexpr (std::is_same_v<T, Estimate>) {
                // Never the participant: estimates may be anonymous and hidden.
                return tr("an estimate on %1")
                    .arg(valueText(T::spec().fields[1], r.values()[1], lookup));
            } else {
                const FieldSpec &voter = Vote::spec().fields[0];
                const FieldSpec &mode = Vote::spec().fields[1];
                const QVariantList v = r.values();
                return tr("the vote of %1 on %2")
                    .arg(valueText(voter, v[0], lookup), valueText(mode, v[1], lookup));
            }
        },
        row);
}

} // namespace pm

#include "entities.h"

namespace pm {

namespace {

QVariant uuidValue(const QUuid &id)
{
    return id.isNull() ? QVariant() : QVariant(id.toString(QUuid::WithoutBraces));
}

QUuid toUuid(const QVariant &v)
{
    return v.isNull() ? QUuid() : QUuid::fromString(v.toString());
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

template <typename E> E toEnum(const QVariant &v)
{
    return fromKey<E>(v.toString()).value_or(E(0));
}

// Values reach fromValues() only after the row codec has checked their types against the spec.
int toInt(const QVariant &v)
{
    return int(v.toLongLong());
}

} // namespace

bool RowMeta::operator==(const RowMeta &o) const
{
    return id == o.id && created == o.created && modified == o.modified && writer == o.writer &&
           hlc == o.hlc && deleted == o.deleted && clocks == o.clocks;
}

// ---- WorkshopInfo ----
const TableSpec &WorkshopInfo::spec()
{
    static const TableSpec s{
        EntityKind::Workshop,
        "workshop",
        "workshop",
        QT_TRANSLATE_NOOP("pm::Entity", "workshop"),
        {FieldSpec::text("title", kMaxTitleLength, true), FieldSpec::text("system", kMaxNameLength),
         FieldSpec::text("scenario", kMaxLongTextLength), FieldSpec::date("horizon"),
         FieldSpec::text("template", kMaxNameLength), FieldSpec::key<Phase>("phase"),
         FieldSpec::text("likelihoodLabels", kMaxAxisWordingLength),
         FieldSpec::text("blastRadiusLabels", kMaxAxisWordingLength),
         FieldSpec::boolean("anonymous"), FieldSpec::boolean("recordAuthors"),
         FieldSpec::integer("voteBudget", 1, 99), FieldSpec::boolean("votingOpen"),
         FieldSpec::uuid("preparedFor", EntityKind::Participant),
         FieldSpec::boolean("estimatesRevealed")}};
    return s;
}
QVariantList WorkshopInfo::values() const
{
    return {title,
            system,
            scenario,
            dateValue(horizon),
            templateId,
            keyOf(phase),
            likelihoodLabels,
            blastRadiusLabels,
            anonymous,
            recordAuthors,
            qlonglong(voteBudget),
            votingOpen,
            uuidValue(preparedFor),
            estimatesRevealed};
}
WorkshopInfo WorkshopInfo::fromValues(const RowMeta &meta, const QVariantList &v)
{
    WorkshopInfo r;
    r.meta = meta;
    r.title = v[0].toString();
    r.system = v[1].toString();
    r.scenario = v[2].toString();
    r.horizon = toDate(v[3]);
    r.templateId = v[4].toString();
    r.phase = toEnum<Phase>(v[5]);
    r.likelihoodLabels = v[6].toString();
    r.blastRadiusLabels = v[7].toString();
    r.anonymous = v[8].toBool();
    r.recordAuthors = v[9].toBool();
    r.voteBudget = toInt(v[10]);
    r.votingOpen = v[11].toBool();
    r.preparedFor = toUuid(v[12]);
    r.estimatesRevealed = v[13].toBool();
    return r;
}

// ---- Participant ----
const TableSpec &Participant::spec()
{
    static const TableSpec s{EntityKind::Participant,
                             "participant",
                             "participants",
                             QT_TRANSLATE_NOOP("pm::Entity", "participant"),
                             {FieldSpec::text("name", kMaxNameLength, true),
                              FieldSpec::key<Role>("role"), FieldSpec::key<Side>("side")}};
    return s;
}
QVariantList Participant::values() const
{
    return {name, keyOf(role), keyOf(side)};
}
Participant Participant::fromValues(const RowMeta &meta, const QVariantList &v)
{
    Participant r;
    r.meta = meta;
    r.name = v[0].toString();
    r.role = toEnum<Role>(v[1]);
    r.side = toEnum<Side>(v[2]);
    return r;
}

// ---- Component ----
const TableSpec &Component::spec()
{
    static const TableSpec s{
        EntityKind::Component,
        "component",
        "components",
        QT_TRANSLATE_NOOP("pm::Entity", "component"),
        {FieldSpec::text("name", kMaxNameLength, true), FieldSpec::key<ComponentKind>("kind"),
         FieldSpec::real("x", -kMaxCoordinate, kMaxCoordinate),
         FieldSpec::real("y", -kMaxCoordinate, kMaxCoordinate),
         FieldSpec::real("width", 0, kMaxCoordinate), FieldSpec::real("height", 0, kMaxCoordinate),
         FieldSpec::uuid("parent", EntityKind::Component), FieldSpec::boolean("userFacing")}};
    return s;
}
QVariantList Component::values() const
{
    return {name, keyOf(kind), x, y, width, height, uuidValue(parent), userFacing};
}
Component Component::fromValues(const RowMeta &meta, const QVariantList &v)
{
    Component r;
    r.meta = meta;
    r.name = v[0].toString();
    r.kind = toEnum<ComponentKind>(v[1]);
    r.x = v[2].toDouble();
    r.y = v[3].toDouble();
    r.width = v[4].toDouble();
    r.height = v[5].toDouble();
    r.parent = toUuid(v[6]);
    r.userFacing = v[7].toBool();
    return r;
}

// ---- FailureMode ----
const TableSpec &FailureMode::spec()
{
    static const TableSpec s{
        EntityKind::FailureMode,
        "failureMode",
        "failureModes",
        QT_TRANSLATE_NOOP("pm::Entity", "failure mode"),
        {FieldSpec::text("title", kMaxTitleLength, true),
         FieldSpec::text("description", kMaxLongTextLength),
         FieldSpec::uuid("component", EntityKind::Component),
         FieldSpec::integer("likelihood", 0, 5), FieldSpec::integer("blastRadius", 0, 5),
         FieldSpec::key<Category>("category"), FieldSpec::key<Outcome>("outcome"),
         FieldSpec::date("outcomeDate"), FieldSpec::text("outcomeRef", kMaxTitleLength * 4),
         FieldSpec::boolean("surprise")}};
    return s;
}
QVariantList FailureMode::values() const
{
    return {title,
            description,
            uuidValue(component),
            qlonglong(likelihood),
            qlonglong(blastRadius),
            keyOf(category),
            keyOf(outcome),
            dateValue(outcomeDate),
            outcomeRef,
            surprise};
}
FailureMode FailureMode::fromValues(const RowMeta &meta, const QVariantList &v)
{
    FailureMode r;
    r.meta = meta;
    r.title = v[0].toString();
    r.description = v[1].toString();
    r.component = toUuid(v[2]);
    r.likelihood = toInt(v[3]);
    r.blastRadius = toInt(v[4]);
    r.category = toEnum<Category>(v[5]);
    r.outcome = toEnum<Outcome>(v[6]);
    r.outcomeDate = toDate(v[7]);
    r.outcomeRef = v[8].toString();
    r.surprise = v[9].toBool();
    return r;
}

// ---- Note ----
const TableSpec &Note::spec()
{
    static const TableSpec s{
        EntityKind::Note,
        "note",
        "notes",
        QT_TRANSLATE_NOOP("pm::Entity", "note"),
        {FieldSpec::text("text", kMaxLongTextLength, true),
         FieldSpec::uuid("author", EntityKind::Participant), FieldSpec::key<Category>("category"),
         FieldSpec::colour("colour"), FieldSpec::real("x", -kMaxCoordinate, kMaxCoordinate),
         FieldSpec::real("y", -kMaxCoordinate, kMaxCoordinate),
         FieldSpec::real("width", 0, kMaxCoordinate), FieldSpec::real("height", 0, kMaxCoordinate),
         FieldSpec::boolean("hidden"), FieldSpec::uuid("component", EntityKind::Component),
         FieldSpec::uuid("failureMode", EntityKind::FailureMode)}};
    return s;
}
QVariantList Note::values() const
{
    return {text,   uuidValue(author),    keyOf(category),       colour, x, y, width, height,
            hidden, uuidValue(component), uuidValue(failureMode)};
}
Note Note::fromValues(const RowMeta &meta, const QVariantList &v)
{
    Note r;
    r.meta = meta;
    r.text = v[0].toString();
    r.author = toUuid(v[1]);
    r.category = toEnum<Category>(v[2]);
    r.colour = v[3].toString();
    r.x = v[4].toDouble();
    r.y = v[5].toDouble();
    r.width = v[6].toDouble();
    r.height = v[7].toDouble();
    r.hidden = v[8].toBool();
    r.component = toUuid(v[9]);
    r.failureMode = toUuid(v[10]);
    return r;
}

// ---- Mitigation ----
const TableSpec &Mitigation::spec()
{
    static const TableSpec s{
        EntityKind::Mitigation,
        "mitigation",
        "mitigations",
        QT_TRANSLATE_NOOP("pm::Entity", "mitigation"),
        {FieldSpec::uuid("failureMode", EntityKind::FailureMode, true),
         FieldSpec::key<MitigationType>("type"),
         FieldSpec::text("description", kMaxLongTextLength, true),
         FieldSpec::text("owner", kMaxNameLength), FieldSpec::date("due"),
         FieldSpec::key<MitigationStatus>("status"), FieldSpec::key<Destination>("destination"),
         FieldSpec::integer("residualLikelihood", 0, 5),
         FieldSpec::integer("residualBlastRadius", 0, 5), FieldSpec::key<Effect>("effect")}};
    return s;
}
QVariantList Mitigation::values() const
{
    return {uuidValue(failureMode),
            keyOf(type),
            description,
            owner,
            dateValue(due),
            keyOf(status),
            keyOf(destination),
            qlonglong(residualLikelihood),
            qlonglong(residualBlastRadius),
            keyOf(effect)};
}
Mitigation Mitigation::fromValues(const RowMeta &meta, const QVariantList &v)
{
    Mitigation r;
    r.meta = meta;
    r.failureMode = toUuid(v[0]);
    r.type = toEnum<MitigationType>(v[1]);
    r.description = v[2].toString();
    r.owner = v[3].toString();
    r.due = toDate(v[4]);
    r.status = toEnum<MitigationStatus>(v[5]);
    r.destination = toEnum<Destination>(v[6]);
    r.residualLikelihood = toInt(v[7]);
    r.residualBlastRadius = toInt(v[8]);
    r.effect = toEnum<Effect>(v[9]);
    return r;
}

// ---- Vote ----
const TableSpec &Vote::spec()
{
    static const TableSpec s{EntityKind::Vote,
                             "vote",
                             "votes",
                             QT_TRANSLATE_NOOP("pm::Entity", "vote"),
                             {FieldSpec::uuid("participant", EntityKind::Participant, true),
                              FieldSpec::uuid("failureMode", EntityKind::FailureMode, true),
                              FieldSpec::integer("dots", 1, 99)}};
    return s;
}
QVariantList Vote::values() const
{
    return {uuidValue(participant), uuidValue(failureMode), qlonglong(dots)};
}
Vote Vote::fromValues(const RowMeta &meta, const QVariantList &v)
{
    Vote r;
    r.meta = meta;
    r.participant = toUuid(v[0]);
    r.failureMode = toUuid(v[1]);
    r.dots = toInt(v[2]);
    return r;
}

// ---- Dependency ----
const TableSpec &Dependency::spec()
{
    static const TableSpec s{EntityKind::Dependency,
                             "dependency",
                             "dependencies",
                             QT_TRANSLATE_NOOP("pm::Entity", "dependency"),
                             {FieldSpec::uuid("fromComponent", EntityKind::Component, true),
                              FieldSpec::uuid("toComponent", EntityKind::Component, true),
                              FieldSpec::key<DependencyKind>("kind"),
                              FieldSpec::text("label", kMaxTitleLength),
                              FieldSpec::boolean("unprotected")}};
    return s;
}
QVariantList Dependency::values() const
{
    return {uuidValue(from), uuidValue(to), keyOf(kind), label, unprotected};
}
Dependency Dependency::fromValues(const RowMeta &meta, const QVariantList &v)
{
    Dependency r;
    r.meta = meta;
    r.from = toUuid(v[0]);
    r.to = toUuid(v[1]);
    r.kind = toEnum<DependencyKind>(v[2]);
    r.label = v[3].toString();
    r.unprotected = v[4].toBool();
    return r;
}

// ---- Estimate ----
const TableSpec &Estimate::spec()
{
    static const TableSpec s{EntityKind::Estimate,
                             "estimate",
                             "estimates",
                             QT_TRANSLATE_NOOP("pm::Entity", "estimate"),
                             {FieldSpec::uuid("participant", EntityKind::Participant, true),
                              FieldSpec::uuid("failureMode", EntityKind::FailureMode, true),
                              FieldSpec::integer("likelihood", 1, 5),
                              FieldSpec::integer("blastRadius", 1, 5)}};
    return s;
}
QVariantList Estimate::values() const
{
    return {uuidValue(participant), uuidValue(failureMode), qlonglong(likelihood),
            qlonglong(blastRadius)};
}
Estimate Estimate::fromValues(const RowMeta &meta, const QVariantList &v)
{
    Estimate r;
    r.meta = meta;
    r.participant = toUuid(v[0]);
    r.failureMode = toUuid(v[1]);
    r.likelihood = toInt(v[2]);
    r.blastRadius = toInt(v[3]);
    return r;
}

QUuid estimateId(const QUuid &participant, const QUuid &failureMode)
{
    // Fixed forever: files made by different versions must derive the same ids.
    static const QUuid kNamespace = QUuid::fromString(u"9b3e6c1a-52d4-4f0e-8a7b-e1c45d2f6a83");
    return QUuid::createUuidV5(kNamespace, participant.toRfc4122() + failureMode.toRfc4122());
}

// ---- AnyRow helpers ----
const RowMeta &metaOf(const AnyRow &row)
{
    return std::visit([](const auto &r) -> const RowMeta & { return r.meta; }, row);
}

EntityKind kindOf(const AnyRow &row)
{
    return std::visit([](const auto &r) { return std::decay_t<decltype(r)>::spec().kind; }, row);
}

const std::vector<const TableSpec *> &allSpecs()
{
    static const std::vector<const TableSpec *> specs{
        &WorkshopInfo::spec(), &Participant::spec(), &Component::spec(),
        &FailureMode::spec(),  &Note::spec(),        &Mitigation::spec(),
        &Vote::spec(),         &Dependency::spec(),  &Estimate::spec()};
    return specs;
}

const TableSpec &specOf(EntityKind kind)
{
    for (const TableSpec *s : allSpecs()) {
        if (s->kind == kind)
            return *s;
    }
    Q_UNREACHABLE();
}

} // namespace pm

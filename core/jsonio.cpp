#include "jsonio.h"

#include "anonymity.h"
#include "rowcodec.h"
#include "version.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::Json", text);
}

// Namespace for ids derived from hand-written keys; fixed forever so imports stay stable.
const QUuid kKeyNamespace = QUuid::fromString(u"6f1c2a5e-3b7d-4c1e-9a0b-5d2e8f4c7a10");

bool isUuidText(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QUuid idFromText(const QString &text)
{
    if (isUuidText(text))
        return QUuid::fromString(text);
    return QUuid::createUuidV5(kKeyNamespace, text);
}

QJsonObject rowToJson(const AnyRow &row)
{
    const RowMeta &m = metaOf(row);
    const TableSpec &spec = specOf(kindOf(row));
    QJsonObject o;
    o.insert(QStringLiteral("id"), m.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("created"), timestampToText(m.created));
    o.insert(QStringLiteral("modified"), timestampToText(m.modified));
    o.insert(QStringLiteral("writer"), m.writer.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("hlc"), QJsonValue(m.hlc));
    if (m.deleted)
        o.insert(QStringLiteral("deleted"), true);
    if (!m.clocks.isEmpty())
        o.insert(QStringLiteral("clocks"), m.clocks.toText(spec));
    const QVariantList values = valuesOf(row);
    for (size_t i = 0; i < spec.fields.size(); ++i)
        o.insert(QString::fromLatin1(spec.fields[i].name),
                 toJsonValue(spec.fields[i], values[int(i)]));
    return o;
}

struct Defaults
{
    qint64 timestamp;
    QUuid writer;
};

Result<AnyRow> rowFromJson(const TableSpec &spec, const QJsonValue &value, const Defaults &defaults)
{
    if (!value.isObject())
        return Error{
            Error::InvalidInput,
            tr("Each entry of “%1” must be an object.").arg(QString::fromLatin1(spec.jsonArray))};
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value(QStringLiteral("id"));
    if (!id.isString() || id.toString().isEmpty() || id.toString().size() > 200)
        return Error{Error::InvalidInput, tr("A %1 has no usable “id”.").arg(spec.displayNoun())};
    RowMeta m;
    m.id = idFromText(id.toString());
    auto timestamp = [&](const char *key) -> std::optional<qint64> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return defaults.timestamp;
        return v.isString() ? timestampFromText(v.toString()) : std::nullopt;
    };
    const std::optional<qint64> created = timestamp("created"), modified = timestamp("modified");
    if (!created || !modified)
        return fieldError(spec, m.id, "created", tr("is not a time like 2026-01-31T12:00:00.000Z"));
    m.created = *created;
    m.modified = *modified;
    const QJsonValue writer = o.value(QStringLiteral("writer"));
    m.writer = writer.isString() ? QUuid::fromString(writer.toString()) : defaults.writer;
    if (m.writer.isNull())
        return fieldError(spec, m.id, "writer", tr("is not a valid identifier"));
    const QJsonValue hlc = o.value(QStringLiteral("hlc"));
    if (!hlc.isUndefined() &&
        (!hlc.isDouble() || hlc.toDouble() < 0 || hlc.toDouble() > double(kMaxHlc) ||
         hlc.toDouble() != std::floor(hlc.toDouble())))
        return fieldError(spec, m.id, "hlc", tr("is not a clock (a whole number below 2^53)"));
    m.hlc = hlc.isDouble() ? qint64(hlc.toDouble()) : FieldClocks::baseClock(m.modified);
    const QJsonValue deleted = o.value(QStringLiteral("deleted"));
    if (!deleted.isUndefined() && !deleted.isBool())
        return fieldError(spec, m.id, "deleted", tr("expected true or false"));
    m.deleted = deleted.toBool(false);

    QVariantList values;
    for (const FieldSpec &f : spec.fields) {
        const QJsonValue json = o.value(QLatin1String(f.name));
        Result<QVariant> v = [&]() -> Result<QVariant> {
            if (json.isUndefined()) { // absent: the field's default, as a new row would have it
                return visitKind(spec.kind, [&](auto tag) {
                    const QVariantList d = tag.values();
                    return d.at(int(&f - spec.fields.data()));
                });
            }
            if (f.type == FieldType::Uuid && json.isString())
                return QVariant(idFromText(json.toString()).toString(QUuid::WithoutBraces));
            return fromJsonValue(f, json);
        }();
        if (!v)
            return fieldError(spec, m.id, f.name, v.error().message);
        values << std::move(v).value();
    }
    if (Status s = validateValues(spec, m.id, values); !s)
        return s.error();
    const QJsonValue clocks = o.value(QStringLiteral("clocks"));
    if (!clocks.isUndefined()) {
        if (!clocks.isString())
            return fieldError(spec, m.id, "clocks", tr("has the wrong JSON type"));
        Result<FieldClocks> parsed =
            FieldClocks::fromText(spec, m.id, clocks.toString(), FieldClocks::baseClock(m.created));
        if (!parsed)
            return parsed.error();
        if (Status s = parsed->checkRow(spec, m.id, m.deleted, values); !s)
            return s.error();
        m.clocks = std::move(parsed).value();
    }
    AnyRow row = makeRow(spec.kind, m, values);
    // A hand-written estimate cannot know its derived id (file-format.md); a UUID must be right.
    if (auto *e = std::get_if<Estimate>(&row); e && !isUuidText(id.toString()))
        e->meta.id = estimateId(e->participant, e->failureMode);
    return row;
}

// In an anonymous workshop nobody, the export included, may tell whose estimate is whose. Each
// person who estimated is replaced by an estimator of their own, "Estimator 3", whose id is made
// from a random salt drawn for this export only: stable within the export (one person's estimates
// stay together, so the spread and the median are right), unrelated to the person and to any
// other export. The rows carry no writer, clock or time that could point back to a device or a
// note written at the same moment, and come sorted by value. Cleared estimates are left out.
// The export still imports (the estimators are participants of the file) and merges, as a copy
// with its own estimators.
ChangeSet anonymousEstimates(const Workshop &workshop)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    const QUuid saltSpace = QUuid::createUuidV5(kKeyNamespace, salt.toHex());
    const QUuid writer = QUuid::createUuidV5(kKeyNamespace, QStringLiteral("anonymous-estimates"));
    QList<Estimate> estimates;
    qint64 modified = workshop.info().meta.created;
    qint64 hlc = 0;
    QHash<QUuid, QUuid> estimatorOf; // person -> this export's estimator
    for (const Estimate &e : workshop.rows<Estimate>()) {
        if (!workshop.findLive<Participant>(e.participant) ||
            !workshop.findLive<FailureMode>(e.failureMode))
            continue;
        if (!estimatorOf.contains(e.participant))
            estimatorOf.insert(e.participant,
                               QUuid::createUuidV5(saltSpace, e.participant.toString()));
        modified = qMax(modified, e.meta.modified);
        hlc = qMax(hlc, e.meta.hlc);
        estimates << e;
    }
    // Numbered in the order of the random ids, so the numbers say nothing either.
    QList<QUuid> estimators = estimatorOf.values();
    std::sort(estimators.begin(), estimators.end());
    ChangeSet rows;
    for (qsizetype i = 0; i < estimators.size(); ++i) {
        Participant p;
        p.meta.id = estimators[i];
        p.meta.created = p.meta.modified = workshop.info().meta.created;
        p.meta.hlc = FieldClocks::baseClock(p.meta.created);
        p.meta.writer = writer;
        p.name = QCoreApplication::translate("pm::Json", "Estimator %1").arg(i + 1);
        rows << p;
    }
    for (Estimate &e : estimates) {
        e.participant = estimatorOf.value(e.participant);
        e.meta = RowMeta();
        e.meta.id = estimateId(e.participant, e.failureMode);
        e.meta.created = e.meta.modified = modified;
        e.meta.hlc = qMax(hlc, FieldClocks::baseClock(modified));
        e.meta.writer = writer;
    }
    std::sort(estimates.begin(), estimates.end(), [](const Estimate &a, const Estimate &b) {
        return std::tie(a.failureMode, a.likelihood, a.blastRadius, a.participant) <
               std::tie(b.failureMode, b.likelihood, b.blastRadius, b.participant);
    });
    for (const Estimate &e : std::as_const(estimates))
        rows << e;
    return rows;
}

QByteArray exportRows(const Workshop &workshop, bool forReaders)
{
    QJsonObject root;
    root.insert(QStringLiteral("formatVersion"), kJsonFormatVersion);
    root.insert(QStringLiteral("generator"), QStringLiteral("Premortem " PREMORTEM_VERSION));
    QHash<EntityKind, QJsonArray> arrays;
    const bool anonymous = forReaders && !showsAuthors(workshop.info());
    for (const AnyRow &row : workshop.allRows()) {
        if (kindOf(row) == EntityKind::Workshop && !metaOf(row).deleted)
            root.insert(QStringLiteral("workshop"), rowToJson(row));
        else if (kindOf(row) != EntityKind::Workshop &&
                 !(anonymous && kindOf(row) == EntityKind::Estimate))
            arrays[kindOf(row)].append(rowToJson(row));
    }
    if (anonymous) {
        for (const AnyRow &row : anonymousEstimates(workshop))
            arrays[kindOf(row)].append(rowToJson(row));
    }
    for (const TableSpec *spec : allSpecs()) {
        if (spec->kind != EntityKind::Workshop)
            root.insert(QString::fromLatin1(spec->jsonArray), arrays.value(spec->kind));
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QByteArray exportJson(const Workshop &workshop)
{
    return exportRows(workshop, false);
}

QByteArray exportJsonForReaders(const Workshop &workshop)
{
    return exportRows(workshop, true);
}

Result<ChangeSet> parseJson(const QByteArray &json)
{
    if (json.size() > kMaxJsonBytes)
        return Error{Error::InvalidInput,
                     tr("The JSON file is %1 MB; at most %2 MB can be imported.")
                         .arg(json.size() / (1024 * 1024))
                         .arg(kMaxJsonBytes / (1024 * 1024))};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Error::InvalidInput, tr("The file is not valid JSON: %1 at byte %2.")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!doc.isObject() || !version.isDouble())
        return Error{
            Error::InvalidInput,
            tr("The file is JSON but not a Premortem export (it has no “formatVersion”).")};
    if (version.toInt() > kJsonFormatVersion)
        return Error{Error::Unsupported,
                     tr("The JSON was written by a newer Premortem (format %1; this version reads "
                        "up to %2). Update Premortem to import it.")
                         .arg(version.toInt())
                         .arg(kJsonFormatVersion)};
    if (version.toInt() < 1)
        return Error{Error::InvalidInput, tr("The JSON has an invalid “formatVersion”.")};
    const QJsonObject workshop = root.value(QStringLiteral("workshop")).toObject();
    if (workshop.isEmpty())
        return Error{Error::InvalidInput, tr("The JSON has no “workshop” object.")};

    // Hand-written files may leave out bookkeeping: it then defaults to the workshop's creation
    // time (or now) and a fixed writer, so the same file always imports to the same rows.
    Defaults defaults{QDateTime::currentMSecsSinceEpoch(),
                      QUuid::createUuidV5(kKeyNamespace, QStringLiteral("json-import"))};
    if (const auto t = timestampFromText(workshop.value(QStringLiteral("created")).toString()))
        defaults.timestamp = *t;

    ChangeSet rows;
    for (const TableSpec *spec : allSpecs()) {
        const QJsonArray entries = spec->kind == EntityKind::Workshop
                                       ? QJsonArray{workshop}
                                       : root.value(QString::fromLatin1(spec->jsonArray)).toArray();
        if (spec->kind != EntityKind::Workshop &&
            !root.value(QString::fromLatin1(spec->jsonArray)).isUndefined() &&
            !root.value(QString::fromLatin1(spec->jsonArray)).isArray())
            return Error{Error::InvalidInput,
                         tr("“%1” must be a list.").arg(QString::fromLatin1(spec->jsonArray))};
        for (const QJsonValue &entry : entries) {
            Result<AnyRow> row = rowFromJson(*spec, entry, defaults);
            if (!row)
                return row.error();
            rows << std::move(row).value();
        }
    }
    return rows;
}

Result<std::unique_ptr<Workshop>> importJson(const QByteArray &json, const QString &path)
{
    Result<ChangeSet> rows = parseJson(json);
    if (!rows)
        return rows.error();
    return Workshop::createFromRows(path, rows.value());
}

} // namespace pm

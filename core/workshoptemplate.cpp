#include "workshoptemplate.h"

#include "rowcodec.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>

#include <cmath>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::WorkshopTemplate", text);
}

Error problem(const QString &source, const QString &why)
{
    return Error{Error::InvalidInput, tr("The template %1 was skipped: %2").arg(source, why)};
}

// A text member: absent is empty; anything but a string is an error.
std::optional<QString> textMember(const QJsonObject &o, const char *key, int maxLength,
                                  QString *why)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return QString();
    if (!v.isString()) {
        *why = tr("“%1” must be text.").arg(QLatin1String(key));
        return std::nullopt;
    }
    if (v.toString().size() > maxLength) {
        *why = tr("“%1” is longer than %2 characters.").arg(QLatin1String(key)).arg(maxLength);
        return std::nullopt;
    }
    return v.toString();
}

std::optional<double> numberMember(const QJsonObject &o, const char *key, double fallback,
                                   double min, QString *why)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min ||
        v.toDouble() > kMaxCoordinate) {
        *why = tr("“%1” must be a number between %2 and %3.")
                   .arg(QLatin1String(key))
                   .arg(min)
                   .arg(kMaxCoordinate);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<TemplateComponent> parseComponent(const QJsonValue &value, int index,
                                                const QSet<QString> &earlier, QString *why)
{
    const QString where = tr("component %1: ").arg(index + 1);
    if (!value.isObject()) {
        *why = where + tr("must be an object.");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    TemplateComponent c;
    QString fieldWhy;
    const auto name = textMember(o, "name", kMaxNameLength, &fieldWhy);
    const auto kind = textMember(o, "kind", kMaxNameLength, &fieldWhy);
    const auto parent = textMember(o, "parent", kMaxNameLength, &fieldWhy);
    const auto x = numberMember(o, "x", 0, -kMaxCoordinate, &fieldWhy);
    const auto y = numberMember(o, "y", 0, -kMaxCoordinate, &fieldWhy);
    const auto width = numberMember(o, "width", c.width, 0, &fieldWhy);
    const auto height = numberMember(o, "height", c.height, 0, &fieldWhy);
    if (!name || !kind || !parent || !x || !y || !width || !height) {
        *why = where + fieldWhy;
        return std::nullopt;
    }
    if (name->trimmed().isEmpty()) {
        *why = where + tr("“name” is missing.");
        return std::nullopt;
    }
    const auto k = fromKey<ComponentKind>(kind->isEmpty() ? QStringLiteral("service") : *kind);
    if (!k) {
        *why = where + tr("the kind “%1” is unknown (known: %2).")
                           .arg(*kind, allKeys<ComponentKind>().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!parent->isEmpty() && !earlier.contains(*parent)) {
        *why = where + tr("the parent “%1” is not a component listed before it.").arg(*parent);
        return std::nullopt;
    }
    c.name = name->trimmed();
    c.kind = *k;
    c.parent = *parent;
    c.x = *x;
    c.y = *y;
    c.width = *width;
    c.height = *height;
    const QJsonValue userFacing = o.value(QLatin1String("userFacing"));
    if (!userFacing.isUndefined() && !userFacing.isBool()) {
        *why = where + tr("“userFacing” must be true or false.");
        return std::nullopt;
    }
    c.userFacing = userFacing.toBool(false);
    return c;
}

std::optional<TemplateDependency> parseDependency(const QJsonValue &value, int index,
                                                  const QSet<QString> &names, QString *why)
{
    const QString where = tr("dependency %1: ").arg(index + 1);
    if (!value.isObject()) {
        *why = where + tr("must be an object.");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    QString fieldWhy;
    const auto from = textMember(o, "from", kMaxNameLength, &fieldWhy);
    const auto to = textMember(o, "to", kMaxNameLength, &fieldWhy);
    const auto kind = textMember(o, "kind", kMaxNameLength, &fieldWhy);
    const auto label = textMember(o, "label", kMaxTitleLength, &fieldWhy);
    if (!from || !to || !kind || !label) {
        *why = where + fieldWhy;
        return std::nullopt;
    }
    for (const QString &end : {*from, *to}) {
        if (!names.contains(end)) {
            *why = where + tr("“%1” is not a component of the template.").arg(end);
            return std::nullopt;
        }
    }
    if (*from == *to) {
        *why = where + tr("a component cannot depend on itself.");
        return std::nullopt;
    }
    const auto k = fromKey<DependencyKind>(kind->isEmpty() ? QStringLiteral("sync-call") : *kind);
    if (!k) {
        *why = where + tr("the kind “%1” is unknown (known: %2).")
                           .arg(*kind, allKeys<DependencyKind>().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return TemplateDependency{*from, *to, *k, label->trimmed()};
}

} // namespace

const WorkshopTemplate *TemplateLibrary::find(const QString &id) const
{
    for (const WorkshopTemplate &t : templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

Result<WorkshopTemplate> parseTemplate(const QByteArray &json, const QString &source)
{
    if (json.size() > kMaxTemplateFileSize)
        return problem(source, tr("it is larger than %1 KiB.").arg(kMaxTemplateFileSize / 1024));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return problem(source, tr("it is not valid JSON (%1 at byte %2).")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    if (!doc.isObject())
        return problem(source, tr("it must hold one JSON object."));
    const QJsonObject o = doc.object();
    WorkshopTemplate t;
    t.source = source;
    QString why;
    const auto id = textMember(o, "id", 64, &why);
    const auto name = textMember(o, "name", kMaxNameLength, &why);
    const auto launchType = textMember(o, "launchType", kMaxNameLength, &why);
    const auto description = textMember(o, "description", kMaxLongTextLength, &why);
    const auto hint = textMember(o, "scenarioHint", kMaxLongTextLength, &why);
    if (!id || !name || !launchType || !description || !hint)
        return problem(source, why);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!idPattern.match(*id).hasMatch())
        return problem(source, tr("“id” must be lower-case letters, digits and dashes."));
    if (name->trimmed().isEmpty())
        return problem(source, tr("“name” is missing."));
    t.id = *id;
    t.name = name->trimmed();
    t.launchType = launchType->trimmed();
    t.description = description->trimmed();
    t.scenarioHint = hint->trimmed();

    const QJsonValue components = o.value(QLatin1String("components"));
    if (!components.isUndefined() && !components.isArray())
        return problem(source, tr("“components” must be a list."));
    const QJsonArray list = components.toArray();
    if (list.size() > kMaxTemplateComponents)
        return problem(source, tr("it has more than %1 components.").arg(kMaxTemplateComponents));
    QSet<QString> names;
    for (int i = 0; i < list.size(); ++i) {
        const auto c = parseComponent(list.at(i), i, names, &why);
        if (!c)
            return problem(source, why);
        if (names.contains(c->name))
            return problem(source, tr("the component name “%1” is used twice.").arg(c->name));
        names.insert(c->name);
        t.components << *c;
    }

    const QJsonValue dependencies = o.value(QLatin1String("dependencies"));
    if (!dependencies.isUndefined() && !dependencies.isArray())
        return problem(source, tr("“dependencies” must be a list."));
    const QJsonArray arrows = dependencies.toArray();
    if (arrows.size() > kMaxTemplateDependencies)
        return problem(source,
                       tr("it has more than %1 dependencies.").arg(kMaxTemplateDependencies));
    for (int i = 0; i < arrows.size(); ++i) {
        const auto d = parseDependency(arrows.at(i), i, names, &why);
        if (!d)
            return problem(source, why);
        t.dependencies << *d;
    }

    const QJsonValue emphasis = o.value(QLatin1String("emphasis"));
    if (!emphasis.isUndefined() && !emphasis.isArray())
        return problem(source, tr("“emphasis” must be a list of category keys."));
    for (const QJsonValue &v : emphasis.toArray()) {
        const auto category = fromKey<Category>(v.toString());
        if (!v.isString() || !category)
            return problem(source, tr("“emphasis” names an unknown category (known: %1).")
                                       .arg(allKeys<Category>().join(QStringLiteral(", "))));
        if (!t.emphasis.contains(*category))
            t.emphasis << *category;
    }
    return t;
}

Result<WorkshopTemplate> loadTemplateFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(name, file.errorString());
    // Read one byte more than allowed, so a huge file is refused without reading it all.
    return parseTemplate(file.read(kMaxTemplateFileSize + 1), name);
}

QString defaultUserTemplateDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/templates");
}

TemplateLibrary loadTemplates(const QString &userDir)
{
    TemplateLibrary library;
    QSet<QString> ids;
    const auto load = [&](const QDir &dir, bool builtIn) {
        const QStringList files =
            dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            Result<WorkshopTemplate> t = loadTemplateFile(dir.filePath(file));
            if (!t) {
                library.problems << t.error().message;
                continue;
            }
            if (ids.contains(t->id)) {
                library.problems << problem(file, tr("another template already has the id "
                                                     "“%1”.")
                                                      .arg(t->id))
                                        .message;
                continue;
            }
            ids.insert(t->id);
            t.value().builtIn = builtIn;
            library.templates << t.value();
        }
    };
    load(QDir(QStringLiteral(":/templates")), true);
    if (!userDir.isEmpty())
        load(QDir(userDir), false);
    return library;
}

ChangeSet templateChanges(const Workshop &workshop, const WorkshopTemplate &tmpl)
{
    WorkshopInfo info = workshop.info();
    info.templateId = tmpl.id;
    ChangeSet changes{info};
    QHash<QString, QUuid> ids;
    for (const TemplateComponent &t : tmpl.components) {
        Component c;
        c.meta.id = QUuid::createUuid();
        c.name = t.name;
        c.kind = t.kind;
        c.x = t.x;
        c.y = t.y;
        c.width = t.width;
        c.height = t.height;
        c.parent = ids.value(t.parent); // parsing made sure it came before
        c.userFacing = t.userFacing;
        ids.insert(t.name, c.meta.id);
        changes << c;
    }
    for (const TemplateDependency &t : tmpl.dependencies) {
        Dependency d;
        d.meta.id = QUuid::createUuid();
        d.from = ids.value(t.from);
        d.to = ids.value(t.to);
        d.kind = t.kind;
        d.label = t.label;
        changes << d;
    }
    return changes;
}

Result<ChangeSet> applyTemplate(Workshop &workshop, const WorkshopTemplate &tmpl)
{
    return workshop.apply(templateChanges(workshop, tmpl));
}

QString scenarioFromTemplate(const QDate &horizon, const QString &launch,
                             const QString &whatUsersSaw)
{
    const QString date =
        horizon.isValid() ? QLocale().toString(horizon, QLocale::LongFormat) : tr("<date>");
    const QString name = launch.trimmed().isEmpty() ? tr("<launch>") : launch.trimmed();
    const QString saw =
        whatUsersSaw.trimmed().isEmpty() ? tr("<what users saw>") : whatUsersSaw.trimmed();
    return tr("It is %1. %2 has failed. %3").arg(date, name, saw);
}

} // namespace pm

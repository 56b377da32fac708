#pragma once

// Launch-type templates: a new workshop starts with the components and layers such a launch
// usually has, a hint for the scenario, and the prompt categories worth stressing. Templates are
// JSON data files (docs/templates.md): five are built in (resources/templates, compiled in as Qt
// resources), and teams add their own in a user folder. A broken or hostile user template is
// skipped with a message naming the file; the others still load.

#include "entities.h"
#include "result.h"

#include <QStringList>

namespace pm {

class Workshop;

struct TemplateComponent
{
    QString name;
    ComponentKind kind = ComponentKind::Service;
    QString parent; // the name of an earlier component of the template, or empty
    double x = 0, y = 0, width = 240, height = 160;
    bool userFacing = false;
};

// "from depends on to", by the components' names in the template.
struct TemplateDependency
{
    QString from;
    QString to;
    DependencyKind kind = DependencyKind::SyncCall;
    QString label;
};

struct WorkshopTemplate
{
    QString id; // lower-case letters, digits and dashes; stored in WorkshopInfo::templateId
    QString name;
    QString launchType;
    QString description;
    QString scenarioHint; // what users might see, for the "<what users saw>" part
    QList<TemplateComponent> components;
    QList<TemplateDependency> dependencies;
    QList<Category> emphasis; // prompt categories to stress
    QString source;           // the file it came from, for messages
    bool builtIn = false;
};

struct TemplateLibrary
{
    QList<WorkshopTemplate> templates; // built-in first, then user templates by file name
    QStringList problems;              // one message per skipped file
    const WorkshopTemplate *find(const QString &id) const;
};

// Template files larger than this are refused unread.
constexpr qint64 kMaxTemplateFileSize = 256 * 1024;
constexpr int kMaxTemplateComponents = 200;
constexpr int kMaxTemplateDependencies = 1000;

// Reads one template; the error message names `source`.
Result<WorkshopTemplate> parseTemplate(const QByteArray &json, const QString &source);
Result<WorkshopTemplate> loadTemplateFile(const QString &path);

// Where users put their own templates: <AppDataLocation>/templates.
QString defaultUserTemplateDir();
// The built-in templates and the *.json files of userDir (none when empty).
TemplateLibrary loadTemplates(const QString &userDir = defaultUserTemplateDir());

// The template's components (fresh ids, parents resolved) and the workshop record naming it.
ChangeSet templateChanges(const Workshop &workshop, const WorkshopTemplate &tmpl);
// Applies templateChanges() in one change set; returns the inverse.
Result<ChangeSet> applyTemplate(Workshop &workshop, const WorkshopTemplate &tmpl);

// "It is <date>. <launch> has failed. <what users saw>." with what is known filled in.
QString scenarioFromTemplate(const QDate &horizon, const QString &launch,
                             const QString &whatUsersSaw);

} // namespace pm

#pragma once

// File > New: leads a first-time facilitator through the Frame step. The launch's name, a
// launch-type template (its components land on the board), the failure scenario pre-filled from
// "It is <date>. <launch> has failed. <what users saw>.", the horizon (six months ahead), anonymity
// and where the file goes. Finishing creates the file; the window then opens it.
//
// Fields (QWizard::field), for the tests: "launch", "templateId", "scenario", "horizon",
// "anonymous", "doNotRecordAuthors", "path".

#include "workshoptemplate.h"

#include <QWizard>

#include <functional>

class NewWorkshopWizard : public QWizard
{
    Q_OBJECT

public:
    // The file suggested for a launch's name (the window's choice of folder and file name).
    using SuggestPath = std::function<QString(const QString &launch)>;
    // userTemplateDir: where teams keep their own templates.
    NewWorkshopWizard(SuggestPath suggestPath,
                      const QString &userTemplateDir = pm::defaultUserTemplateDir(),
                      QWidget *parent = nullptr);

    const pm::TemplateLibrary &templates() const { return m_templates; }
    // Starts with this template chosen (the start page's "New from template"); an unknown id
    // leaves the default.
    void chooseTemplate(const QString &templateId);
    // Creates the file from the fields; false with a message (and no file left) on failure.
    bool createWorkshop(QString *error = nullptr);
    QString createdPath() const { return m_created; }

    void accept() override;

private:
    pm::TemplateLibrary m_templates;
    QString m_created;
};

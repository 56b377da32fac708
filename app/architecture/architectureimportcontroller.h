#pragma once

// File > Import Architecture…: a diagram the team already keeps (Graphviz DOT, Structurizr,
// draw.io, docker-compose, Mermaid) into the open workshop. The file is read and matched first;
// a preview lists what will be added and matched; Import applies it as one undo step. The work
// is the core's and import/'s (architectureimport.h), as for premortem-cli import-architecture.
//
// importFile() does the same without dialogs, for tests, and returns false with the message.

#include "architectureimport.h"

#include <QObject>
#include <QStringList>

class MainWindow;
class QAction;

class ArchitectureImportController : public QObject
{
    Q_OBJECT

public:
    explicit ArchitectureImportController(MainWindow *window);

    QAction *action() const { return m_action; }

    // preview: the plan's lines (what was added and matched).
    bool importFile(const QString &path, QString *error = nullptr, QStringList *preview = nullptr);
    void promptImport();

private:
    QString writableProblem() const;
    pm::Result<pm::ArchitectureImportPlan> planFor(const QString &path) const;
    bool apply(const pm::ArchitectureImportPlan &plan, QString *error);
    bool confirm(const QStringList &preview) const;

    MainWindow *m_window;
    QAction *m_action;
};

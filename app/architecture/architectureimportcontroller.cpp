#include "architectureimportcontroller.h"

#include "architectureformat.h"
#include "architectureimport.h"
#include "changesetcommand.h"
#include "mainwindow.h"
#include "workshop.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ArchitectureImportController::ArchitectureImportController(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("Import Arc&hitecture…"), window))
{
    m_action->setObjectName(QStringLiteral("actionImportArchitecture"));
    m_action->setStatusTip(tr("Bring in the components and dependencies of a diagram the team "
                              "keeps already (Graphviz, Structurizr, draw.io, docker-compose, "
                              "Mermaid)"));
    connect(m_action, &QAction::triggered, this, &ArchitectureImportController::promptImport);
}

QString ArchitectureImportController::writableProblem() const
{
    const pm::Workshop *w = m_window->workshop();
    if (!w)
        return tr("Open or create the workshop to import into first.");
    if (w->isReadOnly())
        return w->readOnlyReason().isEmpty() ? tr("This workshop is open for viewing only.")
                                             : w->readOnlyReason();
    return QString();
}

bool ArchitectureImportController::importFile(const QString &path, QString *error,
                                              QStringList *preview)
{
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (const QString why = writableProblem(); !why.isEmpty())
        return failed(why);
    const auto plan = planFor(path);
    if (!plan)
        return failed(plan.error().message);
    if (preview)
        *preview = plan->previewLines();
    return apply(*plan, error);
}

pm::Result<pm::ArchitectureImportPlan>
ArchitectureImportController::planFor(const QString &path) const
{
    auto graph = pm::readArchitectureFile(path);
    if (!graph)
        return graph.error();
    return pm::planArchitectureImport(m_window->workshop(), std::move(graph).value());
}

bool ArchitectureImportController::apply(const pm::ArchitectureImportPlan &plan, QString *error)
{
    // One undo step. A workshop edited since the preview (a matched component deleted in the
    // room) is refused by the core's checks with a message, and nothing changes.
    return ChangeSetCommand::push(m_window->undoStack(), m_window->workshop(),
                                  tr("Import Architecture"),
                                  pm::applyArchitectureImport(*m_window->workshop(), plan), error);
}

bool ArchitectureImportController::confirm(const QStringList &preview) const
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("architectureImportPreview"));
    dialog.setWindowTitle(tr("Import Architecture"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("This is what the import will do. It is one step: Undo takes "
                                    "all of it back.")));
    auto *list = new QPlainTextEdit(preview.join(QLatin1Char('\n')));
    list->setReadOnly(true);
    list->setMinimumSize(520, 320);
    layout->addWidget(list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted;
}

void ArchitectureImportController::promptImport()
{
    if (const QString why = writableProblem(); !why.isEmpty()) {
        QMessageBox::information(m_window, tr("Import Architecture"), why);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Architecture"), QString(),
        pm::architectureFileFilter() + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    const auto plan = planFor(path);
    if (!plan) {
        QMessageBox::warning(m_window, tr("Import Architecture"), plan.error().message);
        return;
    }
    if (!confirm(plan->previewLines()))
        return;
    if (QString error; !apply(*plan, &error))
        QMessageBox::warning(m_window, tr("Import Architecture"), error);
}

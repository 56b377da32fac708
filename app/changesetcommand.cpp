#include "changesetcommand.h"

#include "workshop.h"

#include <QUndoStack>

ChangeSetCommand::ChangeSetCommand(pm::Workshop *workshop, const QString &text,
                                   pm::ChangeSet inverse, ErrorHandler onError,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workshop(workshop), m_changes(std::move(inverse)),
      m_onError(std::move(onError))
{}

void ChangeSetCommand::undo()
{
    swap(true);
}

void ChangeSetCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    swap(false);
}

void ChangeSetCommand::swap(bool undoing)
{
    pm::Result<pm::ChangeSet> result = m_workshop->apply(m_changes);
    if (result && !result.value().isEmpty()) {
        m_changes = std::move(result).value();
        return;
    }
    // The document was not changed, so this command can no longer swap it back and forth:
    // QUndoStack deletes an obsolete command right after this call, keeping stack and file in step.
    setObsolete(true);
    if (!result && m_onError) {
        const QString message =
            undoing ? tr("Could not undo “%1”: %2") : tr("Could not redo “%1”: %2");
        m_onError(message.arg(text(), result.error().message));
    }
}

bool ChangeSetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeSetCommand *>(other);
    if (next->m_workshop != m_workshop || next->m_changes.size() != m_changes.size())
        return false;
    for (int i = 0; i < m_changes.size(); ++i) {
        if (pm::metaOf(m_changes.at(i)).id != pm::metaOf(next->m_changes.at(i)).id)
            return false;
    }
    // Keep this command's inverse: it leads back to the state before the first of the edits.
    return true;
}

bool ChangeSetCommand::push(QUndoStack *stack, pm::Workshop *workshop, const QString &text,
                            pm::Result<pm::ChangeSet> result, QString *error, ErrorHandler onError,
                            int mergeId)
{
    if (!result) {
        if (error)
            *error = result.error().message;
        return false;
    }
    if (!result.value().isEmpty()) {
        auto *command =
            new ChangeSetCommand(workshop, text, std::move(result).value(), std::move(onError));
        command->setMergeId(mergeId);
        stack->push(command);
    }
    return true;
}

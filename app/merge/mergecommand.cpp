#include "mergecommand.h"

MergeCommand::MergeCommand(pm::Workshop *workshop, const QString &text, pm::RowPatch undo,
                           ErrorHandler onError)
    : QUndoCommand(text), m_workshop(workshop), m_patch(std::move(undo)),
      m_onError(std::move(onError))
{}

void MergeCommand::undo()
{
    swap(true);
}

void MergeCommand::redo()
{
    if (m_alreadyApplied) {
        m_alreadyApplied = false;
        return;
    }
    swap(false);
}

void MergeCommand::swap(bool undoing)
{
    pm::Result<pm::RowPatch> result = m_workshop->applyVerbatim(m_patch);
    if (result) {
        m_patch = std::move(result).value();
        return;
    }
    // The document is not in the state this command reverses any more (disk full, file gone):
    // QUndoStack drops an obsolete command, keeping stack and file in step.
    setObsolete(true);
    if (m_onError) {
        const QString message =
            undoing ? tr("Could not undo “%1”: %2") : tr("Could not redo “%1”: %2");
        m_onError(message.arg(text(), result.error().message));
    }
}

#pragma once

// One undo step over a workshop, after Tiled's swap() pattern. Every core operation applies its
// change at once (one SQLite transaction) and returns the change set that reverses it. The command
// is made only after the operation succeeded, holding that inverse; undo() and redo() both apply
// what the command holds and keep what comes back, which is again the way back. One code path,
// the same validation and the same change signal for doing, undoing and redoing.

#include "entities.h"
#include "result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QUndoStack;

namespace pm {
class Workshop;
}

class ChangeSetCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeSetCommand)

public:
    // Told when a later undo or redo fails (disk full, file gone): the command then drops itself
    // from the stack, since the document no longer is in the state it would reverse.
    using ErrorHandler = std::function<void(const QString &message)>;

    // inverse: what the core operation returned; the change itself is already in the document.
    ChangeSetCommand(pm::Workshop *workshop, const QString &text, pm::ChangeSet inverse,
                     ErrorHandler onError = {}, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    // Repeated small edits of the same rows (a note nudged with Alt+arrow ten times) become one
    // undo step when pushed with the same merge id. -1: never merged.
    void setMergeId(int id) { m_mergeId = id; }
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

    // Pushes a command for a finished core operation. Returns false with the core's message when
    // the operation failed; pushes nothing (and returns true) when it changed nothing.
    static bool push(QUndoStack *stack, pm::Workshop *workshop, const QString &text,
                     pm::Result<pm::ChangeSet> result, QString *error = nullptr,
                     ErrorHandler onError = {}, int mergeId = -1);

private:
    void swap(bool undoing);

    pm::Workshop *m_workshop;
    pm::ChangeSet m_changes;
    ErrorHandler m_onError;
    bool m_alreadyApplied = true; // QUndoStack::push() calls redo(); the core did it already
    int m_mergeId = -1;
};

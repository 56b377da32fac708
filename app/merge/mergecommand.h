#pragma once

// A merge as one undo step. Merger::merge() has already written the merged rows and returned the
// patch that takes them back exactly (Workshop::applyVerbatim); undo applies it and keeps what
// comes back, which is the merge again for redo. Unlike ChangeSetCommand, whose inverse is a
// change set for Workshop::apply(), this never stamps new clocks: an undone merge leaves the file
// as if it had never happened, so merging the same files later brings the same rows back.

#include "workshop.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class MergeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    using ErrorHandler = std::function<void(const QString &message)>;

    // undo: MergeResult::undo of a merge already in the document.
    MergeCommand(pm::Workshop *workshop, const QString &text, pm::RowPatch undo,
                 ErrorHandler onError = {});

    void undo() override;
    void redo() override;

private:
    void swap(bool undoing);

    pm::Workshop *m_workshop;
    pm::RowPatch m_patch;
    ErrorHandler m_onError;
    bool m_alreadyApplied = true; // QUndoStack::push() calls redo(); the merge did it already
};

#include "boardselectionlink.h"

#include "boardscene.h"
#include "boardview.h"
#include "failuremodeselection.h"
#include "noteitem.h"
#include "singletonrisk.h"
#include "stackitem.h"

#include <QScopedValueRollback>
#include <QSet>

namespace board {

BoardSelectionLink::BoardSelectionLink(BoardView *view, FailureModeSelection *selection)
    : QObject(view), m_view(view), m_scene(view->boardScene()), m_selection(selection)
{
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &BoardSelectionLink::fromBoard);
    connect(selection, &FailureModeSelection::changed, this, &BoardSelectionLink::toBoard);
    toBoard();
}

void BoardSelectionLink::fromBoard()
{
    if (m_syncing || !m_selection)
        return;
    // The focused note's failure mode first: it is the one the mitigation panel shows.
    // A loose note stands for its failure mode of one (singletonrisk.h).
    auto riskOf = [](const NoteItem *item) {
        const pm::Note &note = item->note();
        return pm::isLooseNote(note) ? pm::singletonId(note.meta.id) : note.failureMode;
    };
    QList<QUuid> ids;
    if (const QGraphicsItem *focus = m_view->focusedItem();
        focus && focus->isSelected() && focus->type() == NoteItem::Type)
        ids << riskOf(static_cast<const NoteItem *>(focus));
    for (const NoteItem *note : m_scene->selectedNotes())
        ids << riskOf(note);
    ids.removeAll(QUuid());
    const QSet<QUuid> now(ids.cbegin(), ids.cend());
    const QSet<QUuid> before(m_selection->ids().cbegin(), m_selection->ids().cend());
    if (now == before)
        return; // the same failure modes: keep the order the other views chose
    const QScopedValueRollback<bool> guard(m_syncing, true);
    m_selection->select(ids);
}

void BoardSelectionLink::toBoard()
{
    if (m_syncing || !m_selection)
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    m_scene->clearSelection();
    QRectF shown;
    for (const QUuid &id : m_selection->ids()) {
        for (const QUuid &noteId : m_scene->notesOfStack(id)) {
            if (NoteItem *note = m_scene->noteItem(noteId))
                note->setSelected(true);
        }
        if (NoteItem *loose = m_scene->noteItem(pm::singletonNote(id));
            loose && pm::isLooseNote(loose->note()))
            loose->setSelected(true);
        if (const StackItem *stack = m_scene->stackItem(id); stack && shown.isNull())
            shown = stack->sceneBoundingRect();
    }
    if (!shown.isNull() && m_view->isVisible())
        m_view->ensureVisible(shown, 40, 40);
}

} // namespace board

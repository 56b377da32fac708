// BoardView's Send To (namechooser.h): the selected notes onto a component or into a stack
// chosen by name. Kept apart from boardview.cpp, which is about gestures; the sending itself goes
// through placeItems(), the mouse drop's code path, so a keyboard send and a drop on the same
// target make the same change set and the same one undo step.

#include "boardview.h"

#include "componentitem.h"
#include "namechooser.h"
#include "noteitem.h"
#include "placement.h"
#include "stackitem.h"
#include "workshop.h"

#include <cmath>

namespace board {

namespace {

// Outside a component: four bands around it, so a search for a free spot stays inside.
QList<QRectF> outsideOf(const QRectF &r)
{
    constexpr qreal far = 1e6;
    return {QRectF(r.left() - far, r.top() - far, r.width() + 2 * far, far),
            QRectF(r.left() - far, r.bottom(), r.width() + 2 * far, far),
            QRectF(r.left() - far, r.top(), far, r.height()),
            QRectF(r.right(), r.top(), far, r.height())};
}

} // namespace

void BoardView::chooseSendTarget()
{
    if (m_readOnly || !workshop())
        return;
    const QList<NoteItem *> notes = m_scene->selectedNotes();
    if (notes.isEmpty()) {
        emit statusMessage(tr("Select the notes to send first."));
        return;
    }
    QSet<QUuid> selected;
    for (const NoteItem *n : notes)
        selected.insert(n->id());
    QList<NameChooser::Target> targets;
    for (const pm::Component &c : workshop()->rows<pm::Component>()) {
        if (m_scene->componentItem(c.meta.id))
            targets << NameChooser::Target{c.meta.id, c.name, pm::displayName(c.kind)};
    }
    for (const pm::FailureMode &f : workshop()->rows<pm::FailureMode>()) {
        const QList<QUuid> members = m_scene->notesOfStack(f.meta.id);
        // A stack made only of the selection is no place to send it.
        if (std::all_of(members.cbegin(), members.cend(),
                        [&selected](const QUuid &id) { return selected.contains(id); }))
            continue;
        targets << NameChooser::Target{f.meta.id, f.title,
                                       tr("Stack of %n note(s)", nullptr, int(members.size()))};
    }
    NameChooser::openFor(
        this, targets,
        {QStringLiteral("sendTo"), tr("Send To"),
         tr("Send %1 to:").arg(tr("%n selected note(s)", nullptr, int(notes.size()))),
         tr("Type a component or stack name"), tr("Component or stack name"),
         tr("Components and stacks"), tr("Send")},
        [this](const QUuid &id) { sendSelectionTo(id); });
}

bool BoardView::sendSelectionTo(const QUuid &target)
{
    if (m_readOnly || !workshop())
        return false;
    QList<NoteItem *> notes = m_scene->selectedNotes();
    if (notes.isEmpty())
        return false;
    std::sort(notes.begin(), notes.end(), [](const NoteItem *a, const NoteItem *b) {
        return std::make_pair(a->pos().y(), a->pos().x()) <
               std::make_pair(b->pos().y(), b->pos().x());
    });
    BoardScene::DropTarget drop;
    QHash<QGraphicsItem *, QPointF> to;
    if (ComponentItem *component = m_scene->componentItem(target)) {
        drop.component = component;
        // Inside the component, below its name, where no other note lies; when it is full, a
        // cascade at the top of its body (the room can spread them later).
        const QRectF box = component->sceneBoundingRect();
        const QRectF header = component->headerRect();
        QList<QRectF> occupied = outsideOf(box);
        occupied << header;
        for (const QGraphicsItem *item : m_scene->items(box)) {
            if ((item->type() == NoteItem::Type && !item->isSelected()) ||
                item->type() == StackItem::Type) // a stack's frame and title too
                occupied << item->sceneBoundingRect();
        }
        const QPointF start(box.left() + 10, header.bottom() + 10);
        int cascade = 0;
        for (NoteItem *note : std::as_const(notes)) {
            const QSizeF size(note->note().width, note->note().height);
            QPointF spot = freeSpot(QRectF(start, size), occupied);
            if (!box.contains(QRectF(spot, size)))
                spot = start + QPointF(14, 40) * cascade++;
            spot = QPointF(std::round(spot.x()), std::round(spot.y()));
            occupied << QRectF(spot, size);
            to.insert(note, spot);
        }
    } else {
        // Into a stack: on its first note not being sent, as a drop on that note does.
        for (const QUuid &id : m_scene->notesOfStack(target)) {
            NoteItem *member = m_scene->noteItem(id);
            if (member && !member->isSelected() &&
                (!drop.note || member->note().meta.created < drop.note->note().meta.created))
                drop.note = member;
        }
        if (!drop.note)
            return false;
        for (NoteItem *note : std::as_const(notes))
            to.insert(note, note->pos());
    }
    QString text;
    const pm::ChangeSet changes = placeItems(to, drop, &text);
    if (!apply(text, changes))
        return false;
    if (drop.component)
        ensureVisible(drop.component, 40, 40);
    else if (drop.note)
        ensureVisible(drop.note, 40, 40);
    return true;
}

} // namespace board

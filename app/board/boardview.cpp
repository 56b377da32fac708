#include "boardview.h"

#include "boardscene.h"
#include "changesetcommand.h"
#include "componentitem.h"
#include "dependencyitem.h"
#include "facedownmask.h"
#include "noteitem.h"
#include "palette.h"
#include "placement.h"
#include "stackitem.h"
#include "workshop.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace board {

namespace {

constexpr qreal kMinZoom = 0.03;
constexpr qreal kMaxZoom = 4.0;
// The smallest type the inline editor is written in on screen (points at the screen's dpi):
// what a facilitator types must be readable by them and by the room as they type it.
constexpr qreal kLegibleEditorPoints = 14;
constexpr qreal kStackOffsetX = 14;
constexpr qreal kStackOffsetY = 40;
// Between a component's name and a note put on it.
constexpr qreal kHeaderGap = 10;

// A new failure mode is titled after its top note, unless that note is still face down: the
// matrix and the ranked list would show its text to the room before the reveal.
QString stackTitle(const pm::Note &top)
{
    return top.hidden ? BoardView::tr("Hidden note") : top.text.left(120).simplified();
}

constexpr qreal kDuplicateOffset = 24;
constexpr int kNudgeMergeId = 1; // consecutive Alt+arrow moves of one selection: one undo step

bool isNote(const QGraphicsItem *item)
{
    return item && item->type() == NoteItem::Type;
}

bool isComponent(const QGraphicsItem *item)
{
    return item && item->type() == ComponentItem::Type;
}

bool isArrow(const QGraphicsItem *item)
{
    return item && item->type() == DependencyItem::Type;
}

QUuid idOf(const QGraphicsItem *item)
{
    if (isNote(item))
        return static_cast<const NoteItem *>(item)->id();
    if (isComponent(item))
        return static_cast<const ComponentItem *>(item)->id();
    return {};
}

// Reading order (top to bottom, left to right), then the id: a stable order, so the change sets
// of repeated Alt+arrow moves list the same rows alike and merge into one undo step.
void sortForPlacing(QList<QGraphicsItem *> &items, const QHash<QGraphicsItem *, QPointF> &to)
{
    std::sort(items.begin(), items.end(), [&](QGraphicsItem *a, QGraphicsItem *b) {
        const QPointF pa = to.value(a), pb = to.value(b);
        if (pa.y() != pb.y())
            return pa.y() < pb.y();
        if (pa.x() != pb.x())
            return pa.x() < pb.x();
        return idOf(a) < idOf(b);
    });
}

} // namespace

BoardView::BoardView(BoardScene *scene, QUndoStack *undoStack, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("boardView"));
    setAccessibleName(tr("Board"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // Items paint from cached data; nothing relies on the painter state being restored.
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(QColor(0xFA, 0xFA, 0xF7));
    setFocusPolicy(Qt::StrongFocus);
    // New notes go beside the item focused last, even after the keyboard went to another pane.
    connect(scene, &QGraphicsScene::focusItemChanged, this, [this](QGraphicsItem *now) {
        if (const QUuid id = idOf(now); !id.isNull())
            m_lastFocused = id;
        if (m_presenting && isArrow(now)) // once its label has grown to the whole text
            QMetaObject::invokeMethod(this, &BoardView::showFocusedCluster, Qt::QueuedConnection);
        else if (m_presenting && now)
            showFocusedCluster();
    });
}

BoardView::~BoardView() = default;

pm::Workshop *BoardView::workshop() const
{
    return m_scene->workshop();
}

void BoardView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        cancelEditor();
}

bool BoardView::apply(const QString &text, const pm::ChangeSet &changes, int mergeId)
{
    if (changes.isEmpty())
        return true;
    QString error;
    auto onError = [this](const QString &message) {
        emit editFailed(message);
    };
    if (!ChangeSetCommand::push(m_undoStack, workshop(), text, workshop()->apply(changes), &error,
                                onError, mergeId)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

QList<QUuid> BoardView::selectedNoteIds() const
{
    QList<QUuid> ids;
    for (const NoteItem *item : m_scene->selectedNotes())
        ids << item->id();
    return ids;
}

// ---------------------------------------------------------------------------------------------
// Mouse: selection, drag to cluster, resize, pan

void BoardView::mousePressEvent(QMouseEvent *event)
{
    if (m_editor)
        commitEditor();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    QGraphicsItem *item = itemAt(event->position().toPoint());
    while (item && !isNote(item) && !isComponent(item) && !isArrow(item))
        item = item->parentItem();
    if (isArrow(item) && event->button() == Qt::LeftButton) {
        // An arrow is chosen, never dragged: it follows its components.
        if (event->modifiers() & Qt::ControlModifier) {
            item->setSelected(!item->isSelected());
        } else {
            m_scene->clearSelection();
            item->setSelected(true);
        }
        item->setFocus(Qt::MouseFocusReason);
        event->accept();
        return;
    }
    if (isComponent(item) && event->button() == Qt::LeftButton && !m_readOnly &&
        event->modifiers() == Qt::NoModifier &&
        inLinkZone(static_cast<ComponentItem *>(item), scenePos)) {
        beginLink(static_cast<ComponentItem *>(item), scenePos);
        event->accept();
        return;
    }
    if (item && isComponent(item) && item->isSelected() && !m_readOnly &&
        event->button() == Qt::LeftButton) {
        auto *component = static_cast<ComponentItem *>(item);
        if (component->resizeGrip().contains(component->mapFromScene(scenePos))) {
            m_resizeItem = component;
            m_resizeOrigin = scenePos;
            event->accept();
            return;
        }
    }
    if (event->button() == Qt::LeftButton && item) {
        // Our own selection rules, so the press never starts Qt's item moving.
        if (event->modifiers() & Qt::ControlModifier) {
            item->setSelected(!item->isSelected());
        } else if (!item->isSelected()) {
            m_scene->clearSelection();
            item->setSelected(true);
        }
        item->setFocus(Qt::MouseFocusReason);
        if (item->isSelected() && !m_readOnly)
            beginDrag(scenePos);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event); // empty space: rubber band selection
}

void BoardView::beginDrag(const QPointF &scenePos)
{
    Drag drag;
    drag.pressScene = scenePos;
    for (QGraphicsItem *item : carriedItems())
        drag.start.insert(item, item->pos());
    m_drag = drag;
}

QList<QGraphicsItem *> BoardView::carriedItems() const
{
    QList<QGraphicsItem *> items;
    QSet<QGraphicsItem *> seen;
    auto add = [&](QGraphicsItem *item) {
        if (item && !seen.contains(item)) {
            seen.insert(item);
            items << item;
        }
    };
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (isNote(item) || isComponent(item))
            add(item);
    }
    // A component carries its notes and the components inside it.
    QSet<QUuid> carriedComponents;
    QList<ComponentItem *> pending = m_scene->selectedComponents();
    while (!pending.isEmpty()) {
        ComponentItem *component = pending.takeLast();
        carriedComponents.insert(component->id());
        for (const QUuid &note : m_scene->notesOfComponent(component->id()))
            add(m_scene->noteItem(note));
        for (const pm::Component &c : workshop()->rows<pm::Component>()) {
            if (c.parent == component->id() && !carriedComponents.contains(c.meta.id)) {
                if (ComponentItem *child = m_scene->componentItem(c.meta.id)) {
                    add(child);
                    pending << child;
                }
            }
        }
    }
    return items;
}

void BoardView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (m_link) {
        updateLink(scenePos);
        return;
    }
    if (m_resizeItem) {
        const QPointF delta = scenePos - m_resizeOrigin;
        m_resizeItem->previewSize(
            QSizeF(m_resizeItem->component().width, m_resizeItem->component().height) +
            QSizeF(delta.x(), delta.y()));
        m_resizeOrigin = scenePos;
        return;
    }
    if (m_drag && (event->buttons() & Qt::LeftButton)) {
        const QPointF delta = scenePos - m_drag->pressScene;
        if (!m_drag->moved && mapFromScene(m_drag->pressScene).x() >= 0 &&
            (event->position().toPoint() - mapFromScene(m_drag->pressScene)).manhattanLength() < 4)
            return;
        m_drag->moved = true;
        // Move the items ourselves: no database write until the drop.
        for (auto it = m_drag->start.cbegin(); it != m_drag->start.cend(); ++it)
            it.key()->setPos(it.value() + delta);
        m_scene->updateFocusRing();
        updateDropHighlight(scenePos);
        return;
    }
    if (event->buttons() == Qt::NoButton && !m_spaceHeld && !m_readOnly) {
        // The edge of a box where a dependency starts shows a cross.
        QGraphicsItem *under = itemAt(event->position().toPoint());
        const bool zone =
            isComponent(under) && inLinkZone(static_cast<ComponentItem *>(under), scenePos);
        if (zone)
            viewport()->setCursor(Qt::CrossCursor);
        else if (viewport()->cursor().shape() == Qt::CrossCursor)
            viewport()->unsetCursor();
    }
    QGraphicsView::mouseMoveEvent(event);
}

void BoardView::updateDropHighlight(const QPointF &scenePos)
{
    bool carriesNotes = false;
    for (auto it = m_drag->start.cbegin(); it != m_drag->start.cend() && !carriesNotes; ++it)
        carriesNotes = isNote(it.key()) && it.key()->isSelected();
    QGraphicsItem *target = nullptr;
    if (carriesNotes) {
        QSet<QGraphicsItem *> dragged;
        for (auto it = m_drag->start.cbegin(); it != m_drag->start.cend(); ++it)
            dragged.insert(it.key());
        const BoardScene::DropTarget drop = m_scene->dropTargetAt(scenePos, dragged);
        target = drop.note ? static_cast<QGraphicsItem *>(drop.note) : drop.component;
    }
    if (target == m_drag->target)
        return;
    clearDropHighlight();
    m_drag->target = target;
    if (isNote(target))
        static_cast<NoteItem *>(target)->setDropTarget(true);
    else if (isComponent(target))
        static_cast<ComponentItem *>(target)->setDropTarget(true);
}

void BoardView::clearDropHighlight()
{
    if (!m_drag || !m_drag->target)
        return;
    if (isNote(m_drag->target))
        static_cast<NoteItem *>(m_drag->target)->setDropTarget(false);
    else if (isComponent(m_drag->target))
        static_cast<ComponentItem *>(m_drag->target)->setDropTarget(false);
    m_drag->target = nullptr;
}

void BoardView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if (m_link) {
        finishLink(mapToScene(event->position().toPoint()));
        return;
    }
    if (m_resizeItem) {
        ComponentItem *item = m_resizeItem;
        m_resizeItem = nullptr;
        pm::Component resized = *workshop()->findLive<pm::Component>(item->id());
        resized.width = std::round(item->component().width);
        resized.height = std::round(item->component().height);
        if (!apply(tr("Resize “%1”").arg(resized.name), {resized}))
            item->setComponent(*workshop()->findLive<pm::Component>(item->id()), 0,
                               m_scene->boardStyle());
        return;
    }
    if (m_drag) {
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (m_drag->moved)
            finishDrag(scenePos);
        clearDropHighlight();
        m_drag.reset();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void BoardView::revertDrag()
{
    for (auto it = m_drag->start.cbegin(); it != m_drag->start.cend(); ++it)
        it.key()->setPos(it.value());
    m_scene->updateFocusRing();
}

// One drop, one change set: positions, and for notes the component and stack they land in.
void BoardView::finishDrag(const QPointF &scenePos)
{
    QHash<QGraphicsItem *, QPointF> to;
    QSet<QGraphicsItem *> dragged;
    for (auto it = m_drag->start.cbegin(); it != m_drag->start.cend(); ++it) {
        to.insert(it.key(), it.key()->pos()); // the items already show where they were dropped
        dragged.insert(it.key());
    }
    QString text;
    const pm::ChangeSet changes = placeItems(to, m_scene->dropTargetAt(scenePos, dragged), &text);
    if (!apply(text, changes))
        revertDrag();
}

QUuid BoardView::regionAt(const QPointF &scenePos, const QSet<QGraphicsItem *> &excluded) const
{
    for (QGraphicsItem *under :
         m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (!excluded.contains(under) && isComponent(under) &&
            static_cast<ComponentItem *>(under)->isRegion())
            return static_cast<ComponentItem *>(under)->id();
    }
    return {};
}

pm::ChangeSet BoardView::placeItems(const QHash<QGraphicsItem *, QPointF> &to,
                                    const BoardScene::DropTarget &drop, QString *text) const
{
    const pm::Workshop *w = workshop();
    QList<QGraphicsItem *> items = to.keys();
    sortForPlacing(items, to);
    const QSet<QGraphicsItem *> moved(items.cbegin(), items.cend());
    QSet<QUuid> movedNotes;
    for (QGraphicsItem *item : std::as_const(items)) {
        if (isNote(item))
            movedNotes.insert(static_cast<NoteItem *>(item)->id());
    }
    pm::ChangeSet changes;
    int selectedNotes = 0;

    // A stack moves as a whole when all its notes move; a note moved away alone leaves it.
    auto keepsStack = [&](const pm::Note &note) {
        if (note.failureMode.isNull())
            return true;
        for (const QUuid &member : m_scene->notesOfStack(note.failureMode)) {
            if (!movedNotes.contains(member))
                return false;
        }
        return true;
    };

    QUuid stackMode;
    if (drop.note) {
        const pm::Note &target = drop.note->note();
        stackMode = target.failureMode;
        if (stackMode.isNull()) {
            pm::FailureMode newMode;
            newMode.meta.id = QUuid::createUuid();
            newMode.title = stackTitle(target);
            newMode.component = target.component;
            newMode.category = target.category;
            stackMode = newMode.meta.id;
            changes << newMode;
            pm::Note stackedTarget = target;
            stackedTarget.failureMode = stackMode;
            changes << stackedTarget;
        }
    }
    int stackIndex = 0;
    if (drop.note) {
        for (const QUuid &member : m_scene->notesOfStack(stackMode))
            stackIndex += movedNotes.contains(member) ? 0 : 1;
        stackIndex = qMax(stackIndex, 1) - 1; // the target is the first of the cascade
    }
    const QPointF stackOrigin = drop.note ? drop.note->pos() : QPointF();

    for (QGraphicsItem *item : std::as_const(items)) {
        const QPointF pos = to.value(item);
        if (isNote(item)) {
            pm::Note note = *w->findLive<pm::Note>(static_cast<NoteItem *>(item)->id());
            note.x = std::round(pos.x());
            note.y = std::round(pos.y());
            if (item->isSelected()) { // carried notes stay where their component puts them
                ++selectedNotes;
                if (drop.note) {
                    ++stackIndex;
                    note.x = stackOrigin.x() + kStackOffsetX * stackIndex;
                    note.y = stackOrigin.y() + kStackOffsetY * stackIndex;
                    note.failureMode = stackMode;
                    note.component = drop.note->note().component;
                } else {
                    note.component = drop.component ? drop.component->id() : QUuid();
                    if (!keepsStack(note))
                        note.failureMode = QUuid();
                    // A note never hides the name of the component it lands on.
                    if (drop.component) {
                        const QRectF header = drop.component->headerRect();
                        if (QRectF(note.x, note.y, note.width, note.height).intersects(header))
                            note.y = std::round(header.bottom() + kHeaderGap);
                    }
                }
            }
            changes << note;
        } else if (isComponent(item)) {
            pm::Component component =
                *w->findLive<pm::Component>(static_cast<ComponentItem *>(item)->id());
            component.x = std::round(pos.x());
            component.y = std::round(pos.y());
            // Placed inside a region, a component becomes part of it.
            if (item->isSelected())
                component.parent = regionAt(
                    QRectF(pos, QSizeF(component.width, component.height)).center(), moved);
            changes << component;
        }
    }

    if (drop.note)
        *text = tr("Stack %n Note(s)", nullptr, selectedNotes + 1);
    else if (drop.component && selectedNotes > 0)
        *text = tr("Cluster %n Note(s) on “%1”", nullptr, selectedNotes)
                    .arg(drop.component->component().name);
    else if (selectedNotes > 0)
        *text = tr("Move %n Note(s)", nullptr, selectedNotes);
    else
        *text = tr("Move %n Component(s)", nullptr, int(m_scene->selectedComponents().size()));
    return changes;
}

void BoardView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsItem *item = itemAt(event->position().toPoint());
    while (item && !isNote(item) && !isComponent(item) && !isArrow(item))
        item = item->parentItem();
    if (isArrow(item)) {
        editDependency(static_cast<DependencyItem *>(item)->id());
        return;
    }
    if (!item) {
        newNoteAt(mapToScene(event->position().toPoint()));
        return;
    }
    m_scene->clearSelection();
    item->setSelected(true);
    item->setFocus();
    editFocused();
}

void BoardView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.2, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

// ---------------------------------------------------------------------------------------------
// Keyboard

void BoardView::keyPressEvent(QKeyEvent *event)
{
    // Further: Ctrl+Shift+arrows, which no common window manager takes (Openbox sends the window
    // to another desktop on Alt+Shift+arrows); Alt+Shift still works where it reaches the board.
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool shift = mods & Qt::ShiftModifier;
    const bool ctrl = mods & Qt::ControlModifier;
    const bool further = mods == (Qt::ControlModifier | Qt::ShiftModifier) ||
                         mods == (Qt::AltModifier | Qt::ShiftModifier);
    const bool alt = (mods & Qt::AltModifier) || further;
    const qreal step = further ? 100 : 20;
    int dx = 0, dy = 0;
    switch (event->key()) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        if (!ctrl) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        // Ctrl+Tab: on to the next item, the selection stays (Qt's item-view convention).
        focusNextItem(event->key() == Qt::Key_Backtab || shift, SelectionMode::Keep);
        return;
    case Qt::Key_Escape:
        if (m_link) {
            cancelLink();
            return;
        }
        // Esc lets go of the selection first (as the matrix does); with nothing selected it goes
        // on to the window, which leaves presentation mode.
        if (mods == Qt::NoModifier && !m_scene->selectedItems().isEmpty()) {
            m_scene->clearSelection();
            return;
        }
        QGraphicsView::keyPressEvent(event);
        return;
    case Qt::Key_PageDown: // what a presenter's clicker sends
    case Qt::Key_PageUp:
        if (!m_presenting || mods != Qt::NoModifier) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        stepCluster(event->key() == Qt::Key_PageUp);
        return;
    case Qt::Key_F10:
        if (!shift) {
            QGraphicsView::keyPressEvent(event);
            return;
        }
        showContextMenu({}, true); // Shift+F10, the other context menu key
        return;
    case Qt::Key_Left:
        dx = -1;
        break;
    case Qt::Key_Right:
        dx = 1;
        break;
    case Qt::Key_Up:
        dy = -1;
        break;
    case Qt::Key_Down:
        dy = 1;
        break;
    case Qt::Key_Space:
        if (ctrl) {
            toggleFocusedSelection();
            return;
        }
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            viewport()->setCursor(Qt::OpenHandCursor);
        }
        return;
    default:
        QGraphicsView::keyPressEvent(event);
        return;
    }
    if (alt)
        moveSelection(dx * step, dy * step);
    else
        focusInDirection(dx, dy, shift ? SelectionMode::Extend : SelectionMode::Replace);
}

void BoardView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

bool BoardView::focusNextPrevChild(bool next)
{
    if (m_editor)
        return QGraphicsView::focusNextPrevChild(next);
    // At the ends of the canvas Tab leaves it for the next widget in the window, so the panels
    // are reachable by Tab as well as by F6.
    const QList<QGraphicsItem *> items = navigableItems();
    QGraphicsItem *current = focusedItem();
    if (current && !items.isEmpty() && current == (next ? items.constLast() : items.constFirst()))
        return QGraphicsView::focusNextPrevChild(next);
    focusNextItem(!next);
    return true;
}

QList<QGraphicsItem *> BoardView::navigableItems() const
{
    QList<QGraphicsItem *> items = placedItems();
    // Each component's dependencies come right after it, so Tab from a box walks its arrows
    // (what it depends on) before going on across the board.
    QList<QGraphicsItem *> withArrows;
    withArrows.reserve(items.size());
    for (QGraphicsItem *item : std::as_const(items)) {
        withArrows << item;
        if (isComponent(item)) {
            for (DependencyItem *arrow :
                 m_scene->dependenciesFrom(static_cast<ComponentItem *>(item)->id())) {
                if (arrow->isVisible())
                    withArrows << arrow;
            }
        }
    }
    return withArrows;
}

QList<QGraphicsItem *> BoardView::placedItems() const
{
    QList<QGraphicsItem *> items;
    for (QGraphicsItem *item : m_scene->items()) {
        if ((isNote(item) || isComponent(item)) && item->isVisible())
            items << item;
    }
    // Reading order: top to bottom, then left to right, in rows of 40 units.
    std::sort(items.begin(), items.end(), [](const QGraphicsItem *a, const QGraphicsItem *b) {
        const qreal ay = std::floor(a->pos().y() / 40), by = std::floor(b->pos().y() / 40);
        if (ay != by)
            return ay < by;
        if (a->pos().x() != b->pos().x())
            return a->pos().x() < b->pos().x();
        return a->zValue() < b->zValue();
    });
    return items;
}

QGraphicsItem *BoardView::focusedItem() const
{
    QGraphicsItem *item = m_scene->focusItem();
    return (isNote(item) || isComponent(item) || isArrow(item)) ? item : nullptr;
}

QGraphicsItem *BoardView::lastFocusedItem() const
{
    if (QGraphicsItem *item = focusedItem())
        return item;
    if (NoteItem *note = m_scene->noteItem(m_lastFocused))
        return note;
    return m_scene->componentItem(m_lastFocused);
}

void BoardView::focusItem(QGraphicsItem *item, SelectionMode mode)
{
    if (!item)
        return;
    if (mode == SelectionMode::Replace)
        m_scene->clearSelection();
    if (mode != SelectionMode::Keep)
        item->setSelected(true);
    item->setFocus(Qt::TabFocusReason);
    if (const QUuid id = idOf(item); !id.isNull())
        m_lastFocused = id; // an arrow is no place for new notes
    ensureVisible(item, 40, 40);
}

void BoardView::focusComponent(const QUuid &id)
{
    if (ComponentItem *item = m_scene->componentItem(id)) {
        setFocus(Qt::OtherFocusReason);
        focusItem(item);
    }
}

void BoardView::toggleFocusedSelection()
{
    if (QGraphicsItem *item = focusedItem())
        item->setSelected(!item->isSelected());
}

void BoardView::focusNextItem(bool backwards, SelectionMode mode)
{
    const QList<QGraphicsItem *> items = navigableItems();
    if (items.isEmpty())
        return;
    const int current = int(items.indexOf(focusedItem()));
    int next = current < 0
                   ? (backwards ? int(items.size()) - 1 : 0)
                   : (current + (backwards ? -1 : 1) + int(items.size())) % int(items.size());
    focusItem(items.at(next), mode);
}

void BoardView::focusInDirection(int dx, int dy, SelectionMode mode)
{
    QGraphicsItem *from = focusedItem();
    if (!from) {
        focusNextItem(false, mode);
        return;
    }
    const QPointF origin = from->sceneBoundingRect().center();
    QGraphicsItem *best = nullptr;
    qreal bestScore = 0;
    for (QGraphicsItem *item : placedItems()) { // arrows are reached by Tab from their box
        if (item == from)
            continue;
        const QPointF d = item->sceneBoundingRect().center() - origin;
        const qreal along = d.x() * dx + d.y() * dy;
        if (along <= 1)
            continue;
        const qreal across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const qreal score = along + 2 * across; // prefer straight ahead
        if (!best || score < bestScore) {
            best = item;
            bestScore = score;
        }
    }
    focusItem(best, mode);
}

// ---------------------------------------------------------------------------------------------
// Actions

void BoardView::selectAll()
{
    for (QGraphicsItem *item : navigableItems())
        item->setSelected(true);
}

void BoardView::newNote()
{
    const pm::Note defaults;
    const QSizeF size(defaults.width, defaults.height);
    QPointF pos =
        mapToScene(viewport()->rect().center()) - QPointF(size.width(), size.height()) / 2;
    if (QGraphicsItem *item = lastFocusedItem()) {
        // Beside the focused note or component: on the board, not on it. Putting a note on a
        // component is the room's decision (a drop, or Send To), never a side effect of writing.
        const QRectF rect = isArrow(item) ? static_cast<DependencyItem *>(item)->labelRect()
                                          : item->sceneBoundingRect();
        pos = QPointF(rect.right() + 10, rect.top());
    }
    newNoteAt(freePlace(QRectF(pos, size)));
}

QPointF BoardView::freePlace(const QRectF &wanted) const
{
    // New items go where nothing is: on no note, no box and no region, so nothing new belongs to
    // a component nobody put it on, and nothing covers a component's name.
    QList<QRectF> occupied;
    for (QGraphicsItem *item : m_scene->items()) {
        if (isNote(item)) {
            const pm::Note &n = static_cast<NoteItem *>(item)->note();
            occupied << QRectF(n.x, n.y, n.width, n.height);
        } else if (isComponent(item)) {
            const pm::Component &c = static_cast<ComponentItem *>(item)->component();
            occupied << QRectF(c.x, c.y, c.width, c.height);
        }
    }
    const QPointF spot = freeSpot(wanted, occupied);
    return QPointF(std::round(spot.x()), std::round(spot.y()));
}

void BoardView::newNoteInCategory(pm::Category category)
{
    newNote();
    if (m_editor)
        m_newCategory = category;
}

void BoardView::newNoteAt(const QPointF &scenePos)
{
    if (m_readOnly)
        return;
    m_editingId = QUuid();
    m_editingComponent = false;
    m_newCategory.reset();
    const pm::Note defaults;
    openEditor(QRectF(scenePos, QSizeF(defaults.width, defaults.height)), QString(), false);
}

void BoardView::editFocused()
{
    if (m_readOnly)
        return;
    QGraphicsItem *item = focusedItem();
    if (!item && m_scene->selectedItems().size() == 1)
        item = m_scene->selectedItems().constFirst();
    if (isArrow(item)) {
        editDependency(static_cast<DependencyItem *>(item)->id());
        return;
    }
    if (isNote(item)) {
        const pm::Note &note = static_cast<NoteItem *>(item)->note();
        if (!mayEdit(note)) {
            emit statusMessage(
                tr("This note stays face down until the reveal: only its writer can edit it "
                   "(choose them under “Writing as”)."));
            return;
        }
        m_editingId = note.meta.id;
        m_editingComponent = false;
        // Where the note is drawn (in F11 a stack's notes lie side by side, away from the file's
        // place).
        const QPointF at = item->mapToScene(QPointF(0, 0));
        openEditor(QRectF(at.x(), at.y(), qMax(note.width, 260.0), qMax(note.height, 180.0)),
                   note.text, false);
    } else if (isComponent(item)) {
        const pm::Component &component = static_cast<ComponentItem *>(item)->component();
        m_editingId = component.meta.id;
        m_editingComponent = true;
        openEditor(QRectF(component.x, component.y, qMax(component.width, 240.0), 48),
                   component.name, true);
    }
}

bool BoardView::mayEdit(const pm::Note &note) const
{
    return !note.hidden ||
           (m_newNote.hidden && !note.author.isNull() && note.author == m_newNote.author);
}

void BoardView::openEditor(const QRectF &sceneRect, const QString &text, bool singleLine)
{
    cancelEditor();
    m_editor = new QPlainTextEdit(viewport());
    m_editor->setObjectName(QStringLiteral("boardEditor"));
    m_editor->setAccessibleName(singleLine ? tr("Component name") : tr("Note text"));
    m_editor->setPlainText(text);
    m_editor->setTabChangesFocus(true);
    m_editor->setProperty("singleLine", singleLine);
    m_editor->installEventFilter(this);
    // A face-down note is typed face down: the projector shows bars, not words.
    const pm::Note *edited =
        m_editingId.isNull() ? nullptr : workshop()->findLive<pm::Note>(m_editingId);
    if (!singleLine && (edited ? edited->hidden : m_newNote.hidden)) {
        FaceDownMask::install(m_editor);
        m_editor->setProperty("faceDown", true);
        m_editor->setPlaceholderText(tr("Face down: the room sees bars, not your words"));
    }
    m_editorSceneRect = sceneRect;
    zoomToEditor(sceneRect);
    placeEditor();
    m_editor->show();
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
}

void BoardView::zoomToEditor(const QRectF &sceneRect)
{
    const qreal points = m_scene->boardStyle().noteFont().pointSizeF();
    const qreal scale = transform().m11();
    if (points <= 0 || points * scale >= kLegibleEditorPoints) {
        ensureVisible(sceneRect, 20, 20); // a new note beside a note off screen: show where it goes
        return;
    }
    if (!m_zoomBeforeEdit)
        m_zoomBeforeEdit =
            ZoomBeforeEdit{transform(), mapToScene(viewport()->rect().center()), m_fitted};
    const qreal legible = kLegibleEditorPoints / points;
    setTransform(QTransform::fromScale(legible, legible));
    m_fitted = false;
    centerOn(sceneRect.center());
}

void BoardView::restoreZoomAfterEdit()
{
    if (!m_zoomBeforeEdit)
        return;
    const ZoomBeforeEdit before = *m_zoomBeforeEdit;
    m_zoomBeforeEdit.reset();
    if (before.fitted) {
        fitAll(); // the whole board again, with the note just written
        return;
    }
    setTransform(before.transform);
    centerOn(before.centre);
}

void BoardView::placeEditor()
{
    if (!m_editor)
        return;
    const QRect rect = mapFromScene(m_editorSceneRect).boundingRect();
    m_editor->setGeometry(
        rect.adjusted(0, 0, 0, 0).intersected(viewport()->rect().adjusted(4, 4, -4, -4)));
    QFont font = m_scene->boardStyle().noteFont();
    font.setPointSizeF(qMax(10.0, font.pointSizeF() * qMax(0.6, transform().m11())));
    m_editor->setFont(font);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
            if (key->key() == Qt::Key_Escape) {
                cancelEditor();
                setFocus();
                return true;
            }
            if (enter && ((key->modifiers() & Qt::ControlModifier) ||
                          m_editor->property("singleLine").toBool())) {
                commitEditor();
                setFocus();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Clicking elsewhere keeps what was typed: nothing typed is ever lost.
            QMetaObject::invokeMethod(
                this, [this] { commitEditor(); }, Qt::QueuedConnection);
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

void BoardView::cancelEditor()
{
    if (!m_editor)
        return;
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr;
    editor->removeEventFilter(this);
    // Hand the keyboard back to the board before hiding the editor; otherwise Qt moves focus
    // on as if Tab had been pressed, and that would select another item.
    if (editor->hasFocus())
        setFocus(Qt::OtherFocusReason);
    editor->hide();
    editor->deleteLater();
    restoreZoomAfterEdit();
}

bool BoardView::commitEditor()
{
    if (!m_editor)
        return false;
    const QString text = m_editor->toPlainText();
    const QRectF rect = m_editorSceneRect;
    const QUuid id = m_editingId;
    const bool component = m_editingComponent;
    const std::optional<pm::Category> category = m_newCategory;
    // Back to the room's zoom once the note is on the board, so a fitted board fits it too.
    const auto restoreZoom =
        qScopeGuard([this, zoom = std::exchange(m_zoomBeforeEdit, std::nullopt)] {
            m_zoomBeforeEdit = zoom;
            restoreZoomAfterEdit();
        });
    cancelEditor();
    if (text.trimmed().isEmpty())
        return false; // empty notes are not saved
    pm::Workshop *w = workshop();
    if (component) {
        const pm::Component *existing = w->findLive<pm::Component>(id);
        if (!existing)
            return false;
        pm::Component renamed = *existing;
        renamed.name = text.simplified();
        return apply(tr("Rename Component"), {renamed});
    }
    if (id.isNull()) {
        pm::Note note = m_newNote;
        note.meta.id = QUuid::createUuid();
        note.text = text.trimmed();
        if (category)
            note.category = *category;
        note.x = std::round(rect.x());
        note.y = std::round(rect.y());
        if (!apply(tr("Add Note"), {note}))
            return false;
        if (NoteItem *item = m_scene->noteItem(note.meta.id))
            focusItem(item);
        return true;
    }
    const pm::Note *existing = w->findLive<pm::Note>(id);
    if (!existing)
        return false;
    pm::Note edited = *existing;
    edited.text = text.trimmed();
    return apply(tr("Edit Note"), {edited});
}

void BoardView::deleteSelection()
{
    if (m_readOnly)
        return;
    const QList<QUuid> notes = selectedNoteIds();
    QList<QUuid> components, arrows;
    for (const ComponentItem *item : m_scene->selectedComponents())
        components << item->id();
    for (const DependencyItem *item : m_scene->selectedDependencies())
        arrows << item->id();
    pm::Workshop *w = workshop();
    QString error;
    auto fail = [this](const QString &message) {
        emit editFailed(message);
    };
    const int kinds = int(!notes.isEmpty()) + int(!components.isEmpty()) + int(!arrows.isEmpty());
    if (kinds == 0)
        return;
    if (kinds == 1) {
        const bool ok =
            !notes.isEmpty()
                ? ChangeSetCommand::push(m_undoStack, w,
                                         tr("Delete %n Note(s)", nullptr, int(notes.size())),
                                         w->remove(pm::EntityKind::Note, notes), &error, fail)
            : !arrows.isEmpty()
                ? ChangeSetCommand::push(
                      m_undoStack, w, tr("Delete %n Dependency(s)", nullptr, int(arrows.size())),
                      w->remove(pm::EntityKind::Dependency, arrows), &error, fail)
                : ChangeSetCommand::push(
                      m_undoStack, w, tr("Delete %n Item(s)", nullptr, int(components.size())),
                      w->remove(pm::EntityKind::Component, components), &error, fail);
        if (!ok)
            emit editFailed(error);
        return;
    }
    // Several kinds together: one undo step holding each removal.
    m_undoStack->beginMacro(
        tr("Delete %n Item(s)", nullptr, int(notes.size() + components.size() + arrows.size())));
    if (!arrows.isEmpty() &&
        !ChangeSetCommand::push(m_undoStack, w, tr("Delete Dependencies"),
                                w->remove(pm::EntityKind::Dependency, arrows), &error, fail))
        emit editFailed(error);
    if (!notes.isEmpty() &&
        !ChangeSetCommand::push(m_undoStack, w, tr("Delete Notes"),
                                w->remove(pm::EntityKind::Note, notes), &error, fail))
        emit editFailed(error);
    if (!components.isEmpty() &&
        !ChangeSetCommand::push(m_undoStack, w, tr("Delete Components"),
                                w->remove(pm::EntityKind::Component, components), &error, fail))
        emit editFailed(error);
    m_undoStack->endMacro();
}

void BoardView::duplicateSelection()
{
    if (m_readOnly)
        return;
    pm::ChangeSet changes;
    QList<QUuid> copies;
    for (const NoteItem *item : m_scene->selectedNotes()) {
        pm::Note copy = item->note();
        copy.meta = pm::RowMeta();
        copy.meta.id = QUuid::createUuid();
        copy.x += kDuplicateOffset;
        copy.y += kDuplicateOffset;
        copy.failureMode = QUuid(); // a copy is a new cause until stacked
        changes << copy;
        copies << copy.meta.id;
    }
    if (!apply(tr("Duplicate %n Note(s)", nullptr, int(copies.size())), changes))
        return;
    m_scene->clearSelection();
    for (const QUuid &id : copies) {
        if (NoteItem *item = m_scene->noteItem(id))
            item->setSelected(true);
    }
}

void BoardView::stackSelection()
{
    if (m_readOnly)
        return;
    QList<NoteItem *> notes = m_scene->selectedNotes();
    if (notes.size() < 2) {
        emit statusMessage(
            tr("Stacking needs two or more selected notes: Ctrl+Tab moves on without changing "
               "the selection, Ctrl+Space adds the focused note, Shift+arrows add the next one."));
        return;
    }
    // The top note (first in reading order) stays; the others are dropped on it, as a mouse
    // drop would do, and cascade below it.
    std::sort(notes.begin(), notes.end(), [](const NoteItem *a, const NoteItem *b) {
        return a->pos().y() != b->pos().y() ? a->pos().y() < b->pos().y()
                                            : a->pos().x() < b->pos().x();
    });
    BoardScene::DropTarget drop;
    drop.note = notes.takeFirst();
    QHash<QGraphicsItem *, QPointF> to;
    for (NoteItem *item : std::as_const(notes))
        to.insert(item, item->pos());
    QString text;
    const pm::ChangeSet changes = placeItems(to, drop, &text);
    apply(text, changes);
}

void BoardView::unstackSelection()
{
    if (m_readOnly)
        return;
    pm::ChangeSet changes;
    for (const NoteItem *item : m_scene->selectedNotes()) {
        pm::Note note = item->note();
        if (note.failureMode.isNull())
            continue;
        note.failureMode = QUuid();
        note.x += kDuplicateOffset * 2;
        changes << note;
    }
    apply(tr("Take %n Note(s) out of Stack", nullptr, int(changes.size())), changes);
}

void BoardView::setCategoryOfSelection(pm::Category category)
{
    if (m_readOnly)
        return;
    pm::ChangeSet changes;
    for (const NoteItem *item : m_scene->selectedNotes()) {
        pm::Note note = item->note();
        note.category = category;
        changes << note;
    }
    apply(tr("Set Category to %1").arg(pm::displayName(category)), changes);
}

void BoardView::setColourOfSelection(const QString &colour)
{
    if (m_readOnly)
        return;
    pm::ChangeSet changes;
    for (const NoteItem *item : m_scene->selectedNotes()) {
        pm::Note note = item->note();
        note.colour = colour;
        changes << note;
    }
    apply(tr("Change Note Colour"), changes);
}

void BoardView::moveSelection(qreal dx, qreal dy)
{
    if (m_readOnly)
        return;
    // The same placing as a mouse drop, with the focused note's new centre as the drop point:
    // moved onto a component a note belongs to it, moved off it belongs to none. Keyboard
    // moves never stack (a note passing over others would join each): Ctrl+G stacks.
    const QList<QGraphicsItem *> carried = carriedItems();
    if (carried.isEmpty())
        return;
    QHash<QGraphicsItem *, QPointF> to;
    QSet<QGraphicsItem *> moved;
    for (QGraphicsItem *item : carried) {
        to.insert(item, item->pos() + QPointF(dx, dy));
        moved.insert(item);
    }
    QGraphicsItem *lead = focusedItem();
    if (!lead || !lead->isSelected() || !isNote(lead)) {
        const QList<NoteItem *> notes = m_scene->selectedNotes();
        lead = notes.isEmpty() ? nullptr : notes.constFirst();
    }
    BoardScene::DropTarget drop;
    if (isNote(lead)) {
        const pm::Note &n = static_cast<NoteItem *>(lead)->note();
        drop.component =
            m_scene->dropTargetAt(QRectF(to.value(lead), QSizeF(n.width, n.height)).center(), moved)
                .component;
    }
    QString text;
    const pm::ChangeSet changes = placeItems(to, drop, &text);
    apply(text, changes, kNudgeMergeId);
    if (QGraphicsItem *item = focusedItem())
        ensureVisible(item, 40, 40);
}

void BoardView::arrangeStack(const QUuid &failureMode, bool spread)
{
    if (m_readOnly)
        return;
    QList<pm::Note> members;
    for (const QUuid &id : m_scene->notesOfStack(failureMode)) {
        if (const pm::Note *note = workshop()->findLive<pm::Note>(id))
            members << *note;
    }
    if (members.isEmpty())
        return;
    std::sort(members.begin(), members.end(), [](const pm::Note &a, const pm::Note &b) {
        return a.y != b.y ? a.y < b.y : a.x < b.x;
    });
    const QPointF origin(members.first().x, members.first().y);
    const int columns = qMax(1, int(std::ceil(std::sqrt(double(members.size())))));
    pm::ChangeSet changes;
    for (int i = 0; i < members.size(); ++i) {
        pm::Note note = members.at(i);
        if (spread) {
            note.x = origin.x() + (i % columns) * (note.width + 10);
            note.y = origin.y() + (i / columns) * (note.height + 10);
        } else {
            note.x = origin.x() + kStackOffsetX * i;
            note.y = origin.y() + kStackOffsetY * i;
        }
        changes << note;
    }
    apply(spread ? tr("Spread Out Stack") : tr("Collapse Stack"), changes);
}

void BoardView::addComponent(pm::ComponentKind kind)
{
    if (m_readOnly)
        return;
    pm::Component component;
    component.meta.id = QUuid::createUuid();
    component.kind = kind;
    component.name = pm::displayName(kind);
    const bool region = kind == pm::ComponentKind::Layer || kind == pm::ComponentKind::Boundary;
    component.width = region ? 1200 : 260;
    component.height = region ? 500 : 180;
    const QPointF centre = mapToScene(viewport()->rect().center());
    const QPointF spot =
        freePlace(QRectF(centre.x() - component.width / 2, centre.y() - component.height / 2,
                         component.width, component.height));
    component.x = spot.x();
    component.y = spot.y();
    if (!apply(tr("Add %1").arg(pm::displayName(kind)), {component}))
        return;
    if (ComponentItem *item = m_scene->componentItem(component.meta.id)) {
        focusItem(item);
        editFocused(); // name it right away; typing replaces the default name
        if (m_editor)
            m_editor->selectAll();
    }
}

// ---------------------------------------------------------------------------------------------
// Zoom

qreal BoardView::zoom() const
{
    // 100% is the style's natural size: 1.5 times larger on the projector.
    return transform().m11() / m_scene->boardStyle().viewScale();
}

void BoardView::setZoom(qreal factor)
{
    m_fitted = false; // the user chose a zoom: keep it through resizes
    factor = qBound(kMinZoom, factor, kMaxZoom);
    const qreal scale = factor * m_scene->boardStyle().viewScale();
    setTransform(QTransform::fromScale(scale, scale));
    placeEditor();
}

void BoardView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void BoardView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void BoardView::fitAll()
{
    fitInView(m_scene->contentRect().adjusted(-40, -40, 40, 40), Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setZoom(1.0); // a small board is shown at its natural size, not blown up
    placeEditor();
    m_fitted = true;
}

// A fitted board stays fitted while panels come and go around it (a phase change, presentation
// mode), so the room never looks at half a board; a zoom the user chose is kept.
void BoardView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitAll();
    else if (m_presenting) // the screen filled: the cluster in the middle again
        showFocusedCluster();
}

// ---------------------------------------------------------------------------------------------
// Context menu: the same actions as the keyboard

void BoardView::contextMenuEvent(QContextMenuEvent *event)
{
    showContextMenu(event->pos(), event->reason() == QContextMenuEvent::Keyboard);
}

void BoardView::showContextMenu(const QPoint &viewportPos, bool fromKeyboard)
{
    QPoint pos = viewportPos;
    QGraphicsItem *item = nullptr;
    if (fromKeyboard) {
        // The menu key opens the menu at the focused item (Qt passes the widget's corner), or
        // in the middle of the board when nothing has focus.
        item = focusedItem();
        if (!item && m_scene->selectedItems().size() == 1)
            item = m_scene->selectedItems().constFirst();
        const QRect visible =
            item ? mapFromScene(item->sceneBoundingRect()).boundingRect() & viewport()->rect()
                 : QRect();
        pos = visible.isEmpty()
                  ? viewport()->rect().center()
                  : QPoint(visible.center().x(), visible.top() + qMin(visible.height() / 2, 40));
    } else {
        item = itemAt(pos);
    }
    while (item && !isNote(item) && !isComponent(item) && !isArrow(item))
        item = item->parentItem();
    if (fromKeyboard && item && !item->isSelected() && !m_scene->selectedNotes().isEmpty()) {
        // Focus moved on with Ctrl: the menu acts on the notes chosen, not on the focused one.
        item = m_scene->selectedNotes().constFirst();
    } else if (item && !item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
        item->setFocus();
    }
    const QPointF scenePos = mapToScene(pos);
    QMenu menu(this);
    if (isNote(item)) {
        menu.addAction(tr("Edit Text"), this, &BoardView::editFocused)->setEnabled(!m_readOnly);
        menu.addAction(tr("Duplicate"), this, &BoardView::duplicateSelection)
            ->setEnabled(!m_readOnly);
        menu.addAction(tr("Stack into One Failure Mode"), this, &BoardView::stackSelection)
            ->setEnabled(!m_readOnly && m_scene->selectedNotes().size() > 1);
        menu.addAction(tr("Take out of Stack"), this, &BoardView::unstackSelection)
            ->setEnabled(!m_readOnly &&
                         !static_cast<NoteItem *>(item)->note().failureMode.isNull());
        QMenu *categories = menu.addMenu(tr("Category"));
        for (pm::Category c : pm::allValues<pm::Category>()) {
            categories->addAction(
                QStringLiteral("%1  %2").arg(pm::shortLabel(c), pm::displayName(c)), this,
                [this, c] { setCategoryOfSelection(c); });
        }
        categories->setEnabled(!m_readOnly);
        QMenu *colours = menu.addMenu(tr("Colour"));
        colours->addAction(tr("By Category"), this, [this] { setColourOfSelection(QString()); });
        for (int i = 0; i < 8; ++i) {
            const QColor colour = theme::authorColour(i);
            QPixmap swatch(16, 16);
            swatch.fill(colour);
            colours->addAction(QIcon(swatch), colour.name(), this,
                               [this, colour] { setColourOfSelection(colour.name()); });
        }
        colours->setEnabled(!m_readOnly);
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, &BoardView::deleteSelection)->setEnabled(!m_readOnly);
    } else if (isArrow(item)) {
        addDependencyMenu(&menu, static_cast<DependencyItem *>(item));
    } else if (isComponent(item)) {
        menu.addAction(tr("Rename"), this, &BoardView::editFocused)->setEnabled(!m_readOnly);
        menu.addAction(tr("Add Dependency…"), this, &BoardView::chooseDependencyTarget)
            ->setEnabled(!m_readOnly);
        menu.addAction(tr("Delete"), this, &BoardView::deleteSelection)->setEnabled(!m_readOnly);
    } else {
        menu.addAction(tr("New Note Here"), this, [this, scenePos] { newNoteAt(scenePos); })
            ->setEnabled(!m_readOnly);
        QMenu *add = menu.addMenu(tr("Add Component"));
        for (pm::ComponentKind kind : pm::allValues<pm::ComponentKind>())
            add->addAction(pm::displayName(kind), this, [this, kind] { addComponent(kind); });
        add->setEnabled(!m_readOnly);
        menu.addAction(tr("Fit All"), this, &BoardView::fitAll);
    }
    menu.exec(viewport()->mapToGlobal(pos));
}

} // namespace board

#pragma once

// The view the room looks at: zoom and pan, selection, drag-to-cluster, inline editing, and every
// board action reachable from the keyboard. Each user gesture becomes one change set applied to
// the workshop and pushed as one undo step (a drag of 50 notes is one step and one transaction).

#include "boardscene.h"
#include "entities.h"

#include <QGraphicsView>
#include <QHash>
#include <QUuid>

class QGraphicsLineItem;
class QMenu;
class QPlainTextEdit;
class QUndoStack;

namespace pm {
class Workshop;
}

namespace board {

class ComponentItem;
class DependencyItem;
class NoteItem;

class BoardView : public QGraphicsView
{
    Q_OBJECT

public:
    BoardView(BoardScene *scene, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~BoardView() override;

    BoardScene *boardScene() const { return m_scene; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Inline editor: open for a new note at a scene position, for the focused note (text) or
    // component (name). Ctrl+Enter (Enter for names) or leaving the editor commits; Esc cancels.
    void newNoteAt(const QPointF &scenePos);
    void newNote(); // at the focused item or the view centre
    // A new note in this category (a prompt card), at the same place as newNote().
    void newNoteInCategory(pm::Category category);
    // What new notes start as besides their text and place: in silent writing they are hidden
    // and written by the current writer.
    void setNewNoteTemplate(const pm::Note &note) { m_newNote = note; }
    void editFocused();
    bool commitEditor();
    void cancelEditor();
    QPlainTextEdit *editor() const { return m_editor; }

    void deleteSelection();
    void duplicateSelection();
    void stackSelection();
    void unstackSelection();
    void setCategoryOfSelection(pm::Category category);
    void setColourOfSelection(const QString &colour); // "" = by category
    void moveSelection(qreal dx, qreal dy);
    // A stack's notes as a tidy cascade (collapsed) or spread out in a grid (expanded).
    void arrangeStack(const QUuid &failureMode, bool spread);
    void addComponent(pm::ComponentKind kind);
    // Send To (boardviewsend.cpp): a chooser of components and stacks by name for the selected
    // notes, and the sending itself (a component or failure mode id), one undo step like a drop.
    void chooseSendTarget();
    bool sendSelectionTo(const QUuid &target);
    // Dependencies (boardviewdependency.cpp). By keyboard: from the focused component, a chooser
    // of the other components by name with the kind below it; by mouse: a drag from a box's edge
    // (the cursor turns into a cross there) onto another component. Each is one undo step.
    void chooseDependencyTarget();
    bool addDependency(const QUuid &from, const QUuid &to, pm::DependencyKind kind);
    // The focused or selected arrow's kind, label and SLA flag in a small dialog.
    void editDependency(const QUuid &id);
    bool updateDependency(const pm::Dependency &edited);
    // Whether scenePos lies in the edge band of component where a drag draws a dependency.
    bool inLinkZone(const ComponentItem *component, const QPointF &scenePos) const;
    void selectAll();

    void zoomIn();
    void zoomOut();
    void fitAll();
    // Presentation mode (F11, boardviewpresentation.cpp): the board shows what is discussed, the
    // focused note, stack or component and its neighbours, at a size the back of the room reads
    // (note text at 100% of the projector zoom, 24 px on a 1920x1080 screen), following the
    // focus; Page Down / Page Up step from one cluster to the next. Fit All (Ctrl+0) shows the
    // whole board on request, until the focus moves. Off: the whole board again.
    void setPresentation(bool on);
    bool isPresenting() const { return m_presenting; }
    void showFocusedCluster();
    void stepCluster(bool backwards);
    qreal zoom() const;
    // Focus moves between notes and components in reading order, or to the nearest item in a
    // direction. What happens to the selection follows the item-view convention: plain keys
    // select the focused item alone, Shift adds it, Ctrl leaves the selection as it is (and
    // Ctrl+Space then toggles the focused item), so any two notes can be chosen by keyboard.
    enum class SelectionMode
    {
        Replace,
        Extend,
        Keep
    };
    void focusNextItem(bool backwards, SelectionMode mode = SelectionMode::Replace);
    void focusInDirection(int dx, int dy, SelectionMode mode = SelectionMode::Replace);
    void toggleFocusedSelection();
    QGraphicsItem *focusedItem() const;
    // Focuses, selects and shows one component (a warning about it was picked).
    void focusComponent(const QUuid &id);

signals:
    // An edit the core refused (read-only, invalid, disk full): the window shows it in a banner.
    void editFailed(const QString &message);
    // Why a key did nothing (a face-down note, one note to stack): shown briefly, not a banner.
    void statusMessage(const QString &message);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Drag
    {
        QPointF pressScene;
        QHash<QGraphicsItem *, QPointF> start; // item -> position at press
        bool moved = false;
        QGraphicsItem *target = nullptr; // highlighted drop target
    };

    bool apply(const QString &text, const pm::ChangeSet &changes, int mergeId = -1);
    // The selection and what it carries along: a component its notes and the components inside
    // it. Mouse drags and keyboard moves move the same set.
    QList<QGraphicsItem *> carriedItems() const;
    // The one code path for placing moved items, shared by mouse drops, Alt+arrow moves and
    // Ctrl+G: new positions, the component a note lands on (or none), the stack it joins or
    // leaves, the region a component lands in. to: the item positions after the gesture.
    pm::ChangeSet placeItems(const QHash<QGraphicsItem *, QPointF> &to,
                             const BoardScene::DropTarget &drop, QString *text) const;
    QUuid regionAt(const QPointF &scenePos, const QSet<QGraphicsItem *> &excluded) const;
    // Where a new item of size goes: at wanted, or the nearest place that covers nothing.
    QPointF freePlace(const QRectF &wanted) const;
    // Notes face down in silent writing are edited only by their writer (the "Writing as"
    // person): anyone else would put the text on the projector before the reveal.
    bool mayEdit(const pm::Note &note) const;
    void showContextMenu(const QPoint &viewportPos, bool fromKeyboard);
    void beginDrag(const QPointF &scenePos);
    void beginLink(ComponentItem *from, const QPointF &scenePos);
    void updateLink(const QPointF &scenePos);
    void finishLink(const QPointF &scenePos);
    void cancelLink();
    ComponentItem *componentAt(const QPointF &scenePos, const QGraphicsItem *except) const;
    void addDependencyMenu(QMenu *menu, DependencyItem *item);
    void updateDropHighlight(const QPointF &scenePos);
    void clearDropHighlight();
    void finishDrag(const QPointF &scenePos);
    void revertDrag();
    void openEditor(const QRectF &sceneRect, const QString &text, bool singleLine);
    void placeEditor();
    // Zooms in on the edited rect when the board is so far out that its text is unreadable,
    // and back to the zoom and place the room had when the edit ends.
    void zoomToEditor(const QRectF &sceneRect);
    void restoreZoomAfterEdit();
    void setZoom(qreal factor);
    void focusItem(QGraphicsItem *item, SelectionMode mode = SelectionMode::Replace);
    QGraphicsItem *lastFocusedItem() const;
    // Notes and components in reading order; navigableItems() adds each box's arrows after it.
    QList<QGraphicsItem *> navigableItems() const;
    QList<QGraphicsItem *> placedItems() const;
    // The cluster an item belongs to (its stack, else its component, else itself) and the
    // scene rect of all of it.
    QUuid clusterOf(const QGraphicsItem *item) const;
    QRectF clusterRect(const QUuid &cluster, const QGraphicsItem *item) const;
    QList<QUuid> selectedNoteIds() const;
    pm::Workshop *workshop() const;

    BoardScene *m_scene;
    QUndoStack *m_undoStack;
    bool m_readOnly = false;
    QUuid m_lastFocused;   // the item focused last, kept while focus is in another pane
    bool m_fitted = false; // the last zoom came from fitAll(): resizes fit again
    bool m_presenting = false;
    std::optional<Drag> m_drag;
    ComponentItem *m_resizeItem = nullptr;
    // A dependency being drawn by mouse: the component it starts at, the rubber line, and the
    // component under the cursor (highlighted).
    struct Link
    {
        ComponentItem *from = nullptr;
        QGraphicsLineItem *line = nullptr;
        ComponentItem *target = nullptr;
    };
    std::optional<Link> m_link;
    QPointF m_resizeOrigin;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;

    QPlainTextEdit *m_editor = nullptr;
    QRectF m_editorSceneRect;
    QUuid m_editingId; // the note or component being edited; null for a new note
    struct ZoomBeforeEdit
    {
        QTransform transform;
        QPointF centre; // scene point at the viewport's centre
        bool fitted = false;
    };
    std::optional<ZoomBeforeEdit> m_zoomBeforeEdit;
    pm::Note m_newNote;
    std::optional<pm::Category> m_newCategory; // of the note being written, when not the default
    bool m_editingComponent = false;
};

} // namespace board

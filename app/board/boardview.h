#pragma once

// The view the room looks at: zoom and pan, selection, drag-to-cluster, inline editing, and every
// board action reachable from the keyboard. Each user gesture becomes one change set applied to
// the workshop and pushed as one undo step (a drag of 50 notes is one step and one transaction).

#include "entities.h"

#include <QGraphicsView>
#include <QHash>
#include <QUuid>

class QPlainTextEdit;
class QUndoStack;

namespace pm {
class Workshop;
}

namespace board {

class BoardScene;
class ComponentItem;
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
    void selectAll();

    void zoomIn();
    void zoomOut();
    void fitAll();
    qreal zoom() const;
    // Focus moves between notes and components in reading order, or to the nearest item in a
    // direction; the focused item is selected and scrolled into view.
    void focusNextItem(bool backwards);
    void focusInDirection(int dx, int dy);
    QGraphicsItem *focusedItem() const;

signals:
    // An edit the core refused (read-only, invalid, disk full): the window shows it in a banner.
    void editFailed(const QString &message);

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
    void beginDrag(const QPointF &scenePos);
    void updateDropHighlight(const QPointF &scenePos);
    void clearDropHighlight();
    void finishDrag(const QPointF &scenePos);
    void revertDrag();
    void openEditor(const QRectF &sceneRect, const QString &text, bool singleLine);
    void placeEditor();
    void setZoom(qreal factor);
    void focusItem(QGraphicsItem *item);
    QList<QGraphicsItem *> navigableItems() const;
    QList<QUuid> selectedNoteIds() const;
    pm::Workshop *workshop() const;

    BoardScene *m_scene;
    QUndoStack *m_undoStack;
    bool m_readOnly = false;
    bool m_fitted = false; // the last zoom came from fitAll(): resizes fit again
    std::optional<Drag> m_drag;
    ComponentItem *m_resizeItem = nullptr;
    QPointF m_resizeOrigin;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;

    QPlainTextEdit *m_editor = nullptr;
    QRectF m_editorSceneRect;
    QUuid m_editingId; // the note or component being edited; null for a new note
    pm::Note m_newNote;
    std::optional<pm::Category> m_newCategory; // of the note being written, when not the default
    bool m_editingComponent = false;
};

} // namespace board

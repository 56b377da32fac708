#pragma once

// The board and architecture canvas as one QGraphicsScene: components and regions, sticky notes,
// and the frames of stacked failure modes. It mirrors the workshop and follows its changed()
// signal item by item; it never writes to the workshop itself (the view does, through commands).

#include "boardstyle.h"
#include "workshop.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

#include <memory>

namespace board {

class NoteItem;
class ComponentItem;
class StackItem;
class FocusRing;
class DependencyItem;
class ObstacleGrid;

class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit BoardScene(pm::Workshop *workshop, const BoardStyle &style = {},
                        QObject *parent = nullptr);
    ~BoardScene() override;

    pm::Workshop *workshop() const { return m_workshop; }
    const BoardStyle &boardStyle() const { return m_style; }
    void setBoardStyle(const BoardStyle &style);

    NoteItem *noteItem(const QUuid &id) const { return m_notes.value(id); }
    ComponentItem *componentItem(const QUuid &id) const { return m_components.value(id); }
    StackItem *stackItem(const QUuid &id) const { return m_stacks.value(id); }
    DependencyItem *dependencyItem(const QUuid &id) const { return m_dependencies.value(id); }
    QList<DependencyItem *> dependencyItems() const { return m_dependencies.values(); }
    // The arrows leaving a component (what it depends on), in the order of their targets on the
    // board (top to bottom, left to right): Tab visits them after the component.
    QList<DependencyItem *> dependenciesFrom(const QUuid &component) const;
    QList<NoteItem *> selectedNotes() const;
    QList<DependencyItem *> selectedDependencies() const;
    // A component moved or changed size, in the model or only on screen (a drag, a resize
    // preview): its arrows follow.
    void componentGeometryChanged(const QUuid &component);
    QList<ComponentItem *> selectedComponents() const;
    QList<QUuid> notesOfComponent(const QUuid &component) const;
    QList<QUuid> notesOfStack(const QUuid &failureMode) const;

    // What a note dropped at pos would land on: another note (to stack with) or else the
    // innermost component under it. Items being dragged are ignored.
    struct DropTarget
    {
        NoteItem *note = nullptr;
        ComponentItem *component = nullptr;
    };
    DropTarget dropTargetAt(const QPointF &pos, const QSet<QGraphicsItem *> &dragged) const;
    // The rectangle holding everything, for "fit all".
    QRectF contentRect() const;

    // The heat map as last computed (empty while it is off).
    const QHash<pm::RowKey, pm::ComponentHeat> &heat() const { return m_heat; }

    // The ring around the keyboard focus, above every note; follows the focus item as it moves.
    FocusRing *focusRing() const { return m_focusRing; }
    void updateFocusRing();

    // Presentation mode: the notes of one stack (a failure mode) drawn side by side in at most
    // `columns` columns from the stack's top-left corner, its frame round them, so the room
    // reads each note whole; the file keeps where they lie. A null id: none.
    void spreadStack(const QUuid &failureMode, int columns);
    QUuid spreadStackId() const { return m_spread; }

    // How often the scene was built from scratch: once per workshop, never per edit.
    int rebuildCount() const { return m_rebuilds; }

private slots:
    void onChanged(const QList<pm::RowChange> &changes);

private:
    void rebuild();
    void updateNote(const QUuid &id);
    void updateComponent(const QUuid &id);
    void updateStack(const QUuid &id);
    void updateDependency(const QUuid &id);
    void placeDependency(DependencyItem *item) const;
    std::unique_ptr<ObstacleGrid> obstacles() const;
    void refreshDecorations();
    // Recomputes the heat map; returns the components whose heat changed.
    QSet<QUuid> updateHeat();
    QColor noteColour(const pm::Note &note) const;
    void layoutSpread(const QUuid &failureMode);

    pm::Workshop *m_workshop;
    BoardStyle m_style;
    QHash<QUuid, NoteItem *> m_notes;
    QHash<QUuid, ComponentItem *> m_components;
    QHash<QUuid, StackItem *> m_stacks;
    QHash<QUuid, DependencyItem *> m_dependencies;
    // Component -> the arrows at either end of it, kept with the arrow items.
    QHash<QUuid, QSet<QUuid>> m_componentDependencies;
    // While a batch of arrows is laid out (a rebuild, one change): what lies on the board.
    std::unique_ptr<ObstacleGrid> m_grid;
    // Membership, kept in step with the note items so counts and frames update locally.
    QHash<QUuid, QSet<QUuid>> m_componentNotes;
    QHash<QUuid, QSet<QUuid>> m_stackNotes;
    QHash<QUuid, int> m_authorIndex;
    QHash<pm::RowKey, pm::ComponentHeat> m_heat;
    int m_rebuilds = 0;
    FocusRing *m_focusRing = nullptr;
    QUuid m_spread; // the stack laid out side by side (spreadStack)
    int m_spreadColumns = 1;
};

} // namespace board

#include "boardscene.h"

#include "anonymity.h"

#include "componentitem.h"
#include "dependencyitem.h"
#include "focusring.h"
#include "noteitem.h"
#include "obstaclegrid.h"
#include "palette.h"
#include "risk.h"
#include "stackitem.h"

#include <algorithm>

namespace board {

namespace {

QString initialsOf(const QString &name)
{
    QString initials;
    for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        initials += word.at(0).toUpper();
        if (initials.size() == 2)
            break;
    }
    return initials;
}

// Room either side of an arrow for its label.
constexpr qreal kLabelReach = 220;

QRectF noteRect(const pm::Note &n)
{
    return QRectF(n.x, n.y, n.width, n.height);
}

} // namespace

BoardScene::BoardScene(pm::Workshop *workshop, const BoardStyle &style, QObject *parent)
    : QGraphicsScene(parent), m_workshop(workshop), m_style(style)
{
    // Items move often and the scene is large: a BSP tree with automatic depth suits it.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(workshop, &pm::Workshop::changed, this, &BoardScene::onChanged);
    connect(this, &QGraphicsScene::focusItemChanged, this, &BoardScene::updateFocusRing);
    rebuild();
}

BoardScene::~BoardScene()
{
    // QGraphicsScene's destructor deletes the items, moving the focus as it goes.
    disconnect(this, &QGraphicsScene::focusItemChanged, this, &BoardScene::updateFocusRing);
    m_focusRing = nullptr;
}

void BoardScene::setBoardStyle(const BoardStyle &style)
{
    m_style = style;
    refreshDecorations();
}

void BoardScene::rebuild()
{
    ++m_rebuilds;
    m_focusRing = nullptr; // clear() deletes it
    clear();
    m_notes.clear();
    m_components.clear();
    m_stacks.clear();
    m_dependencies.clear();
    m_componentDependencies.clear();
    m_componentNotes.clear();
    m_stackNotes.clear();
    m_authorIndex.clear();
    m_focusRing = new FocusRing;
    addItem(m_focusRing);
    int index = 0;
    for (const pm::Participant &p : m_workshop->rows<pm::Participant>())
        m_authorIndex.insert(p.meta.id, index++);
    for (const pm::Component &c : m_workshop->rows<pm::Component>())
        updateComponent(c.meta.id);
    for (const pm::Note &n : m_workshop->rows<pm::Note>())
        updateNote(n.meta.id);
    for (const pm::FailureMode &f : m_workshop->rows<pm::FailureMode>())
        updateStack(f.meta.id);
    m_grid = obstacles();
    for (const pm::Dependency &d : m_workshop->rows<pm::Dependency>())
        updateDependency(d.meta.id);
    m_grid.reset();
    updateHeat();
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it)
        updateComponent(it.key()); // now that counts and heat are known
    setSceneRect(contentRect().adjusted(-2000, -2000, 2000, 2000));
}

void BoardScene::refreshDecorations()
{
    updateHeat();
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it)
        updateComponent(it.key());
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        updateNote(it.key());
    for (auto it = m_stacks.cbegin(); it != m_stacks.cend(); ++it)
        updateStack(it.key());
    m_grid = obstacles();
    for (const QUuid &id : m_dependencies.keys())
        updateDependency(id);
    m_grid.reset();
    updateFocusRing();
}

void BoardScene::updateFocusRing()
{
    if (!m_focusRing)
        return;
    QGraphicsItem *focus = focusItem();
    if (focus && focus->type() != NoteItem::Type && focus->type() != ComponentItem::Type)
        focus = nullptr;
    m_focusRing->track(focus, m_style.borderWidth());
}

QSet<QUuid> BoardScene::updateHeat()
{
    // The whole map is recomputed (linear in components and failure modes: cheap), but only the
    // components whose heat changed are repainted.
    QHash<pm::RowKey, pm::ComponentHeat> heat;
    if (m_style.heatMap)
        heat = pm::heatMap(*m_workshop, m_style.heatAggregation);
    QSet<QUuid> changed;
    for (auto it = heat.cbegin(); it != heat.cend(); ++it) {
        if (m_heat.value(it.key()) != it.value() || !m_heat.contains(it.key()))
            changed.insert(it.key().id);
    }
    for (auto it = m_heat.cbegin(); it != m_heat.cend(); ++it) {
        if (!heat.contains(it.key()))
            changed.insert(it.key().id);
    }
    m_heat = heat;
    return changed;
}

QColor BoardScene::noteColour(const pm::Note &note) const
{
    if (!note.colour.isEmpty())
        return QColor(note.colour);
    // Anonymous mode: colours must not give authors away either.
    if (m_style.colourBy == ColourBy::Author && !note.author.isNull() &&
        pm::showsAuthors(m_workshop->info()))
        return theme::authorColour(m_authorIndex.value(note.author, -1));
    return theme::categoryColour(note.category);
}

void BoardScene::updateNote(const QUuid &id)
{
    NoteItem *item = m_notes.value(id);
    const pm::Note *note = m_workshop->findLive<pm::Note>(id);
    // Leave the old component and stack; they are updated by the caller.
    if (item) {
        m_componentNotes[item->note().component].remove(id);
        m_stackNotes[item->note().failureMode].remove(id);
    }
    if (!note) {
        if (item) {
            m_notes.remove(id);
            delete item;
        }
        return;
    }
    if (!item) {
        item = new NoteItem(*note);
        addItem(item);
        m_notes.insert(id, item);
    }
    m_componentNotes[note->component].insert(id);
    m_stackNotes[note->failureMode].insert(id);
    NoteItem::Decoration decoration;
    decoration.background = noteColour(*note);
    const pm::Participant *author = pm::showsAuthors(m_workshop->info())
                                        ? m_workshop->find<pm::Participant>(note->author)
                                        : nullptr;
    if (author) {
        decoration.authorName = author->name;
        decoration.authorInitials = initialsOf(author->name);
    }
    if (const pm::FailureMode *mode = m_workshop->findLive<pm::FailureMode>(note->failureMode))
        decoration.score = pm::riskScore(mode->likelihood, mode->blastRadius);
    item->setNote(*note, decoration, m_style);
    if (!m_spread.isNull() && note->failureMode == m_spread)
        layoutSpread(m_spread); // its place in the row follows the saved places
    else
        item->setPresentedOffset({});
}

void BoardScene::spreadStack(const QUuid &failureMode, int columns)
{
    const QUuid old = m_spread;
    m_spread = failureMode;
    m_spreadColumns = qMax(1, columns);
    if (!old.isNull() && old != failureMode) {
        layoutSpread(old); // back where the file has them
        updateStack(old);
    }
    if (!failureMode.isNull()) {
        layoutSpread(failureMode);
        updateStack(failureMode);
    }
    updateFocusRing();
}

void BoardScene::layoutSpread(const QUuid &failureMode)
{
    QList<NoteItem *> members;
    for (const QUuid &id : m_stackNotes.value(failureMode)) {
        if (NoteItem *item = m_notes.value(id))
            members << item;
    }
    if (failureMode.isNull() || failureMode != m_spread) {
        for (NoteItem *item : std::as_const(members))
            item->setPresentedOffset({});
        return;
    }
    // In the order of the cascade (top to bottom, then left to right), rows from its corner.
    std::sort(members.begin(), members.end(), [](const NoteItem *a, const NoteItem *b) {
        return std::make_pair(a->note().y, a->note().x) < std::make_pair(b->note().y, b->note().x);
    });
    QRectF home;
    for (const NoteItem *item : std::as_const(members))
        home |= noteRect(item->note());
    constexpr qreal kGap = 16;
    QPointF cell = home.topLeft();
    qreal rowHeight = 0;
    for (int i = 0; i < members.size(); ++i) {
        NoteItem *item = members.at(i);
        item->setPresentedOffset(cell - item->pos());
        rowHeight = qMax(rowHeight, item->note().height);
        cell.rx() += item->note().width + kGap;
        if ((i + 1) % m_spreadColumns == 0) {
            cell = QPointF(home.left(), cell.y() + rowHeight + kGap);
            rowHeight = 0;
        }
    }
}

void BoardScene::updateComponent(const QUuid &id)
{
    ComponentItem *item = m_components.value(id);
    const pm::Component *component = m_workshop->findLive<pm::Component>(id);
    if (!component) {
        if (item) {
            m_components.remove(id);
            delete item;
        }
        return;
    }
    if (!item) {
        item = new ComponentItem(*component);
        addItem(item);
        m_components.insert(id, item);
    }
    const auto heat = m_heat.constFind(id);
    item->setHeat(heat == m_heat.constEnd() ? std::nullopt : std::optional(*heat));
    item->setComponent(*component, int(m_componentNotes.value(id).size()), m_style);
    // A nested region draws above the region that holds it.
    int depth = 0;
    for (QUuid p = component->parent; !p.isNull() && depth < 32; ++depth) {
        const pm::Component *parent = m_workshop->find<pm::Component>(p);
        p = parent ? parent->parent : QUuid();
    }
    item->setZValue(item->zValue() + depth * 0.01);
}

void BoardScene::updateDependency(const QUuid &id)
{
    DependencyItem *item = m_dependencies.value(id);
    if (item) {
        m_componentDependencies[item->dependency().from].remove(id);
        m_componentDependencies[item->dependency().to].remove(id);
    }
    const pm::Dependency *dependency = m_workshop->findLive<pm::Dependency>(id);
    const ComponentItem *from = dependency ? m_components.value(dependency->from) : nullptr;
    const ComponentItem *to = dependency ? m_components.value(dependency->to) : nullptr;
    if (!from || !to) {
        if (item) {
            m_dependencies.remove(id);
            delete item;
        }
        return;
    }
    if (!item) {
        item = new DependencyItem(*dependency);
        addItem(item);
        m_dependencies.insert(id, item);
    }
    m_componentDependencies[dependency->from].insert(id);
    m_componentDependencies[dependency->to].insert(id);
    item->setNames(from->component().name, to->component().name);
    item->setDependency(*dependency, m_style);
    placeDependency(item);
}

void BoardScene::placeDependency(DependencyItem *item) const
{
    const pm::Dependency &d = item->dependency();
    const ComponentItem *from = m_components.value(d.from);
    const ComponentItem *to = m_components.value(d.to);
    if (!from || !to)
        return;
    // A -> B and B -> A side by side: each moves to its own left, which is the other's right.
    bool reverse = false;
    for (const QUuid &other : m_componentDependencies.value(d.to)) {
        const DependencyItem *o = m_dependencies.value(other);
        if (o && o->dependency().from == d.to && o->dependency().to == d.from)
            reverse = true;
    }
    const qreal offset = reverse ? 4 * m_style.dependencyWidth() + 4 : 0;
    // What lies between the two: boxes the line passes behind, notes, stacks and other labels
    // its label keeps off. Plain scans of the items' rectangles: asking the scene's index while
    // arrows change their geometry made it rebuild itself for every arrow (minutes for a map of
    // 2,500 arrows).
    const QRectF a = from->sceneRect(), b = to->sceneRect();
    const QLineF line(a.center(), b.center());
    // A single arrow (a box dragged) looks at the board as it is; a batch shares one grid.
    std::unique_ptr<ObstacleGrid> own;
    const ObstacleGrid *grid = m_grid.get();
    if (!grid) {
        own = obstacles();
        grid = own.get();
    }
    QList<QRectF> boxes, notes;
    grid->visitNear(line, kLabelReach,
                    [&](const QRectF &r, ObstacleGrid::Kind kind, const void *owner) {
                        if (owner == from || owner == to || owner == item)
                            return;
                        (kind == ObstacleGrid::Box ? boxes : notes) << r;
                    });
    std::sort(boxes.begin(), boxes.end(), [](const QRectF &l, const QRectF &r) {
        return std::make_pair(l.y(), l.x()) < std::make_pair(r.y(), r.x());
    });
    std::sort(notes.begin(), notes.end(), [](const QRectF &l, const QRectF &r) {
        return std::make_pair(l.y(), l.x()) < std::make_pair(r.y(), r.x());
    });
    item->setEnds(a, b, offset, boxes, notes);
    if (m_grid) // later arrows of the batch keep their labels off this one
        m_grid->insert(item->labelRect(), ObstacleGrid::Cover, item);
}

std::unique_ptr<ObstacleGrid> BoardScene::obstacles() const
{
    auto grid = std::make_unique<ObstacleGrid>();
    for (const ComponentItem *c : m_components) {
        if (!c->isRegion())
            grid->insert(c->sceneRect(), ObstacleGrid::Box, c);
    }
    for (const NoteItem *n : m_notes)
        grid->insert(n->sceneBoundingRect(), ObstacleGrid::Cover, n);
    for (const StackItem *stack : m_stacks) // a stack's frame and title lie above arrows
        grid->insert(stack->sceneBoundingRect(), ObstacleGrid::Cover, stack);
    for (const DependencyItem *arrow : m_dependencies)
        grid->insert(arrow->labelRect(), ObstacleGrid::Cover, arrow);
    return grid;
}

void BoardScene::componentGeometryChanged(const QUuid &component)
{
    for (const QUuid &id : m_componentDependencies.value(component)) {
        if (DependencyItem *item = m_dependencies.value(id))
            placeDependency(item);
    }
}

QList<DependencyItem *> BoardScene::dependenciesFrom(const QUuid &component) const
{
    QList<DependencyItem *> items;
    for (const QUuid &id : m_componentDependencies.value(component)) {
        DependencyItem *item = m_dependencies.value(id);
        if (item && item->dependency().from == component)
            items << item;
    }
    std::sort(items.begin(), items.end(), [this](DependencyItem *a, DependencyItem *b) {
        const ComponentItem *ta = m_components.value(a->dependency().to);
        const ComponentItem *tb = m_components.value(b->dependency().to);
        const QPointF pa = ta->pos(), pb = tb->pos();
        if (pa.y() != pb.y())
            return pa.y() < pb.y();
        if (pa.x() != pb.x())
            return pa.x() < pb.x();
        return a->id() < b->id();
    });
    return items;
}

QList<DependencyItem *> BoardScene::selectedDependencies() const
{
    QList<DependencyItem *> items;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == DependencyItem::Type)
            items << static_cast<DependencyItem *>(item);
    }
    return items;
}

void BoardScene::updateStack(const QUuid &id)
{
    StackItem *item = m_stacks.value(id);
    const pm::FailureMode *mode = m_workshop->findLive<pm::FailureMode>(id);
    const QSet<QUuid> members = m_stackNotes.value(id);
    if (!mode || members.isEmpty()) {
        if (item) {
            m_stacks.remove(id);
            delete item;
        }
        return;
    }
    if (!item) {
        item = new StackItem(*mode);
        addItem(item);
        m_stacks.insert(id, item);
    }
    QRectF frame;
    for (const QUuid &note : members) {
        if (const NoteItem *n = m_notes.value(note))
            frame |= noteRect(n->note()).translated(n->presentedOffset());
    }
    // The title must not cover the name of the component the notes lie on.
    QList<QRectF> headers;
    const QRectF near = frame.adjusted(0, -200, 0, 0);
    for (const ComponentItem *c : std::as_const(m_components)) {
        if (const QRectF header = c->headerRect(); header.intersects(near))
            headers << header;
    }
    item->setFailureMode(*mode, frame, int(members.size()), m_style, headers);
}

void BoardScene::onChanged(const QList<pm::RowChange> &changes)
{
    QSet<QUuid> components, stacks, notes, dependencies;
    bool participants = false, risks = false;
    // Where boxes and notes were (their rows as last shown, not a drag's preview): arrows there
    // may pass behind them or keep their labels off them, and must be laid out again.
    QList<QRectF> touched;
    for (const pm::RowChange &change : changes) {
        switch (change.kind) {
        case pm::EntityKind::Note:
            if (const NoteItem *item = m_notes.value(change.id)) {
                const pm::Note &n = item->note();
                touched << QRectF(n.x, n.y, n.width, n.height);
                components.insert(item->note().component);
                stacks.insert(item->note().failureMode);
            }
            if (const pm::Note *note = m_workshop->find<pm::Note>(change.id)) {
                components.insert(note->component);
                stacks.insert(note->failureMode);
            }
            notes.insert(change.id);
            break;
        case pm::EntityKind::Dependency:
            dependencies.insert(change.id);
            break;
        case pm::EntityKind::Component:
            if (const ComponentItem *item = m_components.value(change.id)) {
                const pm::Component &c = item->component();
                touched << QRectF(c.x, c.y, c.width, c.height);
            }
            components.insert(change.id);
            risks = true; // a component moved into a region takes its risks along
            break;
        case pm::EntityKind::FailureMode:
            stacks.insert(change.id);
            risks = true;
            // Member notes show the failure mode's score.
            for (const QUuid &member : m_stackNotes.value(change.id))
                notes.insert(member);
            break;
        case pm::EntityKind::Participant:
        case pm::EntityKind::Workshop: // anonymous mode shows or hides every note's author
            participants = true;
            break;
        default:
            break;
        }
    }
    if (participants) {
        m_authorIndex.clear();
        int index = 0;
        for (const pm::Participant &p : m_workshop->rows<pm::Participant>())
            m_authorIndex.insert(p.meta.id, index++);
        for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
            notes.insert(it.key());
    }
    if (risks && m_style.heatMap)
        components.unite(updateHeat());
    for (const QUuid &id : std::as_const(notes))
        updateNote(id);
    for (const QUuid &id : std::as_const(components)) {
        if (!id.isNull())
            updateComponent(id);
    }
    for (const QUuid &id : std::as_const(stacks)) {
        if (!id.isNull())
            updateStack(id);
    }
    // Arrows follow their components: renamed (tooltip), removed (the arrow goes), added back.
    for (const QUuid &id : std::as_const(components))
        dependencies.unite(m_componentDependencies.value(id));
    if (!components.isEmpty()) {
        for (const pm::Dependency &d : m_workshop->rows<pm::Dependency>()) {
            if (!m_dependencies.contains(d.meta.id) &&
                (components.contains(d.from) || components.contains(d.to)))
                dependencies.insert(d.meta.id);
        }
    }
    m_grid = obstacles(); // one look at the board for every arrow this change moves
    for (const QUuid &id : std::as_const(dependencies))
        updateDependency(id);
    // A box or note moved across another arrow: it passes behind it or its label moves aside.
    // Only the arrows near where they were or are now (a big map has thousands).
    for (const QUuid &id : std::as_const(notes)) {
        if (const NoteItem *item = m_notes.value(id))
            touched << item->sceneBoundingRect();
    }
    for (const QUuid &id : std::as_const(components)) {
        if (const ComponentItem *item = m_components.value(id))
            touched << item->sceneRect();
    }
    if (!touched.isEmpty()) {
        QList<DependencyItem *> near;
        for (DependencyItem *item : std::as_const(m_dependencies)) {
            const QLineF line = item->line();
            if (std::any_of(touched.cbegin(), touched.cend(), [&line](const QRectF &r) {
                    return ObstacleGrid::crosses(
                        line, r.adjusted(-kLabelReach, -kLabelReach, kLabelReach, kLabelReach));
                }))
                near << item;
        }
        for (DependencyItem *item : std::as_const(near))
            placeDependency(item);
    }
    // A new or removed arrow moves its reverse aside or back.
    for (const QUuid &id : std::as_const(dependencies)) {
        const pm::Dependency *d = m_workshop->find<pm::Dependency>(id);
        if (!d)
            continue;
        for (const QUuid &other : m_componentDependencies.value(d->to)) {
            if (DependencyItem *o = m_dependencies.value(other); o && o->dependency().to == d->from)
                placeDependency(o);
        }
    }
    m_grid.reset();
    updateFocusRing(); // the focused item may have moved or grown
    const QRectF content = contentRect();
    if (!sceneRect().contains(content))
        setSceneRect(sceneRect() | content.adjusted(-2000, -2000, 2000, 2000));
}

QList<NoteItem *> BoardScene::selectedNotes() const
{
    QList<NoteItem *> notes;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == NoteItem::Type)
            notes << static_cast<NoteItem *>(item);
    }
    return notes;
}

QList<ComponentItem *> BoardScene::selectedComponents() const
{
    QList<ComponentItem *> components;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ComponentItem::Type)
            components << static_cast<ComponentItem *>(item);
    }
    return components;
}

QList<QUuid> BoardScene::notesOfComponent(const QUuid &component) const
{
    return m_componentNotes.value(component).values();
}

QList<QUuid> BoardScene::notesOfStack(const QUuid &failureMode) const
{
    return m_stackNotes.value(failureMode).values();
}

BoardScene::DropTarget BoardScene::dropTargetAt(const QPointF &pos,
                                                const QSet<QGraphicsItem *> &dragged) const
{
    DropTarget target;
    // items() lists the topmost first: a note above a box above a region.
    for (QGraphicsItem *item : items(pos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (dragged.contains(item))
            continue;
        if (item->type() == NoteItem::Type && !target.note && !target.component)
            target.note = static_cast<NoteItem *>(item);
        else if (item->type() == ComponentItem::Type && !target.component)
            target.component = static_cast<ComponentItem *>(item);
    }
    return target;
}

QRectF BoardScene::contentRect() const
{
    QRectF rect;
    for (const ComponentItem *c : m_components)
        rect |= c->sceneBoundingRect();
    for (const NoteItem *n : m_notes)
        rect |= n->sceneBoundingRect();
    return rect.isNull() ? QRectF(0, 0, 1600, 900) : rect;
}

} // namespace board

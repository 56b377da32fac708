// BoardView in presentation mode: what is discussed, large enough for the back of the room
// (issue 21: a fit-all of every note put note text at 10 px on a 1920x1080 projector).

#include "boardscene.h"
#include "boardview.h"
#include "componentitem.h"
#include "dependencyitem.h"
#include "noteitem.h"
#include "stackitem.h"

#include <QScreen>
#include <QScrollBar>

#include <algorithm>

namespace board {

namespace {

// The zoom (1 = the projector's natural size, note text 24 px on 1920x1080) a cluster is shown
// at: never smaller, so it stays readable; a little larger when a small cluster leaves room.
constexpr qreal kReadableZoom = 1.0;
constexpr qreal kLargestZoom = 1.5;
constexpr qreal kMargin = 40; // scene units around the cluster
// The projector the readable zoom is measured on: a smaller screen (a 1366x768 projector) shows
// the same picture at the same size on the wall, so a stack laid out for the room may be shown
// that much smaller to be seen whole.
constexpr qreal kProjectorWidth = 1920;
constexpr qreal kSpreadGap = 16;   // between the notes of a stack laid out for the room
constexpr qreal kStackMargin = 10; // the stack's frame round its notes
// Round a laid-out stack: less than round other clusters, so two rows of notes fit a 16:9
// screen at the readable zoom (a stack of 5 to 8 notes).
constexpr qreal kSpreadMargin = 10;

} // namespace

void BoardView::setPresentation(bool on)
{
    m_presenting = on;
    if (!on) {
        m_scene->spreadStack({}, 1); // the notes where the file has them
        fitAll();                    // the facilitator's overview again
        return;
    }
    if (!lastFocusedItem()) {
        const QList<QGraphicsItem *> items = navigableItems();
        if (!items.isEmpty())
            focusItem(items.constFirst(), SelectionMode::Keep);
    }
    showFocusedCluster();
}

QUuid BoardView::clusterOf(const QGraphicsItem *item) const
{
    if (item && item->type() == NoteItem::Type) {
        const pm::Note &note = static_cast<const NoteItem *>(item)->note();
        if (!note.failureMode.isNull())
            return note.failureMode;
        if (!note.component.isNull())
            return note.component;
        return note.meta.id;
    }
    if (item && item->type() == ComponentItem::Type)
        return static_cast<const ComponentItem *>(item)->component().meta.id;
    return {};
}

QRectF BoardView::clusterRect(const QUuid &cluster, const QGraphicsItem *item) const
{
    QRectF rect = item ? item->sceneBoundingRect() : QRectF();
    if (const StackItem *stack = m_scene->stackItem(cluster)) // its title above the notes
        rect |= stack->sceneBoundingRect();
    for (const QUuid &id : m_scene->notesOfStack(cluster)) {
        if (const NoteItem *note = m_scene->noteItem(id))
            rect |= note->sceneBoundingRect();
    }
    if (const ComponentItem *component = m_scene->componentItem(cluster)) {
        rect |= component->sceneBoundingRect();
        // What it depends on, with the arrows' labels: the room discusses the box with them.
        for (const DependencyItem *arrow : m_scene->dependenciesFrom(cluster))
            rect |= arrow->sceneBoundingRect();
        for (const QUuid &id : m_scene->notesOfComponent(cluster)) {
            if (const NoteItem *note = m_scene->noteItem(id))
                rect |= note->sceneBoundingRect();
        }
    }
    return rect;
}

void BoardView::showFocusedCluster()
{
    const QGraphicsItem *item = lastFocusedItem();
    if (!item || !m_presenting)
        return;
    const qreal scale = m_scene->boardStyle().viewScale();
    const QSize view = viewport()->size();
    const QUuid id = clusterOf(item);
    // A stack's notes cascade over each other's text: for the room they lie side by side, in as
    // many columns as the screen holds at the readable zoom (issue 21: "Search times out at
    // peak" was half covered). Only the drawing moves; the file keeps the cascade.
    const bool stack = m_scene->stackItem(id) != nullptr;
    qreal readable = kReadableZoom;
    if (stack) {
        const qreal screenWidth = screen() ? screen()->size().width() : kProjectorWidth;
        readable *= std::min<qreal>(1, screenWidth / kProjectorWidth);
        qreal noteWidth = 0;
        const QList<QUuid> members = m_scene->notesOfStack(id);
        for (const QUuid &note : members) {
            if (const NoteItem *n = m_scene->noteItem(note))
                noteWidth = std::max<qreal>(noteWidth, n->note().width);
        }
        const qreal room = view.width() / (scale * readable) - 2 * (kSpreadMargin + kStackMargin);
        const int columns = int((room + kSpreadGap) / (noteWidth + kSpreadGap));
        m_scene->spreadStack(id,
                             std::clamp(columns, 1, int(std::max<qsizetype>(1, members.size()))));
    } else {
        m_scene->spreadStack({}, 1);
    }
    const qreal margin = stack ? kSpreadMargin : kMargin;
    const QRectF cluster = clusterRect(id, item).adjusted(-margin, -margin, margin, margin);
    // The largest zoom that shows the whole cluster, kept between readable and a little more.
    const qreal fit = std::min(view.width() / (cluster.width() * scale),
                               view.height() / (cluster.height() * scale));
    setZoom(std::clamp(fit, readable, kLargestZoom));
    // The cluster in the middle when it fits, else the focused item, with its neighbours round
    // (an arrow's label: what the room reads).
    const QRectF focus = item->type() == DependencyItem::Type
                             ? static_cast<const DependencyItem *>(item)->labelRect()
                             : item->sceneBoundingRect();
    centerOn(fit >= readable ? cluster.center() : focus.center());
    // A component larger than the screen (a layer, a box with its notes) keeps its name in
    // sight: the room must know which box is discussed (a centred layer had its name off screen).
    if (fit < readable && item->type() == ComponentItem::Type) {
        const QRectF header = static_cast<const ComponentItem *>(item)->headerRect();
        const qreal room = view.width() / transform().m11() / 2;
        ensureVisible(
            QRectF(header.topLeft(), QSizeF(std::min(header.width(), room), header.height())), 20,
            20);
    }
}

void BoardView::stepCluster(bool backwards)
{
    // The clusters in reading order of their first item: Page Down goes to the next one.
    QList<QUuid> order;
    QHash<QUuid, QGraphicsItem *> first;
    for (QGraphicsItem *item : navigableItems()) {
        const QUuid cluster = clusterOf(item);
        if (cluster.isNull() || first.contains(cluster))
            continue;
        order << cluster;
        first.insert(cluster, item);
    }
    if (order.isEmpty())
        return;
    const int current = int(order.indexOf(clusterOf(lastFocusedItem())));
    const int count = int(order.size());
    const int next = current < 0 ? 0 : (current + (backwards ? count - 1 : 1)) % count;
    focusItem(first.value(order.at(next)), SelectionMode::Keep);
    showFocusedCluster();
}

} // namespace board

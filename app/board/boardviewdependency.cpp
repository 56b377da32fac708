// BoardView's dependencies (issue 23): arrows made by keyboard (a chooser by name) and by mouse
// (a drag from a box's edge), edited in a small dialog or the context menu, each one undo step
// through one core operation. Kept apart from boardview.cpp, which is about notes and boxes.

#include "boardview.h"

#include "changesetcommand.h"
#include "componentitem.h"
#include "dependencydialog.h"
#include "dependencyitem.h"
#include "namechooser.h"
#include "workshop.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGraphicsLineItem>
#include <QMenu>
#include <QUndoStack>

namespace board {

namespace {

// The band along a box's border where a press starts a dependency, in screen pixels: thin enough
// that the box is still dragged by its face, wide enough to hit.
constexpr qreal kLinkZonePixels = 10;

const pm::Dependency *existing(const pm::Workshop *w, const QUuid &from, const QUuid &to)
{
    for (const pm::Dependency &d : w->rows<pm::Dependency>()) {
        if (d.from == from && d.to == to)
            return w->findLive<pm::Dependency>(d.meta.id);
    }
    return nullptr;
}

} // namespace

void BoardView::chooseDependencyTarget()
{
    if (m_readOnly || !workshop())
        return;
    QGraphicsItem *focus = focusedItem();
    ComponentItem *from = focus && focus->type() == ComponentItem::Type
                              ? static_cast<ComponentItem *>(focus)
                              : nullptr;
    if (!from && m_scene->selectedComponents().size() == 1)
        from = m_scene->selectedComponents().constFirst();
    if (!from) {
        emit statusMessage(tr("Focus the component that depends on another first."));
        return;
    }
    QList<NameChooser::Target> targets;
    for (const pm::Component &c : workshop()->rows<pm::Component>()) {
        if (c.meta.id != from->id() && m_scene->componentItem(c.meta.id))
            targets << NameChooser::Target{c.meta.id, c.name, pm::displayName(c.kind)};
    }
    // The kind below the list, read when a target is chosen (the chooser still exists then).
    auto *kindRow = new QWidget;
    auto *form = new QFormLayout(kindRow);
    form->setContentsMargins(0, 0, 0, 0);
    QComboBox *kind = DependencyDialog::kindChooser(pm::DependencyKind::SyncCall, kindRow);
    form->addRow(tr("&Kind:"), kind);
    kindRow->setFocusProxy(kind);
    const QUuid fromId = from->id();
    NameChooser::openFor(
        this, targets,
        {QStringLiteral("dependency"), tr("Add Dependency"),
         tr("“%1” depends on:").arg(from->component().name), tr("Type a component name"),
         tr("Component name"), tr("Components"), tr("Add")},
        [this, fromId, kind](const QUuid &to) {
            addDependency(fromId, to, pm::DependencyKind(kind->currentData().toInt()));
        },
        kindRow);
}

bool BoardView::addDependency(const QUuid &from, const QUuid &to, pm::DependencyKind kind)
{
    if (m_readOnly || !workshop() || from == to)
        return false;
    const pm::Component *a = workshop()->findLive<pm::Component>(from);
    const pm::Component *b = workshop()->findLive<pm::Component>(to);
    if (!a || !b)
        return false;
    QUuid id;
    if (const pm::Dependency *known = existing(workshop(), from, to)) {
        emit statusMessage(tr("“%1” already depends on “%2”.").arg(a->name, b->name));
        id = known->meta.id;
    } else {
        pm::Dependency d;
        d.meta.id = id = QUuid::createUuid();
        d.from = from;
        d.to = to;
        d.kind = kind;
        if (!apply(tr("Add Dependency “%1” → “%2”").arg(a->name, b->name), {d}))
            return false;
    }
    // The new arrow is selected and focused: Enter edits it, Delete takes it back.
    if (DependencyItem *item = m_scene->dependencyItem(id)) {
        m_scene->clearSelection();
        item->setSelected(true);
        item->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

bool BoardView::updateDependency(const pm::Dependency &edited)
{
    if (m_readOnly || !workshop())
        return false;
    return apply(tr("Edit Dependency"), {edited});
}

void BoardView::editDependency(const QUuid &id)
{
    if (m_readOnly || !workshop())
        return;
    const pm::Dependency *d = workshop()->findLive<pm::Dependency>(id);
    if (!d)
        return;
    const pm::Component *from = workshop()->findLive<pm::Component>(d->from);
    const pm::Component *to = workshop()->findLive<pm::Component>(d->to);
    auto *dialog =
        new DependencyDialog(*d, from ? from->name : QString(), to ? to->name : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { updateDependency(dialog->result()); });
    connect(dialog, &QDialog::finished, this, [this, id] {
        setFocus(Qt::OtherFocusReason);
        if (DependencyItem *item = m_scene->dependencyItem(id))
            item->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}

void BoardView::addDependencyMenu(QMenu *menu, DependencyItem *item)
{
    const pm::Dependency d = item->dependency();
    menu->addAction(tr("Edit Dependency…"), this, [this, id = d.meta.id] { editDependency(id); })
        ->setEnabled(!m_readOnly);
    QMenu *kinds = menu->addMenu(tr("Kind"));
    for (pm::DependencyKind kind : pm::allValues<pm::DependencyKind>()) {
        QAction *a = kinds->addAction(pm::displayName(kind), this, [this, d, kind] {
            pm::Dependency changed = d;
            changed.kind = kind;
            updateDependency(changed);
        });
        a->setCheckable(true);
        a->setChecked(kind == d.kind);
    }
    kinds->setEnabled(!m_readOnly);
    QAction *unprotected = menu->addAction(tr("No Agreed SLA or Fallback"), this, [this, d] {
        pm::Dependency changed = d;
        changed.unprotected = !d.unprotected;
        updateDependency(changed);
    });
    unprotected->setCheckable(true);
    unprotected->setChecked(d.unprotected);
    unprotected->setEnabled(!m_readOnly);
    menu->addSeparator();
    menu->addAction(tr("Delete"), this, &BoardView::deleteSelection)->setEnabled(!m_readOnly);
}

// ---------------------------------------------------------------------------------------------
// Drawing a dependency with the mouse

bool BoardView::inLinkZone(const ComponentItem *component, const QPointF &scenePos) const
{
    if (!component || component->isRegion())
        return false; // a region is dragged by its wide border; arrows start at boxes
    const QRectF box = component->sceneRect();
    const qreal zone = kLinkZonePixels / qMax<qreal>(transform().m11(), 0.01);
    if (!box.contains(scenePos) || box.adjusted(zone, zone, -zone, -zone).contains(scenePos))
        return false;
    // Not on the resize grip of a selected box.
    return !(component->isSelected() &&
             component->resizeGrip().contains(component->mapFromScene(scenePos)));
}

ComponentItem *BoardView::componentAt(const QPointF &scenePos, const QGraphicsItem *except) const
{
    for (QGraphicsItem *item :
         m_scene->items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        if (item != except && item->type() == ComponentItem::Type)
            return static_cast<ComponentItem *>(item);
    }
    return nullptr;
}

void BoardView::beginLink(ComponentItem *from, const QPointF &scenePos)
{
    Link link;
    link.from = from;
    link.line = new QGraphicsLineItem(QLineF(from->sceneRect().center(), scenePos));
    QPen pen(QColor(0x00, 0x4C, 0x99), m_scene->boardStyle().dependencyWidth() * 1.5, Qt::DashLine);
    pen.setCosmetic(false);
    link.line->setPen(pen);
    link.line->setZValue(1e6); // above everything while it is drawn
    m_scene->addItem(link.line);
    m_link = link;
}

void BoardView::updateLink(const QPointF &scenePos)
{
    m_link->line->setLine(QLineF(m_link->from->sceneRect().center(), scenePos));
    ComponentItem *target = componentAt(scenePos, m_link->from);
    if (target == m_link->target)
        return;
    if (m_link->target)
        m_link->target->setDropTarget(false);
    m_link->target = target;
    if (target)
        target->setDropTarget(true);
}

void BoardView::cancelLink()
{
    if (!m_link)
        return;
    if (m_link->target)
        m_link->target->setDropTarget(false);
    delete m_link->line;
    m_link.reset();
}

void BoardView::finishLink(const QPointF &scenePos)
{
    updateLink(scenePos);
    const QUuid from = m_link->from->id();
    const QUuid to = m_link->target ? m_link->target->id() : QUuid();
    cancelLink();
    if (!to.isNull())
        addDependency(from, to, pm::DependencyKind::SyncCall);
}

} // namespace board

#include "failuremodeselection.h"

#include "workshop.h"

FailureModeSelection::FailureModeSelection(QObject *parent) : QObject(parent) {}

void FailureModeSelection::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    if (workshop)
        connect(workshop, &pm::Workshop::changed, this, &FailureModeSelection::onWorkshopChanged);
    clear();
}

void FailureModeSelection::select(const QList<QUuid> &ids)
{
    QList<QUuid> unique;
    for (const QUuid &id : ids) {
        if (!id.isNull() && !unique.contains(id))
            unique << id;
    }
    if (unique == m_ids)
        return;
    m_ids = unique;
    emit changed();
}

void FailureModeSelection::toggle(const QUuid &id)
{
    QList<QUuid> ids = m_ids;
    if (!ids.removeOne(id))
        ids << id;
    select(ids);
}

void FailureModeSelection::onWorkshopChanged(const QList<pm::RowChange> &changes)
{
    QList<QUuid> ids = m_ids;
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::FailureMode && change.type == pm::RowChange::Removed)
            ids.removeOne(change.id);
    }
    select(ids);
}

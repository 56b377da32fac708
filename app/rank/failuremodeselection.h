#pragma once

// The one selection of failure modes that the board (a stack's notes), the risk matrix (cards),
// the ranked list (rows) and the mitigation panel share. Each view shows it and writes to it;
// none keeps a selection of failure modes of its own, so they can never disagree.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class FailureModeSelection : public QObject
{
    Q_OBJECT

public:
    explicit FailureModeSelection(QObject *parent = nullptr);

    // Failure modes that are deleted leave the selection.
    void setWorkshop(pm::Workshop *workshop);

    const QList<QUuid> &ids() const { return m_ids; }
    QUuid current() const { return m_ids.isEmpty() ? QUuid() : m_ids.constFirst(); }
    bool contains(const QUuid &id) const { return m_ids.contains(id); }
    bool isEmpty() const { return m_ids.isEmpty(); }

    // Replaces the selection (duplicates and null ids dropped); the first id is the current one.
    void select(const QList<QUuid> &ids);
    void select(const QUuid &id) { select(QList<QUuid>{id}); }
    void toggle(const QUuid &id);
    void clear() { select(QList<QUuid>()); }

signals:
    void changed();

private:
    void onWorkshopChanged(const QList<pm::RowChange> &changes);

    QPointer<pm::Workshop> m_workshop;
    QList<QUuid> m_ids;
};

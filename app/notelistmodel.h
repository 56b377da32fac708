#pragma once

// The live notes of a workshop as a flat list, in creation order, for the skeleton's list view
// (the board replaces it later). It only reads the workshop; edits go through undo commands.

#include "entities.h"

#include <QAbstractListModel>
#include <QPointer>

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class NoteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole
    };

    explicit NoteListModel(QObject *parent = nullptr);

    // The model follows the workshop's changes until another one (or none) is set.
    void setWorkshop(pm::Workshop *workshop);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void onChanged(const QList<pm::RowChange> &changes);
    void reload();

    QPointer<pm::Workshop> m_workshop;
    QList<pm::Note> m_notes; // a snapshot: Workshop::rows() sorts, so it is not called per data()
};

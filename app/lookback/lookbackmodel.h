#pragma once

// The look-back table: every failure mode (predictions first, then the surprises) with its
// likelihood, outcome, outcome date and post-mortem reference. Outcome, date and reference are
// edited in place; each edit is one undoable ChangeSetCommand through Workshop::update().

#include "entities.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QUrl>

class QUndoStack;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class LookbackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Likelihood,
        Outcome,
        Date,
        Reference,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the failure mode's id
    };

    explicit LookbackModel(QUndoStack *undoStack, QObject *parent = nullptr);

    void setWorkshop(pm::Workshop *workshop);
    pm::Workshop *workshop() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Outcome takes an int (pm::Outcome), Date a QDate, Reference a string.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QUuid idAt(int row) const { return m_ids.value(row); }
    int rowOf(const QUuid &id) const { return int(m_ids.indexOf(id)); }
    // The reference as a web address when it is one (http, https), else an invalid QUrl.
    QUrl referenceUrl(int row) const;

signals:
    void editFailed(const QString &message);

private:
    void reload();
    void onWorkshopChanged(const QList<pm::RowChange> &changes);
    const pm::FailureMode *modeAt(int row) const;

    QUndoStack *m_undoStack;
    QPointer<pm::Workshop> m_workshop;
    QList<QUuid> m_ids; // the predictions, then the surprises
    int m_predictions = 0;
};

#pragma once

// Editors for the look-back table: the outcome as a drop-down of the four outcomes (committed as
// soon as one is picked), a date editor with a calendar, and plain text for the reference.

#include <QStyledItemDelegate>

class LookbackDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    void commitAndClose();
};

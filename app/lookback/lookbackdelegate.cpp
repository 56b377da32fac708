#include "lookbackdelegate.h"

#include "datefield.h"
#include "lookbackmodel.h"
#include "vocabulary.h"

#include <QComboBox>

QWidget *LookbackDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    if (index.column() == LookbackModel::Outcome) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("outcomeEditor"));
        for (pm::Outcome outcome : pm::allValues<pm::Outcome>())
            combo->addItem(
                QStringLiteral("%1 %2").arg(pm::shortLabel(outcome), pm::displayName(outcome)),
                int(outcome));
        // One pick is one edit: no second click or Enter needed.
        connect(combo, &QComboBox::activated, this, &LookbackDelegate::commitAndClose);
        return combo;
    }
    if (index.column() == LookbackModel::Date) {
        auto *date = new DateField(parent);
        date->setObjectName(QStringLiteral("outcomeDateEditor"));
        return date;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void LookbackDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void LookbackDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void LookbackDelegate::commitAndClose()
{
    if (auto *editor = qobject_cast<QWidget *>(sender())) {
        emit commitData(editor);
        emit closeEditor(editor);
    }
}

#pragma once

// Edits one dependency: its kind, its label and whether it has no agreed SLA or fallback. The
// board applies the result as one undo step (BoardView::editDependency).

#include "entities.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace board {

class DependencyDialog : public QDialog
{
    Q_OBJECT

public:
    // from and to: the components' names, for the heading.
    DependencyDialog(const pm::Dependency &dependency, const QString &from, const QString &to,
                     QWidget *parent = nullptr);

    pm::Dependency result() const;
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *labelEdit() const { return m_label; }
    QCheckBox *unprotectedBox() const { return m_unprotected; }

    // The kinds in a combo box, in vocabulary order, each with its name in words.
    static QComboBox *kindChooser(pm::DependencyKind current, QWidget *parent);

private:
    pm::Dependency m_dependency;
    QComboBox *m_kind;
    QLineEdit *m_label;
    QCheckBox *m_unprotected;
};

} // namespace board

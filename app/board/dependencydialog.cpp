#include "dependencydialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace board {

namespace {
constexpr int kMaxLabel = 200; // a label is a word or two on an arrow ("REST", "orders topic")
}

QComboBox *DependencyDialog::kindChooser(pm::DependencyKind current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("dependencyKind"));
    for (pm::DependencyKind kind : pm::allValues<pm::DependencyKind>()) {
        box->addItem(QStringLiteral("%1 (%2)").arg(pm::displayName(kind), pm::shortLabel(kind)),
                     int(kind));
        if (kind == current)
            box->setCurrentIndex(box->count() - 1);
    }
    return box;
}

DependencyDialog::DependencyDialog(const pm::Dependency &dependency, const QString &from,
                                   const QString &to, QWidget *parent)
    : QDialog(parent), m_dependency(dependency), m_kind(kindChooser(dependency.kind, this)),
      m_label(new QLineEdit(dependency.label, this)),
      m_unprotected(new QCheckBox(tr("&No agreed SLA and no fallback"), this))
{
    setObjectName(QStringLiteral("dependencyDialog"));
    setWindowTitle(tr("Dependency"));
    auto *heading = new QLabel(tr("%1 depends on %2").arg(from, to), this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("dependencyLabel"));
    m_label->setMaxLength(kMaxLabel);
    m_label->setPlaceholderText(tr("REST, orders topic, nightly export…"));
    m_unprotected->setObjectName(QStringLiteral("dependencyUnprotected"));
    m_unprotected->setChecked(dependency.unprotected);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(QString(), m_unprotected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_kind->setFocus();
}

pm::Dependency DependencyDialog::result() const
{
    pm::Dependency d = m_dependency;
    d.kind = pm::DependencyKind(m_kind->currentData().toInt());
    d.label = m_label->text().simplified();
    d.unprotected = m_unprotected->isChecked();
    return d;
}

} // namespace board

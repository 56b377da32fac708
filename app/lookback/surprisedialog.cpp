#include "surprisedialog.h"

#include "datefield.h"
#include "workshop.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

SurpriseDialog::SurpriseDialog(const pm::Workshop &workshop, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(this)), m_category(new QComboBox(this)),
      m_component(new QComboBox(this)), m_date(new DateField(this)),
      m_reference(new QLineEdit(this))
{
    setWindowTitle(tr("Add Surprise"));
    m_title->setObjectName(QStringLiteral("surpriseTitle"));
    m_title->setPlaceholderText(tr("What happened that nobody predicted?"));
    m_title->setMaxLength(500);
    m_category->setObjectName(QStringLiteral("surpriseCategory"));
    for (pm::Category category : pm::allValues<pm::Category>())
        m_category->addItem(pm::displayName(category), int(category));
    m_component->setObjectName(QStringLiteral("surpriseComponent"));
    m_component->addItem(tr("No component"), QUuid());
    for (const pm::Component &c : workshop.rows<pm::Component>())
        m_component->addItem(c.name, c.meta.id);
    m_date->setObjectName(QStringLiteral("surpriseDate"));
    m_date->setDate(QDate::currentDate());
    m_reference->setObjectName(QStringLiteral("surpriseReference"));
    m_reference->setPlaceholderText(tr("Post-mortem link or incident number"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Add Surprise"));
    m_ok->setEnabled(false);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("What happened"), m_title);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Component"), m_component);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Post-mortem"), m_reference);
    form->addRow(buttons);
    setMinimumWidth(560);
}

SurpriseInput SurpriseDialog::input() const
{
    return {m_title->text().trimmed(), pm::Category(m_category->currentData().toInt()),
            m_component->currentData().toUuid(), m_date->date(), m_reference->text().trimmed()};
}

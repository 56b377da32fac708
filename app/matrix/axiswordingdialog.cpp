#include "axiswordingdialog.h"

#include "axiswording.h"
#include "fieldspec.h"
#include "risk.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AxisWordingDialog::AxisWordingDialog(const pm::WorkshopInfo &info, QWidget *parent)
    : QDialog(parent), m_info(info)
{
    setObjectName(QStringLiteral("axisWordingDialog"));
    setWindowTitle(tr("Matrix Axis Wording"));
    auto *intro = new QLabel(tr("Say what each level means for this system, so the room scores "
                                "alike. Leave a field empty to keep the wording shown in it."));
    intro->setWordWrap(true);

    auto *columns = new QHBoxLayout;
    for (pm::Axis axis : {pm::Axis::Likelihood, pm::Axis::BlastRadius}) {
        const bool likelihood = axis == pm::Axis::Likelihood;
        auto *group = new QGroupBox(likelihood ? tr("Likelihood") : tr("Blast radius"));
        auto *form = new QFormLayout(group);
        const QStringList names = pm::levelNames(info, axis);
        for (int level = pm::kMinScore; level <= pm::kMaxScore; ++level) {
            auto *field = new QLineEdit;
            field->setObjectName(
                QStringLiteral("%1Level%2")
                    .arg(likelihood ? QStringLiteral("likelihood") : QStringLiteral("blastRadius"))
                    .arg(level));
            field->setMaxLength(pm::kMaxNameLength);
            const QString builtIn = pm::builtInLevelName(axis, level);
            field->setPlaceholderText(builtIn);
            const QString own = names.at(level - 1);
            field->setText(own == builtIn ? QString() : own);
            field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 32);
            form->addRow(QString::number(level), field);
            (likelihood ? m_likelihood : m_blastRadius) << field;
        }
        columns->addWidget(group);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *restore =
        buttons->addButton(tr("Restore Built-in Wording"), QDialogButtonBox::ResetRole);
    restore->setObjectName(QStringLiteral("restoreBuiltIn"));
    connect(restore, &QPushButton::clicked, this, &AxisWordingDialog::restoreBuiltIn);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

QList<QLineEdit *> AxisWordingDialog::fields(bool likelihood) const
{
    return likelihood ? m_likelihood : m_blastRadius;
}

void AxisWordingDialog::restoreBuiltIn()
{
    for (QLineEdit *field : m_likelihood + m_blastRadius)
        field->clear();
}

pm::WorkshopInfo AxisWordingDialog::result() const
{
    auto texts = [](const QList<QLineEdit *> &fields) {
        QStringList names;
        for (const QLineEdit *field : fields)
            names << field->text();
        return names;
    };
    pm::WorkshopInfo info = pm::withLevelNames(m_info, pm::Axis::Likelihood, texts(m_likelihood));
    return pm::withLevelNames(info, pm::Axis::BlastRadius, texts(m_blastRadius));
}

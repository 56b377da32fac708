#include "preparationdialog.h"

#include "preparationpack.h"
#include "workshop.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

PreparationDialog::PreparationDialog(const pm::Workshop &workshop, const QString &folder,
                                     QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this)), m_folder(new QLineEdit(folder, this))
{
    setObjectName(QStringLiteral("preparationDialog"));
    setWindowTitle(tr("Create Preparation Files"));

    auto *intro = new QLabel(
        tr("Each participant gets a small workshop file to write notes in before the workshop, "
           "even offline: the scenario, the components and the prompt cards, and only their own "
           "notes. Merge the files back with File > Merge Files…."),
        this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("preparationParticipants"));
    m_list->setAccessibleName(tr("Participants"));
    QFont listFont = m_list->font();
    listFont.setPointSizeF(14);
    m_list->setFont(listFont);
    const QList<pm::Participant> people = workshop.rows<pm::Participant>();
    for (const pm::Participant &p : people) {
        auto *item = new QListWidgetItem(p.name, m_list);
        item->setData(Qt::UserRole, p.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_list, &QListWidget::itemChanged, this, &PreparationDialog::updateButtons);

    m_folder->setObjectName(QStringLiteral("preparationFolder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(
            this, tr("Folder for the Preparation Files"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    connect(m_folder, &QLineEdit::textChanged, this, &PreparationDialog::updateButtons);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create Files"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("preparationCreate"));
    m_create->setDefault(true);
    m_single = buttons->addButton(tr("Save One File &As…"), QDialogButtonBox::ActionRole);
    m_single->setObjectName(QStringLiteral("preparationSingle"));
    m_single->setToolTip(tr("Tick one participant to save their file under a name of your "
                            "choice."));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_single, &QPushButton::clicked, this, [this, &workshop] {
        const QList<QUuid> ids = participants();
        if (ids.size() != 1)
            return;
        const QString suggested = pm::PreparationPack::paths(workshop, ids, this->folder()).first();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Preparation File"), suggested, tr("Premortem workshops (*.premortem)"));
        if (path.isEmpty())
            return;
        m_singleFile =
            QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".premortem") : path;
        accept();
    });

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("&Folder:"), this));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    static_cast<QLabel *>(folderRow->itemAt(0)->widget())->setBuddy(m_folder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(folderRow);
    layout->addWidget(buttons);
    resize(720, 560);
    m_list->setFocus();
    updateButtons();
}

QList<QUuid> PreparationDialog::participants() const
{
    QList<QUuid> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toUuid();
    }
    return ids;
}

QString PreparationDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void PreparationDialog::updateButtons()
{
    const int ticked = int(participants().size());
    m_create->setEnabled(ticked > 0 && QFileInfo(folder()).isDir());
    m_create->setText(tr("&Create Files (%1)").arg(ticked));
    m_single->setEnabled(ticked == 1);
}

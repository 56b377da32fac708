#include "mergepreviewdialog.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

MergePreviewDialog::MergePreviewDialog(const QStringList &files, const QString &target,
                                       const QStringList &changes, bool writes, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("mergePreview"));
    setWindowTitle(tr("Merge Files"));

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("mergeHeading"));
    heading->setTextFormat(Qt::PlainText); // file names and titles come from strangers
    heading->setWordWrap(true);
    heading->setText(
        writes ? tr("Merging %n file(s) into “%1” makes these changes:", nullptr, int(files.size()))
                     .arg(target)
               : tr("“%1” already holds everything in these files; merging them "
                    "changes nothing.")
                     .arg(target));
    QFont big = heading->font();
    big.setPointSizeF(18);
    big.setBold(true);
    heading->setFont(big);

    auto *fileLabel = new QLabel(this);
    fileLabel->setObjectName(QStringLiteral("mergeFiles"));
    fileLabel->setTextFormat(Qt::PlainText);
    fileLabel->setWordWrap(true);
    fileLabel->setText(tr("Files: %1").arg(files.join(QStringLiteral(", "))));
    QFont medium = fileLabel->font();
    medium.setPointSizeF(14);
    fileLabel->setFont(medium);

    m_list->setObjectName(QStringLiteral("mergeChanges"));
    m_list->setAccessibleName(tr("Changes the merge makes"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(4);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFont(medium);
    m_list->addItems(changes);
    m_list->setVisible(!changes.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setEnabled(writes);
    m_merge->setDefault(writes);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(!writes);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(fileLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    // Most of the screen: the list is read by the room, and a merge of thirty files is long.
    const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const QSize available = screen ? screen->availableSize() : QSize(1280, 800);
    resize(qMin(1100, available.width() * 3 / 4), qMin(800, available.height() * 3 / 4));
    m_list->setFocus();
}

QStringList MergePreviewDialog::changes() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i)
        result << m_list->item(i)->text();
    return result;
}

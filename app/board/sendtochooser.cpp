#include "sendtochooser.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace board {

SendToChooser::SendToChooser(const QList<Target> &targets, const QString &what, QWidget *parent)
    : QDialog(parent), m_targets(targets), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("sendToChooser"));
    setWindowTitle(tr("Send To"));
    auto *label = new QLabel(tr("Send %1 to:").arg(what), this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("sendToFilter"));
    m_filter->setPlaceholderText(tr("Type a component or stack name"));
    m_filter->setAccessibleName(tr("Component or stack name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("sendToList"));
    m_list->setAccessibleName(tr("Components and stacks"));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &SendToChooser::refill);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] {
        if (const QUuid id = current(); !id.isNull())
            emit chosen(id);
    });
    refill();
    m_filter->setFocus();
    // Wide enough for a long stack title, tall enough for a dozen targets without scrolling.
    resize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 22);
}

QUuid SendToChooser::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

void SendToChooser::refill()
{
    // Names that start with what was typed first, then names that contain it, each as listed.
    const QString typed = m_filter->text().simplified();
    QList<const Target *> starts, contains;
    for (const Target &t : std::as_const(m_targets)) {
        if (t.name.startsWith(typed, Qt::CaseInsensitive))
            starts << &t;
        else if (t.name.contains(typed, Qt::CaseInsensitive))
            contains << &t;
    }
    m_list->clear();
    for (const Target *t : starts + contains) {
        // The kind first: it lines up, and a long stack title is cut at its end, not the kind.
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(t->label, t->name), m_list);
        item->setToolTip(t->name);
        item->setData(Qt::UserRole, t->id);
    }
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
}

bool SendToChooser::eventFilter(QObject *watched, QEvent *event)
{
    // The arrows and page keys move in the list while the cursor stays in the filter line.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace board

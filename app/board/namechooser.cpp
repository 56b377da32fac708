#include "namechooser.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace board {

NameChooser::NameChooser(const QList<Target> &targets, const Texts &texts, QWidget *parent)
    : QDialog(parent), m_targets(targets), m_filter(new QLineEdit(this)),
      m_list(new QListWidget(this)), m_layout(new QVBoxLayout(this))
{
    setObjectName(texts.objectName);
    setWindowTitle(texts.title);
    auto *label = new QLabel(texts.prompt, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    m_filter->setObjectName(texts.objectName + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(texts.placeholder);
    m_filter->setAccessibleName(texts.filterName);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    m_list->setObjectName(texts.objectName + QStringLiteral("List"));
    m_list->setAccessibleName(texts.listName);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(texts.okText);
    m_layout->addWidget(label);
    m_layout->addWidget(m_filter);
    m_layout->addWidget(m_list, 1);
    m_layout->addWidget(buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &NameChooser::refill);
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

NameChooser *NameChooser::openFor(QWidget *parent, const QList<Target> &targets, const Texts &texts,
                                  const std::function<void(const QUuid &)> &onChosen,
                                  QWidget *below)
{
    auto *chooser = new NameChooser(targets, texts, parent);
    if (below)
        chooser->addBelowList(below);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &NameChooser::chosen, parent, onChosen);
    connect(chooser, &QDialog::finished, parent,
            [parent] { parent->setFocus(Qt::OtherFocusReason); });
    chooser->open();
    return chooser;
}

void NameChooser::addBelowList(QWidget *widget)
{
    m_layout->insertWidget(m_layout->count() - 1, widget);
    // Tab goes from the list to it, then to the buttons (a row's focus proxy stands for it).
    setTabOrder(m_list, widget->focusProxy() ? widget->focusProxy() : widget);
}

QUuid NameChooser::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

void NameChooser::refill()
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

bool NameChooser::eventFilter(QObject *watched, QEvent *event)
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

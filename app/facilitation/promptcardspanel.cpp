#include "promptcardspanel.h"

#include "palette.h"
#include "promptcards.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

PromptCardsPanel::PromptCardsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("promptCardsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *hint = new QLabel(tr("Stuck? Pick a card. A click starts a note in its category."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("promptCards"));
    m_list->setAccessibleName(tr("Prompt cards"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (const pm::PromptCard &card : pm::promptCards()) {
        // The short label too, as on the notes and the coverage strip: never colour alone.
        QStringList lines{QStringLiteral("%1 · %2").arg(pm::shortLabel(card.category),
                                                        pm::displayName(card.category))};
        for (const QString &question : card.questions)
            lines << QStringLiteral("• ") + question;
        auto *item = new QListWidgetItem(lines.join(QLatin1Char('\n')), m_list);
        item->setData(Qt::UserRole, int(card.category));
        const QColor background = theme::categoryColour(card.category);
        item->setBackground(background);
        item->setForeground(theme::textOn(background));
        item->setToolTip(tr("Start a note: %1").arg(pm::displayName(card.category)));
    }
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit cardChosen(pm::Category(item->data(Qt::UserRole).toInt()));
    });
    // Enter on the focused card, as a click: itemActivated would also fire on double clicks.
    auto *choose = new QAction(tr("Start a Note from this Card"), m_list);
    choose->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    choose->setShortcutContext(Qt::WidgetShortcut);
    connect(choose, &QAction::triggered, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            emit cardChosen(pm::Category(item->data(Qt::UserRole).toInt()));
    });
    m_list->addAction(choose);
    layout->addWidget(m_list, 1);
    setPresentation(false);
}

void PromptCardsPanel::setPresentation(bool on)
{
    QFont font = m_list->font();
    font.setPointSize(on ? 16 : 11);
    m_list->setFont(font);
    // Wide enough on the projector for a question to take two or three lines, not six.
    setMinimumWidth(on ? 340 : 220);
}

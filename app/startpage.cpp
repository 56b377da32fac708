#include "startpage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QPushButton *buttonFor(QAction *action, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    QFont font = button->font();
    font.setPointSizeF(qMax(font.pointSizeF(), 14.0));
    button->setFont(font);
    // Roomy targets: the facilitator may be reaching for a laptop while standing.
    const QSize hint = button->sizeHint();
    button->setMinimumSize(hint.width() + 4 * hint.height() / 3, hint.height() * 3 / 2);
    const QKeySequence shortcut = action->shortcut();
    if (!shortcut.isEmpty())
        button->setToolTip(shortcut.toString(QKeySequence::NativeText));
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    button->setEnabled(action->isEnabled());
    return button;
}

} // namespace

StartPage::StartPage(QAction *newWorkshop, QAction *openWorkshop, QWidget *parent) : QWidget(parent)
{
    auto *message = new QLabel(tr("Open a workshop or create a new one"), this);
    message->setObjectName(QStringLiteral("emptyStateLabel"));
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    QFont font = message->font();
    font.setPointSizeF(28);
    message->setFont(font);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(buttonFor(newWorkshop, tr("New Workshop…"), this));
    buttons->addSpacing(16);
    buttons->addWidget(buttonFor(openWorkshop, tr("Open Workshop…"), this));
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(message);
    layout->addSpacing(32);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

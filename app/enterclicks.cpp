#include "enterclicks.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QKeyEvent>

namespace enterclicks {

namespace {

class Filter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        auto *button = qobject_cast<QAbstractButton *>(watched);
        if (!enter || mods != Qt::NoModifier || !button || !button->isEnabled())
            return false;
        button->animateClick(); // shows the press, as Space does
        return true;
    }
};

Filter *filter()
{
    // One for the application, parented to it so it goes when the application does.
    static Filter *instance = new Filter(QCoreApplication::instance());
    return instance;
}

} // namespace

void install(QAbstractButton *button)
{
    if (button)
        button->installEventFilter(filter());
}

void installAll(QWidget *root)
{
    if (!root)
        return;
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>())
        install(button);
}

} // namespace enterclicks

#pragma once

// The access keys (Alt+letter) a person can press in a window as it is shown, and the letters
// claimed twice. Qt resolves a clash by doing nothing ("QAction::event: Ambiguous shortcut
// overload") or by cycling through the claimants, so a label's S&cenario and a window action on
// Alt+C leave both dead. Counted: mnemonics of visible labels with a buddy, buttons, group boxes
// and tab bars; Alt+letter shortcuts of enabled QShortcuts and QActions that are live (on a
// visible widget of the window, or in a menu that is itself reachable); titles of a visible menu
// bar.

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QShortcut>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

namespace accesskeys {

// The letter after the first single '&' of text, upper case; a null QChar when none.
inline QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// The letter of an Alt+letter (or Alt+digit) key sequence; a null QChar for anything else.
inline QChar altLetter(const QKeySequence &keys)
{
    if (keys.count() != 1)
        return {};
    const QKeyCombination combination = keys[0];
    if ((combination.keyboardModifiers() & ~Qt::KeypadModifier) != Qt::AltModifier)
        return {};
    const int key = combination.key();
    if ((key >= Qt::Key_A && key <= Qt::Key_Z) || (key >= Qt::Key_0 && key <= Qt::Key_9))
        return QChar(key);
    return {};
}

inline bool shownIn(const QWidget *w, const QWidget *window)
{
    return w && w->window() == window && w->isVisible() && w->isEnabled();
}

// A QAction's shortcut fires when one of its widgets is shown in the window, or a menu holding
// it can be opened from there.
inline bool actionLive(const QAction *action, const QWidget *window, int depth = 0)
{
    if (!action->isEnabled() || depth > 8)
        return false;
    for (const QObject *o : action->associatedObjects()) {
        if (const auto *menu = qobject_cast<const QMenu *>(o)) {
            if (actionLive(menu->menuAction(), window, depth + 1))
                return true;
        } else if (const auto *w = qobject_cast<const QWidget *>(o); shownIn(w, window)) {
            return true;
        }
    }
    return false;
}

inline QString describe(const QObject *o, const QString &text)
{
    QString name = o->objectName();
    return QStringLiteral("%1 “%2”%3")
        .arg(QString::fromLatin1(o->metaObject()->className()), text,
             name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name));
}

// Letter -> who claims it, for everything live in window right now.
inline QMap<QChar, QStringList> claims(QWidget *window)
{
    QMap<QChar, QStringList> result;
    auto claim = [&result](QChar letter, const QString &who) {
        if (!letter.isNull() && !result[letter].contains(who))
            result[letter] << who;
    };
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && shownIn(label, window))
            claim(mnemonic(label->text()), describe(label, label->text()));
    }
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (shownIn(button, window))
            claim(mnemonic(button->text()), describe(button, button->text()));
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (box->isCheckable() && shownIn(box, window))
            claim(mnemonic(box->title()), describe(box, box->title()));
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!shownIn(bar, window))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabEnabled(i))
                claim(mnemonic(bar->tabText(i)), describe(bar, bar->tabText(i)));
        }
    }
    for (QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        const auto *parent = qobject_cast<const QWidget *>(shortcut->parent());
        if (shortcut->isEnabled() && shownIn(parent, window)) {
            for (const QKeySequence &keys : shortcut->keys())
                claim(altLetter(keys), describe(shortcut, keys.toString()));
        }
    }
    QList<QAction *> actions = window->findChildren<QAction *>();
    actions << window->actions();
    for (QAction *action : std::as_const(actions)) {
        if (!actionLive(action, window))
            continue;
        for (const QKeySequence &keys : action->shortcuts())
            claim(altLetter(keys), describe(action, action->text()));
    }
    if (auto *bar = window->findChild<QMenuBar *>(); shownIn(bar, window)) {
        for (QAction *menu : bar->actions()) {
            if (menu->isVisible() && menu->isEnabled())
                claim(mnemonic(menu->text()), describe(bar, menu->text()));
        }
    }
    return result;
}

// One line per letter claimed more than once: "C: QLabel “S&cenario:”, QAction “Go to …”".
inline QStringList duplicates(QWidget *window)
{
    QStringList lines;
    const QMap<QChar, QStringList> all = claims(window);
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it->size() > 1)
            lines << QStringLiteral("Alt+%1: %2").arg(it.key(), it->join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace accesskeys

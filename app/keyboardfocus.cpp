#include "keyboardfocus.h"

#include "shortcuts.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTextEdit>

namespace {

bool takesTabFocus(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus);
}

} // namespace

KeyboardFocus::KeyboardFocus(QWidget *window, std::function<QList<QWidget *>()> panes)
    : QObject(window), m_window(window), m_panes(std::move(panes))
{
    // Application-wide, because ShortcutOverride goes to the focused widget, not its window;
    // only this window's widgets are looked at.
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { remember(now); });
}

bool KeyboardFocus::isTextInput(const QWidget *w)
{
    if (!w)
        return false;
    if (auto *e = qobject_cast<const QLineEdit *>(w))
        return !e->isReadOnly();
    if (auto *e = qobject_cast<const QTextEdit *>(w))
        return !e->isReadOnly();
    if (auto *e = qobject_cast<const QPlainTextEdit *>(w))
        return !e->isReadOnly();
    if (auto *e = qobject_cast<const QAbstractSpinBox *>(w)) // spin boxes and date edits
        return !e->isReadOnly();
    if (auto *e = qobject_cast<const QComboBox *>(w))
        return e->isEditable();
    return false;
}

bool KeyboardFocus::widgetTakesKey(const QWidget *w, const QKeyEvent *key) const
{
    // Ctrl, Alt and Meta combinations are the window's everywhere (Ctrl+Right, F11, Alt+N…).
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (modifiers & ~Qt::ShiftModifier)
        return false;
    const int k = key->key();
    if (k == Qt::Key_F2) {
        // F2 edits the focused cell in an editable list, as it edits the focused note.
        const auto *view = qobject_cast<const QAbstractItemView *>(w);
        // A widget that edits itself on F2 says so with the property "editsOnF2" (the header).
        return isTextInput(w) || w->property("editsOnF2").toBool() ||
               (view && (view->editTriggers() & QAbstractItemView::EditKeyPressed));
    }
    if (k >= Qt::Key_F1 && k <= Qt::Key_F35)
        return false;      // F1, F6, F11 leave a text field, too
    return isTextInput(w); // N, R, T, V, 1-5 are typed into a text field
}

bool KeyboardFocus::phaseKeyBeatsField(const QWidget *w, const QKeyEvent *key)
{
    // A one-line field (a person's name, an owner) has little use for jumping a word with
    // Ctrl+arrows, while the facilitator moving the room on with Ctrl+Right does not look where
    // the cursor was. Multi-line editors (a note, the scenario) keep their word moves.
    const bool oneLine = qobject_cast<const QLineEdit *>(w) ||
                         qobject_cast<const QAbstractSpinBox *>(w) ||
                         qobject_cast<const QComboBox *>(w);
    if (!oneLine)
        return false;
    const QKeySequence pressed(
        QKeyCombination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key())));
    for (shortcuts::Id id : {shortcuts::Id::NextPhase, shortcuts::Id::PreviousPhase}) {
        if (shortcuts::entry(id).keys.contains(pressed))
            return true;
    }
    return false;
}

bool KeyboardFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()) {
        auto *w = static_cast<QWidget *>(watched);
        auto *key = static_cast<QKeyEvent *>(event);
        if (w->window() == m_window && phaseKeyBeatsField(w, key))
            return true; // not accepted, and the field never asks: the window's shortcut runs
        if (w->window() == m_window && w == QApplication::focusWidget() && widgetTakesKey(w, key)) {
            key->accept(); // no shortcut: the widget gets the key press
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

QList<QWidget *> KeyboardFocus::visiblePanes() const
{
    QList<QWidget *> visible;
    for (QWidget *pane : m_panes()) {
        if (!pane || !pane->isVisible())
            continue;
        if (takesTabFocus(pane)) {
            visible << pane;
            continue;
        }
        for (QWidget *child : pane->findChildren<QWidget *>()) {
            if (takesTabFocus(child)) {
                visible << pane;
                break;
            }
        }
    }
    return visible;
}

QWidget *KeyboardFocus::paneOf(const QWidget *w) const
{
    if (!w)
        return nullptr;
    for (QWidget *pane : m_panes()) {
        if (pane && (pane == w || pane->isAncestorOf(w)))
            return pane;
    }
    return nullptr;
}

void KeyboardFocus::remember(QWidget *now)
{
    if (!now || now->window() != m_window)
        return;
    if (QWidget *pane = paneOf(now))
        m_lastFocus.insert(pane, now);
}

bool KeyboardFocus::focusPane(QWidget *pane)
{
    if (!pane)
        return false;
    if (auto *dock = qobject_cast<QDockWidget *>(pane)) {
        dock->show();
        dock->raise(); // a tab behind another dock comes to the front
    }
    // A pane made for typing names its field with the property "paneEntry" (the new-mitigation
    // field): its access key lands there, so what is typed next never runs board shortcuts.
    QWidget *target = nullptr;
    for (QWidget *w : pane->findChildren<QWidget *>()) {
        if (w->property("paneEntry").toBool() && takesTabFocus(w)) {
            target = w;
            break;
        }
    }
    if (!target)
        target = m_lastFocus.value(pane);
    if (!target || !takesTabFocus(target) || paneOf(target) != pane) {
        target = takesTabFocus(pane) ? pane : nullptr;
        // The first in the window's Tab order, as Tab would reach it.
        for (QWidget *w = pane->nextInFocusChain(); !target && w && w != pane;
             w = w->nextInFocusChain()) {
            if (pane->isAncestorOf(w) && takesTabFocus(w) && !w->focusProxy())
                target = w;
        }
    }
    if (!target)
        return false;
    target->setFocus(Qt::ShortcutFocusReason);
    // A panel in a scroll area (a short dock) scrolls to show where the keyboard is.
    for (QWidget *p = target->parentWidget(); p && p != pane; p = p->parentWidget()) {
        if (auto *scroll = qobject_cast<QScrollArea *>(p)) {
            scroll->ensureWidgetVisible(target);
            break;
        }
    }
    return true;
}

void KeyboardFocus::cycle(bool backwards)
{
    const QList<QWidget *> panes = visiblePanes();
    if (panes.isEmpty())
        return;
    const int n = int(panes.size());
    const int current = int(panes.indexOf(paneOf(QApplication::focusWidget())));
    int next = current < 0 ? (backwards ? n - 1 : 0) : (current + (backwards ? n - 1 : 1)) % n;
    // A pane whose widgets all refuse focus is passed over, once round at most.
    for (int tries = 0; tries < n && !focusPane(panes.at(next)); ++tries)
        next = (next + (backwards ? n - 1 : 1)) % n;
}

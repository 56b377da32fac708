#pragma once

// The window's one focus model (UX.md, "Focus and layout"):
//  - bare-key shortcuts (N, R, T, V, 1-5, F2) are window shortcuts, so they work whatever pane
//    last had focus; one ShortcutOverride filter hands a key back to the focused widget when that
//    widget means something else by it: typing keys to a text field, F2 to an editable list.
//    (Enter and Delete act on what has focus, so they stay each widget's own shortcuts.)
//  - F6 / Shift+F6 cycle the visible panes, and each pane can be entered directly (View > Go To),
//    landing on the widget that last had focus there.

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QKeyEvent;
class QWidget;

class KeyboardFocus : public QObject
{
    Q_OBJECT

public:
    // panes: the window's panes in F6 order, hidden ones included (they are skipped).
    KeyboardFocus(QWidget *window, std::function<QList<QWidget *>()> panes);

    // True when the focused widget w takes this key itself rather than a window shortcut.
    bool widgetTakesKey(const QWidget *w, const QKeyEvent *key) const;
    static bool isTextInput(const QWidget *w);
    // True when key is a phase key (Ctrl+Left/Right) that goes to the window even from the
    // one-line field w, which would otherwise take it to move by a word.
    static bool phaseKeyBeatsField(const QWidget *w, const QKeyEvent *key);

    // The visible panes that can take focus, in F6 order.
    QList<QWidget *> visiblePanes() const;
    // The pane holding w (or nullptr).
    QWidget *paneOf(const QWidget *w) const;
    // Moves focus into pane, to the widget that had it last or else its first focusable one.
    bool focusPane(QWidget *pane);
    // F6 (forward) and Shift+F6: the next visible pane after the one with focus, wrapping.
    void cycle(bool backwards);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void remember(QWidget *now);

    QWidget *m_window;
    std::function<QList<QWidget *>()> m_panes;
    QHash<QWidget *, QPointer<QWidget>> m_lastFocus; // per pane
};

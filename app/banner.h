#pragma once

// An inline message strip at the top of the window. The room must never be interrupted by a modal
// dialog during a timed phase (UX.md), so read-only states, upgrades and failed edits are told
// here instead, in a colour that stands out but with the text colour set alongside it, so the
// contrast holds in both light and dark palettes.
//
// On the projector (presentation mode) only a critical banner shows, in large type: the room
// must not read a facilitator's passing error, but must see that nothing it writes is kept.
// A banner hidden there comes back when presentation mode ends, unless it was cleared meanwhile.
// Esc, with the banner or its Dismiss button focused, dismisses a dismissible banner.

#include <QFrame>

class QLabel;
class QToolButton;

class Banner : public QFrame
{
    Q_OBJECT

public:
    enum Kind
    {
        Info,
        Warning,
        Error
    };

    explicit Banner(Kind kind, QWidget *parent = nullptr);

    // Shows the banner with this text (plain text: it may quote a file name from a stranger).
    void showMessage(const QString &text);
    QString text() const;
    // Adds a button that hides the banner, for messages the user has read and wants gone.
    void setDismissible(bool dismissible);
    QToolButton *dismissButton() const { return m_dismiss; }
    // Critical: read-only files, data loss. Only these show in presentation mode.
    void setCritical(bool critical);
    void setPresentation(bool on);
    // Whether the banner has a message to show (it may be held back in presentation mode).
    bool hasMessage() const { return m_wanted; }

    // hide() and show() from outside say whether there is a message; presentation mode decides
    // whether it is on screen.
    void setVisible(bool visible) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyFont();

    bool m_wanted = false;
    bool m_critical = false;
    bool m_presentation = false;
    QLabel *m_label;
    QToolButton *m_dismiss;
};

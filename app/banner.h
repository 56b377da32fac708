#pragma once

// An inline message strip at the top of the window. The room must never be interrupted by a modal
// dialog during a timed phase (UX.md), so read-only states, upgrades and failed edits are told
// here instead, in a colour that stands out but with the text colour set alongside it, so the
// contrast holds in both light and dark palettes.

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

private:
    QLabel *m_label;
    QToolButton *m_dismiss;
};

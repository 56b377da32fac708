#pragma once

// "New from template" on the start page: the launch-type templates side by side, each a button
// with its name and one line on when to use it. Choosing one asks the window to start File >
// New's wizard with that template chosen.

#include <QWidget>

class QAbstractButton;

class TemplateChooser : public QWidget
{
    Q_OBJECT

public:
    // userTemplateDir: the teams' own templates (pm::defaultUserTemplateDir()), listed after the
    // built-in ones.
    explicit TemplateChooser(const QString &userTemplateDir, QWidget *parent = nullptr);

    // The template buttons in order; their objectName is "template_<id>".
    QList<QAbstractButton *> buttons() const { return m_buttons; }

signals:
    void templateChosen(const QString &templateId);

private:
    QList<QAbstractButton *> m_buttons;
};

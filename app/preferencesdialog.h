#pragma once

// Edit > Preferences: the user-interface language. A change applies at the next start, which the
// dialog says, because the menus and dialogs are built once with the language they start in.

#include <QDialog>

class QComboBox;

class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Stores the choice in the settings.
    void accept() override;

private:
    QComboBox *m_language;
};

#pragma once

// What the window shows when no workshop is open: the recent workshops (title, phase, last
// change, counts), new from a launch-type template, the sample workshop (a copy) and a few lines
// on the method with the way to the guide. Keyboard first: the recent list has the focus (or the
// blank-workshop button when there is none), Enter opens, each part has an access key.
//
// The recent files are read again whenever the page is shown, on a worker thread.

#include <QWidget>

class QAction;
class QAbstractButton;
class QLabel;
class QBoxLayout;
class QPushButton;
class RecentList;
class TemplateChooser;

class StartPage : public QWidget
{
    Q_OBJECT

public:
    // The buttons trigger these actions, so they share their enabled state and behaviour.
    StartPage(QAction *newWorkshop, QAction *openWorkshop, QAction *guide,
              QWidget *parent = nullptr);

    RecentList *recentList() const { return m_recent; }
    TemplateChooser *templateChooser() const { return m_templates; }
    // Reads the recent files again and puts the focus where the facilitator starts.
    void reload();
    // Copies the sample workshop and asks for the copy to be opened; an error dialog otherwise.
    void openSample();

signals:
    void openRequested(const QString &path);
    void templateChosen(const QString &templateId);

protected:
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void updateButtons();

    RecentList *m_recent = nullptr;
    QBoxLayout *m_content = nullptr; // the page: title and columns
    QBoxLayout *m_columns = nullptr;
    QLabel *m_noRecent = nullptr; // in place of the list while there is none
    TemplateChooser *m_templates = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_blankButton = nullptr;
};

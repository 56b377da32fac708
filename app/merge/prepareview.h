#pragma once

// "Prepare my notes": what a participant sees on opening their preparation pack (a file whose
// WorkshopInfo::preparedFor is set). The scenario on top, the prompt cards to think along, a box
// to write a note in, and only their own notes. Every edit is an undoable ChangeSetCommand on the
// window's stack; the facilitator merges the pack back. Keyboard first: a card's button (or
// Alt+its number) starts a note in its category, Ctrl+Enter adds it, Delete removes the selected
// note of the list.

#include "entities.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;

namespace pm {
class Workshop;
struct PromptCard;
struct RowChange;
} // namespace pm

class PrepareView : public QWidget
{
    Q_OBJECT

public:
    explicit PrepareView(QWidget *parent = nullptr);

    // Whether the workshop is a preparation pack, which this view shows instead of the board.
    static bool isPack(const pm::Workshop *workshop);
    // Follows the workshop (or none) until another is set; edits go onto undo.
    void setWorkshop(pm::Workshop *workshop, QUndoStack *undo);

    // Starts a note in this category: the box takes the focus with the category chosen.
    void startNote(pm::Category category);
    // Adds the box's text as my note in the chosen category (one undo step); false with a message.
    bool addNote(QString *error = nullptr);
    // Removes my notes selected in the list (one undo step).
    bool removeSelected(QString *error = nullptr);
    QStringList myNotes() const; // as listed, for tests

    QPlainTextEdit *editor() const { return m_editor; }
    QComboBox *categoryBox() const { return m_category; }

signals:
    void editFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // A pack is for writing notes only: the window's panels and palette step aside while this
    // view shows, and come back as they were when it goes.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void refresh();
    void onChanged(const QList<pm::RowChange> &changes);
    QWidget *makeCard(const pm::PromptCard &card, int number);

    QPointer<pm::Workshop> m_workshop;
    QUndoStack *m_undo = nullptr;
    QLabel *m_title;
    QLabel *m_for;
    QLabel *m_scenario;
    QComboBox *m_category;
    QPlainTextEdit *m_editor;
    QPushButton *m_add;
    QLabel *m_notesHeading;
    QListWidget *m_notes;
    QLabel *m_message;
    QList<QPointer<QWidget>> m_setAside; // panels hidden while this view shows
};

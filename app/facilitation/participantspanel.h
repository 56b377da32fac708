#pragma once

// The People phase: who is in the room, with role and side, and what the team is missing
// (pm::teamGaps). Every edit is one undo step on the window's stack.

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace pm {
class Workshop;
struct Participant;
struct RowChange;
} // namespace pm

class ParticipantsPanel : public QWidget
{
    Q_OBJECT

public:
    ParticipantsPanel(QUndoStack *undoStack, QWidget *parent = nullptr);

    void setWorkshop(pm::Workshop *workshop);

    // The edits, for the buttons and the tests; false with a message when the core refuses.
    bool addParticipant(const QString &name, int role, int side, QString *error = nullptr);
    bool updateParticipant(const pm::Participant &changed, QString *error = nullptr);
    bool removeParticipant(const QUuid &id, QString *error = nullptr);

    QTableWidget *table() const { return m_table; }
    // The coverage warnings as shown, one per line; empty when the team covers everything.
    QString warningText() const;

signals:
    void editFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override; // a larger font (on the projector) widens columns
    bool eventFilter(QObject *watched, QEvent *event) override; // Delete in the table

private:
    void sizeChoiceColumns();
    void rebuild();
    void addFromForm();
    void removeSelected();
    void onChanged(const QList<pm::RowChange> &changes);
    QComboBox *roleCombo(QWidget *parent) const;
    QComboBox *sideCombo(QWidget *parent) const;

    QUndoStack *m_undoStack;
    QPointer<pm::Workshop> m_workshop;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_side;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_warnings;
    QString m_warningText;
    bool m_rebuilding = false;
};

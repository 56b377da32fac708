#pragma once

// Estimates for someone without a device, typed by the facilitator (Workshop > Enter Estimates
// for Someone…, E in the Rank phase). Keyboard only: type the first letters of the person's name
// and press Enter; then, failure mode by failure mode, choose likelihood and blast radius (type
// the digit) in the workshop's own axis wording and press Enter to save and go on. Each saved
// estimate is one undo step. Nothing of anybody's scores shows before the reveal: a failure mode
// the person has scored says so without its values, and the choices start empty.

#include <QDialog>
#include <QList>
#include <QUuid>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace pm {
class Workshop;
}

class EstimateEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // failureModes: in the order to score them (the ranked list's).
    EstimateEntryDialog(pm::Workshop *workshop, QUndoStack *undoStack,
                        const QList<QUuid> &failureModes, QWidget *parent = nullptr);

    QUuid participant() const { return m_participant; }
    int position() const { return m_position; } // index of the failure mode shown
    int saved() const { return m_saved; }

private:
    void filterPeople();
    void choosePerson();
    void showFailureMode(int position);
    void saveAndNext();
    void skip();
    void back();
    void finishPerson();

    pm::Workshop *m_workshop;
    QUndoStack *m_undoStack;
    QList<QUuid> m_failureModes;
    QUuid m_participant;
    int m_position = 0;
    int m_saved = 0;

    QStackedWidget *m_pages;
    QLineEdit *m_nameFilter;
    QListWidget *m_people;
    QLabel *m_peopleStatus;
    QLabel *m_heading;
    QLabel *m_title;
    QLabel *m_already;
    QComboBox *m_likelihood;
    QComboBox *m_blastRadius;
    QLabel *m_error;
    QPushButton *m_next;
};

#pragma once

// The dot vote, run by the facilitator: open and close the vote, choose who is voting (one laptop
// in the room: the facilitator enters dots on each person's behalf), give or take back a dot on
// the failure mode selected anywhere (board, matrix, ranked list). Totals stay hidden until the
// vote is closed (pm::visibleVoteTotals); each person's dots left are shown, not the totals.

#include <QPointer>
#include <QUuid>
#include <QWidget>

class FailureModeSelection;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class VotingPanel : public QWidget
{
    Q_OBJECT

public:
    VotingPanel(QUndoStack *undoStack, FailureModeSelection *selection, QWidget *parent = nullptr);

    void setWorkshop(pm::Workshop *workshop);

    // The participant voting now (null when nobody is listed).
    QUuid voter() const;
    void setVoter(const QUuid &participant);

    // The edits, each one undo step; false with the core's message when refused.
    bool setVotingOpen(bool open, QString *error = nullptr);
    bool setBudget(int dots, QString *error = nullptr);
    bool addDot(QString *error = nullptr);    // on the selected failure mode, for voter()
    bool removeDot(QString *error = nullptr); // likewise

    QString statusText() const; // "Alice: 2 of 3 dots left" and the state of the vote

signals:
    void editFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void setStatusFont(); // 1.3 times the panel's type, bold
    void rebuildVoters();
    void onChanged(const QList<pm::RowChange> &changes);
    void report(bool ok, const QString &error);

    QUndoStack *m_undoStack;
    FailureModeSelection *m_selection;
    QPointer<pm::Workshop> m_workshop;
    QPushButton *m_toggle;
    QSpinBox *m_budget;
    QComboBox *m_voter;
    QLabel *m_target;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_status;
};

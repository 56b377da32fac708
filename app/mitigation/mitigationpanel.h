#pragma once

// The mitigations of the selected failure mode: a list, a line to add one, and a form for the
// one picked in the list (type, description, owner, due date, status, destination, residual
// likelihood and blast radius). Every field edit is applied at once as its own undo step;
// repeated edits of one field of one mitigation merge into one step.

#include "entities.h"
#include "result.h"

#include <QPointer>
#include <QWidget>

class FailureModeSelection;
class QCheckBox;
class QComboBox;
class DateField;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QUndoStack;
class RiskIndex;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class MitigationPanel : public QWidget
{
    Q_OBJECT

public:
    MitigationPanel(RiskIndex *risks, FailureModeSelection *selection, QUndoStack *undoStack,
                    QWidget *parent = nullptr);

    // Follows the RiskIndex's workshop; call after RiskIndex::setWorkshop().
    void setReadOnly(bool readOnly);

    // What the buttons and fields do, for the keyboard and for tests.
    bool addMitigation(const QString &description);
    bool removeCurrent();
    // With no failure mode selected, selects the top-ranked one, so the panel's access key always
    // lands in a field that takes a mitigation.
    void selectTopRiskIfNone();
    QUuid currentMitigation() const { return m_current; }
    void setCurrentMitigation(const QUuid &id);

signals:
    void editFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum Field
    {
        Type = 1,
        Description,
        Owner,
        Due,
        Status,
        Destination,
        ResidualLikelihood,
        ResidualBlastRadius
    };

    void onWorkshopReset();
    void onWorkshopChanged(const QList<pm::RowChange> &changes);
    void onSelectionChanged();
    void showFailureMode();
    void syncList();
    void showForm();
    void refillOwners();
    void showLevelNames(); // the residual combos in the workshop's axis wording
    void edit(Field field);
    bool push(const QString &text, pm::Result<pm::ChangeSet> result, int mergeId = -1);
    QString itemText(const pm::Mitigation &m) const;

    RiskIndex *m_risks;
    FailureModeSelection *m_selection;
    QUndoStack *m_undoStack;
    QPointer<pm::Workshop> m_workshop;
    bool m_readOnly = false;
    bool m_updating = false;
    QUuid m_mode;    // the failure mode shown
    QUuid m_current; // the mitigation in the form

    QLabel *m_heading;
    QLabel *m_score;
    QListWidget *m_list;
    QLineEdit *m_newDescription;
    QPushButton *m_add;
    QPushButton *m_remove;
    QWidget *m_form;
    QComboBox *m_type;
    QPlainTextEdit *m_description;
    QComboBox *m_owner;
    QCheckBox *m_hasDue;
    DateField *m_due;
    QComboBox *m_status;
    QComboBox *m_destination;
    QComboBox *m_residualLikelihood;
    QComboBox *m_residualBlastRadius;
};

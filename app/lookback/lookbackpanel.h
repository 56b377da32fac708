#pragma once

// The look-back dock: months after the launch, what really happened. A table of every failure
// mode with its outcome, date and post-mortem reference (edited in place), the mitigations of
// the selected one (done? helped?), "Add Surprise…" for failures nobody predicted, and the
// workshop's calibration, updated with every edit. Every edit is one undo step.

#include "calibration.h"
#include "surprisedialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class FailureModeSelection;
class LookbackModel;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QUndoStack;
class RiskIndex;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

class LookbackPanel : public QWidget
{
    Q_OBJECT

public:
    LookbackPanel(RiskIndex *risks, FailureModeSelection *selection, QUndoStack *undoStack,
                  QWidget *parent = nullptr);

    LookbackModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTableWidget *mitigationTable() const { return m_mitigations; }

    // Add Surprise…: asks with a dialog (the button, and the window's key in the look-back).
    void promptAddSurprise();
    // What the buttons do, without dialogs, for the keyboard and for tests.
    bool addSurprise(const SurpriseInput &input);
    bool setMitigationDone(const QUuid &mitigation, bool done);
    bool setMitigationEffect(const QUuid &mitigation, pm::Effect effect);
    // Opens the row's reference when it is a web address; false when it is not.
    bool openReference(int row);
    // Replaces how web addresses are opened (the desktop's browser by default): for tests.
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    const pm::Calibration &calibration() const { return m_calibration; }
    // Projector type (16 pt at least) while the room reads the look-back in presentation mode.
    void setPresentation(bool on);
    QString summaryText() const;

signals:
    void editFailed(const QString &message);

private:
    void onWorkshopReset();
    void onWorkshopChanged(const QList<pm::RowChange> &changes);
    void onTableSelectionChanged();
    void onSharedSelectionChanged();
    void updateSummary();
    void updateMitigations();
    void fitMitigationRows();
    void updateButtons();
    bool editMitigation(const QUuid &id, const std::function<void(pm::Mitigation &)> &change,
                        const QString &text, int mergeId);

    RiskIndex *m_risks;
    FailureModeSelection *m_selection;
    QUndoStack *m_undoStack;
    QPointer<pm::Workshop> m_workshop;
    LookbackModel *m_model;
    QTableView *m_table;
    QPushButton *m_addSurprise;
    QPushButton *m_openReference;
    QLabel *m_mitigationHeading;
    QTableWidget *m_mitigations;
    QLabel *m_summary;
    pm::Calibration m_calibration;
    QList<QUuid> m_shownMitigations;
    bool m_updating = false;
    std::function<bool(const QUrl &)> m_openUrl;
};

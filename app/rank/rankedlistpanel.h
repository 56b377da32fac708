#pragma once

// The ranked list panel: filters (band, component, category) above a sortable table of risks.
// Selecting rows selects those failure modes everywhere (the shared FailureModeSelection), and a
// selection made elsewhere selects and reveals the rows here. Above the table, once anybody has
// estimated, who has scored how many (never a value before the reveal), and a toggle that sorts
// the disagreements first so the room discusses those first.

#include <QWidget>

class FailureModeSelection;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class RankedRiskFilter;
class RankedRiskModel;

class RankedListPanel : public QWidget
{
    Q_OBJECT

public:
    RankedListPanel(RankedRiskModel *model, FailureModeSelection *selection,
                    QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    RankedRiskFilter *filter() const { return m_filter; }
    QCheckBox *disagreementFirst() const { return m_disagreementFirst; }
    QLabel *progressLabel() const { return m_progress; }

private:
    void rebuildComponentFilter();
    void applyFilters();
    void onTableSelectionChanged();
    void onSharedSelectionChanged();
    void updateProgress();
    void sortByDisagreement(bool on);

    RankedRiskModel *m_model;
    RankedRiskFilter *m_filter;
    FailureModeSelection *m_selection;
    QTableView *m_table;
    QComboBox *m_band;
    QComboBox *m_component;
    QComboBox *m_category;
    QCheckBox *m_disagreementFirst;
    QLabel *m_progress;
    bool m_syncing = false;
};

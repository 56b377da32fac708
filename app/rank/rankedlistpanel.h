#pragma once

// The ranked list panel: filters (band, component, category) above a sortable table of risks.
// Selecting rows selects those failure modes everywhere (the shared FailureModeSelection), and a
// selection made elsewhere selects and reveals the rows here.

#include <QWidget>

class FailureModeSelection;
class QComboBox;
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

private:
    void rebuildComponentFilter();
    void applyFilters();
    void onTableSelectionChanged();
    void onSharedSelectionChanged();

    RankedRiskModel *m_model;
    RankedRiskFilter *m_filter;
    FailureModeSelection *m_selection;
    QTableView *m_table;
    QComboBox *m_band;
    QComboBox *m_component;
    QComboBox *m_category;
    bool m_syncing = false;
};

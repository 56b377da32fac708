#pragma once

// The ranked list of risks as a table: one row per failure mode with its score, band, title,
// component, category, votes, mitigations and their status, the residual risk, the spread of the
// revealed estimates (sorting by it puts the disagreements first) and what a failure of its
// component reaches on the architecture map. Rows follow
// the RiskIndex edit by edit (rowsInserted, rowsRemoved, dataChanged; a reset only when another
// workshop opens). Sorting and filtering are the proxy's job (RankedRiskFilter).

#include <QAbstractTableModel>
#include <QHash>
#include <QUuid>

class RiskIndex;

namespace pm {
struct RiskSummary;
}

class RankedRiskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Score,
        Band,
        Title,
        Component,
        Category,
        Votes,
        Mitigations,
        Status,
        Residual,
        Spread,
        Reach,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole,
        SortRole,      // a number or a string that sorts the column
        BandRole,      // int(pm::RiskBand)
        ComponentRole, // QUuid
        CategoryRole,  // int(pm::Category)
    };

    explicit RankedRiskModel(RiskIndex *risks, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    RiskIndex *risks() const { return m_risks; }
    const pm::RiskSummary *summaryAt(int row) const;
    QModelIndex indexOf(const QUuid &failureMode, int column = 0) const;

    // "1 done, 2 accepted": the mitigations of a risk by status, most advanced first.
    static QString statusSummary(const pm::RiskSummary &risk);

private:
    void onReset();
    void onChanged(const QList<QUuid> &added, const QList<QUuid> &updated,
                   const QList<QUuid> &removed);
    void onEstimatesChanged();

    QString estimateColumns(int row) const; // the Spread and Reach texts, to spot changes

    RiskIndex *m_risks;
    QList<QUuid> m_rows;
    QHash<QUuid, QString> m_estimateColumns; // as last shown, so only changed rows are told
};

#include "rankedriskfilter.h"

#include "rankedriskmodel.h"
#include "ranking.h"

RankedRiskFilter::RankedRiskFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(RankedRiskModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true); // a re-scored risk moves to its new place at once
}

void RankedRiskFilter::setBand(std::optional<pm::RiskBand> band)
{
    m_band = band;
    invalidateFilter();
}

void RankedRiskFilter::setComponent(const QUuid &component)
{
    m_component = component;
    invalidateFilter();
}

void RankedRiskFilter::setCategory(std::optional<pm::Category> category)
{
    m_category = category;
    invalidateFilter();
}

bool RankedRiskFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_band && index.data(RankedRiskModel::BandRole).toInt() != int(*m_band))
        return false;
    if (!m_component.isNull() && index.data(RankedRiskModel::ComponentRole).toUuid() != m_component)
        return false;
    if (m_category && index.data(RankedRiskModel::CategoryRole).toInt() != int(*m_category))
        return false;
    return true;
}

bool RankedRiskFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const RankedRiskModel *>(sourceModel());
    const pm::RiskSummary *a = model->summaryAt(left.row());
    const pm::RiskSummary *b = model->summaryAt(right.row());
    if (!a || !b)
        return QSortFilterProxyModel::lessThan(left, right);
    // "Less" is lower in the ranking, so a descending sort lists the top risk first.
    if (left.column() != RankedRiskModel::Score) {
        if (QSortFilterProxyModel::lessThan(left, right))
            return true;
        if (QSortFilterProxyModel::lessThan(right, left))
            return false;
    }
    return pm::ranksBefore(*b, *a);
}

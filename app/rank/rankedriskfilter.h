#pragma once

// Sorting and filtering of the ranked list. The score column sorts in the room's discussion
// order (score, then votes, then title: pm::ranksBefore), and every other column falls back to
// that order for ties, so equal rows never jump around. Filters: band, component, category.

#include "vocabulary.h"

#include <QSortFilterProxyModel>
#include <QUuid>

#include <optional>

class RankedRiskFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RankedRiskFilter(QObject *parent = nullptr);

    void setBand(std::optional<pm::RiskBand> band);
    void setComponent(const QUuid &component); // null: any
    void setCategory(std::optional<pm::Category> category);
    std::optional<pm::RiskBand> band() const { return m_band; }
    QUuid component() const { return m_component; }
    std::optional<pm::Category> category() const { return m_category; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<pm::RiskBand> m_band;
    QUuid m_component;
    std::optional<pm::Category> m_category;
};

#include "rankedriskmodel.h"

#include "estimateindex.h"
#include "palette.h"
#include "riskindex.h"

RankedRiskModel::RankedRiskModel(RiskIndex *risks, QObject *parent)
    : QAbstractTableModel(parent), m_risks(risks)
{
    connect(risks, &RiskIndex::reset, this, &RankedRiskModel::onReset);
    connect(risks, &RiskIndex::changed, this, &RankedRiskModel::onChanged);
    connect(risks->estimates(), &EstimateIndex::changed, this,
            &RankedRiskModel::onEstimatesChanged);
    // A renamed component shows in its failure modes' rows: RiskIndex reports them as updated.
    onReset();
}

int RankedRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankedRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const pm::RiskSummary *RankedRiskModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_risks->summary(m_rows.at(row)) : nullptr;
}

QModelIndex RankedRiskModel::indexOf(const QUuid &failureMode, int column) const
{
    const int row = int(m_rows.indexOf(failureMode));
    return row < 0 ? QModelIndex() : index(row, column);
}

QString RankedRiskModel::statusSummary(const pm::RiskSummary &risk)
{
    using S = pm::MitigationStatus;
    QStringList parts;
    for (S status : {S::Done, S::InProgress, S::Accepted, S::Proposed, S::Rejected}) {
        if (const int n = risk.byStatus[size_t(status)])
            parts << tr("%1 %2").arg(n).arg(pm::displayName(status).toLower());
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

namespace {

// "↑2–5 →1–3": the range on each axis, the arrows those of the matrix's axes.
QString rangeText(const pm::EstimateSpread &s)
{
    return QStringLiteral("↑%1 →%2").arg(EstimateIndex::range(s.minLikelihood, s.maxLikelihood),
                                         EstimateIndex::range(s.minBlastRadius, s.maxBlastRadius));
}

QString scoreText(int score, pm::RiskBand band)
{
    return score > 0 ? QStringLiteral("%1 %2").arg(score).arg(pm::displayName(band))
                     : pm::displayName(band);
}

} // namespace

QVariant RankedRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pm::RiskSummary *risk = summaryAt(index.row());
    if (!risk)
        return {};
    switch (role) {
    case IdRole:
        return risk->failureMode;
    case BandRole:
        return int(risk->band);
    case ComponentRole:
        return risk->component;
    case CategoryRole:
        return int(risk->category);
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (column) {
        case Score:
            return sort ? QVariant(risk->score)
                        : QVariant(risk->score > 0 ? QString::number(risk->score)
                                                   : QStringLiteral("–"));
        case Band:
            return sort ? QVariant(int(risk->band)) : QVariant(pm::displayName(risk->band));
        case Title:
            return risk->title;
        case Component: {
            const QString name = m_risks->componentName(risk->component);
            return name.isEmpty() && !sort ? QStringLiteral("—") : name;
        }
        case Category:
            return pm::displayName(risk->category);
        case Votes:
            // While the vote is open the totals stay hidden; say so rather than show zeros.
            if (m_risks->workshop() && m_risks->workshop()->info().votingOpen)
                return sort ? QVariant(0) : QVariant(tr("hidden"));
            return risk->votes;
        case Mitigations:
            return risk->mitigations;
        case Status:
            if (sort) // by how far the most advanced mitigation got
                return risk->byStatus[size_t(pm::MitigationStatus::Done)] * 10000 +
                       risk->byStatus[size_t(pm::MitigationStatus::InProgress)] * 100 +
                       risk->byStatus[size_t(pm::MitigationStatus::Accepted)];
            return risk->needsWarning() ? QStringLiteral("⚠ %1").arg(statusSummary(*risk))
                                        : statusSummary(*risk);
        case Residual:
            return sort ? QVariant(risk->residual.score)
                        : QVariant(scoreText(risk->residual.score, risk->residual.band));
        case Spread: {
            const pm::EstimateSpread *spread = m_risks->estimates()->spread(risk->failureMode);
            if (sort) // the most disagreement first in a descending sort
                return spread ? spread->disagreementKey() + 1 : 0;
            if (!spread)
                return QStringLiteral("–");
            // Never colour alone: the disagreement is written.
            return spread->disagreement() ? QStringLiteral("≠ %1").arg(rangeText(*spread))
                                          : rangeText(*spread);
        }
        case Reach: {
            const EstimateIndex *reach = m_risks->estimates();
            if (sort)
                return reach->reachCount(risk->component);
            // Short under the "Reaches" header, so a laptop's panel keeps the titles readable;
            // the tooltip has it in words with the names.
            if (reach->reachText(risk->component).isEmpty())
                return QStringLiteral("—");
            return tr("%1 of %2")
                .arg(reach->reachCount(risk->component))
                .arg(reach->componentCount());
        }
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::BackgroundRole:
        if (column == Band || column == Score)
            return theme::bandColour(risk->band);
        if (column == Residual)
            return theme::bandColour(risk->residual.band);
        return {};
    case Qt::ForegroundRole:
        if (column == Band || column == Score)
            return theme::textOn(theme::bandColour(risk->band));
        if (column == Residual)
            return theme::textOn(theme::bandColour(risk->residual.band));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Score || column == Votes || column == Mitigations)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Status && risk->needsWarning())
            return pm::warningText(*risk);
        if (column == Residual)
            return risk->residual.isLowered()
                       ? tr("Likelihood %1 × blast radius %2 once the committed mitigations "
                            "are done")
                             .arg(risk->residual.likelihood)
                             .arg(risk->residual.blastRadius)
                       : tr("Unchanged: no accepted, in-progress or done mitigation lowers it");
        if (column == Title)
            return risk->title;
        if (column == Component)
            return m_risks->componentName(risk->component);
        if (column == Category)
            return pm::displayName(risk->category);
        if (column == Status)
            return statusSummary(*risk);
        if (column == Spread)
            return m_risks->estimates()->spreadText(risk->failureMode);
        if (column == Reach) {
            const EstimateIndex *reach = m_risks->estimates();
            const QString text = reach->reachText(risk->component);
            const QStringList names = reach->reachedNames(risk->component);
            return names.isEmpty() ? text
                                   : text + QLatin1Char(':') + QLatin1Char('\n') +
                                         names.join(QLatin1Char('\n'));
        }
        return {};
    default:
        return {};
    }
}

QVariant RankedRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Score:
        return tr("Score");
    case Band:
        return tr("Band");
    case Title:
        return tr("Failure mode");
    case Component:
        return tr("Component");
    case Category:
        return tr("Category");
    case Votes:
        return tr("Votes");
    case Mitigations:
        return tr("Mitigations");
    case Status:
        return tr("Status");
    case Residual:
        return tr("Residual");
    case Spread:
        return tr("Estimates");
    case Reach:
        return tr("Reaches");
    default:
        return {};
    }
}

void RankedRiskModel::onReset()
{
    beginResetModel();
    m_rows = m_risks->ids();
    m_estimateColumns.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_estimateColumns.insert(m_rows.at(row), estimateColumns(row));
    endResetModel();
}

QString RankedRiskModel::estimateColumns(int row) const
{
    return index(row, Spread).data().toString() + QLatin1Char('\n') +
           index(row, Reach).data().toString() + QLatin1Char('\n') +
           index(row, Reach).data(Qt::ToolTipRole).toString();
}

// Only the rows whose spread or reach reads differently: an estimate arriving from the room
// changes one row, not the whole list.
void RankedRiskModel::onEstimatesChanged()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString shown = estimateColumns(row);
        QString &before = m_estimateColumns[m_rows.at(row)];
        if (before == shown)
            continue;
        before = shown;
        emit dataChanged(index(row, Spread), index(row, Reach));
    }
}

void RankedRiskModel::onChanged(const QList<QUuid> &added, const QList<QUuid> &updated,
                                const QList<QUuid> &removed)
{
    for (const QUuid &id : removed) {
        const int row = int(m_rows.indexOf(id));
        if (row < 0)
            continue;
        beginRemoveRows(QModelIndex(), row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    for (const QUuid &id : updated) {
        const int row = int(m_rows.indexOf(id));
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows << added;
        endInsertRows();
    }
}

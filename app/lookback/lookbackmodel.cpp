#include "lookbackmodel.h"

#include "axiswording.h"
#include "calibrationtables.h"
#include "changesetcommand.h"
#include "ranking.h"
#include "risk.h"
#include "workshop.h"

#include <QFont>
#include <QLocale>
#include <QPalette>

namespace {

// Repeated edits of one field of one failure mode (clicking through dates) are one undo step.
constexpr int kMergeBase = 2000;

QUrl webUrl(const QString &reference)
{
    return pm::isWebAddress(reference) ? QUrl(reference.trimmed()) : QUrl();
}

} // namespace

LookbackModel::LookbackModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractTableModel(parent), m_undoStack(undoStack)
{}

void LookbackModel::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    if (m_workshop)
        connect(m_workshop, &pm::Workshop::changed, this, &LookbackModel::onWorkshopChanged);
    reload();
}

pm::Workshop *LookbackModel::workshop() const
{
    return m_workshop;
}

void LookbackModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_predictions = 0;
    if (m_workshop) {
        // In the ranked list's order (the report's too); surprises after the predictions.
        QList<QUuid> surprises;
        for (const pm::RiskSummary &risk : pm::rankRisks(*m_workshop)) {
            const pm::FailureMode *fm = m_workshop->findLive<pm::FailureMode>(risk.failureMode);
            if (fm)
                (fm->surprise ? surprises : m_ids) << fm->meta.id;
        }
        m_predictions = int(m_ids.size());
        m_ids << surprises;
    }
    endResetModel();
}

// Edits of rows already shown repaint those rows; anything that adds or removes a failure mode
// (or turns one into a surprise) rebuilds the list.
void LookbackModel::onWorkshopChanged(const QList<pm::RowChange> &changes)
{
    QList<int> rows;
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::Workshop && !m_ids.isEmpty()) // the axis wording
            emit dataChanged(index(0, Likelihood), index(int(m_ids.size()) - 1, Likelihood));
        if (change.kind != pm::EntityKind::FailureMode)
            continue;
        const int row = rowOf(change.id);
        const pm::FailureMode *fm = m_workshop->findLive<pm::FailureMode>(change.id);
        const bool surpriseMoved = fm && row >= 0 && (row >= m_predictions) != fm->surprise;
        if (change.type != pm::RowChange::Updated || row < 0 || !fm || surpriseMoved) {
            reload();
            return;
        }
        rows << row;
    }
    for (int row : std::as_const(rows))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const pm::FailureMode *LookbackModel::modeAt(int row) const
{
    return m_workshop && row >= 0 && row < m_ids.size()
               ? m_workshop->findLive<pm::FailureMode>(m_ids.at(row))
               : nullptr;
}

int LookbackModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LookbackModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QUrl LookbackModel::referenceUrl(int row) const
{
    const pm::FailureMode *fm = modeAt(row);
    return fm ? webUrl(fm->outcomeRef) : QUrl();
}

QVariant LookbackModel::data(const QModelIndex &index, int role) const
{
    const pm::FailureMode *fm = modeAt(index.row());
    if (!fm)
        return {};
    if (role == IdRole)
        return fm->meta.id;
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Title:
            return fm->title;
        case Likelihood:
            if (fm->surprise)
                return tr("SURPRISE");
            // In the workshop's own axis wording, as the matrix shows it.
            return fm->likelihood > 0
                       ? QStringLiteral("%1 %2")
                             .arg(fm->likelihood)
                             .arg(pm::levelName(m_workshop->info(), pm::Axis::Likelihood,
                                                fm->likelihood))
                       : tr("Unscored");
        case Outcome:
            return pm::displayName(fm->outcome); // words, never colour alone
        case Date:
            return fm->outcomeDate.isValid()
                       ? QLocale().toString(fm->outcomeDate, QLocale::ShortFormat)
                       : QStringLiteral("–");
        case Reference:
            return fm->outcomeRef;
        }
    }
    if (role == Qt::EditRole) {
        switch (column) {
        case Outcome:
            return int(fm->outcome);
        case Date:
            return fm->outcomeDate.isValid() ? fm->outcomeDate : QDate::currentDate();
        case Reference:
            return fm->outcomeRef;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (column == Title)
            return fm->description.isEmpty()
                       ? fm->title
                       : QStringLiteral("%1\n\n%2").arg(fm->title, fm->description);
        if (column == Reference && webUrl(fm->outcomeRef).isValid())
            return tr("Ctrl+click or press Ctrl+Return to open; F2 to edit");
    }
    if (role == Qt::FontRole) {
        if (column == Reference && webUrl(fm->outcomeRef).isValid()) {
            QFont link;
            link.setUnderline(true);
            return link;
        }
        if (column == Outcome && fm->outcome == pm::Outcome::Happened) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
    }
    if (role == Qt::ForegroundRole && column == Reference && webUrl(fm->outcomeRef).isValid())
        return QPalette().brush(QPalette::Link);
    return {};
}

QVariant LookbackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Failure mode");
    case Likelihood:
        return tr("Likelihood");
    case Outcome:
        return tr("Outcome");
    case Date:
        return tr("Date");
    case Reference:
        return tr("Post-mortem");
    }
    return {};
}

Qt::ItemFlags LookbackModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const bool editable =
        m_workshop && !m_workshop->isReadOnly() &&
        (index.column() == Outcome || index.column() == Date || index.column() == Reference);
    return editable ? f | Qt::ItemIsEditable : f;
}

bool LookbackModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const pm::FailureMode *existing = modeAt(index.row());
    if (role != Qt::EditRole || !existing || !(flags(index) & Qt::ItemIsEditable))
        return false;
    pm::FailureMode fm = *existing;
    QString text;
    switch (index.column()) {
    case Outcome: {
        const int outcome = value.toInt();
        if (outcome < 0 || outcome >= pm::vocabularySize<pm::Outcome>())
            return false;
        fm.outcome = pm::Outcome(outcome);
        // Marking an outcome for the first time dates it today; the date stays editable.
        if (fm.outcome != pm::Outcome::Unknown && !fm.outcomeDate.isValid())
            fm.outcomeDate = QDate::currentDate();
        text = tr("Mark Outcome");
        break;
    }
    case Date:
        fm.outcomeDate = value.toDate();
        text = tr("Set Outcome Date");
        break;
    case Reference:
        fm.outcomeRef = value.toString().trimmed();
        text = tr("Set Post-mortem Reference");
        break;
    default:
        return false;
    }
    QString error;
    auto onError = [this](const QString &message) {
        emit editFailed(message);
    };
    if (!ChangeSetCommand::push(m_undoStack, m_workshop, text, m_workshop->update(fm), &error,
                                onError, kMergeBase + index.column())) {
        emit editFailed(error);
        return false;
    }
    return true;
}

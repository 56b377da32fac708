#include "warninglist.h"

#include "failuremodeselection.h"
#include "riskindex.h"

WarningList::WarningList(RiskIndex *risks, FailureModeSelection *selection, QWidget *parent)
    : QListWidget(parent), m_risks(risks), m_selection(selection)
{
    setObjectName(QStringLiteral("warningList"));
    setAccessibleName(tr("Risks without a committed, owned and dated mitigation"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    connect(risks, &RiskIndex::reset, this, &WarningList::refresh);
    connect(risks, &RiskIndex::changed, this, &WarningList::refresh);
    connect(this, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        m_selection->select(item->data(Qt::UserRole).toUuid());
    });
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_selection->select(item->data(Qt::UserRole).toUuid());
    });
    refresh();
}

void WarningList::refresh()
{
    // The warnings are derived from a handful of summaries, so they are worked out afresh; the
    // widget is only touched when the outcome differs.
    QList<pm::RiskSummary> warnings;
    for (const QUuid &id : m_risks->ids()) {
        const pm::RiskSummary *risk = m_risks->summary(id);
        if (risk && risk->needsWarning())
            warnings << *risk;
    }
    std::sort(warnings.begin(), warnings.end(), pm::ranksBefore);
    QStringList lines;
    for (const pm::RiskSummary &risk : std::as_const(warnings))
        lines << risk.failureMode.toString() + QLatin1Char(' ') + pm::warningText(risk);
    if (lines == m_shown)
        return;
    m_shown = lines;
    clear();
    for (const pm::RiskSummary &risk : std::as_const(warnings)) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + pm::warningText(risk), this);
        item->setData(Qt::UserRole, risk.failureMode);
        item->setToolTip(pm::warningText(risk));
    }
    emit countChanged(count());
}

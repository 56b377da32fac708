#include "warninglist.h"

#include "architecturewarnings.h"
#include "failuremodeselection.h"
#include "riskindex.h"

namespace {
constexpr int kComponentRole = Qt::UserRole + 1;
}

WarningList::WarningList(RiskIndex *risks, FailureModeSelection *selection, QWidget *parent)
    : QListWidget(parent), m_risks(risks), m_selection(selection)
{
    setObjectName(QStringLiteral("warningList"));
    setAccessibleName(tr("Risks without a committed, owned and dated mitigation, and what the "
                         "architecture map says nobody discussed"));
    setWordWrap(true);
    setAlternatingRowColors(true);
    connect(risks, &RiskIndex::reset, this, [this] {
        follow();
        refresh();
    });
    connect(risks, &RiskIndex::changed, this, &WarningList::refresh);
    connect(risks, &RiskIndex::componentsChanged, this, &WarningList::refresh);
    connect(this, &QListWidget::itemActivated, this, &WarningList::activate);
    connect(this, &QListWidget::itemClicked, this, &WarningList::activate);
    follow();
    refresh();
}

void WarningList::follow()
{
    // The risk index does not follow dependencies; a new arrow can make a single point.
    disconnect(m_dependencies);
    m_workshop = m_risks->workshop();
    if (!m_workshop)
        return;
    m_dependencies = connect(m_workshop, &pm::Workshop::changed, this,
                             [this](const QList<pm::RowChange> &changes) {
                                 for (const pm::RowChange &c : changes) {
                                     if (c.kind == pm::EntityKind::Dependency) {
                                         refresh();
                                         return;
                                     }
                                 }
                             });
}

QUuid WarningList::componentAt(int row) const
{
    const QListWidgetItem *i = item(row);
    return i ? i->data(kComponentRole).toUuid() : QUuid();
}

void WarningList::activate(QListWidgetItem *item)
{
    const QUuid mode = item->data(Qt::UserRole).toUuid();
    if (!mode.isNull())
        m_selection->select(mode);
    else if (const QUuid component = item->data(kComponentRole).toUuid(); !component.isNull())
        emit componentActivated(component);
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
    const QList<pm::ArchitectureWarning> map =
        m_workshop ? pm::architectureWarnings(*m_workshop) : QList<pm::ArchitectureWarning>();
    QStringList lines;
    for (const pm::RiskSummary &risk : std::as_const(warnings))
        lines << risk.failureMode.toString() + QLatin1Char(' ') + pm::warningText(risk);
    for (const pm::ArchitectureWarning &w : map)
        lines << w.component.toString() + QLatin1Char(' ') + w.text;
    if (lines == m_shown)
        return;
    m_shown = lines;
    clear();
    for (const pm::RiskSummary &risk : std::as_const(warnings)) {
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + pm::warningText(risk), this);
        item->setData(Qt::UserRole, risk.failureMode);
        item->setToolTip(pm::warningText(risk));
    }
    for (const pm::ArchitectureWarning &w : map) {
        // Marked apart from the mitigation warnings: these are about what was not discussed.
        auto *item = new QListWidgetItem(QStringLiteral("⚠ ") + w.text, this);
        if (w.kind == pm::ArchitectureWarning::UnderstatedBlastRadius)
            item->setData(Qt::UserRole, w.failureMode);
        item->setData(kComponentRole, w.component);
        item->setToolTip(w.text);
    }
    emit countChanged(count());
}

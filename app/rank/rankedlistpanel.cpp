#include "rankedlistpanel.h"

#include "estimateindex.h"
#include "failuremodeselection.h"
#include "rankedriskfilter.h"
#include "rankedriskmodel.h"
#include "riskindex.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// One line beside the filters, cut with "…" where the panel is narrow (the whole text in its
// tooltip): the list's rows keep the panel's height.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }
    QSize sizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(text()) + 4, QLabel::sizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter,
                         fontMetrics().elidedText(text(), Qt::ElideRight, width()));
    }
};

} // namespace

RankedListPanel::RankedListPanel(RankedRiskModel *model, FailureModeSelection *selection,
                                 QWidget *parent)
    : QWidget(parent), m_model(model), m_filter(new RankedRiskFilter(this)), m_selection(selection),
      m_table(new QTableView(this)), m_band(new QComboBox(this)), m_component(new QComboBox(this)),
      m_category(new QComboBox(this)),
      m_disagreementFirst(new QCheckBox(tr("Disagreements first"), this)),
      m_progress(new ElidedLabel(this))
{
    m_filter->setSourceModel(model);

    m_band->setObjectName(QStringLiteral("bandFilter"));
    m_band->setAccessibleName(tr("Show band"));
    m_band->addItem(tr("All bands"), -1);
    for (pm::RiskBand band : {pm::RiskBand::Critical, pm::RiskBand::High, pm::RiskBand::Medium,
                              pm::RiskBand::Low, pm::RiskBand::Unscored})
        m_band->addItem(pm::displayName(band), int(band));
    m_component->setObjectName(QStringLiteral("componentFilter"));
    m_component->setAccessibleName(tr("Show component"));
    // The filters share the panel's width, a long component name cut in the closed box (the
    // list shows it whole): the panel beside the matrix fits a laptop screen.
    for (QComboBox *combo : {m_band, m_component, m_category}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Show category"));
    m_category->addItem(tr("All categories"), -1);
    for (pm::Category category : pm::allValues<pm::Category>())
        m_category->addItem(pm::displayName(category), int(category));
    rebuildComponentFilter();
    for (QComboBox *combo : {m_band, m_component, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, &RankedListPanel::applyFilters);
    connect(model->risks(), &RiskIndex::componentsChanged, this,
            &RankedListPanel::rebuildComponentFilter);
    connect(model->risks(), &RiskIndex::reset, this, &RankedListPanel::rebuildComponentFilter);

    m_table->setObjectName(QStringLiteral("rankedTable"));
    m_table->setAccessibleName(tr("Ranked risks"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RankedRiskModel::Score, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Numbers fit their contents; the title takes the room; long names get a fair share that
    // the facilitator can widen.
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Scores, counts and bands are short: a few rows tell their width (not thousands).
    header->setResizeContentsPrecision(50);
    header->setSectionResizeMode(RankedRiskModel::Title, QHeaderView::Stretch);
    const int nameWidth = m_table->fontMetrics().averageCharWidth() * 18;
    for (int column :
         {RankedRiskModel::Component, RankedRiskModel::Category, RankedRiskModel::Status}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, nameWidth);
    }
    header->setMinimumSectionSize(m_table->fontMetrics().averageCharWidth() * 5);
    // Rows as high as a line of text needs, and three of them at least, the top risk and what
    // follows it, however the window shares its height: one row and a scroll bar do not make a
    // ranking (issue 21 item 13).
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(
        header->sizeHint().height() + 3 * m_table->verticalHeader()->defaultSectionSize() +
        2 * m_table->frameWidth() + m_table->horizontalScrollBar()->sizeHint().height());
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RankedListPanel::onTableSelectionChanged);
    connect(selection, &FailureModeSelection::changed, this,
            &RankedListPanel::onSharedSelectionChanged);

    m_disagreementFirst->setObjectName(QStringLiteral("disagreementFirst"));
    m_disagreementFirst->setToolTip(
        tr("Sort by how far apart the revealed estimates are, so the room discusses those first"));
    connect(m_disagreementFirst, &QCheckBox::toggled, this, &RankedListPanel::sortByDisagreement);
    // A click on another column's header ends the disagreement order.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (column != RankedRiskModel::Spread && m_disagreementFirst->isChecked()) {
            const QSignalBlocker blocker(m_disagreementFirst);
            m_disagreementFirst->setChecked(false);
        }
    });
    m_progress->setObjectName(QStringLiteral("estimateProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    // It takes the width the filters leave it and asks for none: the list keeps the rest.
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress->hide();
    connect(model->risks()->estimates(), &EstimateIndex::changed, this,
            &RankedListPanel::updateProgress);

    // The filters in two columns beside the table, not a row above it, and no taller than the
    // table's three rows: on a laptop any height they took is the matrix rows' above the panel.
    // The progress goes under them, cut to their width with the whole text in its tooltip.
    auto *filters = new QGridLayout;
    filters->setSpacing(4);
    filters->addWidget(m_band, 0, 0);
    filters->addWidget(m_component, 0, 1);
    filters->addWidget(m_category, 1, 0);
    filters->addWidget(m_disagreementFirst, 1, 1);
    filters->addWidget(m_progress, 2, 0, 1, 2);
    filters->setRowStretch(3, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    updateProgress();
}

void RankedListPanel::sortByDisagreement(bool on)
{
    m_table->sortByColumn(on ? RankedRiskModel::Spread : RankedRiskModel::Score,
                          Qt::DescendingOrder);
}

// For the facilitator: who is still scoring. Counts only, so it may show before the reveal.
void RankedListPanel::updateProgress()
{
    const EstimateIndex *estimates = m_model->risks()->estimates();
    // Columns with nothing to say give their width to the titles (a laptop's panel is narrow).
    m_table->setColumnHidden(RankedRiskModel::Spread, !estimates->revealed());
    m_table->setColumnHidden(RankedRiskModel::Reach, !estimates->hasReach());
    m_disagreementFirst->setEnabled(estimates->revealed());
    int done = 0, started = 0;
    QStringList scoring;
    for (const pm::EstimateProgress &p : estimates->progress()) {
        started += p.scored > 0 ? 1 : 0;
        if (p.of > 0 && p.scored >= p.of)
            ++done;
        else
            scoring << estimates->progressOf(p);
    }
    m_progress->setVisible(started > 0);
    if (started == 0)
        return;
    const int people = int(estimates->progress().size());
    QString text = estimates->revealed()
                       ? tr("Estimates revealed: %1 of %2 people scored everything.")
                       : tr("Estimates hidden until revealed: %1 of %2 people scored "
                            "everything.");
    text = text.arg(done).arg(people);
    if (!scoring.isEmpty())
        text += QLatin1Char(' ') + tr("Still scoring: %1").arg(scoring.join(QStringLiteral(", ")));
    m_progress->setText(text);
    m_progress->setToolTip(text);
    m_progress->updateGeometry();
}

void RankedListPanel::rebuildComponentFilter()
{
    const QUuid current = m_component->currentData().toUuid();
    QList<QPair<QString, QUuid>> components;
    if (pm::Workshop *w = m_model->risks()->workshop()) {
        for (const pm::Component &c : w->rows<pm::Component>())
            components << qMakePair(c.name, c.meta.id);
    }
    std::sort(components.begin(), components.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
    });
    const QSignalBlocker blocker(m_component);
    m_component->clear();
    m_component->addItem(tr("All components"), QUuid());
    for (const auto &[name, id] : std::as_const(components))
        m_component->addItem(name, id);
    const int index = m_component->findData(current);
    m_component->setCurrentIndex(qMax(0, index));
    if (index < 0 && !current.isNull())
        applyFilters(); // the filtered component is gone
}

void RankedListPanel::applyFilters()
{
    const int band = m_band->currentData().toInt();
    const int category = m_category->currentData().toInt();
    m_filter->setBand(band < 0 ? std::nullopt : std::optional(pm::RiskBand(band)));
    m_filter->setComponent(m_component->currentData().toUuid());
    m_filter->setCategory(category < 0 ? std::nullopt : std::optional(pm::Category(category)));
}

void RankedListPanel::onTableSelectionChanged()
{
    if (m_syncing)
        return;
    QList<QUuid> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(RankedRiskModel::IdRole).toUuid();
    // The current row first: it is the one the mitigation panel shows.
    const QUuid current = m_table->currentIndex().data(RankedRiskModel::IdRole).toUuid();
    if (ids.removeOne(current))
        ids.prepend(current);
    const QScopedValueRollback<bool> guard(m_syncing, true);
    m_selection->select(ids);
}

void RankedListPanel::onSharedSelectionChanged()
{
    if (m_syncing)
        return;
    const QScopedValueRollback<bool> guard(m_syncing, true);
    QItemSelection rows;
    QModelIndex first;
    for (const QUuid &id : m_selection->ids()) {
        const QModelIndex index = m_filter->mapFromSource(m_model->indexOf(id));
        if (!index.isValid())
            continue;
        rows.select(index, index.siblingAtColumn(RankedRiskModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel *model = m_table->selectionModel();
    model->select(rows, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
}

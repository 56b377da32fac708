#include "lookbackpanel.h"

#include "calibrationtables.h"
#include "changesetcommand.h"
#include "failuremodeselection.h"
#include "lookbackdelegate.h"
#include "lookbackmodel.h"
#include "lookbackstats.h"
#include "riskindex.h"
#include "typesize.h"
#include "workshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Legible from the back of the room when the facilitator shows the look-back.
constexpr qreal kTablePoints = 14;
constexpr qreal kProjectorPoints = 16; // UX.md: what the room reads in presentation mode
constexpr qreal kHeadingPoints = 18;
constexpr int kMergeBase = 2100;
constexpr int kEffectChars = 10; // the effect drop-down: "Helped partly" without wasting room

QLabel *heading(const QString &text, QWidget *parent)
{
    return theme::heading(text, kHeadingPoints, parent);
}

// A cell widget kept at its natural height in the middle of a tall (word-wrapped) row.
QWidget *centred(QWidget *widget)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(widget, 0, Qt::AlignVCenter);
    return cell;
}

enum MitigationColumn
{
    MitigationText,
    MitigationDone,
    MitigationEffect
};

} // namespace

LookbackPanel::LookbackPanel(RiskIndex *risks, FailureModeSelection *selection,
                             QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_risks(risks), m_selection(selection), m_undoStack(undoStack),
      m_model(new LookbackModel(undoStack, this)), m_table(new QTableView(this)),
      m_addSurprise(new QPushButton(tr("Add &Surprise…"), this)),
      m_openReference(new QPushButton(tr("&Open Post-mortem"), this)),
      m_mitigationHeading(heading(tr("Mitigations"), this)), m_mitigations(new QTableWidget(this)),
      m_summary(new QLabel(this)),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    theme::setPointSize(this, kTablePoints);
    connect(m_model, &LookbackModel::editFailed, this, &LookbackPanel::editFailed);

    m_table->setObjectName(QStringLiteral("lookbackTable"));
    m_table->setAccessibleName(tr("Outcomes of the failure modes"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LookbackDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LookbackModel::Title, QHeaderView::Stretch);
    header->setSectionResizeMode(LookbackModel::Reference, QHeaderView::Interactive);
    header->resizeSection(LookbackModel::Reference, m_table->fontMetrics().averageCharWidth() * 22);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LookbackPanel::onTableSelectionChanged);
    // A web reference opens with Ctrl+click (a plain click selects, F2 edits), or Ctrl+Return.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == LookbackModel::Reference &&
            (QGuiApplication::keyboardModifiers() & Qt::ControlModifier))
            openReference(index.row());
    });
    auto *open = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_table);
    open->setContext(Qt::WidgetShortcut);
    connect(open, &QShortcut::activated, this,
            [this] { openReference(m_table->currentIndex().row()); });

    m_addSurprise->setObjectName(QStringLiteral("addSurprise"));
    m_addSurprise->setToolTip(tr("A failure that happened although nobody predicted it"));
    connect(m_addSurprise, &QPushButton::clicked, this, &LookbackPanel::promptAddSurprise);
    m_openReference->setObjectName(QStringLiteral("openReference"));
    connect(m_openReference, &QPushButton::clicked, this,
            [this] { openReference(m_table->currentIndex().row()); });

    m_mitigations->setObjectName(QStringLiteral("lookbackMitigations"));
    m_mitigations->setAccessibleName(tr("Mitigations of the selected failure mode"));
    m_mitigations->setColumnCount(3);
    m_mitigations->setHorizontalHeaderLabels({tr("Type"), tr("Done"), tr("Effect")});
    m_mitigations->verticalHeader()->hide();
    m_mitigations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mitigations->setSelectionMode(QAbstractItemView::NoSelection);
    m_mitigations->setWordWrap(true);
    m_mitigations->horizontalHeader()->setSectionResizeMode(MitigationText, QHeaderView::Stretch);
    m_mitigations->horizontalHeader()->setSectionResizeMode(MitigationDone,
                                                            QHeaderView::ResizeToContents);
    m_mitigations->horizontalHeader()->setSectionResizeMode(MitigationEffect,
                                                            QHeaderView::ResizeToContents);

    // Long failure mode titles wrap rather than widen the window beyond the projector.
    m_mitigationHeading->setWordWrap(true);
    connect(m_mitigations->horizontalHeader(), &QHeaderView::sectionResized, this,
            &LookbackPanel::fitMitigationRows);

    m_summary->setObjectName(QStringLiteral("calibrationSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::setPointSize(m_summary, 16);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addSurprise);
    buttons->addWidget(m_openReference);
    buttons->addStretch(1);
    auto *outcomes = new QVBoxLayout;
    outcomes->addWidget(heading(tr("What really happened"), this));
    outcomes->addWidget(m_table, 1);
    outcomes->addLayout(buttons);
    // The outcomes take half the width; the selected failure mode's mitigations and the
    // calibration share the rest, so every part stays legible on a projector.
    auto *mitigations = new QVBoxLayout;
    mitigations->addWidget(m_mitigationHeading);
    mitigations->addWidget(m_mitigations, 1);
    auto *summary = new QVBoxLayout;
    summary->addWidget(heading(tr("Calibration"), this));
    summary->addWidget(m_summary, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(outcomes, 5);
    layout->addLayout(mitigations, 2);
    layout->addLayout(summary, 2);

    connect(risks, &RiskIndex::reset, this, &LookbackPanel::onWorkshopReset);
    connect(selection, &FailureModeSelection::changed, this,
            &LookbackPanel::onSharedSelectionChanged);
    onWorkshopReset();
}

void LookbackPanel::onWorkshopReset()
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = m_risks->workshop();
    m_model->setWorkshop(m_workshop);
    if (m_workshop)
        connect(m_workshop, &pm::Workshop::changed, this, &LookbackPanel::onWorkshopChanged);
    updateSummary();
    onSharedSelectionChanged();
    updateButtons();
}

void LookbackPanel::onWorkshopChanged(const QList<pm::RowChange> &changes)
{
    bool relevant = false;
    for (const pm::RowChange &change : changes)
        relevant = relevant || change.kind == pm::EntityKind::FailureMode ||
                   change.kind == pm::EntityKind::Mitigation ||
                   change.kind == pm::EntityKind::Component;
    if (!relevant)
        return;
    updateSummary();
    onSharedSelectionChanged(); // the model may have been rebuilt: select again
}

void LookbackPanel::updateButtons()
{
    const bool editable = m_workshop && !m_workshop->isReadOnly();
    m_addSurprise->setEnabled(editable);
    m_openReference->setEnabled(m_model->referenceUrl(m_table->currentIndex().row()).isValid());
}

void LookbackPanel::onTableSelectionChanged()
{
    updateButtons();
    if (m_updating)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_selection->select(m_model->idAt(rows.constFirst().row()));
    updateMitigations();
}

void LookbackPanel::onSharedSelectionChanged()
{
    {
        const QScopedValueRollback<bool> guard(m_updating, true);
        const int row = m_model->rowOf(m_selection->current());
        if (row < 0) {
            m_table->clearSelection();
        } else if (m_table->currentIndex().row() != row ||
                   !m_table->selectionModel()->isRowSelected(row)) {
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(row, m_table->currentIndex().isValid()
                                        ? m_table->currentIndex().column()
                                        : LookbackModel::Outcome),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
    updateButtons();
    updateMitigations();
}

void LookbackPanel::updateSummary()
{
    m_calibration = m_workshop ? pm::calibrate(*m_workshop) : pm::Calibration();
    m_summary->setText(summaryText());
}

void LookbackPanel::setPresentation(bool on)
{
    // The headings (18 pt) and the calibration (16 pt) are large enough already; the table and
    // its drop-downs follow the panel's font.
    theme::setPointSize(this, on ? kProjectorPoints : kTablePoints);
    // The column headers take the style's header font, not the panel's, unless told.
    for (QHeaderView *header : findChildren<QHeaderView *>())
        header->setFont(font());
}

QString LookbackPanel::summaryText() const
{
    const pm::Calibration &c = m_calibration;
    if (!c.hasOutcomes())
        return tr("No outcomes yet. Mark what happened to each failure mode, and add the "
                  "surprises nobody predicted.");
    QStringList lines;
    for (const pm::LevelCalibration &level : c.levels)
        lines << pm::levelSummary(level);
    lines << QString();
    // The measures exactly as the report and premortem-cli stats word them.
    const pm::ReportTable measures = pm::calibrationTables(c).at(1);
    for (const QStringList &row : measures.rows)
        lines << QStringLiteral("%1: %2").arg(row.value(0), row.value(1));
    // Each person's own estimates against the group's agreed scores: does the group beat them?
    if (!c.people.isEmpty()) {
        lines << QString() << pm::calibrationTables(c).constLast().title;
        for (auto it = c.people.cbegin(); it != c.people.cend(); ++it)
            lines << tr("%1: %2 judged, Brier %3 (the group's %4)")
                         .arg(it.key())
                         .arg(it->judged)
                         .arg(pm::brierText(it->brierScore()),
                              pm::brierText(it->groupBrierScore()));
    }
    return lines.join(QLatin1Char('\n'));
}

void LookbackPanel::updateMitigations()
{
    const QUuid mode = m_selection->current();
    const pm::FailureMode *fm =
        m_workshop && !mode.isNull() ? m_workshop->findLive<pm::FailureMode>(mode) : nullptr;
    m_mitigationHeading->setText(fm ? tr("Mitigations: %1").arg(fm->title) : tr("Mitigations"));
    m_mitigationHeading->setToolTip(fm ? fm->title : QString());
    const QList<pm::Mitigation> list = fm ? m_risks->mitigationsOf(mode) : QList<pm::Mitigation>();
    QList<QUuid> ids;
    for (const pm::Mitigation &m : list)
        ids << m.meta.id;
    const bool editable = m_workshop && !m_workshop->isReadOnly();

    // Rebuilt only when the list itself changes, so a click on a check box keeps its focus.
    if (ids != m_shownMitigations) {
        m_shownMitigations = ids;
        m_mitigations->setRowCount(0);
        // Two rows each: the description across the full width, then type, done and effect.
        m_mitigations->setRowCount(int(list.size()) * 2);
        for (int i = 0; i < list.size(); ++i) {
            const QUuid id = list.at(i).meta.id;
            const int row = i * 2 + 1;
            m_mitigations->setSpan(row - 1, 0, 1, 3);
            m_mitigations->setItem(row - 1, MitigationText, new QTableWidgetItem);
            m_mitigations->setItem(row, MitigationText, new QTableWidgetItem);
            auto *done = new QCheckBox; // the column header says "Done"
            done->setAccessibleName(tr("Done"));
            done->setObjectName(QStringLiteral("mitigationDone"));
            connect(done, &QCheckBox::toggled, this, [this, id](bool on) {
                if (!m_updating)
                    setMitigationDone(id, on);
            });
            m_mitigations->setCellWidget(row, MitigationDone, centred(done));
            auto *effect = new QComboBox;
            effect->setObjectName(QStringLiteral("mitigationEffect"));
            effect->setAccessibleName(tr("Effect"));
            effect->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            effect->setMinimumContentsLength(kEffectChars);
            for (pm::Effect e : pm::allValues<pm::Effect>())
                effect->addItem(pm::displayName(e), int(e));
            connect(effect, &QComboBox::activated, this, [this, id, effect] {
                setMitigationEffect(id, pm::Effect(effect->currentData().toInt()));
            });
            m_mitigations->setCellWidget(row, MitigationEffect, centred(effect));
        }
    }
    const QScopedValueRollback<bool> guard(m_updating, true);
    for (int i = 0; i < list.size(); ++i) {
        const pm::Mitigation &m = list.at(i);
        const int row = i * 2 + 1;
        m_mitigations->item(row - 1, MitigationText)->setText(m.description);
        m_mitigations->item(row, MitigationText)->setText(pm::displayName(m.type));
        auto *done = m_mitigations->cellWidget(row, MitigationDone)->findChild<QCheckBox *>();
        done->setChecked(m.status == pm::MitigationStatus::Done);
        done->setEnabled(editable);
        auto *effect = m_mitigations->cellWidget(row, MitigationEffect)->findChild<QComboBox *>();
        effect->setCurrentIndex(effect->findData(int(m.effect)));
        effect->setEnabled(editable);
    }
    fitMitigationRows();
}

// Qt sizes a spanned row by its first column alone; the descriptions span all three.
void LookbackPanel::fitMitigationRows()
{
    m_mitigations->resizeRowsToContents();
    const QFontMetrics metrics(m_mitigations->font());
    const int width = m_mitigations->viewport()->width() - 8;
    for (int row = 0; row < m_mitigations->rowCount(); row += 2) {
        const QTableWidgetItem *item = m_mitigations->item(row, MitigationText);
        if (item && width > 0)
            m_mitigations->setRowHeight(row, metrics.boundingRect(QRect(0, 0, width, 100000),
                                                                  Qt::TextWordWrap, item->text())
                                                     .height() +
                                                 8);
    }
}

bool LookbackPanel::editMitigation(const QUuid &id,
                                   const std::function<void(pm::Mitigation &)> &change,
                                   const QString &text, int mergeId)
{
    const pm::Mitigation *existing =
        m_workshop ? m_workshop->findLive<pm::Mitigation>(id) : nullptr;
    if (!existing || m_workshop->isReadOnly())
        return false;
    pm::Mitigation m = *existing;
    change(m);
    QString error;
    auto onError = [this](const QString &message) {
        emit editFailed(message);
    };
    if (!ChangeSetCommand::push(m_undoStack, m_workshop, text, m_workshop->update(m), &error,
                                onError, mergeId)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

bool LookbackPanel::setMitigationDone(const QUuid &mitigation, bool done)
{
    const pm::Mitigation *m =
        m_workshop ? m_workshop->findLive<pm::Mitigation>(mitigation) : nullptr;
    if (!m || (m->status == pm::MitigationStatus::Done) == done)
        return m != nullptr;
    // Not done after all: back to accepted, the state of committed work not yet finished.
    return editMitigation(
        mitigation,
        [done](pm::Mitigation &edited) {
            edited.status = done ? pm::MitigationStatus::Done : pm::MitigationStatus::Accepted;
        },
        done ? tr("Mark Mitigation Done") : tr("Mark Mitigation Not Done"), kMergeBase);
}

bool LookbackPanel::setMitigationEffect(const QUuid &mitigation, pm::Effect effect)
{
    return editMitigation(
        mitigation, [effect](pm::Mitigation &edited) { edited.effect = effect; },
        tr("Judge Mitigation"), kMergeBase + 1);
}

void LookbackPanel::promptAddSurprise()
{
    if (!m_workshop || m_workshop->isReadOnly())
        return;
    SurpriseDialog dialog(*m_workshop, this);
    if (dialog.exec() == QDialog::Accepted)
        addSurprise(dialog.input());
}

bool LookbackPanel::addSurprise(const SurpriseInput &input)
{
    if (!m_workshop || m_workshop->isReadOnly() || input.title.trimmed().isEmpty())
        return false;
    pm::FailureMode fm;
    fm.meta.id = QUuid::createUuid();
    fm.title = input.title.trimmed();
    fm.category = input.category;
    fm.component = input.component;
    fm.surprise = true;
    fm.outcome = pm::Outcome::Happened;
    fm.outcomeDate = input.date;
    fm.outcomeRef = input.reference.trimmed();
    QString error;
    auto onError = [this](const QString &message) {
        emit editFailed(message);
    };
    if (!ChangeSetCommand::push(m_undoStack, m_workshop, tr("Add Surprise"), m_workshop->add(fm),
                                &error, onError)) {
        emit editFailed(error);
        return false;
    }
    m_selection->select(fm.meta.id);
    return true;
}

bool LookbackPanel::openReference(int row)
{
    const QUrl url = m_model->referenceUrl(row);
    return url.isValid() && m_openUrl(url);
}

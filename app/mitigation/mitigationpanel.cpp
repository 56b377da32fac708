#include "mitigationpanel.h"

#include "axiswording.h"
#include "changesetcommand.h"
#include "datefield.h"
#include "failuremodeselection.h"
#include "risk.h"
#include "riskindex.h"
#include "singletonrisk.h"
#include "workshop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

namespace {

// Field edits merge per field (ChangeSetCommand merges commands with the same id on the same
// rows): clicking through five due dates is one undo step, a status change after it another.
constexpr int kMergeBase = 1000;
// A new due date starts two weeks out, a common sprint length, rather than on a blank.
constexpr int kDefaultDueDays = 14;
const QDate kNoDate(2000, 1, 1);

template <typename E> void fillCombo(QComboBox *combo)
{
    for (E value : pm::allValues<E>())
        combo->addItem(pm::displayName(value), int(value));
}

void setComboData(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

} // namespace

MitigationPanel::MitigationPanel(RiskIndex *risks, FailureModeSelection *selection,
                                 QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_risks(risks), m_selection(selection), m_undoStack(undoStack),
      m_heading(new QLabel(this)), m_score(new QLabel(this)), m_list(new QListWidget(this)),
      m_newDescription(new QLineEdit(this)), m_add(new QPushButton(tr("Add"), this)),
      m_remove(new QPushButton(tr("Remove"), this)), m_form(new QWidget(this)),
      m_type(new QComboBox(m_form)), m_description(new QPlainTextEdit(m_form)),
      m_owner(new QComboBox(m_form)), m_hasDue(new QCheckBox(tr("Due"), m_form)),
      m_due(new DateField(m_form)), m_status(new QComboBox(m_form)),
      m_destination(new QComboBox(m_form)), m_residualLikelihood(new QComboBox(m_form)),
      m_residualBlastRadius(new QComboBox(m_form))
{
    m_heading->setObjectName(QStringLiteral("mitigationHeading"));
    m_heading->setTextFormat(Qt::PlainText); // titles come from files, maybe from strangers
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("mitigationList"));
    m_list->setAccessibleName(tr("Mitigations"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!m_updating)
            setCurrentMitigation(item ? item->data(Qt::UserRole).toUuid() : QUuid());
    });

    m_newDescription->setObjectName(QStringLiteral("newMitigation"));
    m_newDescription->setPlaceholderText(tr("New mitigation: what will the team do?"));
    m_newDescription->setClearButtonEnabled(true);
    // Alt+M lands here (KeyboardFocus): the panel's access key is for typing a mitigation.
    m_newDescription->setProperty("paneEntry", true);
    auto add = [this] {
        if (addMitigation(m_newDescription->text()))
            m_newDescription->clear();
    };
    connect(m_newDescription, &QLineEdit::returnPressed, this, add);
    connect(m_add, &QPushButton::clicked, this, add);
    m_remove->setObjectName(QStringLiteral("removeMitigation"));
    connect(m_remove, &QPushButton::clicked, this, &MitigationPanel::removeCurrent);

    m_type->setObjectName(QStringLiteral("mitigationType"));
    fillCombo<pm::MitigationType>(m_type);
    m_description->setObjectName(QStringLiteral("mitigationDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 4 + 12);
    m_description->installEventFilter(this);
    m_owner->setObjectName(QStringLiteral("mitigationOwner"));
    m_owner->setEditable(true); // a participant, or anybody else by name
    m_owner->setInsertPolicy(QComboBox::NoInsert);
    m_owner->lineEdit()->setPlaceholderText(tr("Who owns it?"));
    m_hasDue->setObjectName(QStringLiteral("mitigationHasDue"));
    m_due->setObjectName(QStringLiteral("mitigationDue"));
    m_due->setCalendarPopup(true);
    // The earliest date stands for "none", shown as a dash rather than as a real date.
    // The latest: a decade ahead; a date beyond that is a typo in the year.
    m_due->setDateRange(kNoDate, QDate::currentDate().addYears(10));
    m_due->setSpecialValueText(QStringLiteral("—"));
    m_status->setObjectName(QStringLiteral("mitigationStatus"));
    fillCombo<pm::MitigationStatus>(m_status);
    m_destination->setObjectName(QStringLiteral("mitigationDestination"));
    fillCombo<pm::Destination>(m_destination);
    m_residualLikelihood->setObjectName(QStringLiteral("residualLikelihood"));
    m_residualBlastRadius->setObjectName(QStringLiteral("residualBlastRadius"));
    for (QComboBox *combo : {m_residualLikelihood, m_residualBlastRadius}) {
        combo->addItem(tr("Unchanged"), 0);
        for (int value = pm::kMinScore; value <= pm::kMaxScore; ++value)
            combo->addItem(QString::number(value), value); // worded by showLevelNames()
    }

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { edit(Type); });
    connect(m_owner, &QComboBox::activated, this, [this] { edit(Owner); });
    connect(m_owner->lineEdit(), &QLineEdit::editingFinished, this, [this] { edit(Owner); });
    connect(m_hasDue, &QCheckBox::toggled, this, [this] { edit(Due); });
    connect(m_due, &QDateEdit::dateChanged, this, [this] { edit(Due); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { edit(Status); });
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] { edit(Destination); });
    connect(m_residualLikelihood, &QComboBox::currentIndexChanged, this,
            [this] { edit(ResidualLikelihood); });
    connect(m_residualBlastRadius, &QComboBox::currentIndexChanged, this,
            [this] { edit(ResidualBlastRadius); });

    // Long choices ("3 One region or customer segment") must not make the dock scroll sideways.
    for (QComboBox *combo :
         {m_type, m_owner, m_status, m_destination, m_residualLikelihood, m_residualBlastRadius}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto *due = new QHBoxLayout;
    due->setContentsMargins(0, 0, 0, 0);
    due->addWidget(m_hasDue);
    due->addWidget(m_due, 1);
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Due date"), due);
    form->addRow(QString(), m_due->messageLabel());
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Goes to"), m_destination);
    form->addRow(tr("Residual likelihood"), m_residualLikelihood);
    form->addRow(tr("Residual blast radius"), m_residualBlastRadius);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newDescription, 1);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_score);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);

    connect(risks, &RiskIndex::reset, this, &MitigationPanel::onWorkshopReset);
    connect(risks, &RiskIndex::workshopInfoChanged, this, &MitigationPanel::showLevelNames);
    connect(selection, &FailureModeSelection::changed, this, &MitigationPanel::onSelectionChanged);
    onWorkshopReset();
}

void MitigationPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showFailureMode();
}

void MitigationPanel::onWorkshopReset()
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = m_risks->workshop();
    if (m_workshop)
        connect(m_workshop, &pm::Workshop::changed, this, &MitigationPanel::onWorkshopChanged);
    refillOwners();
    showLevelNames();
    onSelectionChanged();
}

void MitigationPanel::showLevelNames()
{
    const pm::WorkshopInfo info = m_workshop ? m_workshop->info() : pm::WorkshopInfo{};
    for (auto [combo, axis] : {std::pair{m_residualLikelihood, pm::Axis::Likelihood},
                               std::pair{m_residualBlastRadius, pm::Axis::BlastRadius}}) {
        for (int value = pm::kMinScore; value <= pm::kMaxScore; ++value)
            combo->setItemText(
                value, QStringLiteral("%1 %2").arg(value).arg(pm::levelName(info, axis, value)));
    }
}

void MitigationPanel::onSelectionChanged()
{
    const QUuid mode = m_selection->current();
    if (mode != m_mode) {
        m_mode = mode;
        m_current = QUuid();
    }
    showFailureMode();
}

void MitigationPanel::onWorkshopChanged(const QList<pm::RowChange> &changes)
{
    bool mine = false;
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::Participant) {
            refillOwners();
        } else if (change.kind == pm::EntityKind::FailureMode) {
            mine = mine || change.id == m_mode;
        } else if (change.kind == pm::EntityKind::Note) {
            mine = mine || pm::singletonId(change.id) == m_mode; // a loose note's own risk
        } else if (change.kind == pm::EntityKind::Mitigation) {
            const pm::Mitigation *m = m_workshop->find<pm::Mitigation>(change.id);
            mine = mine || (m && m->failureMode == m_mode) || change.id == m_current;
        }
    }
    if (mine)
        showFailureMode();
}

void MitigationPanel::showFailureMode()
{
    const std::optional<pm::FailureMode> mode =
        m_workshop && !m_mode.isNull() ? pm::failureModeOrSingleton(*m_workshop, m_mode)
                                       : std::nullopt;
    const bool editable = mode && !m_readOnly;
    if (!mode) {
        m_heading->setText(tr("No failure mode selected"));
        m_score->setText(tr("Select a failure mode on the board, in the risk matrix or in the "
                            "ranked list to plan its mitigations."));
    } else {
        m_heading->setText(mode->title);
        const pm::RiskSummary *risk = m_risks->summary(m_mode);
        if (!risk || risk->score == 0)
            m_score->setText(tr("Not scored yet"));
        else if (risk->residual.isLowered())
            m_score->setText(tr("%1 %2 now · %3 %4 once the committed mitigations are done")
                                 .arg(risk->score)
                                 .arg(pm::displayName(risk->band))
                                 .arg(risk->residual.score)
                                 .arg(pm::displayName(risk->residual.band)));
        else
            m_score->setText(tr("%1 %2 · no committed mitigation lowers it yet")
                                 .arg(risk->score)
                                 .arg(pm::displayName(risk->band)));
    }
    m_list->setEnabled(mode.has_value());
    m_newDescription->setEnabled(editable);
    m_add->setEnabled(editable);
    syncList();
    showForm();
}

QString MitigationPanel::itemText(const pm::Mitigation &m) const
{
    QStringList details;
    details << pm::displayName(m.status);
    if (!m.owner.trimmed().isEmpty())
        details << m.owner.trimmed();
    if (m.due.isValid())
        details << QLocale().toString(m.due, QLocale::ShortFormat);
    return QStringLiteral("%1 · %2\n%3")
        .arg(pm::shortLabel(m.type), details.join(QStringLiteral(" · ")), m.description);
}

// Brings the list in line with the failure mode's mitigations item by item, so the current item
// and the scroll position survive an edit.
void MitigationPanel::syncList()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    const QList<pm::Mitigation> mitigations =
        m_workshop && !m_mode.isNull() ? m_risks->mitigationsOf(m_mode) : QList<pm::Mitigation>();
    QList<QUuid> wanted;
    for (const pm::Mitigation &m : mitigations)
        wanted << m.meta.id;
    for (int row = m_list->count() - 1; row >= 0; --row) {
        if (!wanted.contains(m_list->item(row)->data(Qt::UserRole).toUuid()))
            delete m_list->takeItem(row);
    }
    for (int i = 0; i < mitigations.size(); ++i) {
        const pm::Mitigation &m = mitigations.at(i);
        QListWidgetItem *item = nullptr;
        for (int row = i; row < m_list->count() && !item; ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toUuid() == m.meta.id)
                item = row == i ? m_list->item(row) : m_list->takeItem(row);
        }
        if (!item) {
            item = new QListWidgetItem;
            item->setData(Qt::UserRole, m.meta.id);
        }
        if (m_list->row(item) < 0)
            m_list->insertItem(i, item);
        const QString text = itemText(m);
        if (item->text() != text)
            item->setText(text);
    }
    if (!wanted.contains(m_current))
        m_current = wanted.isEmpty() ? QUuid() : wanted.constFirst();
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toUuid() == m_current &&
            m_list->currentRow() != row)
            m_list->setCurrentRow(row);
    }
}

void MitigationPanel::showForm()
{
    const pm::Mitigation *m = m_workshop && !m_current.isNull()
                                  ? m_workshop->findLive<pm::Mitigation>(m_current)
                                  : nullptr;
    m_form->setEnabled(m && !m_readOnly);
    m_remove->setEnabled(m && !m_readOnly);
    const QScopedValueRollback<bool> guard(m_updating, true);
    const pm::Mitigation shown = m ? *m : pm::Mitigation();
    setComboData(m_type, int(shown.type));
    // Never overwrite what the facilitator is typing.
    if (!m_description->hasFocus() && m_description->toPlainText() != shown.description)
        m_description->setPlainText(shown.description);
    if (!m_owner->lineEdit()->hasFocus() && m_owner->currentText() != shown.owner)
        m_owner->setEditText(shown.owner);
    m_hasDue->setChecked(shown.due.isValid());
    m_due->setEnabled(shown.due.isValid());
    const QDate due = shown.due.isValid() ? shown.due : kNoDate;
    if (m_due->date() != due)
        m_due->setDate(due);
    setComboData(m_status, int(shown.status));
    setComboData(m_destination, int(shown.destination));
    setComboData(m_residualLikelihood, shown.residualLikelihood);
    setComboData(m_residualBlastRadius, shown.residualBlastRadius);
}

void MitigationPanel::refillOwners()
{
    const QScopedValueRollback<bool> guard(m_updating, true);
    const QString typed = m_owner->currentText();
    m_owner->clear();
    if (m_workshop) {
        for (const pm::Participant &p : m_workshop->rows<pm::Participant>())
            m_owner->addItem(p.name);
    }
    m_owner->setEditText(typed);
}

void MitigationPanel::setCurrentMitigation(const QUuid &id)
{
    m_current = id;
    syncList();
    showForm();
}

bool MitigationPanel::push(const QString &text, pm::Result<pm::ChangeSet> result, int mergeId)
{
    QString error;
    auto onError = [this](const QString &message) {
        emit editFailed(message);
    };
    if (!ChangeSetCommand::push(m_undoStack, m_workshop, text, std::move(result), &error, onError,
                                mergeId)) {
        emit editFailed(error);
        return false;
    }
    return true;
}

bool MitigationPanel::addMitigation(const QString &description)
{
    if (m_readOnly || !m_workshop || description.trimmed().isEmpty() ||
        !pm::failureModeOrSingleton(*m_workshop, m_mode))
        return false;
    pm::Mitigation m;
    m.meta.id = QUuid::createUuid();
    m.failureMode = m_mode;
    m.description = description.trimmed();
    // Most mitigations are work for the team: a new one goes to the backlog, so the backlog
    // CSV is not empty unless someone decides otherwise. (The file's own default stays "none",
    // so older files and imports keep exactly what they had.)
    m.destination = pm::Destination::Backlog;
    // A loose note's first mitigation writes its failure mode of one in the same step.
    pm::ChangeSet changes = pm::writeSingleton(*m_workshop, m_mode);
    changes << m;
    if (!push(tr("Add Mitigation"), m_workshop->apply(changes)))
        return false;
    setCurrentMitigation(m.meta.id);
    return true;
}

void MitigationPanel::selectTopRiskIfNone()
{
    if (!m_selection->isEmpty() || m_risks->ids().isEmpty())
        return;
    const pm::RiskSummary *top = nullptr;
    for (const QUuid &id : m_risks->ids()) {
        const pm::RiskSummary *risk = m_risks->summary(id);
        if (risk && (!top || pm::ranksBefore(*risk, *top)))
            top = risk;
    }
    if (top)
        m_selection->select({top->failureMode});
}

bool MitigationPanel::removeCurrent()
{
    if (m_readOnly || !m_workshop || !m_workshop->findLive<pm::Mitigation>(m_current))
        return false;
    return push(tr("Remove Mitigation"),
                m_workshop->remove(pm::EntityKind::Mitigation, {m_current}));
}

void MitigationPanel::edit(Field field)
{
    if (m_updating || m_readOnly || !m_workshop)
        return;
    const pm::Mitigation *existing = m_workshop->findLive<pm::Mitigation>(m_current);
    if (!existing)
        return;
    pm::Mitigation m = *existing;
    QString text;
    switch (field) {
    case Type:
        m.type = pm::MitigationType(m_type->currentData().toInt());
        text = tr("Change Mitigation Type");
        break;
    case Description: {
        const QString description = m_description->toPlainText().trimmed();
        if (description.isEmpty()) { // a mitigation needs words: put the old ones back
            const QScopedValueRollback<bool> guard(m_updating, true);
            m_description->setPlainText(existing->description);
            return;
        }
        m.description = description;
        text = tr("Edit Mitigation");
        break;
    }
    case Owner:
        m.owner = m_owner->currentText().trimmed();
        text = tr("Set Mitigation Owner");
        break;
    case Due:
        if (!m_hasDue->isChecked()) {
            m.due = QDate();
        } else if (!existing->due.isValid()) {
            m.due = QDate::currentDate().addDays(kDefaultDueDays);
        } else {
            m.due = m_due->date();
        }
        text = tr("Set Mitigation Due Date");
        break;
    case Status:
        m.status = pm::MitigationStatus(m_status->currentData().toInt());
        text = tr("Set Mitigation Status");
        break;
    case Destination:
        m.destination = pm::Destination(m_destination->currentData().toInt());
        text = tr("Set Mitigation Destination");
        break;
    case ResidualLikelihood:
        m.residualLikelihood = m_residualLikelihood->currentData().toInt();
        text = tr("Set Residual Likelihood");
        break;
    case ResidualBlastRadius:
        m.residualBlastRadius = m_residualBlastRadius->currentData().toInt();
        text = tr("Set Residual Blast Radius");
        break;
    }
    if (m.values() == existing->values())
        return;
    if (!push(text, m_workshop->update(m), kMergeBase + int(field)))
        showForm(); // refused: show what is really stored
}

bool MitigationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description) {
        if (event->type() == QEvent::FocusOut) {
            edit(Description);
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & Qt::ControlModifier)) {
                edit(Description);
                return true;
            }
        }
    } else if (watched == m_list && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            removeCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

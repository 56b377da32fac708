#include "participantspanel.h"

#include "changesetcommand.h"
#include "teamcoverage.h"
#include "workshop.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

enum Column
{
    NameColumn,
    RoleColumn,
    SideColumn,
    ColumnCount
};

template <typename E> void fillCombo(QComboBox *combo)
{
    for (E value : pm::allValues<E>())
        combo->addItem(pm::displayName(value), int(value));
}

} // namespace

ParticipantsPanel::ParticipantsPanel(QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_table(new QTableWidget(0, ColumnCount, this)),
      m_name(new QLineEdit(this)), m_role(roleCombo(this)), m_side(sideCombo(this)),
      m_add(new QPushButton(tr("&Add Person"), this)),
      m_remove(new QPushButton(tr("&Remove Person"), this)), m_warnings(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("participantsTable"));
    m_table->setAccessibleName(tr("Participants"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Side")});
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {int(RoleColumn), int(SideColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
    sizeChoiceColumns();
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_name->setObjectName(QStringLiteral("participantName"));
    m_name->setPlaceholderText(tr("Name"));
    // Alt+P lands here: a name typed next is a person, not board shortcuts (app/keyboardfocus.h).
    m_name->setProperty("paneEntry", true);
    m_role->setObjectName(QStringLiteral("participantRole"));
    m_side->setObjectName(QStringLiteral("participantSide"));
    m_add->setObjectName(QStringLiteral("addParticipant"));
    m_remove->setObjectName(QStringLiteral("removeParticipant"));
    m_warnings->setObjectName(QStringLiteral("coverageWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);

    // Two rows: in one, the name field had what the combo boxes left of a laptop's side panel,
    // a few letters (issue 21).
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_add);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_role, 1);
    choiceRow->addWidget(m_side, 1);
    auto *form = new QVBoxLayout;
    form->addLayout(nameRow);
    form->addLayout(choiceRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_remove, 0, Qt::AlignRight);

    connect(m_add, &QPushButton::clicked, this, &ParticipantsPanel::addFromForm);
    connect(m_name, &QLineEdit::returnPressed, this, &ParticipantsPanel::addFromForm);
    connect(m_remove, &QPushButton::clicked, this, &ParticipantsPanel::removeSelected);
    m_table->installEventFilter(this); // Delete removes the selected person, like the button
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_rebuilding || !m_workshop || item->column() != NameColumn)
            return;
        const pm::Participant *p =
            m_workshop->findLive<pm::Participant>(item->data(Qt::UserRole).toUuid());
        if (!p)
            return;
        pm::Participant changed = *p;
        changed.name = item->text().trimmed();
        QString error;
        if (!updateParticipant(changed, &error)) {
            emit editFailed(error);
            rebuild(); // back to the stored name
        }
    });
    setWorkshop(nullptr);
}

QComboBox *ParticipantsPanel::roleCombo(QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    fillCombo<pm::Role>(combo);
    return combo;
}

QComboBox *ParticipantsPanel::sideCombo(QWidget *parent) const
{
    auto *combo = new QComboBox(parent);
    fillCombo<pm::Side>(combo);
    combo->setCurrentIndex(int(pm::Side::Both));
    return combo;
}

void ParticipantsPanel::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    if (workshop)
        connect(workshop, &pm::Workshop::changed, this, &ParticipantsPanel::onChanged);
    const bool editable = workshop && !workshop->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_role, m_side, m_add, m_remove})
        w->setEnabled(editable);
    rebuild();
}

void ParticipantsPanel::onChanged(const QList<pm::RowChange> &changes)
{
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::Participant) {
            rebuild();
            return;
        }
    }
}

QString ParticipantsPanel::warningText() const
{
    return m_warningText;
}

void ParticipantsPanel::rebuild()
{
    m_rebuilding = true;
    const QUuid current = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
                              ? m_table->item(m_table->currentRow(), 0)->data(Qt::UserRole).toUuid()
                              : QUuid();
    const QList<pm::Participant> people =
        m_workshop ? m_workshop->rows<pm::Participant>() : QList<pm::Participant>();
    m_table->setRowCount(int(people.size()));
    const bool editable = m_workshop && !m_workshop->isReadOnly();
    for (int row = 0; row < people.size(); ++row) {
        const pm::Participant &p = people[row];
        auto *name = new QTableWidgetItem(p.name);
        name->setData(Qt::UserRole, p.meta.id);
        if (!editable)
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, NameColumn, name);
        QComboBox *role = roleCombo(m_table);
        role->setCurrentIndex(int(p.role));
        role->setAccessibleName(tr("Role of %1").arg(p.name));
        QComboBox *side = sideCombo(m_table);
        side->setCurrentIndex(int(p.side));
        side->setAccessibleName(tr("Side of %1").arg(p.name));
        role->setEnabled(editable);
        side->setEnabled(editable);
        const QUuid id = p.meta.id;
        auto commit = [this, id, role, side] {
            const pm::Participant *stored =
                m_workshop ? m_workshop->findLive<pm::Participant>(id) : nullptr;
            if (!stored)
                return;
            pm::Participant changed = *stored;
            changed.role = pm::Role(role->currentData().toInt());
            changed.side = pm::Side(side->currentData().toInt());
            QString error;
            if (!updateParticipant(changed, &error))
                emit editFailed(error);
        };
        connect(role, &QComboBox::activated, this, commit);
        connect(side, &QComboBox::activated, this, commit);
        m_table->setCellWidget(row, RoleColumn, role);
        m_table->setCellWidget(row, SideColumn, side);
        if (id == current)
            m_table->setCurrentCell(row, NameColumn);
    }
    QStringList lines;
    if (m_workshop) {
        for (pm::TeamGap gap : pm::teamGaps(people))
            lines << QStringLiteral("⚠ ") + pm::teamGapText(gap);
    }
    m_warningText = lines.join(QLatin1Char('\n'));
    // Always one line or more, so the table does not jump when the last gap closes. A warning is
    // marked by its sign and words, not by colour alone.
    m_warnings->setText(!m_workshop       ? QString()
                        : lines.isEmpty() ? tr("✓ Build-time, run-time and operations are all in "
                                               "the room.")
                                          : m_warningText);
    m_warnings->setStyleSheet(
        lines.isEmpty() ? QStringLiteral("QLabel { padding: 6px; border: 1px solid #009E73; }")
                        : QStringLiteral("QLabel { padding: 6px; border: 1px solid #E69F00; "
                                         "background: #FFF4D6; color: #3B2A00; }"));
    m_rebuilding = false;
}

bool ParticipantsPanel::addParticipant(const QString &name, int role, int side, QString *error)
{
    if (!m_workshop)
        return false;
    pm::Participant p;
    p.name = name.trimmed();
    p.role = pm::Role(qBound(0, role, pm::vocabularySize<pm::Role>() - 1));
    p.side = pm::Side(qBound(0, side, pm::vocabularySize<pm::Side>() - 1));
    if (m_workshop->participantNamed(p.name)) {
        if (error)
            *error = tr("%1 is already on the list.").arg(p.name);
        return false;
    }
    return ChangeSetCommand::push(m_undoStack, m_workshop, tr("Add Participant"),
                                  m_workshop->add(p), error);
}

bool ParticipantsPanel::updateParticipant(const pm::Participant &changed, QString *error)
{
    if (!m_workshop)
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop, tr("Edit Participant"),
                                  m_workshop->update(changed), error);
}

bool ParticipantsPanel::removeParticipant(const QUuid &id, QString *error)
{
    if (!m_workshop)
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop, tr("Remove Participant"),
                                  m_workshop->remove(pm::EntityKind::Participant, {id}), error);
}

void ParticipantsPanel::addFromForm()
{
    QString error;
    if (addParticipant(m_name->text(), m_role->currentData().toInt(), m_side->currentData().toInt(),
                       &error)) {
        m_name->clear();
        m_name->setFocus();
    } else if (!error.isEmpty()) {
        emit editFailed(error);
    }
}

void ParticipantsPanel::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, NameColumn))
        return;
    QString error;
    if (!removeParticipant(m_table->item(row, NameColumn)->data(Qt::UserRole).toUuid(), &error))
        emit editFailed(error);
}

// The role and side columns hold combo boxes, which ResizeToContents does not measure: they are
// as wide as the form's combo boxes, which hold the same choices in the same font.
void ParticipantsPanel::sizeChoiceColumns()
{
    int choices = 0;
    for (int column : {int(RoleColumn), int(SideColumn)}) {
        const int width = (column == RoleColumn ? m_role : m_side)->sizeHint().width();
        m_table->setColumnWidth(column, width);
        choices += width;
    }
    // The names keep a full name's room beside the choices (about 14 letters), not the "…" a
    // laptop's side panel left them: the panel asks for the width (issue 21 item 13).
    const int names = m_table->fontMetrics().averageCharWidth() * 14 + 8;
    m_table->setMinimumWidth(names + choices + 2 * m_table->frameWidth() +
                             m_table->verticalScrollBar()->sizeHint().width());
}

bool ParticipantsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress && m_remove->isEnabled()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) &&
            !(key->modifiers() & ~Qt::KeypadModifier)) {
            removeSelected(); // the button's path: one undoable step
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ParticipantsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        // A style-sheeted label does not take a new font from its parent by itself.
        m_warnings->setFont(font());
        sizeChoiceColumns();
    }
}

#include "votingpanel.h"

#include <QEvent>

#include "changesetcommand.h"
#include "failuremodeselection.h"
#include "singletonrisk.h"
#include "voting.h"
#include "workshop.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

VotingPanel::VotingPanel(QUndoStack *undoStack, FailureModeSelection *selection, QWidget *parent)
    : QWidget(parent), m_undoStack(undoStack), m_selection(selection),
      m_toggle(new QPushButton(this)), m_budget(new QSpinBox(this)), m_voter(new QComboBox(this)),
      m_target(new QLabel(this)), m_add(new QPushButton(tr("&Give a Dot"), this)),
      m_remove(new QPushButton(tr("&Take a Dot Back"), this)), m_status(new QLabel(this))
{
    m_toggle->setObjectName(QStringLiteral("toggleVoting"));
    m_budget->setObjectName(QStringLiteral("voteBudget"));
    m_budget->setRange(1, 99);
    m_budget->setAccessibleName(tr("Dots per person"));
    m_voter->setObjectName(QStringLiteral("voter"));
    m_voter->setAccessibleName(tr("Voting for"));
    m_target->setObjectName(QStringLiteral("voteTarget"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_add->setObjectName(QStringLiteral("addDot"));
    m_remove->setObjectName(QStringLiteral("removeDot"));
    m_status->setObjectName(QStringLiteral("voteStatus"));
    // Short lines, unwrapped: a wrapped label in a dock gets too little height and is clipped.
    m_status->setWordWrap(false);
    m_status->setTextFormat(Qt::PlainText);
    setStatusFont();

    auto *form = new QFormLayout;
    form->addRow(tr("Dots per person:"), m_budget);
    form->addRow(tr("Voting for:"), m_voter);
    form->addRow(tr("Failure mode:"), m_target);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toggle);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_toggle, &QPushButton::clicked, this, [this] {
        QString error;
        report(setVotingOpen(!(m_workshop && m_workshop->info().votingOpen), &error), error);
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        QString error;
        report(addDot(&error), error);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QString error;
        report(removeDot(&error), error);
    });
    connect(m_budget, &QSpinBox::valueChanged, this, [this](int dots) {
        QString error;
        report(setBudget(dots, &error), error);
    });
    connect(m_voter, &QComboBox::currentIndexChanged, this, &VotingPanel::refresh);
    connect(m_selection, &FailureModeSelection::changed, this, &VotingPanel::refresh);
    setWorkshop(nullptr);
}

void VotingPanel::report(bool ok, const QString &error)
{
    if (!ok && !error.isEmpty())
        emit editFailed(error);
}

void VotingPanel::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    if (workshop)
        connect(workshop, &pm::Workshop::changed, this, &VotingPanel::onChanged);
    rebuildVoters();
}

void VotingPanel::onChanged(const QList<pm::RowChange> &changes)
{
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::Participant) {
            rebuildVoters();
            return;
        }
    }
    refresh();
}

void VotingPanel::rebuildVoters()
{
    const QUuid before = voter();
    const QSignalBlocker block(m_voter);
    m_voter->clear();
    if (m_workshop) {
        for (const pm::Participant &p : m_workshop->rows<pm::Participant>())
            m_voter->addItem(p.name, p.meta.id);
    }
    const int again = m_voter->findData(before);
    m_voter->setCurrentIndex(again >= 0 ? again : 0);
    refresh();
}

QUuid VotingPanel::voter() const
{
    return m_voter->currentData().toUuid();
}

void VotingPanel::setVoter(const QUuid &participant)
{
    const int index = m_voter->findData(participant);
    if (index >= 0)
        m_voter->setCurrentIndex(index);
}

bool VotingPanel::setVotingOpen(bool open, QString *error)
{
    if (!m_workshop)
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop,
                                  open ? tr("Start the Vote") : tr("Close the Vote"),
                                  pm::setVotingOpen(*m_workshop, open), error);
}

bool VotingPanel::setBudget(int dots, QString *error)
{
    if (!m_workshop || dots == m_workshop->info().voteBudget)
        return true;
    return ChangeSetCommand::push(m_undoStack, m_workshop, tr("Change Dots per Person"),
                                  pm::setVoteBudget(*m_workshop, dots), error);
}

bool VotingPanel::addDot(QString *error)
{
    if (!m_workshop)
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop, tr("Give a Dot"),
                                  pm::castDot(*m_workshop, voter(), m_selection->current()), error);
}

bool VotingPanel::removeDot(QString *error)
{
    if (!m_workshop)
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop, tr("Take a Dot Back"),
                                  pm::removeDot(*m_workshop, voter(), m_selection->current()),
                                  error);
}

QString VotingPanel::statusText() const
{
    return m_status->text();
}

void VotingPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The status line's own font does not follow the panel's (projector type) by itself.
    if (event->type() == QEvent::FontChange)
        setStatusFont();
}

void VotingPanel::setStatusFont()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_status->setFont(big);
}

void VotingPanel::refresh()
{
    const bool editable = m_workshop && !m_workshop->isReadOnly();
    const bool open = m_workshop && m_workshop->info().votingOpen;
    m_toggle->setText(open ? tr("Close the Vote and Show Totals") : tr("Start the Vote"));
    m_toggle->setEnabled(editable);
    const std::optional<pm::FailureMode> mode =
        m_workshop ? pm::failureModeOrSingleton(*m_workshop, m_selection->current()) : std::nullopt;
    m_target->setText(mode ? mode->title
                           : tr("Select a failure mode on the board, matrix or ranked list."));
    const bool canVote = editable && open && !voter().isNull() && mode;
    m_add->setEnabled(canVote);
    m_remove->setEnabled(canVote);
    m_voter->setEnabled(editable && open);
    {
        const QSignalBlocker block(m_budget);
        m_budget->setValue(m_workshop ? m_workshop->info().voteBudget : 3);
    }
    // Set before the vote starts, so everybody votes with the same budget.
    m_budget->setEnabled(editable && !open);
    if (!m_workshop) {
        m_status->clear();
        return;
    }
    QStringList lines;
    if (!open) {
        lines << tr("The vote is closed.") << tr("Totals show in the matrix")
              << tr("and in the ranked list.");
    } else if (voter().isNull()) {
        lines << tr("Add participants first:")
              << tr("each has %n dot(s).", nullptr, m_workshop->info().voteBudget);
    } else {
        lines << tr("%1: %2 of %3 dots left")
                     .arg(m_voter->currentText())
                     .arg(pm::dotsLeft(*m_workshop, voter()))
                     .arg(m_workshop->info().voteBudget);
        if (mode)
            lines << tr("%n dot(s) on this failure mode", nullptr,
                        pm::dotsOn(*m_workshop, voter(), mode->meta.id));
        lines << tr("Totals stay hidden") << tr("until the vote is closed.");
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
}

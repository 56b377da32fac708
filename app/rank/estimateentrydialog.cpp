#include "estimateentrydialog.h"

#include "axiswording.h"
#include "changesetcommand.h"
#include "estimates.h"
#include "risk.h"
#include "workshop.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

// Up and Down in the name field move through the list below it, so the hands stay on the keys;
// Enter chooses, and goes no further (the next page's default button must not take it too).
class ListKeys : public QObject
{
public:
    ListKeys(QListWidget *list, std::function<void()> choose, QObject *parent)
        : QObject(parent), m_list(list), m_choose(std::move(choose))
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_choose();
                return true;
            }
            if (key == Qt::Key_Up || key == Qt::Key_Down) {
                int row = m_list->currentRow() + (key == Qt::Key_Down ? 1 : -1);
                while (row >= 0 && row < m_list->count() && m_list->item(row)->isHidden())
                    row += key == Qt::Key_Down ? 1 : -1;
                if (row >= 0 && row < m_list->count())
                    m_list->setCurrentRow(row);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_list;
    std::function<void()> m_choose;
};

// A digit chooses its level at once (a combo box's own type-ahead would read "4", then "3"
// typed soon after on the next failure mode, as "43" and find nothing).
class DigitKeys : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key >= Qt::Key_1 && key <= Qt::Key_5) {
                auto *combo = static_cast<QComboBox *>(watched);
                combo->setCurrentIndex(combo->findData(key - Qt::Key_0));
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

EstimateEntryDialog::EstimateEntryDialog(pm::Workshop *workshop, QUndoStack *undoStack,
                                         const QList<QUuid> &failureModes, QWidget *parent)
    : QDialog(parent), m_workshop(workshop), m_undoStack(undoStack), m_failureModes(failureModes),
      m_pages(new QStackedWidget(this)), m_nameFilter(new QLineEdit(this)),
      m_people(new QListWidget(this)), m_peopleStatus(new QLabel(this)),
      m_heading(new QLabel(this)), m_title(new QLabel(this)), m_already(new QLabel(this)),
      m_likelihood(new QComboBox(this)), m_blastRadius(new QComboBox(this)),
      m_error(new QLabel(this)), m_next(new QPushButton(tr("Save and &Next"), this))
{
    setObjectName(QStringLiteral("estimateEntryDialog"));
    setWindowTitle(tr("Enter Estimates for Someone"));
    const pm::WorkshopInfo info = workshop->info();

    // Who: a name field filtering the list of participants.
    auto *whoPage = new QWidget;
    auto *who = new QVBoxLayout(whoPage);
    auto *intro = new QLabel(tr("For someone without a device. Their estimates stay hidden from "
                                "the room until you reveal them; if this screen is projected, "
                                "turn the projector off while you type."));
    intro->setWordWrap(true);
    who->addWidget(intro);
    auto *nameLabel = new QLabel(tr("&Whose estimates (type the first letters):"));
    nameLabel->setBuddy(m_nameFilter);
    who->addWidget(nameLabel);
    m_nameFilter->setObjectName(QStringLiteral("estimateParticipantFilter"));
    who->addWidget(m_nameFilter);
    m_people->setObjectName(QStringLiteral("estimateParticipants"));
    m_people->setAccessibleName(tr("Participants"));
    for (const pm::Participant &p : workshop->rows<pm::Participant>()) {
        auto *item = new QListWidgetItem(p.name, m_people);
        item->setData(Qt::UserRole, p.meta.id);
    }
    if (m_people->count() > 0)
        m_people->setCurrentRow(0);
    m_people->setFocusPolicy(Qt::NoFocus); // the name field drives it
    who->addWidget(m_people, 1);
    m_peopleStatus->setObjectName(QStringLiteral("estimatePeopleStatus"));
    m_peopleStatus->setWordWrap(true);
    m_peopleStatus->setText(m_people->count() == 0
                                ? tr("Add the participants in the People phase first.")
                                : tr("Enter chooses the highlighted name."));
    who->addWidget(m_peopleStatus);
    m_nameFilter->installEventFilter(new ListKeys(
        m_people, [this] { choosePerson(); }, this));
    connect(m_nameFilter, &QLineEdit::textChanged, this, &EstimateEntryDialog::filterPeople);
    connect(m_people, &QListWidget::itemActivated, this, &EstimateEntryDialog::choosePerson);

    // What: one failure mode at a time, two choices in the workshop's own words.
    auto *scorePage = new QWidget;
    auto *score = new QVBoxLayout(scorePage);
    m_heading->setObjectName(QStringLiteral("estimateHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    score->addWidget(m_heading);
    m_title->setObjectName(QStringLiteral("estimateFailureMode"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    score->addWidget(m_title);
    m_already->setObjectName(QStringLiteral("estimateAlready"));
    m_already->setWordWrap(true);
    score->addWidget(m_already);
    auto *form = new QFormLayout;
    for (pm::Axis axis : {pm::Axis::Likelihood, pm::Axis::BlastRadius}) {
        const bool likelihood = axis == pm::Axis::Likelihood;
        QComboBox *combo = likelihood ? m_likelihood : m_blastRadius;
        combo->setObjectName(likelihood ? QStringLiteral("estimateLikelihood")
                                        : QStringLiteral("estimateBlastRadius"));
        combo->addItem(tr("– not chosen –"), 0);
        const QStringList names = pm::levelNames(info, axis);
        for (int level = pm::kMinScore; level <= pm::kMaxScore; ++level)
            combo->addItem(QStringLiteral("%1 · %2").arg(level).arg(names.at(level - 1)), level);
        combo->installEventFilter(new DigitKeys(combo));
        auto *label = new QLabel(likelihood ? tr("&Likelihood:") : tr("&Blast radius:"));
        label->setBuddy(combo);
        form->addRow(label, combo);
    }
    score->addLayout(form);
    auto *hint =
        new QLabel(tr("Type a digit to choose, Tab to the other, Enter to save and go on."));
    hint->setWordWrap(true);
    score->addWidget(hint);
    m_error->setObjectName(QStringLiteral("estimateError"));
    m_error->setWordWrap(true);
    score->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    auto *backButton = new QPushButton(tr("B&ack"));
    backButton->setObjectName(QStringLiteral("estimateBack"));
    auto *skipButton = new QPushButton(tr("S&kip"));
    skipButton->setObjectName(QStringLiteral("estimateSkip"));
    auto *doneButton = new QPushButton(tr("&Done with This Person"));
    doneButton->setObjectName(QStringLiteral("estimateDone"));
    m_next->setObjectName(QStringLiteral("estimateNext"));
    for (QPushButton *b : {backButton, skipButton, doneButton, m_next}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    score->addLayout(buttons);
    score->addStretch(1);
    connect(m_next, &QPushButton::clicked, this, &EstimateEntryDialog::saveAndNext);
    connect(skipButton, &QPushButton::clicked, this, &EstimateEntryDialog::skip);
    connect(backButton, &QPushButton::clicked, this, &EstimateEntryDialog::back);
    connect(doneButton, &QPushButton::clicked, this, &EstimateEntryDialog::finishPerson);

    m_pages->addWidget(whoPage);
    m_pages->addWidget(scorePage);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    for (QAbstractButton *b : close->buttons())
        static_cast<QPushButton *>(b)->setAutoDefault(false);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(close);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_nameFilter->setFocus();
}

void EstimateEntryDialog::filterPeople()
{
    const QString typed = m_nameFilter->text().trimmed();
    int first = -1;
    for (int row = 0; row < m_people->count(); ++row) {
        QListWidgetItem *item = m_people->item(row);
        // The first letters of the name or of any word in it: "ro" finds Elena Rossi.
        bool match = typed.isEmpty();
        for (const QString &word : item->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            match = match || word.startsWith(typed, Qt::CaseInsensitive);
        match = match || item->text().startsWith(typed, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && first < 0)
            first = row;
    }
    m_people->setCurrentRow(first);
    m_peopleStatus->setText(first < 0 ? tr("Nobody's name starts with “%1”.").arg(typed)
                                      : tr("Enter chooses the highlighted name."));
}

void EstimateEntryDialog::choosePerson()
{
    QListWidgetItem *item = m_people->currentItem();
    if (!item || item->isHidden())
        return;
    m_participant = item->data(Qt::UserRole).toUuid();
    if (m_failureModes.isEmpty()) {
        m_peopleStatus->setText(tr("There is no failure mode to estimate yet."));
        return;
    }
    m_saved = 0;
    m_pages->setCurrentIndex(1);
    m_next->setDefault(true);
    showFailureMode(0);
}

void EstimateEntryDialog::showFailureMode(int position)
{
    m_position = qBound(0, position, int(m_failureModes.size()) - 1);
    const QUuid id = m_failureModes.at(m_position);
    const pm::FailureMode *mode = m_workshop->findLive<pm::FailureMode>(id);
    const pm::Participant *person = m_workshop->findLive<pm::Participant>(m_participant);
    m_heading->setText(tr("%1: failure mode %2 of %3")
                           .arg(person ? person->name : QString())
                           .arg(m_position + 1)
                           .arg(m_failureModes.size()));
    m_title->setText(mode ? mode->title : QString());
    // Whether they scored it, never what: the screen may be projected.
    const pm::Estimate *known =
        m_workshop->findLive<pm::Estimate>(pm::estimateId(m_participant, id));
    m_already->setText(known ? tr("Already scored; a new choice replaces it.") : QString());
    m_likelihood->setCurrentIndex(0);
    m_blastRadius->setCurrentIndex(0);
    m_error->clear();
    m_likelihood->setFocus();
}

void EstimateEntryDialog::saveAndNext()
{
    const int likelihood = m_likelihood->currentData().toInt();
    const int blastRadius = m_blastRadius->currentData().toInt();
    if (likelihood == 0 && blastRadius == 0) {
        skip(); // nothing chosen: on to the next one
        return;
    }
    if (likelihood == 0 || blastRadius == 0) {
        m_error->setText(tr("Choose both likelihood and blast radius, or neither to skip."));
        (likelihood == 0 ? m_likelihood : m_blastRadius)->setFocus();
        return;
    }
    const pm::Participant *person = m_workshop->findLive<pm::Participant>(m_participant);
    QString error;
    if (!ChangeSetCommand::push(m_undoStack, m_workshop,
                                tr("Enter Estimate for %1").arg(person ? person->name : QString()),
                                pm::setEstimate(*m_workshop, m_participant,
                                                m_failureModes.at(m_position), likelihood,
                                                blastRadius),
                                &error)) {
        m_error->setText(error);
        return;
    }
    ++m_saved;
    skip();
}

void EstimateEntryDialog::skip()
{
    if (m_position + 1 >= m_failureModes.size()) {
        finishPerson();
        return;
    }
    showFailureMode(m_position + 1);
}

void EstimateEntryDialog::back()
{
    showFailureMode(m_position - 1);
}

void EstimateEntryDialog::finishPerson()
{
    const pm::Participant *person = m_workshop->findLive<pm::Participant>(m_participant);
    m_pages->setCurrentIndex(0);
    m_next->setDefault(false);
    m_nameFilter->clear(); // before the status, which filtering rewrites
    m_nameFilter->setFocus();
    m_peopleStatus->setText(
        tr("Saved %n estimate(s) for %1. Choose the next person, or close.", nullptr, m_saved)
            .arg(person ? person->name : QString()));
}

#include "writingbar.h"

#include "workshop.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

WritingBar::WritingBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("writingBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Writing as:"), this);
    m_writerLabel = label;
    m_writer = new QComboBox(this);
    m_writer->setObjectName(QStringLiteral("writerPicker"));
    m_writer->setAccessibleName(tr("Writing as"));
    // As wide as a usual name; a long one is cut in the closed box (the list shows it whole),
    // so a "Maximiliane Oberhuber-Steinberger" never pushes the Reveal button off the screen.
    m_writer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_writer->setMinimumContentsLength(16);
    label->setBuddy(m_writer);
    connect(m_writer, &QComboBox::currentIndexChanged, this,
            [this] { emit writerChanged(writer()); });
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("hiddenCounters"));
    m_counters->setWordWrap(true);
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setFocusPolicy(Qt::NoFocus); // R on the board does the same
    connect(m_reveal, &QPushButton::clicked, this, &WritingBar::revealRequested);
    layout->addWidget(label);
    layout->addWidget(m_writer);
    layout->addSpacing(16);
    layout->addWidget(m_counters, 1);
    layout->addWidget(m_reveal);
    setPresentation(false);
}

void WritingBar::setWorkshop(const pm::Workshop *workshop)
{
    m_workshop = workshop;
    refresh();
}

QUuid WritingBar::writer() const
{
    return m_writer->currentData().toUuid();
}

void WritingBar::setWriter(const QUuid &participant)
{
    const int index = m_writer->findData(participant);
    if (index >= 0)
        m_writer->setCurrentIndex(index);
}

void WritingBar::setRevealKey(const QString &key)
{
    m_revealKey = key;
    refresh();
}

void WritingBar::setWritingPhase(bool writing)
{
    m_writing = writing;
    m_writerLabel->setVisible(writing);
    m_writer->setVisible(writing);
    refresh();
}

void WritingBar::setPresentation(bool on)
{
    m_presentation = on;
    QFont font = this->font();
    font.setPointSize(on ? 18 : 11);
    for (QWidget *w : findChildren<QWidget *>())
        w->setFont(font);
    refresh();
}

void WritingBar::refresh()
{
    const QUuid current = writer();
    const QSignalBlocker block(m_writer);
    m_writer->clear();
    m_writer->addItem(tr("(nobody in particular)"), QUuid());
    QList<pm::Participant> people;
    if (m_workshop)
        people = m_workshop->rows<pm::Participant>();
    for (const pm::Participant &p : std::as_const(people))
        m_writer->addItem(p.name, p.meta.id);
    m_writer->setCurrentIndex(qMax(0, m_writer->findData(current)));

    // Counts only: nobody sees a hidden note's text, or even its length, before the reveal.
    QHash<QUuid, int> hidden;
    int total = 0;
    int faceUp = 0;
    if (m_workshop) {
        for (const pm::Note &note : m_workshop->rows<pm::Note>()) {
            if (note.hidden) {
                ++hidden[note.author];
                ++total;
            } else {
                ++faceUp;
            }
        }
    }
    m_counterTexts.clear();
    for (const pm::Participant &p : std::as_const(people)) {
        if (hidden.contains(p.meta.id))
            m_counterTexts << tr("%1: %n note(s)", nullptr, hidden.take(p.meta.id)).arg(p.name);
    }
    // Authors no longer listed (removed, or from a merged file) still count.
    int others = 0;
    for (int count : std::as_const(hidden))
        others += count;
    if (others > 0)
        m_counterTexts << tr("Others: %n note(s)", nullptr, others);
    if (!m_writing)
        m_counters->setText(tr("%n note(s) still face down.", nullptr, total));
    else if (m_counterTexts.isEmpty() && faceUp > 0) // after the reveal, "yet" would be wrong
        m_counters->setText(tr("All %n note(s) face up: the room can read them.", nullptr, faceUp));
    else if (m_counterTexts.isEmpty())
        m_counters->setText(tr("No hidden notes yet."));
    else
        m_counters->setText(tr("Face down: %1").arg(m_counterTexts.join(QStringLiteral(" · "))));
    m_reveal->setText(m_revealKey.isEmpty()
                          ? tr("Reveal %n note(s)", nullptr, total)
                          : tr("Reveal %n note(s) (%1)", nullptr, total).arg(m_revealKey));
    m_reveal->setEnabled(total > 0);
}

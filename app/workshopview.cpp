#include "workshopview.h"

#include "entities.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace {

// Sizes from UX.md: read from 5 m on a 1920x1080 projector.
constexpr qreal kTitlePointSize = 28;
constexpr qreal kSystemPointSize = 20;
constexpr qreal kTextPointSize = 18; // scenario and notes

// The header shows the start of a long scenario only, so the notes keep their room on screen;
// the Frame phase panel will show and edit all of it.
constexpr int kScenarioPreviewLength = 600;

// Every text here comes from the file, which may come from a stranger: never rich text.
QLabel *textLabel(const QString &objectName, qreal pointSize, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

WorkshopView::WorkshopView(QAbstractItemModel *notes, const QString &noNotesHint, QWidget *parent)
    : QWidget(parent),
      m_title(textLabel(QStringLiteral("titleLabel"), kTitlePointSize, true, this)),
      m_system(textLabel(QStringLiteral("systemLabel"), kSystemPointSize, false, this)),
      m_scenario(textLabel(QStringLiteral("scenarioLabel"), kTextPointSize, false, this)),
      m_notesHeading(textLabel(QStringLiteral("notesHeading"), kSystemPointSize, true, this)),
      m_noNotes(textLabel(QStringLiteral("noNotesLabel"), kTextPointSize, false, this)),
      m_noteList(new QListView(this))
{
    m_noNotes->setText(noNotesHint);
    m_noNotes->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    m_noteList->setObjectName(QStringLiteral("noteList"));
    m_noteList->setModel(notes);
    m_noteList->setWordWrap(true);
    m_noteList->setSpacing(4);
    m_noteList->setAlternatingRowColors(true);
    m_noteList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noteList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QFont listFont = m_noteList->font();
    listFont.setPointSizeF(kTextPointSize);
    m_noteList->setFont(listFont);

    connect(notes, &QAbstractItemModel::modelReset, this, &WorkshopView::updateNoteCount);
    connect(notes, &QAbstractItemModel::rowsInserted, this, &WorkshopView::updateNoteCount);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, &WorkshopView::updateNoteCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_system);
    layout->addWidget(m_scenario);
    layout->addSpacing(16);
    layout->addWidget(m_notesHeading);
    layout->addWidget(m_noteList, 1);
    layout->addWidget(m_noNotes, 1);
    updateNoteCount();
}

void WorkshopView::showInfo(const pm::WorkshopInfo &info)
{
    m_title->setText(info.title);
    m_system->setText(tr("System: %1").arg(info.system));
    m_system->setVisible(!info.system.trimmed().isEmpty());
    QString scenario = info.scenario.trimmed();
    if (scenario.size() > kScenarioPreviewLength) {
        int cut = kScenarioPreviewLength;
        if (scenario.at(cut - 1).isHighSurrogate()) // never split an emoji in half
            --cut;
        scenario = scenario.left(cut).trimmed() + QChar(0x2026); // …
    }
    m_scenario->setText(scenario);
    m_scenario->setVisible(!scenario.isEmpty());
}

void WorkshopView::updateNoteCount()
{
    const int count = m_noteList->model()->rowCount();
    m_notesHeading->setText(tr("Notes (%n)", nullptr, count));
    m_noteList->setVisible(count > 0);
    m_noNotes->setVisible(count == 0);
}

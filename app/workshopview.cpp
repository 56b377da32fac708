#include "workshopview.h"

#include "entities.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// Sizes from UX.md: read from 5 m on a 1920x1080 projector.
constexpr qreal kTitlePointSize = 28;
constexpr qreal kSystemPointSize = 16;
constexpr qreal kTextPointSize = 18;

// The header shows the start of a long scenario only, so the board keeps its room on screen;
// the Frame phase panel will show and edit all of it.
constexpr int kScenarioPreviewLength = 200;

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
    : QWidget(parent), m_notes(notes), m_header(new QWidget(this)), m_layout(new QVBoxLayout(this))
{
    m_title = textLabel(QStringLiteral("titleLabel"), kTitlePointSize, true, m_header);
    // Wraps on a narrow screen rather than holding the window wider than it (issue #16).
    m_system = textLabel(QStringLiteral("systemLabel"), kSystemPointSize, false, m_header);
    m_scenario = textLabel(QStringLiteral("scenarioLabel"), kTextPointSize, false, m_header);
    m_noNotes = textLabel(QStringLiteral("noNotesLabel"), kTextPointSize, false, m_header);
    m_noNotes->setText(noNotesHint);

    connect(notes, &QAbstractItemModel::modelReset, this, &WorkshopView::updateNoteCount);
    connect(notes, &QAbstractItemModel::rowsInserted, this, &WorkshopView::updateNoteCount);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, &WorkshopView::updateNoteCount);

    auto *header = new QVBoxLayout(m_header);
    header->setContentsMargins(24, 8, 24, 8);
    header->setSpacing(4);
    header->addWidget(m_title);
    header->addWidget(m_system);
    header->addWidget(m_scenario);
    header->addWidget(m_noNotes);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_header);
    updateNoteCount();
}

void WorkshopView::setBoard(QWidget *board)
{
    delete m_board;
    m_board = board;
    if (board)
        m_layout->addWidget(board, 1);
}

void WorkshopView::setHeaderVisible(bool visible)
{
    m_system->setVisible(visible && !m_system->text().isEmpty());
}

void WorkshopView::showInfo(const pm::WorkshopInfo &info)
{
    m_title->setText(info.title);
    m_system->setText(info.system.trimmed().isEmpty() ? QString()
                                                      : tr("System: %1").arg(info.system));
    m_system->setVisible(!info.system.trimmed().isEmpty());
    QString scenario = info.scenario.trimmed();
    if (scenario.size() > kScenarioPreviewLength) {
        int cut = kScenarioPreviewLength;
        if (scenario.at(cut - 1).isHighSurrogate()) // never split an emoji in half
            --cut;
        scenario = scenario.left(cut).trimmed() + QChar(0x2026); // …
    }
    m_scenario->setText(scenario);
    m_scenario->setToolTip(info.scenario);
    m_scenario->setVisible(!scenario.isEmpty());
}

void WorkshopView::updateNoteCount()
{
    m_noNotes->setVisible(m_notes->rowCount() == 0);
}

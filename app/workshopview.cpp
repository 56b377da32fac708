#include "workshopview.h"

#include "frameeditor.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QKeyEvent>
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
    : QWidget(parent), m_notes(notes), m_header(new QWidget(this)), m_layout(new QVBoxLayout(this)),
      m_editor(new FrameEditor(m_header))
{
    m_header->setObjectName(QStringLiteral("workshopHeader"));
    m_header->setProperty("editsOnF2", true); // F2 on the focused header edits the frame
    // A click gives it the focus, so Enter or F2 on it edits the frame (the keyboard has the
    // window-wide key); not a Tab stop, so the board's Tab order stays as it was.
    m_header->setFocusPolicy(Qt::ClickFocus);
    m_header->setAccessibleName(tr("Title and scenario"));
    m_header->installEventFilter(this);
    m_editor->hide();
    connect(m_editor, &FrameEditor::committed, this, [this] {
        const QString title = m_editor->title();
        const QString system = m_editor->system();
        const QString scenario = m_editor->scenario();
        endEdit();
        emit frameEdited(title, system, scenario);
    });
    connect(m_editor, &FrameEditor::cancelled, this, &WorkshopView::endEdit);
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
    header->addWidget(m_editor);
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

void WorkshopView::setNoScenarioHint(const QString &hint)
{
    m_noScenarioHint = hint;
    if (m_hasInfo)
        showInfo(m_info);
}

bool WorkshopView::editFrame()
{
    if (!m_hasInfo || m_readOnly)
        return false;
    if (isEditingFrame())
        return true;
    m_focusBeforeEdit = QApplication::focusWidget();
    for (QLabel *label : {m_title, m_system, m_scenario})
        label->hide();
    m_editor->show();
    m_editor->begin(m_info);
    return true;
}

bool WorkshopView::isEditingFrame() const
{
    return !m_editor->isHidden();
}

void WorkshopView::endEdit()
{
    m_editor->hide();
    showInfo(m_info); // the labels again, as they were
    m_title->show();
    if (m_focusBeforeEdit && m_focusBeforeEdit->isVisible())
        m_focusBeforeEdit->setFocus(Qt::OtherFocusReason);
    else
        m_header->setFocus(Qt::OtherFocusReason);
}

bool WorkshopView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
             key->key() == Qt::Key_F2) &&
            key->modifiers() == Qt::NoModifier && editFrame())
            return true;
    }
    if (watched == m_header && event->type() == QEvent::MouseButtonDblClick && editFrame())
        return true;
    return QWidget::eventFilter(watched, event);
}

void WorkshopView::showInfo(const pm::WorkshopInfo &info)
{
    m_info = info;
    m_hasInfo = true;
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
    // No scenario yet (a workshop made without one): say how to write it, in phase 1 at least.
    const bool hint = scenario.isEmpty() && !m_readOnly && !m_noScenarioHint.isEmpty();
    m_scenario->setText(hint ? m_noScenarioHint : scenario);
    m_scenario->setToolTip(info.scenario);
    // The hint in italics, not as if it were the scenario (and not in a pale colour that a
    // projector washes out).
    QFont font = m_scenario->font();
    font.setItalic(hint);
    m_scenario->setFont(font);
    const bool editing = isEditingFrame();
    m_scenario->setVisible(!editing && (hint || !scenario.isEmpty()));
    m_title->setVisible(!editing);
    if (editing)
        m_system->hide();
}

void WorkshopView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly && isEditingFrame())
        endEdit();
    if (m_hasInfo)
        showInfo(m_info);
}

void WorkshopView::updateNoteCount()
{
    m_noNotes->setVisible(m_notes->rowCount() == 0);
}

#include "workshopview.h"

#include "frameeditor.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// Sizes from UX.md: read from 5 m on a 1920x1080 projector.
constexpr qreal kTitlePointSize = 28;
// In the normal window the title is one line for the facilitator and those close by: smaller,
// so the board keeps its room (issue #17); presentation mode shows it at projector size.
constexpr qreal kCompactTitlePointSize = 20;
constexpr qreal kSystemPointSize = 16;
constexpr qreal kTextPointSize = 18;

// Outside the Frame phase the header shows the start of a long scenario only, so the board
// keeps its room on screen.
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
    m_header->setObjectName(QStringLiteral("workshopHeader"));
    m_header->setProperty("editsOnF2", true); // F2 on the focused header edits the frame
    // A click gives it the focus, so Enter or F2 on it edits the frame (the keyboard has the
    // window-wide key); not a Tab stop, so the board's Tab order stays as it was.
    m_header->setFocusPolicy(Qt::ClickFocus);
    m_header->setAccessibleName(tr("Title and scenario"));
    m_header->installEventFilter(this);
    m_title = textLabel(QStringLiteral("titleLabel"), kTitlePointSize, true, m_header);
    // One line, elided to the width it gets (the whole title is in the window's title bar):
    // a long title neither takes a second line from the board nor holds the window wide.
    m_title->setWordWrap(false);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    m_expander = new QToolButton(m_header);
    m_expander->setObjectName(QStringLiteral("scenarioExpander"));
    m_expander->setCheckable(true);
    m_expander->setAutoRaise(true);
    m_expander->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // A Tab stop, so the keyboard reaches it; Space toggles it like any button.
    m_expander->setFocusPolicy(Qt::StrongFocus);
    connect(m_expander, &QToolButton::toggled, this, &WorkshopView::setDetailsExpanded);
    // Wraps on a narrow screen rather than holding the window wider than it (issue #16).
    m_system = textLabel(QStringLiteral("systemLabel"), kSystemPointSize, false, m_header);
    m_scenario = textLabel(QStringLiteral("scenarioLabel"), kTextPointSize, false, m_header);
    m_noNotes = textLabel(QStringLiteral("noNotesLabel"), kTextPointSize, false, m_header);
    m_noNotes->setText(noNotesHint);

    connect(notes, &QAbstractItemModel::modelReset, this, &WorkshopView::updateNoteCount);
    connect(notes, &QAbstractItemModel::rowsInserted, this, &WorkshopView::updateNoteCount);
    connect(notes, &QAbstractItemModel::rowsRemoved, this, &WorkshopView::updateNoteCount);

    auto *header = m_headerLayout = new QVBoxLayout(m_header);
    header->setContentsMargins(24, 0, 24, 0); // nothing spare above the board: it needs the room
    header->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(12);
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_expander, 0, Qt::AlignVCenter);
    header->addLayout(titleRow);
    header->addWidget(m_system);
    header->addWidget(m_scenario); // the editor goes here when first asked for (frameEditor())
    header->addWidget(m_noNotes);

    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_layout->addWidget(m_header);
    setPresentation(false);
    updateNoteCount();
}

FrameEditor *WorkshopView::frameEditor()
{
    // Built on the first edit: most workshops are opened past the Frame phase (issue #17).
    if (!m_editor) {
        m_editor = new FrameEditor(m_header);
        m_editor->hide();
        connect(m_editor, &FrameEditor::committed, this, [this] {
            const QString title = m_editor->title();
            const QString system = m_editor->system();
            const QString scenario = m_editor->scenario();
            endEdit();
            emit frameEdited(title, system, scenario);
        });
        connect(m_editor, &FrameEditor::cancelled, this, &WorkshopView::endEdit);
        m_headerLayout->insertWidget(m_headerLayout->indexOf(m_scenario) + 1, m_editor);
    }
    return m_editor;
}

void WorkshopView::setBoard(QWidget *board)
{
    delete m_board;
    m_board = board;
    if (board)
        m_layout->addWidget(board, 1);
}

void WorkshopView::setPresentation(bool on)
{
    m_presentation = on;
    QFont font = m_title->font();
    font.setPointSizeF(on ? kTitlePointSize : kCompactTitlePointSize);
    m_title->setFont(font);
    elideTitle();
    updateDetails();
}

void WorkshopView::setDetailsExpanded(bool expanded)
{
    m_expanded = expanded;
    updateDetails();
}

// Which of the header's lines show: the title always (unless the editor has its place); the
// system in the normal window when expanded; the scenario when expanded or on the projector.
void WorkshopView::updateDetails()
{
    const bool editing = isEditingFrame();
    // On a short projector (1366x768) the room read the scenario in the Frame phase; later
    // its two lines are the matrix rows' and the board's height, the title alone says what
    // this is about (details the facilitator opened before F11 stay open).
    const bool shortScreen = screen() && screen()->availableGeometry().height() < 900;
    const bool projected = m_presentation && (!shortScreen || m_shownPhase == pm::Phase::Frame);
    const bool details = !editing && (m_expanded || projected);
    m_title->setVisible(!editing);
    m_system->setVisible(details && !m_presentation && !m_system->text().isEmpty());
    m_scenario->setVisible(details && !m_scenario->text().isEmpty());
    m_expander->setVisible(!editing && !m_presentation);
    {
        const QSignalBlocker blocker(m_expander);
        m_expander->setChecked(m_expanded);
    }
    m_expander->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    m_expander->setText(m_expanded ? tr("Hide scenario") : tr("Scenario"));
    m_expander->setToolTip(m_expanded ? tr("Hide the system and the failure scenario")
                                      : tr("Show the system and the failure scenario"));
}

void WorkshopView::elideTitle()
{
    if (!m_title->isVisible()) { // no width yet: the whole title, elided once it is laid out
        m_title->setText(m_info.title);
        return;
    }
    const QString elided =
        m_title->fontMetrics().elidedText(m_info.title, Qt::ElideRight, m_title->width());
    if (m_title->text() != elided)
        m_title->setText(elided);
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
    frameEditor()->show();
    updateDetails();
    m_editor->begin(m_info);
    return true;
}

bool WorkshopView::isEditingFrame() const
{
    return m_editor && !m_editor->isHidden();
}

void WorkshopView::endEdit()
{
    if (m_editor)
        m_editor->hide();
    showInfo(m_info); // the labels again, as they were
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
    if (watched == m_title && event->type() == QEvent::Resize)
        elideTitle();
    return QWidget::eventFilter(watched, event);
}

void WorkshopView::showInfo(const pm::WorkshopInfo &info)
{
    m_info = info;
    m_hasInfo = true;
    // A new phase opens the details in the Frame phase and folds them away in the others; the
    // facilitator's choice holds until then.
    if (m_shownPhase != info.phase) {
        m_shownPhase = info.phase;
        m_expanded = info.phase == pm::Phase::Frame;
    }
    m_title->setText(info.title);
    elideTitle();
    m_system->setText(info.system.trimmed().isEmpty() ? QString()
                                                      : tr("System: %1").arg(info.system));
    QString scenario = info.scenario.trimmed();
    // The Frame phase is where the room reads the scenario: all of it, wrapped.
    if (info.phase != pm::Phase::Frame && scenario.size() > kScenarioPreviewLength) {
        int cut = kScenarioPreviewLength;
        if (scenario.at(cut - 1).isHighSurrogate()) // never split an emoji in half
            --cut;
        scenario = scenario.left(cut).trimmed() + QChar(0x2026); // …
    }
    // No scenario yet (a workshop made without one): say how to write it, in phase 1 at least.
    const bool hint = scenario.isEmpty() && !m_readOnly && !m_noScenarioHint.isEmpty();
    m_scenario->setText(hint ? m_noScenarioHint : scenario);
    m_scenario->setToolTip(info.scenario);
    // The scenario on demand while the header is folded: on the title and the expander.
    m_title->setToolTip(info.scenario.trimmed().isEmpty()
                            ? info.title
                            : info.title + QStringLiteral("\n\n") + info.scenario.trimmed());
    m_expander->setEnabled(hint || !scenario.isEmpty() || !info.system.trimmed().isEmpty());
    // The hint in italics, not as if it were the scenario (and not in a pale colour that a
    // projector washes out).
    QFont font = m_scenario->font();
    font.setItalic(hint);
    m_scenario->setFont(font);
    updateDetails();
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

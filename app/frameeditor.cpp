#include "frameeditor.h"

#include "entities.h"
#include "shortcuts.h"
#include "typesize.h"

#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

// The header's own sizes (workshopview.cpp), so editing does not jump to small type.
constexpr qreal kTitlePointSize = 28;
constexpr qreal kTextPointSize = 18;

} // namespace

FrameEditor::FrameEditor(QWidget *parent)
    : QWidget(parent), m_title(new QLineEdit(this)), m_system(new QLineEdit(this)),
      m_scenario(new QPlainTextEdit(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("frameEditor"));
    m_title->setObjectName(QStringLiteral("frameTitle"));
    m_title->setMaxLength(pm::kMaxTitleLength);
    theme::setPointSize(m_title, kTitlePointSize);
    m_system->setObjectName(QStringLiteral("frameSystem"));
    m_system->setMaxLength(pm::kMaxNameLength);
    m_system->setPlaceholderText(tr("The launch or system under review"));
    theme::setPointSize(m_system, kTextPointSize);
    m_scenario->setObjectName(QStringLiteral("frameScenario"));
    m_scenario->setPlaceholderText(tr("It is <date>. <launch> has failed. What did users see?"));
    m_scenario->setTabChangesFocus(true);
    theme::setPointSize(m_scenario, kTextPointSize);
    // Room for a few sentences; the board below keeps the rest of the screen.
    m_scenario->setFixedHeight(m_scenario->fontMetrics().lineSpacing() * 4 + 16);
    m_hint->setObjectName(QStringLiteral("frameHint"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&System:"), m_system);
    form->addRow(tr("Scenari&o:"), m_scenario);
    form->addRow(QString(), m_hint);
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_system),
                       static_cast<QWidget *>(m_scenario)})
        w->installEventFilter(this);
    setKeyHint(tr("%1 saves, %2 cancels")
                   .arg(shortcuts::keysText(shortcuts::Id::CommitText),
                        shortcuts::keysText(shortcuts::Id::CancelText)));
}

void FrameEditor::setKeyHint(const QString &hint)
{
    m_hint->setText(hint);
}

void FrameEditor::begin(const pm::WorkshopInfo &info)
{
    m_title->setText(info.title);
    m_system->setText(info.system);
    m_scenario->setPlainText(info.scenario);
    m_scenario->moveCursor(QTextCursor::End);
    m_scenario->setFocus(Qt::ShortcutFocusReason);
}

QString FrameEditor::title() const
{
    return m_title->text().trimmed();
}

QString FrameEditor::system() const
{
    return m_system->text().trimmed();
}

QString FrameEditor::scenario() const
{
    return m_scenario->toPlainText().trimmed();
}

bool FrameEditor::eventFilter(QObject *watched, QEvent *event)
{
    // ShortcutOverride too: the window's Esc (leave presentation) and Return (edit the focused
    // note) must not take these keys while the frame is being typed.
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool control = key->modifiers() & Qt::ControlModifier;
    const bool oneLine = watched != m_scenario;
    const bool commit = enter && (control || oneLine);
    const bool cancel = key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier;
    if (!commit && !cancel)
        return QWidget::eventFilter(watched, event);
    event->accept();
    if (event->type() != QEvent::KeyPress)
        return true;
    if (cancel) {
        emit cancelled();
    } else if (title().isEmpty()) { // the file needs one: stay, and say so
        m_hint->setText(tr("A workshop needs a title."));
        m_title->setFocus(Qt::OtherFocusReason);
    } else {
        emit committed();
    }
    return true;
}

#include "prepareview.h"

#include "changesetcommand.h"
#include "palette.h"
#include "promptcards.h"
#include "workshop.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the workshop's texts come from another laptop
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PrepareView::PrepareView(QWidget *parent)
    : QWidget(parent), m_title(plainLabel(this, QStringLiteral("prepareTitle"))),
      m_for(plainLabel(this, QStringLiteral("prepareFor"))),
      m_scenario(plainLabel(this, QStringLiteral("prepareScenario"))),
      m_category(new QComboBox(this)), m_editor(new QPlainTextEdit(this)),
      m_add(new QPushButton(tr("&Add Note"), this)),
      m_notesHeading(plainLabel(this, QStringLiteral("prepareNotesHeading"))),
      m_notes(new QListWidget(this)), m_message(plainLabel(this, QStringLiteral("prepareMessage")))
{
    setObjectName(QStringLiteral("prepareView"));
    setAccessibleName(tr("Prepare my notes"));
    m_title->setFont(sized(font(), 24, true));
    m_for->setFont(sized(font(), 14));
    m_scenario->setFont(sized(font(), 18));
    m_scenario->setAccessibleName(tr("Scenario"));

    // The prompt cards, one after the other, scrolling on a small laptop screen.
    auto *cards = new QWidget;
    auto *cardLayout = new QVBoxLayout(cards);
    cardLayout->setSpacing(10);
    const QList<pm::PromptCard> prompts = pm::promptCards();
    for (int i = 0; i < prompts.size(); ++i)
        cardLayout->addWidget(makeCard(prompts.at(i), i + 1));
    cardLayout->addStretch(1);
    auto *cardScroll = new QScrollArea(this);
    cardScroll->setObjectName(QStringLiteral("promptCards"));
    cardScroll->setWidget(cards);
    cardScroll->setWidgetResizable(true);
    cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    cardScroll->setFrameShape(QFrame::NoFrame);
    cardScroll->setMinimumWidth(420);

    // Writing a note: category, text, Add.
    m_category->setObjectName(QStringLiteral("prepareCategory"));
    m_category->setAccessibleName(tr("Category of the note"));
    for (pm::Category c : pm::allValues<pm::Category>())
        m_category->addItem(pm::displayName(c), QVariant::fromValue(int(c)));
    m_category->setFont(sized(font(), 14));
    m_category->setCurrentIndex(m_category->findData(int(pm::Category::Uncategorised)));
    m_editor->setObjectName(QStringLiteral("prepareEditor"));
    m_editor->setAccessibleName(tr("My note"));
    m_editor->setPlaceholderText(tr("One way this launch could fail… (Ctrl+Enter adds it)"));
    m_editor->setFont(sized(font(), 16));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(140);
    m_editor->installEventFilter(this);
    m_add->setObjectName(QStringLiteral("prepareAdd"));
    m_add->setFont(sized(font(), 14));
    connect(m_add, &QPushButton::clicked, this, [this] {
        QString error;
        if (!addNote(&error))
            emit editFailed(error);
    });
    m_message->setFont(sized(font(), 13));
    m_message->hide();

    m_notesHeading->setFont(sized(font(), 18, true));
    m_notes->setObjectName(QStringLiteral("prepareNotes"));
    m_notes->setAccessibleName(tr("My notes"));
    m_notes->setWordWrap(true);
    m_notes->setSpacing(3);
    m_notes->setAlternatingRowColors(true);
    m_notes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_notes->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_notes->setFont(sized(font(), 15));
    m_notes->installEventFilter(this);

    auto *writeRow = new QHBoxLayout;
    writeRow->addWidget(m_category, 1);
    writeRow->addWidget(m_add);
    auto *right = new QVBoxLayout;
    right->addLayout(writeRow);
    right->addWidget(m_editor);
    right->addWidget(m_message);
    right->addSpacing(8);
    right->addWidget(m_notesHeading);
    right->addWidget(m_notes, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addWidget(cardScroll, 2);
    columns->addLayout(right, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_for);
    layout->addWidget(m_scenario);
    layout->addSpacing(12);
    layout->addLayout(columns, 1);
    setTabOrder(m_editor, m_add);
}

QWidget *PrepareView::makeCard(const pm::PromptCard &card, int number)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("promptCard_%1").arg(pm::keyOf(card.category)));
    frame->setFrameShape(QFrame::StyledPanel);
    // The category's colour as a wash, with its name written out: never colour alone.
    const QColor colour = theme::categoryColour(card.category);
    frame->setAutoFillBackground(true);
    QPalette pal = frame->palette();
    pal.setColor(QPalette::Window, colour);
    pal.setColor(QPalette::WindowText, theme::textOn(colour));
    pal.setColor(QPalette::Text, theme::textOn(colour));
    frame->setPalette(pal);
    auto *layout = new QVBoxLayout(frame);
    auto *name = new QLabel(pm::displayName(card.category), frame);
    name->setTextFormat(Qt::PlainText);
    name->setFont(sized(font(), 16, true));
    layout->addWidget(name);
    for (const QString &question : card.questions) {
        auto *q = new QLabel(QStringLiteral("• ") + question, frame);
        q->setTextFormat(Qt::PlainText);
        q->setWordWrap(true);
        q->setFont(sized(font(), 13));
        layout->addWidget(q);
    }
    // Alt+1..9 for the first cards; the button names its category for screen readers too.
    auto *start = new QPushButton(number <= 9 ? tr("Write a note on this (Alt+%1)").arg(number)
                                              : tr("Write a note on this"),
                                  frame);
    start->setObjectName(QStringLiteral("startNote_%1").arg(pm::keyOf(card.category)));
    start->setAccessibleName(tr("Write a note: %1").arg(pm::displayName(card.category)));
    start->setFont(sized(font(), 13));
    if (number <= 9)
        start->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
    const pm::Category category = card.category;
    connect(start, &QPushButton::clicked, this, [this, category] { startNote(category); });
    layout->addWidget(start, 0, Qt::AlignLeft);
    return frame;
}

bool PrepareView::isPack(const pm::Workshop *workshop)
{
    return workshop && !workshop->info().preparedFor.isNull();
}

void PrepareView::setWorkshop(pm::Workshop *workshop, QUndoStack *undo)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    m_undo = undo;
    if (m_workshop)
        connect(m_workshop, &pm::Workshop::changed, this, &PrepareView::onChanged);
    m_editor->clear();
    m_message->hide();
    refresh();
    // After the window has handed the keyboard to the board it builds alongside.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (isPack(m_workshop) && isVisible())
                m_editor->setFocus();
        },
        Qt::QueuedConnection);
}

void PrepareView::onChanged(const QList<pm::RowChange> &)
{
    refresh();
}

void PrepareView::refresh()
{
    m_notes->clear();
    if (!isPack(m_workshop)) {
        m_title->clear();
        m_for->clear();
        m_scenario->clear();
        m_notesHeading->clear();
        return;
    }
    const pm::WorkshopInfo &info = m_workshop->info();
    const pm::Participant *me = m_workshop->findLive<pm::Participant>(info.preparedFor);
    m_title->setText(tr("Prepare your notes: %1").arg(info.title));
    m_for->setText(
        tr("For %1. Write down every way this could fail, one note each; your facilitator merges "
           "this file into the workshop.")
            .arg(me ? me->name : tr("you")));
    m_scenario->setText(info.scenario.isEmpty() ? tr("(No scenario yet.)") : info.scenario);
    const bool writable = !m_workshop->isReadOnly();
    m_editor->setReadOnly(!writable);
    m_add->setEnabled(writable);
    int count = 0;
    for (const pm::Note &note : m_workshop->rows<pm::Note>()) {
        if (note.author != info.preparedFor)
            continue;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(pm::displayName(note.category), note.text), m_notes);
        item->setData(Qt::UserRole, note.meta.id);
        ++count;
    }
    m_notesHeading->setText(tr("My notes (%1)").arg(count));
}

void PrepareView::startNote(pm::Category category)
{
    m_category->setCurrentIndex(m_category->findData(int(category)));
    m_editor->setFocus();
}

bool PrepareView::addNote(QString *error)
{
    auto fail = [&](const QString &message) {
        m_message->setText(message);
        m_message->show();
        if (error)
            *error = message;
        return false;
    };
    if (!isPack(m_workshop) || !m_undo)
        return fail(tr("Open a preparation file first."));
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty())
        return fail(tr("Write the note first, then add it."));
    pm::Note note;
    note.text = text;
    note.author = m_workshop->info().preparedFor;
    note.category = pm::Category(m_category->currentData().toInt());
    // On a grid in the order written, so that none hides another on the facilitator's board.
    const int index = m_workshop->liveCount(pm::EntityKind::Note);
    note.x = (index % 6) * 220.0;
    note.y = (index / 6) * 160.0;
    QString message;
    if (!ChangeSetCommand::push(m_undo, m_workshop, tr("Add Note"), m_workshop->add(note), &message,
                                [this](const QString &m) { emit editFailed(m); }))
        return fail(message);
    m_message->hide();
    m_editor->clear();
    m_editor->setFocus();
    return true;
}

bool PrepareView::removeSelected(QString *error)
{
    QList<QUuid> ids;
    for (const QListWidgetItem *item : m_notes->selectedItems())
        ids << item->data(Qt::UserRole).toUuid();
    if (ids.isEmpty() || !m_workshop || !m_undo)
        return true;
    return ChangeSetCommand::push(m_undo, m_workshop,
                                  ids.size() == 1 ? tr("Delete Note") : tr("Delete Notes"),
                                  m_workshop->remove(pm::EntityKind::Note, ids), error,
                                  [this](const QString &m) { emit editFailed(m); });
}

QStringList PrepareView::myNotes() const
{
    QStringList texts;
    for (int i = 0; i < m_notes->count(); ++i)
        texts << m_notes->item(i)->text();
    return texts;
}

void PrepareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    auto *mainWindow = qobject_cast<QMainWindow *>(window());
    if (!mainWindow || !m_setAside.isEmpty())
        return;
    const QList<QWidget *> panels = mainWindow->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *panel : panels) {
        if ((qobject_cast<QDockWidget *>(panel) || qobject_cast<QToolBar *>(panel)) &&
            panel->isVisible()) {
            m_setAside << panel;
            panel->hide();
        }
    }
}

void PrepareView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Only when the view itself goes (another page, another file), not when the window does.
    if (event->spontaneous())
        return;
    for (const QPointer<QWidget> &panel : std::as_const(m_setAside)) {
        if (panel)
            panel->show();
    }
    m_setAside.clear();
}

bool PrepareView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_editor && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            QString error;
            if (!addNote(&error))
                emit editFailed(error);
            return true;
        }
        if (watched == m_notes && key->key() == Qt::Key_Delete) {
            QString error;
            if (!removeSelected(&error))
                emit editFailed(error);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

#include "startpage.h"

#include "enterclicks.h"
#include "errormessage.h"
#include "focusoverlay.h"
#include "start/recentlist.h"
#include "start/sampleworkshop.h"
#include "start/templatechooser.h"
#include "typesize.h"
#include "workshoptemplate.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QVBoxLayout>

namespace {

// A plain button for an action: its enabled state follows the action; the key shows as a tip.
QPushButton *buttonFor(QAction *action, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    const QKeySequence shortcut = action->shortcut();
    if (!shortcut.isEmpty())
        button->setToolTip(shortcut.toString(QKeySequence::NativeText));
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, &QPushButton::setEnabled);
    button->setEnabled(action->isEnabled());
    return button;
}

} // namespace

StartPage::StartPage(QAction *newWorkshop, QAction *openWorkshop, QAction *guide, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("startPage"));
    // Read from the back of the room: everything a size up from the desktop default.
    QFont pageFont = font();
    pageFont.setPointSizeF(qMax(pageFont.pointSizeF() + 2, 12.0));
    setFont(pageFont);

    // Recent workshops (left): the usual way in.
    m_recent = new RecentList(this);
    auto *recentLabel = theme::heading(tr("&Recent workshops"), 16, this);
    recentLabel->setBuddy(m_recent);
    m_noRecent = new QLabel(tr("No recent workshops yet. Open the sample workshop to see a "
                               "finished pre-mortem, or start a new one from a template."),
                            this);
    m_noRecent->setObjectName(QStringLiteral("noRecentLabel"));
    m_noRecent->setWordWrap(true);
    m_openButton = new QPushButton(tr("&Open"), this);
    m_openButton->setObjectName(QStringLiteral("openRecentButton"));
    m_openButton->setToolTip(tr("Enter"));
    m_removeButton = new QPushButton(tr("Re&move from List"), this);
    m_removeButton->setObjectName(QStringLiteral("removeRecentButton"));
    m_removeButton->setToolTip(tr("Delete: the file itself stays where it is"));
    auto *otherButton = buttonFor(openWorkshop, tr("Open &Another File…"), this);
    otherButton->setObjectName(QStringLiteral("openOtherButton"));
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (!m_recent->currentPath().isEmpty())
            emit openRequested(m_recent->currentPath());
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        m_recent->removeCurrent();
        m_recent->setFocus();
    });
    connect(m_recent, &RecentList::openRequested, this, &StartPage::openRequested);
    connect(m_recent, &RecentList::entriesChanged, this, &StartPage::updateButtons);
    connect(m_recent, &QListWidget::currentRowChanged, this, &StartPage::updateButtons);
    auto *recentButtons = new QHBoxLayout;
    recentButtons->addWidget(m_openButton);
    recentButtons->addWidget(m_removeButton);
    recentButtons->addWidget(otherButton);
    recentButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(recentLabel);
    left->addWidget(m_recent, 1);
    left->addWidget(m_noRecent);
    left->addLayout(recentButtons);

    // New from a template, the sample, the method (right).
    m_templates = new TemplateChooser(pm::defaultUserTemplateDir(), this);
    connect(m_templates, &TemplateChooser::templateChosen, this, &StartPage::templateChosen);
    auto *templatesLabel = theme::heading(tr("New from &template"), 16, this);
    if (!m_templates->buttons().isEmpty())
        templatesLabel->setBuddy(m_templates->buttons().constFirst());
    m_blankButton = buttonFor(newWorkshop, tr("New &Blank Workshop…"), this);
    m_blankButton->setObjectName(QStringLiteral("newBlankButton"));
    auto *sample = new QCommandLinkButton(
        tr("Open the &Sample Workshop"),
        tr("A checkout migration, ranked and mitigated: what a finished pre-mortem looks like. "
           "Opens a copy, so try anything."),
        this);
    sample->setObjectName(QStringLiteral("openSampleButton"));
    QSizePolicy samplePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    samplePolicy.setHeightForWidth(true);
    sample->setSizePolicy(samplePolicy);
    connect(sample, &QCommandLinkButton::clicked, this, &StartPage::openSample);

    auto *method = new QLabel(
        tr("A pre-mortem imagines that the launch has already failed and works backwards to "
           "why. Everyone first writes causes silently, so the loudest voice does not set the "
           "agenda. The team maps the notes onto the architecture, scores each failure mode by "
           "likelihood × blast radius, and turns the top risks into owned, dated mitigations."),
        this);
    method->setObjectName(QStringLiteral("methodLabel"));
    method->setWordWrap(true);
    const QString guideKey = guide->shortcut().toString(QKeySequence::NativeText);
    auto *guideButton = buttonFor(guide,
                                  guideKey.isEmpty() ? tr("Read the &Guide")
                                                     : tr("Read the &Guide (%1)").arg(guideKey),
                                  this);
    guideButton->setObjectName(QStringLiteral("guideButton"));
    guideButton->setToolTip(QString());

    auto *right = new QVBoxLayout;
    right->addWidget(templatesLabel);
    right->addWidget(m_templates);
    auto *blankRow = new QHBoxLayout;
    blankRow->addWidget(m_blankButton);
    blankRow->addStretch();
    right->addLayout(blankRow);
    right->addSpacing(16);
    right->addWidget(sample);
    right->addStretch(1);

    // Under the recent list: what the method is, for whoever meets it for the first time.
    left->addSpacing(16);
    left->addWidget(theme::heading(tr("What is a pre-mortem?"), 14, this));
    left->addWidget(method);
    auto *guideRow = new QHBoxLayout;
    guideRow->addWidget(guideButton);
    guideRow->addStretch();
    left->addLayout(guideRow);
    left->addStretch(); // stretch 0: takes the room only while the list is hidden

    // The gap between the columns as a spacing item: a layout's spacing is inherited by the
    // layouts inside it, and would open the same gap between every line of each column.
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(40);
    columns->addLayout(right, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(32, 24, 32, 24);
    auto *title = theme::heading(tr("Premortem: imagine the launch has failed, then find out why"),
                                 22, content);
    title->setObjectName(QStringLiteral("startTitle"));
    title->setWordWrap(true); // long in German
    // Stretch above and below: without a list to fill the height the page sits in the middle
    // of the screen instead of at the top of an empty one (see updateButtons()).
    contentLayout->addStretch();
    contentLayout->addWidget(title);
    contentLayout->addSpacing(12);
    contentLayout->addLayout(columns, 1);
    contentLayout->addStretch();
    m_content = contentLayout;
    m_columns = columns;
    // Only a very small window scrolls; at 1366x768 and up everything is in view.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from button to button: the scroll area itself taking focus showed nothing, so
    // Tab seemed to do nothing at all.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Tab order: down the left column (the list, its buttons, the guide), then down the right.
    QList<QWidget *> order{m_recent, m_openButton, m_removeButton, otherButton, guideButton};
    for (QAbstractButton *b : m_templates->buttons())
        order << b;
    order << m_blankButton << sample;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    enterclicks::installAll(this); // Enter opens, creates or reads what has focus
    new FocusOverlay(this);        // where Tab went, seen from a step away
    updateButtons();
}

void StartPage::reload()
{
    m_recent->reload();
    updateButtons();
    if (m_recent->count() > 0)
        m_recent->setFocus();
    else
        m_blankButton->setFocus();
}

void StartPage::openSample()
{
    const pm::Result<QString> copy = sampleworkshop::makeCopy();
    if (!copy) {
        showErrorMessage(this, tr("Cannot Open the Sample Workshop"), copy.error().message);
        return;
    }
    emit openRequested(copy.value());
}

void StartPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Not when the window only comes back from being minimised: keep the facilitator's place.
    if (!event->spontaneous())
        reload();
}

bool StartPage::focusNextPrevChild(bool next)
{
    // Tab goes round the page's own list and buttons: while the start page shows, the rest of the
    // window (the tab bar of hidden panels) has nothing a person could see receive focus.
    QList<QWidget *> chain;
    for (QWidget *w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (isAncestorOf(w) && w->isVisible() && w->isEnabled() && !w->focusProxy() &&
            (w->focusPolicy() & Qt::TabFocus) && !chain.contains(w))
            chain << w;
    }
    if (chain.isEmpty())
        return QWidget::focusNextPrevChild(next);
    const int n = int(chain.size());
    const int i = int(chain.indexOf(QApplication::focusWidget()));
    const int j = i < 0 ? (next ? 0 : n - 1) : (i + (next ? 1 : n - 1)) % n;
    chain.at(j)->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

void StartPage::updateButtons()
{
    const bool any = m_recent->count() > 0;
    // Keyboard focus on a list about to hide would go nowhere: hand it to the first way to start.
    if (!any && m_recent->hasFocus())
        m_blankButton->setFocus();
    m_recent->setVisible(any);
    m_noRecent->setVisible(!any);
    // Nothing to open or remove: no buttons for it either.
    m_openButton->setVisible(any);
    m_removeButton->setVisible(any);
    m_content->setStretchFactor(m_columns, any ? 1 : 0);
    m_openButton->setEnabled(any && m_recent->currentItem());
    m_removeButton->setEnabled(any && m_recent->currentItem());
}

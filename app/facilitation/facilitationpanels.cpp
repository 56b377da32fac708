#include "facilitationpanels.h"

#include "anonymity.h"
#include "changesetcommand.h"
#include "lazydock.h"
#include "participantspanel.h"
#include "shortcuts.h"
#include "votingpanel.h"
#include "workshop.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

FacilitationPanels::FacilitationPanels(QMainWindow *window, QUndoStack *undoStack,
                                       FailureModeSelection *selection, QAction *beforeMenu)
    : QObject(window), m_undoStack(undoStack), m_voting(new VotingPanel(undoStack, selection))
{
    // Built when first shown (the People phase, or the Workshop menu): a file opened in a later
    // phase never needs it.
    m_participantsDock = new LazyDock(
        tr("Participants"), QStringLiteral("participantsDock"),
        [this] {
            m_participants = new ParticipantsPanel(m_undoStack);
            m_participants->setWorkshop(m_workshop);
            m_participants->setFont(m_font);
            connect(m_participants, &ParticipantsPanel::editFailed, this,
                    &FacilitationPanels::editFailed);
            return m_participants;
        },
        window);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_participantsDock);
    m_votingDock = new QDockWidget(tr("Dot Vote"), window);
    m_votingDock->setObjectName(QStringLiteral("votingDock"));
    m_votingDock->setWidget(m_voting);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_votingDock);
    // Out of the way until the facilitator (or the phase stepper) asks for them.
    m_participantsDock->hide();
    m_votingDock->hide();
    connect(m_voting, &VotingPanel::editFailed, this, &FacilitationPanels::editFailed);

    m_menu = new QMenu(tr("&Workshop"), window);
    m_menu->setObjectName(QStringLiteral("workshopMenu"));
    if (beforeMenu)
        window->menuBar()->insertMenu(beforeMenu, m_menu);
    else
        window->menuBar()->addMenu(m_menu);
    m_menu->addAction(m_participantsDock->toggleViewAction());
    m_menu->addAction(m_votingDock->toggleViewAction());
    m_menu->addSeparator();

    m_anonymous = m_menu->addAction(tr("&Anonymous Mode"));
    m_anonymous->setObjectName(QStringLiteral("actionAnonymous"));
    m_anonymous->setCheckable(true);
    m_anonymous->setToolTip(tr("Hide who wrote each note on the board, the matrix and exports"));
    connect(m_anonymous, &QAction::triggered, this, [this](bool on) {
        QString error;
        if (!setAnonymous(on, &error) && !error.isEmpty())
            emit editFailed(error);
        syncActions();
    });
    m_recordAuthors = m_menu->addAction(tr("&Record Authors in the File"));
    m_recordAuthors->setObjectName(QStringLiteral("actionRecordAuthors"));
    m_recordAuthors->setCheckable(true);
    m_recordAuthors->setToolTip(tr("Off: the file keeps no authors; existing ones are removed"));
    connect(m_recordAuthors, &QAction::triggered, this, [this](bool on) {
        QString error;
        if (!setRecordAuthors(on, &error) && !error.isEmpty())
            emit editFailed(error);
        syncActions();
    });
    m_menu->addSeparator();
    auto dotAction = [this, window](shortcuts::Id id, const QString &name, auto edit) {
        QAction *a = m_menu->addAction(shortcuts::text(id));
        a->setObjectName(name);
        a->setShortcuts(shortcuts::entry(id).keys);
        window->addAction(a); // works with the menu bar hidden (presentation mode)
        connect(a, &QAction::triggered, this, [this, edit] {
            QString error;
            if (!(m_voting->*edit)(&error) && !error.isEmpty())
                emit editFailed(error);
        });
        return a;
    };
    m_giveDot =
        dotAction(shortcuts::Id::GiveDot, QStringLiteral("actionGiveDot"), &VotingPanel::addDot);
    m_takeDot =
        dotAction(shortcuts::Id::TakeDot, QStringLiteral("actionTakeDot"), &VotingPanel::removeDot);
    setWorkshop(nullptr);
}

QList<QDockWidget *> FacilitationPanels::docks() const
{
    return {m_participantsDock, m_votingDock};
}

ParticipantsPanel *FacilitationPanels::participants()
{
    m_participantsDock->panel();
    return m_participants;
}

void FacilitationPanels::setColourByAuthorAction(QAction *action)
{
    m_colourByAuthor = action;
    syncActions();
}

void FacilitationPanels::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    if (workshop)
        connect(workshop, &pm::Workshop::changed, this, [this] { syncActions(); });
    if (m_participants)
        m_participants->setWorkshop(workshop);
    m_voting->setWorkshop(workshop);
    syncActions();
}

void FacilitationPanels::syncActions()
{
    const bool editable = m_workshop && !m_workshop->isReadOnly();
    for (QAction *a : {m_anonymous, m_recordAuthors, m_giveDot, m_takeDot})
        a->setEnabled(editable);
    m_anonymous->setChecked(m_workshop && m_workshop->info().anonymous);
    m_recordAuthors->setChecked(m_workshop && m_workshop->info().recordAuthors);
    if (m_colourByAuthor) {
        const bool shown = m_workshop && pm::showsAuthors(m_workshop->info());
        if (!shown && m_colourByAuthor->isChecked())
            m_colourByAuthor->setChecked(false);
        m_colourByAuthor->setEnabled(shown);
    }
}

bool FacilitationPanels::setAnonymous(bool on, QString *error)
{
    if (!m_workshop)
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop,
                                  on ? tr("Turn On Anonymous Mode") : tr("Turn Off Anonymous Mode"),
                                  pm::setAnonymous(*m_workshop, on), error);
}

bool FacilitationPanels::setRecordAuthors(bool on, QString *error)
{
    if (!m_workshop)
        return false;
    return ChangeSetCommand::push(m_undoStack, m_workshop,
                                  on ? tr("Record Authors") : tr("Stop Recording Authors"),
                                  pm::setRecordAuthors(*m_workshop, on), error);
}

void FacilitationPanels::setPresentation(bool on)
{
    QFont font; // a default font inherits the window's again
    if (on) {
        font = m_voting->font();
        font.setPointSize(16);
    }
    m_font = font;
    if (m_participants)
        m_participants->setFont(font);
    m_voting->setFont(font);
}

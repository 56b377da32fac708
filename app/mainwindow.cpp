#include "mainwindow.h"

#include "facilitationpanels.h"
#include "newworkshopwizard.h"

#include "aboutdialog.h"
#include "architecture/architectureimportcontroller.h"
#include "banner.h"
#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/heatlegend.h"
#include "changesetcommand.h"
#include "currentpagestack.h"
#include "errormessage.h"
#include "exportdialog.h"
#include "facilitation/facilitation.h"
#include "filename.h"
#include "guide.h"
#include "keyboardfocus.h"
#include "lazydock.h"
#include "lookback/lookbackpanel.h"
#include "matrix/matrixview.h"
#include "merge/mergecontroller.h"
#include "merge/prepareview.h"
#include "mitigation/mitigationpanel.h"
#include "notelistmodel.h"
#include "phasedockmemory.h"
#include "phaselayout.h"
#include "preferencesdialog.h"
#include "rank/failuremodeselection.h"
#include "rank/riskindex.h"
#include "recentfiles.h"
#include "room/roomcontroller.h"
#include "startpage.h"
#include "workshop.h"
#include "workshopfolder.h"
#include "workshopview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

QString fileSuffix()
{
    return QStringLiteral("premortem");
}

QString geometryKey()
{
    return QStringLiteral("mainWindow/geometry");
}

// The file dialogs' filter: workshops first, and everything else for files renamed in transit.
QString fileFilter()
{
    return MainWindow::tr("Premortem workshops (*.premortem)") + QStringLiteral(";;") +
           MainWindow::tr("All files (*)");
}

QString withSuffix(const QString &path)
{
    return QFileInfo(path).suffix().isEmpty() ? path + QLatin1Char('.') + fileSuffix() : path;
}

// A file name suggested from a workshop title: the characters no file system takes become '-'.
QString fileNameFor(const QString &title)
{
    return pm::safeFileName(title, MainWindow::tr("Untitled workshop")) + QLatin1Char('.') +
           fileSuffix();
}

bool sameFile(const QString &a, const QString &b)
{
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)), m_notes(new NoteListModel(this))
{
    m_selection = new FailureModeSelection(this);
    m_risks = new RiskIndex(this);
    m_fitDocksTimer = new QTimer(this);
    m_fitDocksTimer->setSingleShot(true);
    m_fitDocksTimer->setInterval(100);
    connect(m_fitDocksTimer, &QTimer::timeout, this, [this] { fitDocks(this, m_centre); });
    createActions();
    m_merge = new MergeController(this);
    createMenus();

    m_readOnlyBanner = new Banner(Banner::Warning, this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_upgradeBanner = new Banner(Banner::Info, this);
    m_upgradeBanner->setObjectName(QStringLiteral("upgradeBanner"));
    m_upgradeBanner->setDismissible(true);
    m_errorBanner = new Banner(Banner::Error, this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setDismissible(true);
    m_readOnlyBanner->setCritical(true); // the room must know that nothing it writes is kept

    m_workshopView =
        new WorkshopView(m_notes,
                         tr("No notes yet. Press %1 to write the first way this launch could fail.")
                             .arg(m_newNoteAction->shortcut().toString(QKeySequence::NativeText)),
                         this);
    createFrameEditing();
    m_notesDock = new QDockWidget(tr("Notes"), this);
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    auto *noteList = new QListView(m_notesDock);
    noteList->setObjectName(QStringLiteral("noteList"));
    noteList->setAccessibleName(tr("All notes"));
    noteList->setModel(m_notes);
    noteList->setWordWrap(true);
    noteList->setSpacing(2);
    noteList->setAlternatingRowColors(true);
    noteList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    noteList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Wrapped notes differ in height, so each is measured; in batches between events, so a
    // 10,000-note workshop shows its window at once instead of after seconds of text shaping.
    noteList->setLayoutMode(QListView::Batched);
    noteList->setBatchSize(100);
    QFont listFont = noteList->font();
    listFont.setPointSizeF(14);
    noteList->setFont(listFont);
    m_notesDock->setWidget(noteList);
    m_notesDock->setMinimumWidth(220);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    m_viewMenu->insertAction(m_boardActions.value(shortcuts::Id::Presentation),
                             m_notesDock->toggleViewAction());
    // The panel title counts the notes, for the facilitator's eye.
    auto countNotes = [this] {
        m_notesDock->setWindowTitle(tr("Notes (%n)", nullptr, m_notes->rowCount()));
    };
    connect(m_notes, &QAbstractItemModel::modelReset, this, countNotes);
    connect(m_notes, &QAbstractItemModel::rowsInserted, this, countNotes);
    connect(m_notes, &QAbstractItemModel::rowsRemoved, this, countNotes);
    m_palette = new QToolBar(tr("Components"), this);
    m_palette->setObjectName(QStringLiteral("componentPalette"));
    m_palette->setAccessibleName(tr("Component palette"));
    m_palette->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (pm::ComponentKind kind : pm::allValues<pm::ComponentKind>()) {
        QAction *add = m_palette->addAction(tr("+ %1").arg(pm::displayName(kind)));
        add->setObjectName(QStringLiteral("actionAdd_%1").arg(pm::keyOf(kind)));
        // The name as it is: lower-casing a translated noun is wrong in German.
        add->setToolTip(tr("Add “%1” to the canvas").arg(pm::displayName(kind)));
        connect(add, &QAction::triggered, this, [this, kind] {
            if (m_boardView)
                m_boardView->addComponent(kind);
        });
    }
    addToolBar(Qt::LeftToolBarArea, m_palette);
    createRiskPanels();
    m_teamPanels = new FacilitationPanels(this, m_undoStack, m_selection,
                                          menuBar()->actions().constLast()); // before Help
    m_teamPanels->setColourByAuthorAction(m_boardActions.value(shortcuts::Id::ColourByAuthor));
    connect(m_teamPanels, &FacilitationPanels::editFailed, this, &MainWindow::showEditError);
    m_facilitation = new Facilitation(this, m_undoStack, [this](bool on) { showMatrix(on); });
    connect(m_facilitation, &Facilitation::editFailed, this, &MainWindow::showEditError);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_facilitation->menuActions());
    createLookback();
    createEstimateActions();
    addEstimateActionsToMenus();

    m_workshopView->setAccessibleName(tr("Workshop"));
    // Only the shown page sets the window's minimum. The start page and a preparation pack's
    // view are built when first shown: a file opened from the desktop needs neither.
    m_pages = new CurrentPageStack(this);
    m_pages->addWidget(m_workshopView);
    m_room = new RoomController(this, m_undoStack, m_facilitation->timer(), m_pages);
    m_teamPanels->menu()->addSeparator();
    m_teamPanels->menu()->addAction(m_room->inviteAction());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_upgradeBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_facilitation->bar());
    layout->addWidget(m_room->widget()); // the join screen, above the board it shares room with
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createFocusModel(); // mainwindowfocus.cpp

    // Never larger than the screen it opens on (a 1366x768 laptop, a projector), whatever size
    // was remembered from a larger screen; a tenth is left for the frame and the panels.
    const QSize room = screen()->availableGeometry().size() * 9 / 10;
    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        resize(QSize(1280, 800).boundedTo(room));
    else if (!isMaximized() && (width() > room.width() || height() > room.height()))
        resize(size().boundedTo(room));
    // No workshop, no furniture: the docks and the palette come with the first workshop.
    applyNoWorkshopLayout(this);
    m_palette->hide();
    refresh();
}

MainWindow::~MainWindow()
{
    // The commands, the board and the model point at the workshop, which goes before the
    // window's children; so does a room's server.
    m_room->setWorkshop(nullptr);
    m_undoStack->clear();
    m_workshopView->setBoard(nullptr);
    m_notes->setWorkshop(nullptr);
    m_selection->setWorkshop(nullptr);
    m_risks->setWorkshop(nullptr);
    if (m_prepareView)
        m_prepareView->setWorkshop(nullptr, nullptr);
}

StartPage *MainWindow::startPage()
{
    if (!m_startPage) {
        m_startPage = new StartPage(m_newAction, m_openAction,
                                    m_boardActions.value(shortcuts::Id::ShowHelp), this);
        m_startPage->setAccessibleName(tr("Start page"));
        connect(m_startPage, &StartPage::openRequested, this, [this](const QString &path) {
            QString error;
            if (!openFile(path, &error))
                showErrorMessage(this, tr("Cannot Open the Workshop"), error);
        });
        connect(m_startPage, &StartPage::templateChosen, this, &MainWindow::promptNewWorkshop);
        m_pages->addWidget(m_startPage);
    }
    return m_startPage;
}

void MainWindow::buildAllPanels()
{
    startPage();
    prepareView();
    for (LazyDock *dock : findChildren<LazyDock *>())
        dock->panel();
    m_workshopView->frameEditor();
}

PrepareView *MainWindow::prepareView()
{
    if (!m_prepareView) {
        m_prepareView = new PrepareView(this);
        connect(m_prepareView, &PrepareView::editFailed, this, &MainWindow::showEditError);
        m_pages->addWidget(m_prepareView);
        m_prepareView->setWorkshop(m_workshop.get(), m_undoStack);
    }
    return m_prepareView;
}

void MainWindow::createActions()
{
    auto action = [this](const QString &text, const QString &objectName) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        return a;
    };

    m_newAction = action(tr("&New Workshop…"), QStringLiteral("actionNew"));
    m_newAction->setShortcuts(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] { promptNewWorkshop(); });

    m_openAction = action(tr("&Open…"), QStringLiteral("actionOpen"));
    m_openAction->setShortcuts(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::promptOpen);

    m_saveAsAction = action(tr("Save a Copy &As…"), QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcuts(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::promptSaveAs);

    m_exportAction = action(shortcuts::text(shortcuts::Id::Export), QStringLiteral("actionExport"));
    m_exportAction->setShortcuts(shortcuts::entry(shortcuts::Id::Export).keys);
    connect(m_exportAction, &QAction::triggered, this,
            [this] { render::ExportDialog::run(m_workshop.get(), this); });

    m_closeAction = action(tr("&Close"), QStringLiteral("actionClose"));
    m_closeAction->setShortcuts(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkshop);

    m_quitAction = action(tr("&Quit"), QStringLiteral("actionQuit"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    // The stack keeps these actions' text ("Undo Add Note") and enabled state up to date.
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    // UX.md promises Ctrl+Shift+Z everywhere; some platforms' Redo binding is only Ctrl+Y.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    const QKeySequence ctrlShiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    if (!redoKeys.contains(ctrlShiftZ))
        redoKeys.prepend(ctrlShiftZ);
    m_redoAction->setShortcuts(redoKeys);

    createBoardActions();
    createRankActions();
    m_newNoteAction = m_boardActions.value(shortcuts::Id::NewNote);
    m_newNoteAction->setObjectName(QStringLiteral("actionNewNote"));

    m_aboutAction = action(tr("&About Premortem"), QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] { showAboutDialog(this); });
}

// Board actions come from the one keyboard map. They are window shortcuts, so N and F2 work from
// any pane; KeyboardFocus gives typing keys back to text fields (see createFocusModel). Enter and
// Delete act on what has focus, so they stay the board's own (a list or table has its own Enter
// and Delete); F2 is the window's, for the board's focused item.
void MainWindow::createBoardActions()
{
    using shortcuts::Id;
    auto make = [this](Id id, std::function<void(board::BoardView *)> run) {
        const shortcuts::Entry &entry = shortcuts::entry(id);
        auto *a = new QAction(shortcuts::text(id), this);
        a->setObjectName(QStringLiteral("board_%1").arg(int(id)));
        const bool itemKeys = id == Id::EditItem || id == Id::Delete;
        QList<QKeySequence> keys = entry.keys;
        if (id == Id::EditItem)
            keys.removeAll(QKeySequence(Qt::Key_F2)); // the window's (createFocusModel)
        a->setShortcuts(keys);
        a->setShortcutContext(itemKeys ? Qt::WidgetShortcut : Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, run] {
            if (m_boardView)
                run(m_boardView);
        });
        m_boardActions.insert(id, a);
        return a;
    };
    make(Id::NewNote, [this](board::BoardView *v) {
        // N works from the matrix too: the note is written where the room can see it.
        if (isMatrixShown())
            showMatrix(false);
        v->newNote();
    });
    make(Id::EditItem, [](board::BoardView *v) { v->editFocused(); });
    make(Id::Delete, [](board::BoardView *v) { v->deleteSelection(); });
    make(Id::Duplicate, [](board::BoardView *v) { v->duplicateSelection(); });
    make(Id::Stack, [](board::BoardView *v) { v->stackSelection(); });
    make(Id::Unstack, [](board::BoardView *v) { v->unstackSelection(); });
    make(Id::SendTo, [](board::BoardView *v) { v->chooseSendTarget(); });
    make(Id::AddDependency, [](board::BoardView *v) { v->chooseDependencyTarget(); });
    make(Id::SelectAll, [](board::BoardView *v) { v->selectAll(); });
    make(Id::FitAll, [](board::BoardView *v) { v->fitAll(); });
    make(Id::ZoomIn, [](board::BoardView *v) { v->zoomIn(); });
    make(Id::ZoomOut, [](board::BoardView *v) { v->zoomOut(); });
    QAction *presentation = make(Id::Presentation, [](board::BoardView *) {});
    presentation->setCheckable(true);
    disconnect(presentation, &QAction::triggered, this, nullptr);
    connect(presentation, &QAction::toggled, this, &MainWindow::setPresentationMode);
    QAction *byAuthor = make(Id::ColourByAuthor, [](board::BoardView *) {});
    byAuthor->setCheckable(true);
    disconnect(byAuthor, &QAction::triggered, this, nullptr);
    connect(byAuthor, &QAction::toggled, this, [this](bool on) {
        if (!m_boardScene)
            return;
        board::BoardStyle style = m_boardScene->boardStyle();
        style.colourBy = on ? board::ColourBy::Author : board::ColourBy::Category;
        m_boardScene->setBoardStyle(style);
    });
    QAction *help = make(Id::ShowHelp, [](board::BoardView *) {});
    disconnect(help, &QAction::triggered, this, nullptr);
    connect(help, &QAction::triggered, this, [this] { GuideDialog::showFor(this); });
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(int(shortcuts::all().size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    int row = 0;
    for (const shortcuts::Entry &entry : shortcuts::all()) {
        const QString keys = shortcuts::keysText(entry.id);
        table->setItem(row, 0, new QTableWidgetItem(keys.isEmpty() ? tr("(menu)") : keys));
        table->setItem(row, 1, new QTableWidgetItem(shortcuts::text(entry.id)));
        ++row;
    }
    table->resizeColumnsToContents();
    // The actions take what width is left and wrap, row heights following, so a narrow screen
    // gets taller rows rather than a table that scrolls sideways (issue 21).
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->setWordWrap(true);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, table,
            [table] { table->resizeRowsToContents(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // As wide as the table's columns, its frame and a vertical scroll bar where the screen
    // allows; as high as the screen allows, which shows most rows.
    const QMargins margins = layout->contentsMargins();
    const int tableWidth = table->horizontalHeader()->length() + 2 * table->frameWidth() +
                           table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, table);
    const QRect screen = this->screen()->availableGeometry();
    dialog.resize(qMin(tableWidth + margins.left() + margins.right(), screen.width() * 9 / 10),
                  qMin(560, screen.height() * 9 / 10));
    QTimer::singleShot(0, table, [table] { table->resizeRowsToContents(); }); // once laid out
    dialog.exec();
}

void MainWindow::setPresentationMode(bool on)
{
    if (m_presentation == on)
        return;
    if (on && m_workshop)
        rememberDockLayout(this); // before the room's view puts the panels aside
    m_presentation = on;
    for (QDockWidget *dock : docks()) {
        if (on) {
            m_docksVisible.insert(dock, dock->isVisible());
            dock->hide();
        } else {
            dock->setVisible(m_docksVisible.value(dock, true));
        }
    }
    if (on) {
        // Put back exactly as it was on leaving: maximized, or this size and place.
        m_geometryBeforePresentation = saveGeometry();
        showFullScreen();
    }
    for (Banner *banner : {m_readOnlyBanner, m_upgradeBanner, m_errorBanner})
        banner->setPresentation(on);
    menuBar()->setVisible(!on);
    m_palette->setVisible(!on && paletteWanted());
    m_workshopView->setPresentation(on);
    if (QAction *a = m_boardActions.value(shortcuts::Id::Presentation); a && a->isChecked() != on)
        a->setChecked(on);
    if (m_boardScene) {
        board::BoardStyle style = m_boardScene->boardStyle();
        style.presentation = on;
        m_boardScene->setBoardStyle(style);
        const Qt::ScrollBarPolicy bars = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
        m_boardView->setHorizontalScrollBarPolicy(bars);
        m_boardView->setVerticalScrollBarPolicy(bars);
        m_boardView->setPresentation(on);
    }
    if (m_heatLegend)
        m_heatLegend->setPresentation(on);
    if (m_matrixView)
        m_matrixView->setPresentation(on);
    m_facilitation->setPresentation(on);
    m_teamPanels->setPresentation(on);
    if (m_lookbackPanel)
        m_lookbackPanel->setPresentation(on);
    // Restored only now, with the window's type back to its normal size: while the projector
    // type was still in place, the old geometry could have been held wider by it.
    if (!on) {
        showNormal(); // out of full screen first: restoreGeometry() keeps a full-screen state
        restoreGeometry(m_geometryBeforePresentation);
    }
    if (m_centre)
        centreView()->setFocus();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // The docks fit the window's new size once it stops changing (a window manager maximizes
    // in steps): the first visit's room for the panels, the board or matrix's half.
    if (m_centre && !m_presentation)
        m_fitDocksTimer->start();
}

void MainWindow::showEvent(QShowEvent *event)
{
    if (!m_workshop)
        m_pages->setCurrentWidget(startPage());
    QMainWindow::showEvent(event);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_presentation) {
        setPresentationMode(false);
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Rebuilt as it opens, so files deleted since the last look are not offered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_merge->mergeAction());
    file->addAction(m_merge->prepareAction());
    file->addAction((new ArchitectureImportController(this))->action());
    file->addSeparator();
    file->addAction(m_saveAsAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    using shortcuts::Id;
    for (Id id : {Id::NewNote, Id::EditItem, Id::Duplicate, Id::Delete})
        edit->addAction(m_boardActions.value(id));
    edit->addSeparator();
    for (Id id : {Id::Stack, Id::Unstack, Id::SendTo, Id::AddDependency, Id::SelectAll})
        edit->addAction(m_boardActions.value(id));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("actionPreferences"));
    preferences->setShortcuts(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] { PreferencesDialog(this).exec(); });

    QMenu *score = edit->addMenu(tr("&Score Selected Failure Mode"));
    score->setObjectName(QStringLiteral("scoreMenu"));
    for (int i = 0; i < m_scoreActions.size(); ++i) {
        if (i == m_scoreActions.size() / 2)
            score->addSeparator(); // likelihood above, blast radius below
        score->addAction(m_scoreActions.at(i));
    }
    edit->addAction(m_axisWordingAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    for (Id id : {Id::ShowBoard, Id::ShowMatrix, Id::ShowResidual})
        view->addAction(m_boardActions.value(id));
    view->addSeparator();
    for (Id id : {Id::ZoomIn, Id::ZoomOut, Id::FitAll})
        view->addAction(m_boardActions.value(id));
    view->addSeparator();
    view->addAction(m_boardActions.value(Id::ColourByAuthor));
    for (Id id : {Id::HeatMap, Id::HeatMapSum})
        view->addAction(m_boardActions.value(id));
    view->addSeparator();
    view->addAction(m_boardActions.value(Id::Presentation));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_boardActions.value(Id::ShowHelp));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"));
    keys->setObjectName(QStringLiteral("actionShortcuts"));
    connect(keys, &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addSeparator();
    help->addAction(m_aboutAction);

    rebuildRecentMenu();
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    // Reopening the file this window edits would find its own lock and fall back to read-only.
    if (m_workshop && !m_workshop->isReadOnly() && sameFile(path, m_workshop->path()))
        return true;
    pm::Result<std::unique_ptr<pm::Workshop>> opened = pm::Workshop::open(path);
    if (!opened) {
        if (error)
            *error = opened.error().message;
        return false;
    }
    setWorkshop(std::move(opened).value());
    RecentFiles().add(m_workshop->path());
    rebuildRecentMenu();
    return true;
}

bool MainWindow::newWorkshop(const QString &path, const QString &title, QString *error)
{
    pm::Result<std::unique_ptr<pm::Workshop>> created = pm::Workshop::create(path, title);
    if (!created) {
        if (error)
            *error = created.error().message;
        return false;
    }
    setWorkshop(std::move(created).value());
    RecentFiles().add(m_workshop->path());
    rebuildRecentMenu();
    return true;
}

bool MainWindow::saveCopyAs(const QString &path, QString *error)
{
    if (!m_workshop) {
        if (error)
            *error = tr("Open a workshop first.");
        return false;
    }
    if (pm::Status saved = m_workshop->saveCopy(path); !saved) {
        if (error)
            *error = saved.error().message;
        return false;
    }
    return openFile(path, error);
}

bool MainWindow::addNote(const QString &text, QString *error)
{
    if (!m_workshop || m_workshop->isReadOnly()) {
        if (error)
            *error = m_workshop ? m_workshop->readOnlyReason() : tr("Open a workshop first.");
        return false;
    }
    pm::Note note;
    note.text = text.trimmed();
    // Until the board places notes where the facilitator points, new ones go on a grid in the
    // order they were written, so none hides another (default notes are 200 x 140).
    const int index = m_workshop->liveCount(pm::EntityKind::Note);
    note.x = (index % 6) * 220.0;
    note.y = (index / 6) * 160.0;
    return ChangeSetCommand::push(m_undoStack, m_workshop.get(), tr("Add Note"),
                                  m_workshop->add(note), error,
                                  [this](const QString &message) { showEditError(message); });
}

void MainWindow::closeWorkshop()
{
    setWorkshop(nullptr);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Every edit is already in the file: nothing to ask, only the window's place and the
    // facilitator's arrangement of the phase's panels to remember.
    QSettings().setValue(geometryKey(), saveGeometry());
    if (m_workshop && !m_presentation)
        rememberDockLayout(this);
    m_room->stop(); // nothing listens once the window is gone
    event->accept();
}

void MainWindow::promptNewWorkshop(const QString &templateId)
{
    const QString directory = dialogDirectory();
    NewWorkshopWizard wizard(
        [directory](const QString &launch) {
            return QDir(directory).filePath(fileNameFor(launch));
        },
        pm::defaultUserTemplateDir(), this);
    if (!templateId.isEmpty())
        wizard.chooseTemplate(templateId);
    if (wizard.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!openFile(wizard.createdPath(), &error))
        showErrorMessage(this, tr("Cannot Open the Workshop"), error);
}

void MainWindow::promptOpen()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Workshop"), dialogDirectory(), fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openFile(path, &error))
        showErrorMessage(this, tr("Cannot Open the Workshop"), error);
}

void MainWindow::promptSaveAs()
{
    if (!m_workshop)
        return;
    const QString suggested =
        QDir(dialogDirectory())
            .filePath(tr("Copy of %1").arg(QFileInfo(m_workshop->path()).fileName()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a Copy As"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!saveCopyAs(withSuffix(path), &error))
        showErrorMessage(this, tr("Cannot Save a Copy"), error);
}

void MainWindow::rebuildRecentMenu()
{
    // Not clear(): that deletes the actions at once, and this may run from one of their own
    // triggered() signals (opening a recent file, clearing the list).
    const QList<QAction *> old = m_recentMenu->actions();
    for (QAction *action : old) {
        m_recentMenu->removeAction(action);
        action->deleteLater();
    }
    RecentFiles recent;
    const QStringList files = recent.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
        QAction *open = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setStatusTip(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openFile(path, &error))
                showErrorMessage(this, tr("Cannot Open the Workshop"), error);
        });
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction *clear = m_recentMenu->addAction(tr("Clear Menu"));
        connect(clear, &QAction::triggered, this, [this] {
            RecentFiles().clear();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::setWorkshop(std::unique_ptr<pm::Workshop> workshop)
{
    // The docks of the workshop that goes, as the facilitator arranged them for its phase.
    if (m_workshop && !m_presentation)
        rememberDockLayout(this);
    // The commands on the stack and the board belong to the old document: drop them first.
    m_undoStack->clear();
    m_workshopView->setBoard(nullptr);
    m_boardView = nullptr;
    m_boardScene = nullptr;
    m_centre = nullptr;
    m_matrixView = nullptr;
    m_boardPage = nullptr;
    m_heatLegend = nullptr;
    m_notes->setWorkshop(workshop.get());
    m_selection->setWorkshop(workshop.get());
    m_risks->setWorkshop(workshop.get());
    m_teamPanels->setWorkshop(workshop.get());
    if (m_prepareView)
        m_prepareView->setWorkshop(workshop.get(), m_undoStack);
    m_room->setWorkshop(workshop.get()); // stops a room open on the old one
    m_workshop = std::move(workshop);    // the old one closes here, releasing its lock
    if (m_workshop) {
        connect(m_workshop.get(), &pm::Workshop::changed, this, &MainWindow::onWorkshopChanged);
        board::BoardStyle style;
        style.presentation = m_presentation;
        if (QAction *byAuthor = m_boardActions.value(shortcuts::Id::ColourByAuthor))
            style.colourBy =
                byAuthor->isChecked() ? board::ColourBy::Author : board::ColourBy::Category;
        // Styled from the start: restyling 10,000 notes right after building them costs.
        m_boardScene = new board::BoardScene(m_workshop.get(), style);
        m_boardView = new board::BoardView(m_boardScene, m_undoStack);
        m_boardScene->setParent(m_boardView);
        m_boardView->setReadOnly(m_workshop->isReadOnly());
        for (QAction *a : std::as_const(m_boardActions))
            m_boardView->addAction(a);
        connect(m_boardView, &board::BoardView::editFailed, this, &MainWindow::showEditError);
        connect(m_boardView, &board::BoardView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 8000); });
        createRankViews(); // the board, the matrix beside it, and their links
    }
    if (m_mitigationPanel)
        m_mitigationPanel->setReadOnly(!m_workshop || m_workshop->isReadOnly());
    m_facilitation->setWorkshop(m_workshop.get(), m_boardView, m_matrixView);
    m_errorBanner->hide();
    m_upgradeBanner->hide();
    if (m_workshop && !m_workshop->backupPath().isEmpty()) {
        m_upgradeBanner->showMessage(
            tr("This file was written by an older version of Premortem and has been upgraded. "
               "The original is kept as a backup copy at %1.")
                .arg(QDir::toNativeSeparators(m_workshop->backupPath())));
    } else if (m_workshop && !m_workshop->recoveryNote().isEmpty()) {
        // Nothing to do and nothing lost: say so once, without a dialog in front of the room.
        m_upgradeBanner->showMessage(m_workshop->recoveryNote());
    }
    refresh();
    // After refresh(), which switches the page (a preparation pack's view puts panels aside and
    // back as it comes and goes). Back to the start page: no docks, no palette. A workshop: the
    // docks its phase needs, as the facilitator arranged them for that phase last time; a pack
    // has its own view and no panels, and no arrangement to remember.
    const bool pack = m_workshop && PrepareView::isPack(m_workshop.get());
    if (!m_workshop)
        applyNoWorkshopLayout(this);
    else if (pack)
        setArrangedPhase(this, std::nullopt);
    else {
        // And the phase's own centre: a file left in Rank opens on the matrix, not the board.
        applyDockLayout(this, m_workshop->info().phase, m_presentation, {});
        showMatrix(phaseLayout(m_workshop->info().phase).centre == CentreView::Matrix);
    }
    if (!pack)
        m_palette->setVisible(!m_presentation && paletteWanted());
    if (m_boardView) {
        // Once the view has its size: the docks fit the window (issue #17), the board fits,
        // then it gets the keyboard. A window not yet on screen fits its docks once its size
        // settles (resizeEvent): a window manager maximizes it in steps.
        QMetaObject::invokeMethod(
            m_boardView,
            [this, view = m_boardView, onScreen = isVisible()] {
                if (onScreen)
                    fitDocks(this, m_centre);
                view->fitAll();
            },
            Qt::QueuedConnection);
        centreView()->setFocus();
    }
}

void MainWindow::onWorkshopChanged(const QList<pm::RowChange> &changes)
{
    // An edit went through: a failed one's message no longer describes the workshop.
    m_errorBanner->hide();
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::Workshop) {
            refresh();
            return;
        }
    }
}

void MainWindow::showEditError(const QString &message)
{
    m_errorBanner->showMessage(message);
}

void MainWindow::refresh()
{
    if (m_workshop) {
        m_workshopView->showInfo(m_workshop->info());
        const bool pack = PrepareView::isPack(m_workshop.get());
        m_pages->setCurrentWidget(pack ? static_cast<QWidget *>(prepareView()) : m_workshopView);
        // A participant preparing notes alone has no phases or timer to follow.
        m_facilitation->bar()->setVisible(!pack);
    } else if (isVisible()) {
        m_pages->setCurrentWidget(startPage());
    } // else the start page is built when the window shows (showEvent), if still no workshop

    if (m_workshop && m_workshop->isReadOnly()) {
        const QString reason = m_workshop->readOnlyReason();
        m_readOnlyBanner->showMessage(
            reason.isEmpty() ? tr("This workshop is open for viewing only.") : reason);
    } else {
        m_readOnlyBanner->hide();
    }
    updateWindowTitle();
    updateActions();
}

void MainWindow::updateWindowTitle()
{
    if (!m_workshop) {
        setWindowTitle(tr("Premortem"));
        return;
    }
    const QString title = m_workshop->info().title;
    setWindowTitle(m_workshop->isReadOnly() ? tr("%1 (read-only) — Premortem").arg(title)
                                            : tr("%1 — Premortem").arg(title));
}

bool MainWindow::paletteWanted() const
{
    return m_workshop && !isMatrixShown() && phaseLayout(m_workshop->info().phase).palette;
}

void MainWindow::updateActions()
{
    const bool open = m_workshop != nullptr;
    const bool writable = open && !m_workshop->isReadOnly();
    m_saveAsAction->setEnabled(open); // also the way to edit a copy of a read-only file
    m_exportAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    using shortcuts::Id;
    // A preparation pack shows its own view: the window-wide keys must not edit the hidden board.
    const bool pack = open && m_prepareView && m_pages->currentWidget() == m_prepareView;
    for (Id id : {Id::NewNote, Id::EditItem, Id::Delete, Id::Duplicate, Id::Stack, Id::Unstack,
                  Id::SendTo, Id::AddDependency})
        m_boardActions.value(id)->setEnabled(writable && !pack);
    for (Id id : {Id::SelectAll, Id::FitAll, Id::ZoomIn, Id::ZoomOut})
        m_boardActions.value(id)->setEnabled(open);
    for (QAction *a : std::as_const(m_scoreActions))
        a->setEnabled(writable && !pack);
    if (pack) {
        for (QAction *a : m_facilitation->menuActions())
            a->setEnabled(false); // no phases, timer or reveal in a pack
    }
    updateLookbackActions();
    updateEstimateActions();
    m_axisWordingAction->setEnabled(writable);
    updateFrameEditing(writable);
    m_palette->setEnabled(writable && !isMatrixShown()); // components go on the board
    // Not beside the matrix at all: its width goes to the matrix (issue #17).
    if (open && !pack && !m_presentation)
        m_palette->setVisible(paletteWanted());
    // The View menu cannot bring back an empty panel on the start page.
    const QList<QDockWidget *> panels = findChildren<QDockWidget *>();
    for (QDockWidget *dock : panels)
        dock->toggleViewAction()->setEnabled(open);
    m_palette->toggleViewAction()->setEnabled(open);
    for (QAction *a : std::as_const(m_paneActions))
        a->setEnabled(open);
    m_merge->updateActions();
}

QString MainWindow::dialogDirectory() const
{
    if (m_workshop)
        return QFileInfo(m_workshop->path()).absolutePath();
    const QStringList recent = RecentFiles().files();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return defaultWorkshopFolder();
}

#include "mainwindow.h"

#include "banner.h"
#include "changesetcommand.h"
#include "errormessage.h"
#include "notelistmodel.h"
#include "recentfiles.h"
#include "startpage.h"
#include "workshop.h"
#include "workshopview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
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
    QString name = title.simplified();
    for (QChar &c : name) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('-');
    }
    return (name.isEmpty() ? MainWindow::tr("Untitled workshop") : name) + QLatin1Char('.') +
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
    createActions();
    createMenus();

    m_readOnlyBanner = new Banner(Banner::Warning, this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_upgradeBanner = new Banner(Banner::Info, this);
    m_upgradeBanner->setObjectName(QStringLiteral("upgradeBanner"));
    m_upgradeBanner->setDismissible(true);
    m_errorBanner = new Banner(Banner::Error, this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setDismissible(true);

    m_startPage = new StartPage(m_newAction, m_openAction, this);
    m_workshopView =
        new WorkshopView(m_notes,
                         tr("No notes yet. Press %1 to write the first way this launch could fail.")
                             .arg(m_newNoteAction->shortcut().toString(QKeySequence::NativeText)),
                         this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_startPage);
    m_pages->addWidget(m_workshopView);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_upgradeBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    if (!restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        resize(1280, 800);
    refresh();
}

MainWindow::~MainWindow()
{
    // The commands and the model point at the workshop, which goes before the window's children.
    m_undoStack->clear();
    m_notes->setWorkshop(nullptr);
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
    connect(m_newAction, &QAction::triggered, this, &MainWindow::promptNewWorkshop);

    m_openAction = action(tr("&Open…"), QStringLiteral("actionOpen"));
    m_openAction->setShortcuts(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::promptOpen);

    m_saveAsAction = action(tr("Save a Copy &As…"), QStringLiteral("actionSaveAs"));
    m_saveAsAction->setShortcuts(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::promptSaveAs);

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

    m_newNoteAction = action(tr("New &Note…"), QStringLiteral("actionNewNote"));
    // A bare letter, per the UX keyboard map: the facilitator drives standing, one hand free.
    m_newNoteAction->setShortcut(QKeySequence(Qt::Key_N));
    connect(m_newNoteAction, &QAction::triggered, this, &MainWindow::promptNewNote);

    m_aboutAction = action(tr("&About Premortem"), QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Premortem"),
                           tr("<h3>Premortem %1</h3><p>Run technical pre-mortem workshops: imagine "
                              "the launch has failed, and work out why before it does.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
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
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_newNoteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
    // Every edit is already in the file: nothing to ask, only the window's place to remember.
    QSettings().setValue(geometryKey(), saveGeometry());
    event->accept();
}

void MainWindow::promptNewWorkshop()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New Workshop"),
                                                tr("What launch or change is this pre-mortem for?"),
                                                QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    // The core refuses to replace an existing file with a clear message, so the dialog need not
    // ask about overwriting.
    QString path = QFileDialog::getSaveFileName(
        this, tr("New Workshop"), QDir(dialogDirectory()).filePath(fileNameFor(title)),
        fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString error;
    if (!newWorkshop(withSuffix(path), title, &error))
        showErrorMessage(this, tr("Cannot Create the Workshop"), error);
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

void MainWindow::promptNewNote()
{
    if (!m_newNoteAction->isEnabled())
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("New Note"), tr("How could this launch fail?"), QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    QString error;
    if (!addNote(text, &error))
        showEditError(error);
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
    // The commands on the stack belong to the old document: drop them before it goes.
    m_undoStack->clear();
    m_notes->setWorkshop(workshop.get());
    m_workshop = std::move(workshop); // the old one closes here, releasing its lock
    if (m_workshop)
        connect(m_workshop.get(), &pm::Workshop::changed, this, &MainWindow::onWorkshopChanged);
    m_errorBanner->hide();
    m_upgradeBanner->hide();
    if (m_workshop && !m_workshop->backupPath().isEmpty()) {
        m_upgradeBanner->showMessage(
            tr("This file was written by an older version of Premortem and has been upgraded. "
               "The original is kept as a backup copy at %1.")
                .arg(QDir::toNativeSeparators(m_workshop->backupPath())));
    }
    refresh();
}

void MainWindow::onWorkshopChanged(const QList<pm::RowChange> &changes)
{
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
        m_pages->setCurrentWidget(m_workshopView);
    } else {
        m_pages->setCurrentWidget(m_startPage);
    }
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

void MainWindow::updateActions()
{
    const bool open = m_workshop != nullptr;
    const bool writable = open && !m_workshop->isReadOnly();
    m_saveAsAction->setEnabled(open); // also the way to edit a copy of a read-only file
    m_closeAction->setEnabled(open);
    m_newNoteAction->setEnabled(writable);
}

QString MainWindow::dialogDirectory() const
{
    if (m_workshop)
        return QFileInfo(m_workshop->path()).absolutePath();
    const QStringList recent = RecentFiles().files();
    if (!recent.isEmpty())
        return QFileInfo(recent.first()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

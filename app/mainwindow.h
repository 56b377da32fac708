#pragma once

// The skeleton's main window: one workshop at a time, the File and Edit menus, inline banners,
// and a plain view of the workshop (the board comes later). Every edit goes through the window's
// undo stack as a ChangeSetCommand; every edit is committed to the file at once, so there is no
// Save and no "unsaved changes" prompt.
//
// Each user action is split in two: a private prompt that asks for input with a dialog, and a
// public method taking that input as arguments, which the tests drive directly. The public
// methods never show dialogs; they return false with a user-readable message instead.

#include "shortcuts.h"

#include <QHash>
#include <QMainWindow>

#include <memory>

class Banner;
class NoteListModel;
class QDockWidget;
class QToolBar;
class QStackedWidget;
class QUndoStack;
class StartPage;
class WorkshopView;

namespace pm {
class Workshop;
struct RowChange;
} // namespace pm

namespace board {
class BoardScene;
class BoardView;
} // namespace board

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workshop at path in place of the current one. A file already open for editing in
    // another window opens read-only, with a banner saying why. On failure the window is left
    // exactly as it was.
    bool openFile(const QString &path, QString *error = nullptr);
    // Creates a new workshop file at path (which must not exist) and opens it.
    bool newWorkshop(const QString &path, const QString &title, QString *error = nullptr);
    // Writes a complete copy of the open workshop to path and carries on editing the copy.
    bool saveCopyAs(const QString &path, QString *error = nullptr);
    // Adds a note with this text, as one undo step ("Add Note").
    bool addNote(const QString &text, QString *error = nullptr);
    // Back to the start page; the file is released for other windows to edit.
    void closeWorkshop();

    pm::Workshop *workshop() const { return m_workshop.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    board::BoardView *boardView() const { return m_boardView; }
    QAction *boardAction(shortcuts::Id id) const { return m_boardActions.value(id); }

    // Full screen for the projector: menus, toolbars and panels hidden, larger type.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createActions();
    void createBoardActions();
    void createMenus();
    void showShortcuts();

    void promptNewWorkshop();
    void promptOpen();
    void promptSaveAs();
    void rebuildRecentMenu();

    void setWorkshop(std::unique_ptr<pm::Workshop> workshop);
    void onWorkshopChanged(const QList<pm::RowChange> &changes);
    void showEditError(const QString &message);
    void refresh();
    void updateWindowTitle();
    void updateActions();
    QString dialogDirectory() const;

    std::unique_ptr<pm::Workshop> m_workshop;
    QUndoStack *m_undoStack;
    NoteListModel *m_notes;

    Banner *m_readOnlyBanner = nullptr;
    Banner *m_upgradeBanner = nullptr;
    Banner *m_errorBanner = nullptr;
    QStackedWidget *m_pages = nullptr;
    StartPage *m_startPage = nullptr;
    WorkshopView *m_workshopView = nullptr;
    board::BoardScene *m_boardScene = nullptr; // owned by the board view
    board::BoardView *m_boardView = nullptr;   // owned by the workshop view
    QDockWidget *m_notesDock = nullptr;
    QToolBar *m_palette = nullptr;
    QMenu *m_viewMenu = nullptr;
    QHash<shortcuts::Id, QAction *> m_boardActions;
    bool m_presentation = false;
    bool m_notesDockWasVisible = true; // restored when presentation mode ends

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newNoteAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

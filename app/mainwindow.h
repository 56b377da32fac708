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
class KeyboardFocus;
class LazyDock;
class FacilitationPanels;
class Facilitation;
class MergeController;
class PrepareView;
class FailureModeSelection;
class LookbackPanel;
class MitigationPanel;
class NoteListModel;
class RankedListPanel;
class RoomController;
class RiskIndex;
class WarningList;
struct ScoreChange;
class QDockWidget;
class QToolBar;
class QStackedWidget;
class QTimer;
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
class HeatLegend;
} // namespace board

namespace matrix {
class MatrixView;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    // Which pane has the keyboard; F6 and View > Go To move it (app/keyboardfocus.h).
    KeyboardFocus *keyboardFocus() const { return m_focus; }
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
    matrix::MatrixView *matrixView() const { return m_matrixView; }
    board::HeatLegend *heatLegend() const { return m_heatLegend; }
    // The failure modes selected on the board, in the matrix and in the ranked list alike.
    FailureModeSelection *failureModeSelection() const { return m_selection; }
    RankedListPanel *rankedPanel() const { return m_rankedPanel; }
    // Built on first use (app/lazydock.h), like the look-back panel.
    MitigationPanel *mitigationPanel();
    WarningList *warningList() const { return m_warningList; }
    // Participants, dot vote and anonymity (app/facilitation).
    FacilitationPanels *teamPanels() const { return m_teamPanels; }
    // Phases, timer, silent writing and prompt cards.
    Facilitation *facilitation() const { return m_facilitation; }
    MergeController *mergeController() const { return m_merge; }
    // Built on first use, like the start page.
    PrepareView *prepareView();
    StartPage *startPage();
    // Builds every page and panel that otherwise waits until first shown (app/lazydock.h): for
    // the tests that check them all, and the start-up benchmark's "before".
    void buildAllPanels();
    LookbackPanel *lookbackPanel();
    WorkshopView *workshopView() const { return m_workshopView; }
    // Participants on their own devices: Workshop > Invite the Room… and the join screen.
    RoomController *room() const { return m_room; }

    // The central area shows the board or the risk matrix (View > Board, View > Risk Matrix).
    void showMatrix(bool on);
    bool isMatrixShown() const;
    // The component palette beside the board in the phases that place components.
    bool paletteWanted() const;

    // Independent estimates (mainwindowestimates.cpp): the selected failure modes scored at their
    // estimates' median, and the reveal, each one undo step; false with a message if refused.
    bool adoptMedian(QString *error = nullptr);
    bool setEstimatesRevealed(bool revealed, QString *error = nullptr);

    // Full screen for the projector: menus, toolbars and panels hidden, larger type.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    void createBoardActions();
    void createRankActions();
    void wordScoreActions(); // the 1-5 actions in the workshop's axis wording
    void editAxisWording();
    void createRiskPanels();
    void createRankViews();
    void createEstimateActions(); // mainwindowestimates.cpp
    void addEstimateActionsToMenus();
    void updateEstimateActions();
    void promptEnterEstimates();
    void createLookback();        // mainwindowlookback.cpp
    void updateLookbackActions(); // mainwindowlookback.cpp
    void createFrameEditing();    // mainwindowframe.cpp
    void updateFrameEditing(bool writable);
    void editFrame(const QString &title, const QString &system, const QString &scenario);
    void createFocusModel();     // mainwindowfocus.cpp: window-wide keys, F6, Go To
    QWidget *centreView() const; // the board or the matrix, whichever is shown
    void applyHeatMap();
    void scoreSelection(const ScoreChange &change);
    QList<QDockWidget *> docks() const;
    void createMenus();
    void showShortcuts();

    void promptNewWorkshop(const QString &templateId = QString());
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
    // View > Go To: a workshop's panes; off on the start page, whose buttons use the same Alt keys.
    QList<QAction *> m_paneActions;
    bool m_presentation = false;
    QHash<QDockWidget *, bool> m_docksVisible; // before presentation mode hid them
    QByteArray m_geometryBeforePresentation;   // saveGeometry(): size, place, maximized

    // Ranking: window-lifetime models and panels, per-workshop views.
    FailureModeSelection *m_selection = nullptr;
    RiskIndex *m_risks = nullptr;
    RankedListPanel *m_rankedPanel = nullptr;
    MitigationPanel *m_mitigationPanel = nullptr;
    WarningList *m_warningList = nullptr;
    QDockWidget *m_rankedDock = nullptr;
    LazyDock *m_mitigationDock = nullptr;
    QDockWidget *m_warningsDock = nullptr;
    LookbackPanel *m_lookbackPanel = nullptr;
    LazyDock *m_lookbackDock = nullptr;
    QList<QAction *> m_scoreActions; // 1-5, Shift+1-5
    QAction *m_axisWordingAction = nullptr;
    QAction *m_editFrameAction = nullptr;
    FacilitationPanels *m_teamPanels = nullptr;
    QStackedWidget *m_centre = nullptr;         // board and matrix; owned by the workshop view
    matrix::MatrixView *m_matrixView = nullptr; // owned by m_centre
    QWidget *m_boardPage = nullptr;             // the board and its heat map legend
    board::HeatLegend *m_heatLegend = nullptr;  // owned by m_boardPage

    Facilitation *m_facilitation = nullptr;
    RoomController *m_room = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newNoteAction = nullptr;
    QAction *m_aboutAction = nullptr;
    MergeController *m_merge = nullptr;   // File > Merge Files…, dropped files
    PrepareView *m_prepareView = nullptr; // in place of the board for a preparation pack
    KeyboardFocus *m_focus = nullptr;
    QAction *m_addSurpriseAction = nullptr; // look-back phase only
    QAction *m_adoptMedianAction = nullptr; // Rank phase only, like the two below
    QAction *m_revealEstimatesAction = nullptr;
    QAction *m_enterEstimatesAction = nullptr;
    QTimer *m_fitDocksTimer = nullptr; // fitDocks() once a resize settles
};

// MainWindow's part in ranking and mitigating: the View menu's Board / Risk Matrix / Residual /
// Heat Map switches, the 1-5 and Shift+1-5 actions, and the ranked list, warning and mitigation
// docks. Kept apart from mainwindow.cpp so the window's own file stays about files, menus and
// pages.

#include "mainwindow.h"

#include "axiswording.h"
#include "board/boardscene.h"
#include "board/boardselectionlink.h"
#include "board/boardview.h"
#include "board/heatlegend.h"
#include "changesetcommand.h"
#include "facilitationpanels.h"
#include "lazydock.h"
#include "matrix/axiswordingdialog.h"
#include "matrix/matrixview.h"
#include "mitigation/mitigationpanel.h"
#include "rank/failuremodeselection.h"
#include "rank/rankedlistpanel.h"
#include "rank/rankedriskmodel.h"
#include "rank/riskindex.h"
#include "rank/scorecommand.h"
#include "rank/warninglist.h"
#include "risk.h"
#include "verticalscrollarea.h"
#include "workshop.h"
#include "workshopview.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

// Ranking actions from the keyboard map: which view the centre shows, the residual and heat map
// switches, and 1-5 / Shift+1-5 for the selected failure modes. The digits are window shortcuts,
// so they score from any pane; KeyboardFocus gives them back to a text field being typed in.
void MainWindow::createRankActions()
{
    using shortcuts::Id;
    auto checkable = [this](Id id) {
        auto *a = new QAction(shortcuts::text(id), this);
        a->setObjectName(QStringLiteral("rank_%1").arg(int(id)));
        a->setShortcuts(shortcuts::entry(id).keys);
        a->setCheckable(true);
        m_boardActions.insert(id, a);
        return a;
    };
    auto *centre = new QActionGroup(this);
    QAction *board = checkable(Id::ShowBoard);
    board->setChecked(true);
    QAction *matrix = checkable(Id::ShowMatrix);
    centre->addAction(board);
    centre->addAction(matrix);
    connect(matrix, &QAction::toggled, this, &MainWindow::showMatrix);
    // Chosen again while already shown, they still take the keyboard to the view.
    connect(board, &QAction::triggered, this, [this] { showMatrix(false); });
    connect(matrix, &QAction::triggered, this, [this] { showMatrix(true); });
    connect(checkable(Id::ShowResidual), &QAction::toggled, this, [this](bool on) {
        if (m_matrixView)
            m_matrixView->setResidual(on);
        if (on)
            showMatrix(true); // the residual view is a matrix view
    });
    connect(checkable(Id::HeatMap), &QAction::toggled, this, &MainWindow::applyHeatMap);
    connect(checkable(Id::HeatMapSum), &QAction::toggled, this, &MainWindow::applyHeatMap);

    for (Id id : {Id::SetLikelihood, Id::SetBlastRadius}) {
        const bool likelihood = id == Id::SetLikelihood;
        const QList<QKeySequence> keys = shortcuts::entry(id).keys;
        for (int i = 0; i < keys.size(); ++i) {
            const int value = i + 1;
            auto *a = new QAction(this); // worded by wordScoreActions()
            a->setObjectName(
                QStringLiteral("%1_%2")
                    .arg(likelihood ? QStringLiteral("likelihood") : QStringLiteral("blastRadius"))
                    .arg(value));
            a->setShortcut(keys.at(i));
            connect(a, &QAction::triggered, this, [this, likelihood, value] {
                ScoreChange change;
                (likelihood ? change.likelihood : change.blastRadius) = value;
                scoreSelection(change);
            });
            m_scoreActions << a;
        }
    }
    wordScoreActions();
    connect(m_risks, &RiskIndex::reset, this, &MainWindow::wordScoreActions);
    connect(m_risks, &RiskIndex::workshopInfoChanged, this, &MainWindow::wordScoreActions);

    m_axisWordingAction = new QAction(tr("Matrix &Axis Wording…"), this);
    m_axisWordingAction->setObjectName(QStringLiteral("actionAxisWording"));
    connect(m_axisWordingAction, &QAction::triggered, this, &MainWindow::editAxisWording);
}

void MainWindow::wordScoreActions()
{
    const pm::WorkshopInfo info = m_workshop ? m_workshop->info() : pm::WorkshopInfo{};
    // Made in order: likelihood 1-5, then blast radius 1-5.
    const int perAxis = int(m_scoreActions.size()) / 2;
    for (int i = 0; i < m_scoreActions.size(); ++i) {
        const bool likelihood = i < perAxis;
        const int value = i % perAxis + 1;
        m_scoreActions.at(i)->setText(
            likelihood ? tr("Likelihood %1: %2")
                             .arg(value)
                             .arg(pm::levelName(info, pm::Axis::Likelihood, value))
                       : tr("Blast Radius %1: %2")
                             .arg(value)
                             .arg(pm::levelName(info, pm::Axis::BlastRadius, value)));
    }
}

void MainWindow::editAxisWording()
{
    if (!m_workshop || m_workshop->isReadOnly())
        return;
    AxisWordingDialog dialog(m_workshop->info(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!ChangeSetCommand::push(m_undoStack, m_workshop.get(), tr("Change Axis Wording"),
                                m_workshop->apply({dialog.result()}), &error,
                                [this](const QString &message) { showEditError(message); }))
        showEditError(error);
}

void MainWindow::scoreSelection(const ScoreChange &change)
{
    if (!m_workshop)
        return;
    // The matrix knows whether it may edit (not in its residual view).
    if (isMatrixShown()) {
        m_matrixView->scoreSelection(change);
        return;
    }
    QString error;
    if (!ScoreCommand::apply(m_undoStack, m_workshop.get(), m_selection->ids(), change, &error,
                             [this](const QString &message) { showEditError(message); }))
        showEditError(error);
}

// The ranked list and the warnings below the centre, the mitigations on the right: each a dock
// the facilitator can move or close, all hidden in presentation mode.
void MainWindow::createRiskPanels()
{
    auto *ranked = new RankedRiskModel(m_risks, this);
    m_rankedPanel = new RankedListPanel(ranked, m_selection);
    for (QAction *a : std::as_const(m_scoreActions))
        m_rankedPanel->table()->addAction(a);
    m_rankedDock = new QDockWidget(tr("Ranked Risks"), this);
    m_rankedDock->setObjectName(QStringLiteral("rankedDock"));
    m_rankedDock->setWidget(m_rankedPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_rankedDock);

    m_warningList = new WarningList(m_risks, m_selection);
    m_warningsDock = new QDockWidget(tr("Warnings"), this);
    m_warningsDock->setObjectName(QStringLiteral("warningsDock"));
    m_warningsDock->setWidget(m_warningList);
    addDockWidget(Qt::BottomDockWidgetArea, m_warningsDock);
    splitDockWidget(m_rankedDock, m_warningsDock, Qt::Horizontal);
    auto countWarnings = [this](int count) {
        m_warningsDock->setWindowTitle(tr("Warnings (%n)", nullptr, count));
    };
    connect(m_warningList, &WarningList::countChanged, this, countWarnings);
    connect(m_warningList, &WarningList::componentActivated, this, [this](const QUuid &id) {
        if (!m_boardView)
            return;
        showMatrix(false);
        m_boardView->focusComponent(id);
    });
    countWarnings(m_warningList->count());

    // Built when first shown: before the Mitigate phase nobody needs it.
    m_mitigationDock = new LazyDock(
        tr("Mitigations"), QStringLiteral("mitigationDock"),
        [this] {
            m_mitigationPanel = new MitigationPanel(m_risks, m_selection, m_undoStack);
            m_mitigationPanel->setReadOnly(!m_workshop || m_workshop->isReadOnly());
            connect(m_mitigationPanel, &MitigationPanel::editFailed, this,
                    &MainWindow::showEditError);
            // A short dock scrolls rather than clipping the panel's heading or form.
            return new VerticalScrollArea(m_mitigationPanel);
        },
        this);
    addDockWidget(Qt::RightDockWidgetArea, m_mitigationDock);
    splitDockWidget(m_notesDock, m_mitigationDock, Qt::Vertical);

    QAction *before = m_boardActions.value(shortcuts::Id::Presentation);
    for (QDockWidget *dock : QList<QDockWidget *>{m_rankedDock, m_mitigationDock, m_warningsDock})
        m_viewMenu->insertAction(before, dock->toggleViewAction());
    m_viewMenu->insertSeparator(before);
}

MitigationPanel *MainWindow::mitigationPanel()
{
    m_mitigationDock->panel();
    return m_mitigationPanel;
}

QList<QDockWidget *> MainWindow::docks() const
{
    return QList<QDockWidget *>{m_notesDock, m_rankedDock, m_mitigationDock, m_warningsDock,
                                m_lookbackDock}
           << m_teamPanels->docks();
}

void MainWindow::showMatrix(bool on)
{
    if (QAction *a =
            m_boardActions.value(on ? shortcuts::Id::ShowMatrix : shortcuts::Id::ShowBoard);
        a && !a->isChecked())
        a->setChecked(true); // comes back here through toggled() with the same value
    if (!m_centre)
        return;
    QWidget *page = on ? static_cast<QWidget *>(m_matrixView) : m_boardPage;
    const bool changed = m_centre->currentWidget() != page;
    m_centre->setCurrentWidget(page);
    // A phase change or View > Board hands the keyboard to the centre, even when it already
    // showed this view: focus left in a panel the phase hid would leave N and F2 nowhere to go.
    if (m_pages->currentWidget() == m_workshopView)
        centreView()->setFocus();
    if (changed)
        updateActions();
}

bool MainWindow::isMatrixShown() const
{
    return m_centre && m_matrixView && m_centre->currentWidget() == m_matrixView;
}

void MainWindow::applyHeatMap()
{
    const bool on = m_boardActions.value(shortcuts::Id::HeatMap)->isChecked();
    const pm::HeatAggregation aggregation =
        m_boardActions.value(shortcuts::Id::HeatMapSum)->isChecked() ? pm::HeatAggregation::Sum
                                                                     : pm::HeatAggregation::Max;
    if (m_heatLegend) {
        m_heatLegend->setAggregation(aggregation);
        m_heatLegend->setVisible(on);
    }
    if (!m_boardScene)
        return;
    board::BoardStyle style = m_boardScene->boardStyle();
    if (style.heatMap == on && style.heatAggregation == aggregation)
        return;
    style.heatMap = on;
    style.heatAggregation = aggregation;
    m_boardScene->setBoardStyle(style);
}

// The centre of an open workshop: the board (with the heat map legend below it) and the risk
// matrix in one stack, the board's selection linked to the shared one, the score keys on both.
void MainWindow::createRankViews()
{
    new board::BoardSelectionLink(m_boardView, m_selection);
    // The heat map's legend goes below the board, never over a component.
    m_boardPage = new QWidget;
    auto *boardLayout = new QVBoxLayout(m_boardPage);
    boardLayout->setContentsMargins(0, 0, 0, 0);
    boardLayout->setSpacing(0);
    boardLayout->addWidget(m_boardView, 1);
    m_heatLegend = new board::HeatLegend(m_boardPage);
    m_heatLegend->setPresentation(m_presentation);
    boardLayout->addWidget(m_heatLegend);

    m_matrixView = new matrix::MatrixView(m_risks, m_selection, m_undoStack);
    m_matrixView->setReadOnly(m_workshop->isReadOnly());
    m_matrixView->setPresentation(m_presentation);
    m_matrixView->setResidual(m_boardActions.value(shortcuts::Id::ShowResidual)->isChecked());
    connect(m_matrixView, &matrix::MatrixView::editFailed, this, &MainWindow::showEditError);
    for (QAction *a : std::as_const(m_scoreActions)) {
        m_boardView->addAction(a);
        m_matrixView->addAction(a);
    }
    m_centre = new QStackedWidget;
    m_centre->setObjectName(QStringLiteral("centreStack")); // the phase layout keeps its room
    m_centre->addWidget(m_boardPage);
    m_centre->addWidget(m_matrixView);
    m_workshopView->setBoard(m_centre);
    applyHeatMap();
    if (m_boardActions.value(shortcuts::Id::ShowMatrix)->isChecked())
        m_centre->setCurrentWidget(m_matrixView);
}

QWidget *MainWindow::centreView() const
{
    return isMatrixShown() ? static_cast<QWidget *>(m_matrixView) : m_boardView;
}

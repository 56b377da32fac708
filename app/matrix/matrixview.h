#pragma once

// The risk matrix the room ranks with: a 5x5 grid of likelihood by blast radius, each cell in its
// band's colour with its score and band written in it, the failure modes as cards in their cells,
// and the unscored ones in a tray on the right.
//
// Drag a card to another cell to re-score it (into the tray to clear its score); or select it
// and press 1-5 (likelihood), Shift+1-5 (blast radius) or the arrows (one cell). Each gesture is
// one undo step. The residual view places every card where its committed mitigations take it,
// with a dashed ghost and an arrow from where it is now; it is for looking, not editing.
//
// After the estimates are revealed (core/estimates.h), each card with estimates has a marker
// beside it: "≠" on a dark pill where the estimates span two or more steps on either axis (a
// disagreement), "=" on a light one where they agree within a step. The selected card's spread is
// drawn on the grid itself, large enough for the projector: a box over the range of cells the
// estimates cover and, in each cell somebody chose, a disc with how many chose it. Before the
// reveal nothing of the values shows.
//
// The view keeps a copy of each card's data, follows the RiskIndex card by card and lays cards
// out lazily on the next paint; selection is the shared FailureModeSelection.

#include "axistext.h"
#include "axiswording.h"
#include "cardstack.h"
#include "matrixgeometry.h"
#include "matrixstyle.h"

#include <QHash>
#include <QUuid>
#include <QWidget>

#include <optional>

class FailureModeSelection;
class QUndoStack;
class RiskIndex;
struct ScoreChange;

namespace matrix {

class MatrixView : public QWidget
{
    Q_OBJECT

public:
    MatrixView(RiskIndex *risks, FailureModeSelection *selection, QUndoStack *undoStack,
               QWidget *parent = nullptr);
    ~MatrixView() override;

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    void setPresentation(bool on);
    const MatrixStyle &matrixStyle() const { return m_style; }
    void setResidual(bool on);
    bool showsResidual() const { return m_residual; }

    // Scores the selected failure modes (what the keys do); false when nothing could change.
    bool scoreSelection(const ScoreChange &change);

    // Where things are, in widget coordinates (for tests and the drag code).
    QRectF cellRect(int likelihood, int blastRadius) const;
    QRectF trayRect() const;
    QRectF cardRect(const QUuid &failureMode) const; // empty when not shown
    QRectF ghostRect(const QUuid &failureMode) const;
    CardTier tierIn(int likelihood, int blastRadius) const;
    int hiddenIn(int likelihood, int blastRadius) const;
    QList<QUuid> cardOrder() const; // the order Tab walks through
    // The words the axes show: the workshop's own wording where it has one.
    QStringList levelNames(pm::Axis axis) const;
    int layoutCount() const { return m_layouts; }
    // The axis labels, band labels and tray title that are cut or elided at this size: empty
    // when every word shows.
    QStringList clippedTexts() const;

    // The estimates as drawn (for tests: what shows, not pixels).
    struct SpreadMark
    {
        QUuid id;
        QRectF rect; // the marker beside the card
        bool disagreement = false;
    };
    QList<SpreadMark> spreadMarks() const;
    struct EstimateDot
    {
        int likelihood = 0;
        int blastRadius = 0;
        int count = 0; // 0: the median's cell, marked with the key that scores it there (M)
        QRectF rect;
    };
    // The selected failure mode's spread on the grid: the box over its range (empty when none
    // shows), a disc per cell chosen with how many chose it, and the median's cell.
    QRectF spreadRange() const;
    QList<EstimateDot> estimateDots() const;

signals:
    void editFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override; // tooltips: the whole title of a shortened card
    bool focusNextPrevChild(bool next) override;

private:
    struct Card
    {
        QUuid id;
        QString title;
        QString component;
        int votes = 0;
        int likelihood = 0;
        int blastRadius = 0;
        int residualLikelihood = 0;
        int residualBlastRadius = 0;
        bool lowered = false;
    };
    struct Placed
    {
        QUuid id;
        QRectF rect;
        CardTier tier = CardTier::Full;
        bool ghost = false;
    };
    struct More
    {
        QRectF rect;
        int hidden = 0;
        QColor on; // the colour it is written on
    };
    // Where a drop would land: a cell, the tray (clears the score) or nowhere.
    struct Target
    {
        int likelihood = 0;
        int blastRadius = 0;
        bool tray = false;
        bool valid() const { return tray || likelihood > 0; }
    };

    void reload();
    void onRisksChanged(const QList<QUuid> &added, const QList<QUuid> &updated,
                        const QList<QUuid> &removed);
    Card cardFor(const QUuid &id) const;
    std::pair<int, int> shownCell(const Card &card) const; // {0,0}: in the tray
    void invalidateLayout();
    void ensureLayout() const;
    void layoutGroup(const QRectF &area, QList<const Card *> cards, QList<const Card *> ghosts,
                     const QColor &on) const;
    QUuid cardAt(const QPointF &pos) const;
    Target targetAt(const QPointF &pos) const;
    bool canEdit() const;
    bool score(const QList<QUuid> &ids, const ScoreChange &change);
    void selectNeighbour(bool backwards);
    void paintGrid(QPainter *painter) const;
    void paintArrows(QPainter *painter) const;
    void paintSpread(QPainter *painter) const;
    void paintEstimateDots(QPainter *painter) const;
    void paintSpreadMarks(QPainter *painter) const;
    bool showsEstimates() const;
    static QString medianText();
    QSizeF markerSize() const;
    QRectF anchorOf(const QUuid &id, bool ghost) const;
    QString captionText() const;         // empty: no caption line
    QList<PlacedText> axisTexts() const; // the axis title and level labels, as painted
    static QString bandLabel(int score); // "12 · High"
    FittedLines fitBandLabel(int likelihood, int blastRadius) const;
    static QString trayTitle(int unscored);
    QString hintText() const;

    RiskIndex *m_risks;
    FailureModeSelection *m_selection;
    QUndoStack *m_undoStack;
    MatrixStyle m_style;
    bool m_readOnly = false;
    bool m_residual = false;
    QHash<QUuid, Card> m_cards;

    // The layout, rebuilt lazily after a change or resize.
    mutable bool m_layoutValid = false;
    mutable MatrixGeometry m_geometry;
    mutable QList<Placed> m_placed;
    mutable QList<More> m_more;
    mutable QHash<QUuid, int> m_cardIndex;  // id -> index in m_placed (cards)
    mutable QHash<QUuid, int> m_ghostIndex; // id -> index in m_placed (ghosts)
    mutable QHash<int, CardTier> m_tiers;   // likelihood * 10 + blast radius -> tier
    mutable QHash<int, int> m_hidden;
    mutable QList<QUuid> m_order;
    mutable QList<SpreadMark> m_marks;
    mutable int m_layouts = 0;

    // A drag in progress.
    QUuid m_pressed;
    QPointF m_pressPos;
    QPointF m_dragPos;
    bool m_dragging = false;
    Target m_target;
};

} // namespace matrix

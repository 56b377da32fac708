#include "matrixview.h"

#include "estimateindex.h"
#include "failuremodeselection.h"
#include "matrixcard.h"
#include "palette.h"
#include "risk.h"
#include "riskindex.h"
#include "scorecommand.h"
#include "shortcuts.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <limits>

namespace matrix {

namespace {

constexpr int kDragThreshold = 6;
const QColor kBackground(0xFA, 0xFA, 0xF7);
const QColor kInk(0x1A, 0x1A, 0x1A);
const QColor kSecondaryInk(0x3D, 0x3D, 0x3D);
const QColor kTray(0xEC, 0xEC, 0xEA);
const QColor kDropTarget(0x00, 0x4C, 0x99);

int cellKey(int likelihood, int blastRadius)
{
    return likelihood * 10 + blastRadius;
}

// Where the line from the rectangle's centre towards a point leaves the rectangle.
QPointF edgePoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF c = rect.center(), d = towards - c;
    const qreal inf = std::numeric_limits<qreal>::infinity();
    const qreal tx = qFuzzyIsNull(d.x()) ? inf : rect.width() / 2 / qAbs(d.x());
    const qreal ty = qFuzzyIsNull(d.y()) ? inf : rect.height() / 2 / qAbs(d.y());
    return c + d * qMin(qMin(tx, ty), 1.0);
}

// Shift+1 arrives as "!" on many keyboard layouts when no shortcut has claimed it.
int shiftedDigit(int key)
{
    switch (key) {
    case Qt::Key_Exclam:
        return 1;
    case Qt::Key_At:
        return 2;
    case Qt::Key_NumberSign:
        return 3;
    case Qt::Key_Dollar:
        return 4;
    case Qt::Key_Percent:
        return 5;
    default:
        return 0;
    }
}

} // namespace

MatrixView::MatrixView(RiskIndex *risks, FailureModeSelection *selection, QUndoStack *undoStack,
                       QWidget *parent)
    : QWidget(parent), m_risks(risks), m_selection(selection), m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("matrixView"));
    setAccessibleName(tr("Risk matrix"));
    setFocusPolicy(Qt::StrongFocus);
    // Small enough for a laptop with the ranking panels beside it; the labels shrink to fit.
    setMinimumSize(420, 260);
    connect(risks, &RiskIndex::reset, this, &MatrixView::reload);
    connect(risks, &RiskIndex::changed, this, &MatrixView::onRisksChanged);
    connect(risks, &RiskIndex::workshopInfoChanged, this, &MatrixView::invalidateLayout);
    connect(risks->estimates(), &EstimateIndex::changed, this, &MatrixView::invalidateLayout);
    // A selected card is never hidden behind "+N more", so a new selection can move cards.
    connect(selection, &FailureModeSelection::changed, this, &MatrixView::invalidateLayout);
    reload();
}

MatrixView::~MatrixView() = default;

QStringList MatrixView::levelNames(pm::Axis axis) const
{
    const pm::Workshop *workshop = m_risks->workshop();
    return pm::levelNames(workshop ? workshop->info() : pm::WorkshopInfo{}, axis);
}

void MatrixView::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    update();
}

void MatrixView::setPresentation(bool on)
{
    m_style.presentation = on;
    invalidateLayout();
}

void MatrixView::setResidual(bool on)
{
    m_residual = on;
    m_dragging = false;
    m_pressed = QUuid();
    invalidateLayout();
}

MatrixView::Card MatrixView::cardFor(const QUuid &id) const
{
    Card card;
    card.id = id;
    if (const pm::RiskSummary *risk = m_risks->summary(id)) {
        card.title = risk->title;
        card.component = m_risks->componentName(risk->component);
        card.votes = risk->votes;
        card.likelihood = risk->likelihood;
        card.blastRadius = risk->blastRadius;
        card.residualLikelihood = risk->residual.likelihood;
        card.residualBlastRadius = risk->residual.blastRadius;
        card.lowered = risk->residual.isLowered();
    }
    return card;
}

void MatrixView::reload()
{
    m_cards.clear();
    for (const QUuid &id : m_risks->ids())
        m_cards.insert(id, cardFor(id));
    m_pressed = QUuid();
    m_dragging = false;
    invalidateLayout();
}

void MatrixView::onRisksChanged(const QList<QUuid> &added, const QList<QUuid> &updated,
                                const QList<QUuid> &removed)
{
    for (const QUuid &id : removed) {
        m_cards.remove(id);
        if (id == m_pressed) {
            m_pressed = QUuid();
            m_dragging = false;
        }
    }
    for (const QUuid &id : added + updated)
        m_cards.insert(id, cardFor(id));
    invalidateLayout();
}

std::pair<int, int> MatrixView::shownCell(const Card &card) const
{
    const int l = m_residual ? card.residualLikelihood : card.likelihood;
    const int b = m_residual ? card.residualBlastRadius : card.blastRadius;
    return l > 0 && b > 0 ? std::make_pair(l, b) : std::make_pair(0, 0);
}

void MatrixView::invalidateLayout()
{
    m_layoutValid = false;
    update();
}

void MatrixView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    invalidateLayout();
}

void MatrixView::ensureLayout() const
{
    if (m_layoutValid)
        return;
    ++m_layouts;
    m_placed.clear();
    m_more.clear();
    m_cardIndex.clear();
    m_ghostIndex.clear();
    m_tiers.clear();
    m_hidden.clear();
    m_order.clear();
    m_marks.clear();

    QHash<int, QList<const Card *>> cells, ghosts;
    QList<const Card *> tray;
    for (const Card &card : m_cards) {
        const auto [l, b] = shownCell(card);
        if (l == 0)
            tray << &card;
        else
            cells[cellKey(l, b)] << &card;
        if (m_residual && card.lowered)
            ghosts[cellKey(card.likelihood, card.blastRadius)] << &card;
    }
    // What each row needs to show all its cards at least compactly.
    const CardPainter measure(m_style);
    MatrixGeometry::Input input;
    input.size = size();
    input.caption = !captionText().isEmpty();
    input.wideTray = !tray.isEmpty();
    input.likelihoodNames = levelNames(pm::Axis::Likelihood);
    input.trayTitle = trayTitle(99); // wide enough for any count a room reaches
    input.blastRadiusNames = levelNames(pm::Axis::BlastRadius);
    for (int l = pm::kMinScore; l <= pm::kMaxScore; ++l) {
        int most = 0;
        for (int b = pm::kMinScore; b <= pm::kMaxScore; ++b)
            most = qMax(
                most, int(cells.value(cellKey(l, b)).size() + ghosts.value(cellKey(l, b)).size()));
        input.rowNeeds[size_t(l - 1)] =
            most == 0 ? 0
                      : MatrixGeometry::cellOverhead(m_style) +
                            compactStackHeight(most, measure.compactHeight(), m_style.cardGap());
    }
    m_geometry = MatrixGeometry::compute(input, m_style);
    // Within a cell, the room's discussion order: more votes first, then by title.
    auto byRank = [this](const Card *a, const Card *b) {
        const pm::RiskSummary *sa = m_risks->summary(a->id), *sb = m_risks->summary(b->id);
        return sa && sb ? pm::ranksBefore(*sa, *sb) : a->id < b->id;
    };
    for (int l = pm::kMaxScore; l >= pm::kMinScore; --l) {
        for (int b = pm::kMinScore; b <= pm::kMaxScore; ++b) {
            QList<const Card *> here = cells.value(cellKey(l, b));
            QList<const Card *> was = ghosts.value(cellKey(l, b));
            std::sort(here.begin(), here.end(), byRank);
            std::sort(was.begin(), was.end(), byRank);
            layoutGroup(m_geometry.cellCards(l, b), here, was,
                        theme::textOn(theme::bandColour(pm::riskBand(l * b))));
            const CardTier tier = m_placed.isEmpty() ? CardTier::Full : m_placed.constLast().tier;
            if (!here.isEmpty())
                m_tiers.insert(cellKey(l, b), tier);
            if (!m_more.isEmpty() && m_more.constLast().rect.intersects(m_geometry.cell(l, b)))
                m_hidden.insert(cellKey(l, b), m_more.constLast().hidden);
            for (const Card *card : std::as_const(here))
                m_order << card->id;
        }
    }
    std::sort(tray.begin(), tray.end(), byRank);
    layoutGroup(m_geometry.trayCards, tray, {}, kInk);
    for (const Card *card : std::as_const(tray))
        m_order << card->id;
    m_layoutValid = true;
}

void MatrixView::layoutGroup(const QRectF &area, QList<const Card *> cards,
                             QList<const Card *> ghosts, const QColor &on) const
{
    if (cards.isEmpty() && ghosts.isEmpty())
        return;
    const CardPainter painter(m_style);
    // Cards with revealed estimates have their marker beside them, so the group leaves room.
    const EstimateIndex *estimates = m_risks->estimates();
    // On the projector only the disagreements are marked: every "=" would take its width from a
    // title the room must read, and the room discusses the disagreements.
    auto markedSpread = [&](const Card *card) -> const pm::EstimateSpread * {
        const pm::EstimateSpread *spread = estimates->spread(card->id);
        return spread && (!m_style.presentation || spread->disagreement()) ? spread : nullptr;
    };
    const bool marked =
        showsEstimates() && std::any_of(cards.cbegin(), cards.cend(), [&](const Card *card) {
            return markedSpread(card) != nullptr;
        });
    const qreal markerGap = m_style.cardGap();
    const QRectF cardArea =
        marked ? area.adjusted(0, 0, -(markerSize().width() + markerGap), 0) : area;
    auto stackOf = [&] {
        QList<TierHeights> heights;
        for (const Card *card : std::as_const(cards))
            heights << painter.heights(card->title, card->votes, cardArea.width());
        for (int i = 0; i < ghosts.size(); ++i) { // ghosts are always one line
            TierHeights h;
            h.fill(painter.compactHeight());
            heights << h;
        }
        return stackCards(cardArea, heights, m_style.cardGap(), painter.moreHeight());
    };
    CardStack stack = stackOf();
    if (stack.hidden > 0) {
        // Selected cards go first, so the one being scored never hides behind "+N more".
        std::stable_partition(cards.begin(), cards.end(),
                              [this](const Card *card) { return m_selection->contains(card->id); });
        stack = stackOf();
    }
    for (int i = 0; i < stack.rects.size(); ++i) {
        const bool ghost = i >= cards.size();
        const Card *card = ghost ? ghosts.at(i - cards.size()) : cards.at(i);
        (ghost ? m_ghostIndex : m_cardIndex).insert(card->id, int(m_placed.size()));
        m_placed << Placed{card->id, stack.rects.at(i), ghost ? CardTier::Compact : stack.tier,
                           ghost};
        if (const pm::EstimateSpread *spread = marked && !ghost ? markedSpread(card) : nullptr) {
            const QRectF rect = stack.rects.at(i);
            const QSizeF size = markerSize();
            m_marks << SpreadMark{card->id,
                                  QRectF(rect.right() + markerGap, rect.top(), size.width(),
                                         qMin(size.height(), rect.height())),
                                  spread->disagreement()};
        }
    }
    if (stack.hidden > 0)
        m_more << More{stack.more, stack.hidden, on};
}

QRectF MatrixView::cellRect(int likelihood, int blastRadius) const
{
    ensureLayout();
    return m_geometry.cell(likelihood, blastRadius);
}

QRectF MatrixView::trayRect() const
{
    ensureLayout();
    return m_geometry.tray;
}

QRectF MatrixView::cardRect(const QUuid &failureMode) const
{
    ensureLayout();
    const int i = m_cardIndex.value(failureMode, -1);
    return i < 0 ? QRectF() : m_placed.at(i).rect;
}

QRectF MatrixView::ghostRect(const QUuid &failureMode) const
{
    ensureLayout();
    const int i = m_ghostIndex.value(failureMode, -1);
    return i < 0 ? QRectF() : m_placed.at(i).rect;
}

CardTier MatrixView::tierIn(int likelihood, int blastRadius) const
{
    ensureLayout();
    return m_tiers.value(cellKey(likelihood, blastRadius), CardTier::Full);
}

int MatrixView::hiddenIn(int likelihood, int blastRadius) const
{
    ensureLayout();
    return m_hidden.value(cellKey(likelihood, blastRadius), 0);
}

QList<QUuid> MatrixView::cardOrder() const
{
    ensureLayout();
    return m_order;
}

// ---------------------------------------------------------------------------------------------
// Painting

void MatrixView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter painter(this);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(rect(), kBackground);
    paintGrid(&painter);
    // Arrows under the cards, so they never cross a title; their ends meet the card edges.
    if (m_residual)
        paintArrows(&painter);
    // The selected card's spread under the cards: the box may cross other cells' cards.
    paintSpread(&painter);

    const CardPainter cards(m_style);
    // Ghosts under cards, selected cards last so their outline is never covered.
    for (int pass = 0; pass < 3; ++pass) {
        for (const Placed &placed : std::as_const(m_placed)) {
            const bool selected = !placed.ghost && m_selection->contains(placed.id);
            if ((pass == 0) != placed.ghost || (pass == 2) != selected)
                continue;
            const Card &card = m_cards[placed.id];
            CardContent content{card.title, card.component, card.votes, selected, placed.ghost};
            // While dragged, the card leaves a faint copy where it was.
            painter.setOpacity(m_dragging && placed.id == m_pressed && !placed.ghost ? 0.35 : 1);
            cards.paint(&painter, placed.rect, placed.tier, content);
        }
    }
    painter.setOpacity(1);
    for (const More &more : std::as_const(m_more))
        cards.paintMore(&painter, more.rect, more.hidden, more.on);
    paintSpreadMarks(&painter);
    paintEstimateDots(&painter);

    if (m_dragging) {
        if (m_target.valid()) {
            const QRectF target = m_target.tray
                                      ? m_geometry.tray
                                      : m_geometry.cell(m_target.likelihood, m_target.blastRadius);
            // A white halo under the outline keeps it visible on the darkest band.
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(Qt::white, m_style.borderWidth() * 5));
            painter.drawRoundedRect(target.adjusted(2, 2, -2, -2), 6, 6);
            painter.setPen(QPen(kDropTarget, m_style.borderWidth() * 3));
            painter.drawRoundedRect(target.adjusted(2, 2, -2, -2), 6, 6);
        }
        const int i = m_cardIndex.value(m_pressed, -1);
        if (i >= 0) {
            const Placed &placed = m_placed.at(i);
            const Card &card = m_cards[placed.id];
            const QRectF floating = placed.rect.translated(m_dragPos - m_pressPos);
            cards.paint(&painter, floating, placed.tier,
                        CardContent{card.title, card.component, card.votes, true, false});
        }
    }
}

void MatrixView::paintGrid(QPainter *painter) const
{
    const MatrixGeometry &g = m_geometry;
    const QFont captionFont = m_style.captionFont(), axisFont = m_style.axisFont(),
                titleFont = m_style.axisTitleFont();

    // Caption and, for the facilitator, how to use it.
    const QString caption = captionText(), hint = hintText();
    if (!caption.isEmpty()) {
        painter->setFont(axisFont);
        const qreal hintWidth =
            hint.isEmpty() ? 0 : QFontMetricsF(axisFont).horizontalAdvance(hint) + 20;
        painter->setPen(kSecondaryInk);
        painter->drawText(g.caption, Qt::AlignRight | Qt::AlignVCenter, hint);
        painter->setFont(captionFont);
        painter->setPen(kInk);
        painter->drawText(g.caption.adjusted(0, 0, -hintWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetricsF(captionFont)
                              .elidedText(caption, Qt::ElideRight, g.caption.width() - hintWidth));
    }

    // Axes: "Likelihood" reads upwards, "Blast radius" to the right.
    painter->save();
    painter->translate(g.likelihoodTitle.center());
    painter->rotate(-90);
    painter->setFont(titleFont);
    painter->drawText(QRectF(-g.likelihoodTitle.height() / 2, -g.likelihoodTitle.width() / 2,
                             g.likelihoodTitle.height(), g.likelihoodTitle.width()),
                      Qt::AlignCenter, tr("Likelihood →"));
    painter->restore();
    painter->setPen(kInk);
    for (const PlacedText &text : axisTexts()) {
        painter->setFont(text.font);
        painter->drawText(text.rect, text.flags, text.text);
    }

    // Cells: band colour, with score and band name written in (never colour alone).
    painter->setPen(Qt::NoPen);
    const QFont labelFont = m_style.cellLabelFont();
    for (int l = pm::kMinScore; l <= pm::kMaxScore; ++l) {
        for (int b = pm::kMinScore; b <= pm::kMaxScore; ++b) {
            const int score = l * b;
            const QColor fill = theme::bandColour(pm::riskBand(score));
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawRoundedRect(g.cell(l, b), 4, 4);
            painter->setFont(labelFont);
            painter->setPen(theme::textOn(fill));
            const FittedLines band = fitBandLabel(l, b);
            painter->setFont(band.font);
            painter->drawText(g.cellLabel(l, b), Qt::AlignLeft | Qt::AlignVCenter,
                              band.lines.value(0));
        }
    }

    // The tray of unscored failure modes.
    int unscored = 0;
    for (const Card &card : m_cards)
        unscored += shownCell(card).first == 0 ? 1 : 0;
    painter->setPen(Qt::NoPen);
    painter->setBrush(kTray);
    painter->drawRoundedRect(g.tray, 6, 6);
    painter->setFont(titleFont);
    painter->setPen(kInk);
    painter->drawText(g.trayTitle, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(titleFont).elidedText(trayTitle(unscored), Qt::ElideRight,
                                                          g.trayTitle.width()));
    // An exported or read-only matrix gives no instructions nobody can follow.
    if (unscored == 0 && canEdit()) {
        painter->setFont(axisFont);
        painter->setPen(kSecondaryInk);
        painter->drawText(g.trayCards, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          m_cards.isEmpty()
                              ? tr("No failure modes yet: stack notes on the board to make one.")
                              : tr("Drag a card here to clear its score."));
    }
}

QString MatrixView::bandLabel(int score)
{
    return tr("%1 · %2").arg(score).arg(pm::displayName(pm::riskBand(score)));
}

FittedLines MatrixView::fitBandLabel(int likelihood, int blastRadius) const
{
    // On one line; in a narrow cell in smaller type rather than "20 · Crit…".
    return fitLines(bandLabel(likelihood * blastRadius), m_style.cellLabelFont(),
                    m_geometry.cellLabel(likelihood, blastRadius).width(), 1);
}

QString MatrixView::trayTitle(int unscored)
{
    return tr("Not scored (%1)").arg(unscored);
}

QList<PlacedText> MatrixView::axisTexts() const
{
    ensureLayout();
    const MatrixGeometry &g = m_geometry;
    const QFont axisFont = m_style.axisFont(), titleFont = m_style.axisTitleFont();
    const qreal titleLine = QFontMetricsF(titleFont).lineSpacing();
    QList<PlacedText> texts;
    const QString blastTitle = tr("Blast radius →");
    texts << PlacedText{g.blastRadiusTitle, blastTitle, titleFont, Qt::AlignCenter,
                        QFontMetricsF(titleFont).horizontalAdvance(blastTitle) <=
                            g.blastRadiusTitle.width()};
    const QStringList likelihood = levelNames(pm::Axis::Likelihood);
    const QStringList blastRadius = levelNames(pm::Axis::BlastRadius);
    for (int v = pm::kMinScore; v <= pm::kMaxScore; ++v) {
        // The row's number, its name below it on as many lines as the row has room for.
        const QRectF row = g.rowHeaders[size_t(v - 1)];
        const qreal axisLine = QFontMetricsF(axisFont).lineSpacing();
        const int rowLines = qBound(1, int((row.height() - titleLine) / axisLine), 3);
        const FittedLines name = fitLines(likelihood.at(v - 1), axisFont, row.width(), rowLines);
        const qreal nameLine = QFontMetricsF(name.font).lineSpacing();
        const qreal top = row.center().y() - (titleLine + name.lines.size() * nameLine) / 2;
        texts << PlacedText{QRectF(row.left(), top, row.width(), titleLine), QString::number(v),
                            titleFont, Qt::AlignRight | Qt::AlignVCenter, true};
        for (int i = 0; i < name.lines.size(); ++i)
            texts << PlacedText{
                QRectF(row.left(), top + titleLine + i * nameLine, row.width(), nameLine),
                name.lines.at(i), name.font, Qt::AlignRight | Qt::AlignVCenter, name.whole};

        // The number, then the name beside it on up to three lines, centred under the column.
        const QRectF column = g.columnHeaders[size_t(v - 1)].adjusted(4, 0, -4, 0);
        const QString number = QString::number(v);
        const qreal numberWidth = QFontMetricsF(titleFont).horizontalAdvance(number) + 8;
        const FittedLines blast =
            fitLines(blastRadius.at(v - 1), axisFont, column.width() - numberWidth,
                     MatrixGeometry::kMaxColumnHeaderLines);
        const QFontMetricsF blastMetrics(blast.font);
        qreal textWidth = 0;
        for (const QString &line : blast.lines)
            textWidth = qMax(textWidth, blastMetrics.horizontalAdvance(line));
        const qreal x = column.left() + (column.width() - numberWidth - textWidth) / 2;
        texts << PlacedText{QRectF(x, column.top(), numberWidth, titleLine), number, titleFont,
                            Qt::AlignLeft | Qt::AlignVCenter, true};
        for (int i = 0; i < blast.lines.size(); ++i)
            texts << PlacedText{
                QRectF(x + numberWidth, column.top() + i * blastMetrics.lineSpacing(),
                       textWidth + 2, blastMetrics.lineSpacing()),
                blast.lines.at(i), blast.font, Qt::AlignLeft | Qt::AlignVCenter, blast.whole};
    }
    return texts;
}

QStringList MatrixView::clippedTexts() const
{
    ensureLayout();
    QStringList clipped;
    const QRectF inside = QRectF(rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (const PlacedText &text : axisTexts()) {
        if (!text.whole || !inside.contains(text.rect))
            clipped << text.text;
    }
    for (int l = pm::kMinScore; l <= pm::kMaxScore; ++l) {
        for (int b = pm::kMinScore; b <= pm::kMaxScore; ++b) {
            const FittedLines band = fitBandLabel(l, b);
            if (!band.whole || QFontMetricsF(band.font).horizontalAdvance(band.lines.value(0)) >
                                   m_geometry.cellLabel(l, b).width() + 0.5)
                clipped << bandLabel(l * b);
        }
    }
    int unscored = 0;
    for (const Card &card : m_cards)
        unscored += shownCell(card).first == 0 ? 1 : 0;
    if (QFontMetricsF(m_style.axisTitleFont()).horizontalAdvance(trayTitle(unscored)) >
            m_geometry.trayTitle.width() ||
        !inside.contains(m_geometry.tray))
        clipped << trayTitle(unscored);
    return clipped;
}

QString MatrixView::captionText() const
{
    // On the projector the axes say what the matrix is; the residual view must say what it shows.
    if (m_residual)
        return tr("Residual risk once the accepted, in-progress and done mitigations are in place");
    return m_style.presentation ? QString() : tr("Risk matrix: likelihood × blast radius");
}

QString MatrixView::hintText() const
{
    if (m_residual)
        return tr("Dashed: where each risk is now");
    if (m_readOnly)
        return tr("Read-only");
    // The selected card's spread on the grid needs its legend.
    if (!spreadRange().isEmpty())
        return tr("Dashed: the estimates' range; a disc: how many chose that cell; M: the median");
    return tr("Drag a card, or select it and press 1–5, Shift+1–5 or the arrows");
}

QRectF MatrixView::anchorOf(const QUuid &id, bool ghost) const
{
    const int i = (ghost ? m_ghostIndex : m_cardIndex).value(id, -1);
    if (i >= 0)
        return m_placed.at(i).rect;
    // Hidden behind "+N more": point at the cell.
    const Card &card = m_cards[id];
    const int l = ghost ? card.likelihood : card.residualLikelihood;
    const int b = ghost ? card.blastRadius : card.residualBlastRadius;
    return l > 0 && b > 0 ? m_geometry.cellCards(l, b) : QRectF();
}

void MatrixView::paintArrows(QPainter *painter) const
{
    const qreal width = m_style.presentation ? 4 : 2;
    const qreal head = width * 4;
    for (const Card &card : m_cards) {
        if (!card.lowered)
            continue;
        const QRectF from = anchorOf(card.id, true), to = anchorOf(card.id, false);
        if (from.isEmpty() || to.isEmpty())
            continue;
        const QPointF start = edgePoint(from, to.center()), end = edgePoint(to, from.center());
        const QLineF line(start, end);
        if (line.length() < head)
            continue;
        QLineF back(end, start);
        back.setLength(head);
        QLineF left = back, right = back;
        left.setAngle(back.angle() + 25);
        right.setAngle(back.angle() - 25);
        QPainterPath arrow;
        arrow.moveTo(start);
        arrow.lineTo(back.p2());
        QPolygonF tip;
        tip << end << left.p2() << right.p2();
        // Dark on a white halo: visible on the palest and the darkest band alike.
        for (int pass = 0; pass < 2; ++pass) {
            const QColor colour = pass == 0 ? QColor(Qt::white) : kInk;
            const qreal w = pass == 0 ? width + 4 : width;
            painter->setPen(QPen(colour, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(arrow);
            painter->setBrush(colour);
            painter->drawPolygon(tip);
        }
    }
}

bool MatrixView::showsEstimates() const
{
    return !m_residual && m_risks->estimates()->revealed();
}

QSizeF MatrixView::markerSize() const
{
    // As tall as a one-line card, so every card has room for it; narrow, since its width is
    // taken from the cards' titles.
    // Wider on the projector, where only the disagreements take the room.
    const qreal height = CardPainter(m_style).compactHeight();
    return {height * (m_style.presentation ? 0.9 : 0.68), height};
}

QList<MatrixView::SpreadMark> MatrixView::spreadMarks() const
{
    ensureLayout();
    return m_marks;
}

QRectF MatrixView::spreadRange() const
{
    ensureLayout();
    const pm::EstimateSpread *s =
        showsEstimates() ? m_risks->estimates()->spread(m_selection->current()) : nullptr;
    if (!s)
        return {};
    return m_geometry.cell(s->maxLikelihood, s->minBlastRadius)
        .united(m_geometry.cell(s->minLikelihood, s->maxBlastRadius));
}

QList<MatrixView::EstimateDot> MatrixView::estimateDots() const
{
    QList<EstimateDot> dots;
    if (spreadRange().isEmpty())
        return dots;
    const qreal size = m_geometry.cellLabelHeight;
    const QFontMetricsF metrics(m_style.cellLabelFont());
    // At the right end of the cell's label line, where no card ever is; where the band's name
    // leaves no room there, in the cell's bottom right corner (never over the name). Left of
    // the discs already in that place.
    auto place = [&](int l, int b, const QString &text) {
        const QRectF label = m_geometry.cellLabel(l, b);
        const qreal width = qMax(size, metrics.horizontalAdvance(text) + size * 0.6);
        const FittedLines band = fitBandLabel(l, b);
        const qreal nameEnd =
            label.left() + QFontMetricsF(band.font).horizontalAdvance(band.lines.value(0));
        auto besideOthers = [&](QRectF rect) {
            for (const EstimateDot &dot : std::as_const(dots)) {
                if (dot.likelihood == l && dot.blastRadius == b && dot.rect.intersects(rect))
                    rect.moveRight(dot.rect.left() - size * 0.2);
            }
            return rect;
        };
        const QRectF inLabel =
            besideOthers(QRectF(label.right() - width, label.center().y() - size / 2, width, size));
        if (inLabel.left() >= nameEnd + 2)
            return inLabel;
        const QRectF cell = m_geometry.cell(l, b);
        const qreal pad = m_geometry.cellPadding;
        return besideOthers(
            QRectF(cell.right() - pad - width, cell.bottom() - pad - size, width, size));
    };
    const QUuid current = m_selection->current();
    for (const EstimateIndex::Point &p : m_risks->estimates()->points(current))
        dots << EstimateDot{p.likelihood, p.blastRadius, p.count,
                            place(p.likelihood, p.blastRadius, QString::number(p.count))};
    // Where M would put it: the median, beside that cell's count if somebody chose it.
    if (const pm::EstimateSpread *s = m_risks->estimates()->spread(current))
        dots << EstimateDot{s->medianLikelihood, s->medianBlastRadius, 0,
                            place(s->medianLikelihood, s->medianBlastRadius, medianText())};
    return dots;
}

QString MatrixView::medianText()
{
    // The key that moves the card there.
    return shortcuts::keysText(shortcuts::Id::AdoptMedian);
}

void MatrixView::paintSpread(QPainter *painter) const
{
    const QRectF range = spreadRange();
    if (range.isEmpty())
        return;
    const qreal width = m_style.borderWidth();
    painter->setBrush(Qt::NoBrush);
    // Dark on a white halo: visible on the palest and the darkest band alike.
    painter->setPen(QPen(Qt::white, width * 5));
    painter->drawRoundedRect(range.adjusted(1, 1, -1, -1), 6, 6);
    painter->setPen(QPen(kInk, width * 2.5, Qt::DashLine));
    painter->drawRoundedRect(range.adjusted(1, 1, -1, -1), 6, 6);
}

// Over the cards: in a crowded cell a disc may have to sit on a card's corner to be seen.
void MatrixView::paintEstimateDots(QPainter *painter) const
{
    const qreal width = m_style.borderWidth();
    QFont font = m_style.cellLabelFont();
    painter->setFont(font);
    for (const EstimateDot &dot : estimateDots()) {
        // The counts dark, the median light: never told apart by colour alone (a number, "M").
        const bool median = dot.count == 0;
        painter->setPen(QPen(median ? kInk : QColor(Qt::white), width * 1.5));
        painter->setBrush(median ? QColor(Qt::white) : kInk);
        painter->drawRoundedRect(dot.rect, dot.rect.height() / 2, dot.rect.height() / 2);
        painter->setPen(median ? kInk : QColor(Qt::white));
        painter->drawText(dot.rect, Qt::AlignCenter,
                          median ? medianText() : QString::number(dot.count));
    }
}

void MatrixView::paintSpreadMarks(QPainter *painter) const
{
    QFont font = m_style.cardTitleFont();
    font.setWeight(QFont::Bold);
    // As large as the pill holds: the glyph never touches its outline.
    const qreal room = markerSize().width() - 2 * m_style.borderWidth() - 2;
    while (font.pointSizeF() > 6 &&
           QFontMetricsF(font).horizontalAdvance(QStringLiteral("≠")) > room)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    for (const SpreadMark &mark : std::as_const(m_marks)) {
        // Never colour alone: "≠" where the room disagrees, "=" where it roughly agrees.
        painter->setPen(QPen(mark.disagreement ? Qt::white : kInk, m_style.borderWidth()));
        painter->setBrush(mark.disagreement ? kInk : QColor(Qt::white));
        const QRectF disc = mark.rect.adjusted(0.5, 0.5, -0.5, -0.5);
        const qreal radius = disc.width() / 2;
        painter->drawRoundedRect(disc, radius, radius);
        painter->setFont(font);
        painter->setPen(mark.disagreement ? Qt::white : kInk);
        painter->drawText(disc, Qt::AlignCenter,
                          mark.disagreement ? QStringLiteral("≠") : QStringLiteral("="));
    }
}

// ---------------------------------------------------------------------------------------------
// Editing

bool MatrixView::canEdit() const
{
    return !m_readOnly && !m_residual && m_risks->workshop() && !m_risks->workshop()->isReadOnly();
}

bool MatrixView::score(const QList<QUuid> &ids, const ScoreChange &change)
{
    if (!canEdit() || ids.isEmpty())
        return false;
    QString error;
    if (!ScoreCommand::apply(m_undoStack, m_risks->workshop(), ids, change, &error,
                             [this](const QString &message) { emit editFailed(message); })) {
        emit editFailed(error);
        return false;
    }
    return true;
}

bool MatrixView::scoreSelection(const ScoreChange &change)
{
    return score(m_selection->ids(), change);
}

QUuid MatrixView::cardAt(const QPointF &pos) const
{
    ensureLayout();
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it) {
        if (!it->ghost && it->rect.contains(pos))
            return it->id;
    }
    return QUuid();
}

MatrixView::Target MatrixView::targetAt(const QPointF &pos) const
{
    ensureLayout();
    Target target;
    if (m_geometry.tray.contains(pos)) {
        target.tray = true;
        return target;
    }
    const auto [l, b] = m_geometry.cellAt(pos);
    target.likelihood = l;
    target.blastRadius = b;
    return target;
}

void MatrixView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QUuid id = cardAt(event->position());
    const bool toggle = event->modifiers() & Qt::ControlModifier;
    if (id.isNull()) {
        if (!toggle)
            m_selection->clear();
        return;
    }
    if (toggle)
        m_selection->toggle(id);
    else if (!m_selection->contains(id))
        m_selection->select(id);
    m_pressed = id;
    m_pressPos = event->position();
}

void MatrixView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed.isNull() || !(event->buttons() & Qt::LeftButton) || !canEdit())
        return;
    if (!m_dragging && (event->position() - m_pressPos).manhattanLength() < kDragThreshold)
        return;
    m_dragging = true;
    m_dragPos = event->position();
    m_target = targetAt(m_dragPos);
    update();
}

void MatrixView::mouseReleaseEvent(QMouseEvent *event)
{
    const QUuid id = m_pressed;
    const bool dropped = m_dragging;
    m_pressed = QUuid();
    m_dragging = false;
    if (!dropped || event->button() != Qt::LeftButton) {
        update();
        return;
    }
    const Target target = targetAt(event->position());
    ScoreChange change;
    if (target.tray) {
        change.likelihood = 0;
        change.blastRadius = 0;
    } else if (target.valid()) {
        change.likelihood = target.likelihood;
        change.blastRadius = target.blastRadius;
    }
    if (target.valid())
        score({id}, change);
    update();
}

void MatrixView::keyPressEvent(QKeyEvent *event)
{
    if (m_dragging && event->key() == Qt::Key_Escape) {
        m_dragging = false;
        m_pressed = QUuid();
        update();
        return;
    }
    bool shift = event->modifiers() & Qt::ShiftModifier;
    int digit =
        event->key() >= Qt::Key_1 && event->key() <= Qt::Key_5 ? event->key() - Qt::Key_0 : 0;
    if (digit == 0 && (digit = shiftedDigit(event->key())) > 0)
        shift = true;
    ScoreChange change;
    if (digit > 0) {
        (shift ? change.blastRadius : change.likelihood) = digit;
    } else {
        switch (event->key()) {
        case Qt::Key_Up:
            change.likelihoodStep = 1;
            break;
        case Qt::Key_Down:
            change.likelihoodStep = -1;
            break;
        case Qt::Key_Right:
            change.blastRadiusStep = 1;
            break;
        case Qt::Key_Left:
            change.blastRadiusStep = -1;
            break;
        case Qt::Key_Escape:
            // Esc deselects first; with nothing selected it goes on to the window (which leaves
            // presentation mode).
            if (m_selection->ids().isEmpty()) {
                event->ignore();
                return;
            }
            m_selection->clear();
            return;
        default:
            QWidget::keyPressEvent(event);
            return;
        }
    }
    scoreSelection(change);
}

bool MatrixView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QUuid id = cardAt(help->pos());
    const pm::RiskSummary *risk = id.isNull() ? nullptr : m_risks->summary(id);
    if (!risk) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QStringList lines{risk->title};
    if (const QString component = m_risks->componentName(risk->component); !component.isEmpty())
        lines << component;
    lines << (risk->score > 0 ? tr("Likelihood %1 × blast radius %2 = %3 (%4)")
                                    .arg(risk->likelihood)
                                    .arg(risk->blastRadius)
                                    .arg(risk->score)
                                    .arg(pm::displayName(risk->band))
                              : tr("Not scored yet"));
    if (risk->residual.isLowered())
        lines << tr("Once mitigated: %1 (%2)")
                     .arg(risk->residual.score)
                     .arg(pm::displayName(risk->residual.band));
    const EstimateIndex *estimates = m_risks->estimates();
    if (const QString spread = estimates->spreadText(id); !spread.isEmpty())
        lines << spread;
    if (const QString reach = estimates->reachText(risk->component); !reach.isEmpty()) {
        lines << reach;
        if (const QStringList names = estimates->reachedNames(risk->component); !names.isEmpty())
            lines << names.join(QStringLiteral(", "));
    }
    const pm::Workshop *workshop = m_risks->workshop();
    lines << (workshop && workshop->info().votingOpen ? tr("Votes hidden until the vote is closed")
                                                      : tr("%n vote(s)", nullptr, risk->votes));
    QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
    return true;
}

bool MatrixView::focusNextPrevChild(bool next)
{
    selectNeighbour(!next);
    return true;
}

void MatrixView::selectNeighbour(bool backwards)
{
    const QList<QUuid> order = cardOrder();
    if (order.isEmpty())
        return;
    const int n = int(order.size());
    const int current = int(order.indexOf(m_selection->current()));
    const int next =
        current < 0 ? (backwards ? n - 1 : 0) : (current + (backwards ? -1 : 1) + n) % n;
    m_selection->select(order.at(next));
}

} // namespace matrix

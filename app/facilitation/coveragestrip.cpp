#include "coveragestrip.h"

#include "palette.h"
#include "promptcards.h"
#include "workshop.h"

#include <QLabel>

namespace {
constexpr int kSpacing = 4;
}

CoverageStrip::CoverageStrip(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("coverageStrip"));
    // No layout: placeChips() puts the chips in as many rows as the width needs.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    for (const pm::PromptCard &card : pm::promptCards()) {
        auto *chip = new QLabel(this);
        chip->setObjectName(QStringLiteral("coverage_%1").arg(pm::keyOf(card.category)));
        chip->setAlignment(Qt::AlignCenter);
        chip->setToolTip(pm::displayName(card.category));
        m_chips.insert(int(card.category), chip);
        m_order << chip;
    }
    refresh();
}

void CoverageStrip::setWorkshop(const pm::Workshop *workshop)
{
    m_workshop = workshop;
    refresh();
}

void CoverageStrip::setPresentation(bool on)
{
    m_presentation = on;
    refresh();
}

void CoverageStrip::refresh()
{
    // Hidden notes count too: the number says nothing about what they say.
    m_counts.clear();
    if (m_workshop) {
        for (const pm::Note &note : m_workshop->rows<pm::Note>())
            ++m_counts[int(note.category)];
    }
    // The chips' words and colours wait while the strip is hidden (most phases): a style sheet
    // per chip is what makes a workshop open slowly (issue #17).
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    restyle();
}

void CoverageStrip::showEvent(QShowEvent *event)
{
    if (m_stale)
        restyle();
    QWidget::showEvent(event);
}

void CoverageStrip::restyle()
{
    m_stale = false;
    const int points = m_presentation ? 15 : 10;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        const auto category = pm::Category(it.key());
        const int n = m_counts.value(it.key());
        QLabel *chip = it.value();
        if (n == 0) {
            chip->setText(tr("%1: none yet").arg(pm::shortLabel(category)));
            chip->setStyleSheet(QStringLiteral("QLabel { font-size: %1pt; font-weight: bold; "
                                               "color: #111111; background: white; border: 3px "
                                               "dashed #D55E00; padding: 4px; }")
                                    .arg(points));
        } else {
            const QColor background = theme::categoryColour(category);
            chip->setText(tr("%1: %2").arg(pm::shortLabel(category)).arg(n));
            chip->setStyleSheet(QStringLiteral("QLabel { font-size: %1pt; color: %2; "
                                               "background: %3; border: 1px solid %4; "
                                               "padding: 4px; }")
                                    .arg(points)
                                    .arg(theme::textOn(background).name(), background.name(),
                                         background.darker(140).name()));
        }
        chip->setAccessibleName(tr("%1: %n note(s)", nullptr, n).arg(pm::displayName(category)));
    }
    // New texts and type sizes: new chip sizes, perhaps another number of rows.
    updateGeometry();
    placeChips();
}

QSize CoverageStrip::chipSize() const
{
    QSize size;
    for (const QLabel *chip : m_order)
        size = size.expandedTo(chip->sizeHint());
    return size;
}

int CoverageStrip::columnsFor(int width) const
{
    const int chip = qMax(1, chipSize().width());
    return qBound(1, (width + kSpacing) / (chip + kSpacing), qMax(1, int(m_order.size())));
}

int CoverageStrip::heightForWidth(int width) const
{
    const int columns = columnsFor(width);
    const int rows = (int(m_order.size()) + columns - 1) / columns;
    return rows * chipSize().height() + qMax(0, rows - 1) * kSpacing;
}

QSize CoverageStrip::sizeHint() const
{
    int width = 0;
    for (const QLabel *chip : m_order)
        width += chip->sizeHint().width() + kSpacing;
    // One row: the layouts above ask heightForWidth() for the rows a narrower width needs. A
    // hint from the current width would feed back into the window's minimum height.
    return {qMax(0, width - kSpacing), chipSize().height()};
}

QSize CoverageStrip::minimumSizeHint() const
{
    return chipSize(); // one chip wide, one row high: see sizeHint()
}

void CoverageStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeChips();
}

void CoverageStrip::placeChips()
{
    const int columns = columnsFor(width());
    const int rowHeight = chipSize().height();
    // The chips of a row share its width, so every row lines up with the one above.
    const qreal chipWidth = qreal(width() - (columns - 1) * kSpacing) / columns;
    for (int i = 0; i < m_order.size(); ++i) {
        const int row = i / columns, column = i % columns;
        const int left = qRound(column * (chipWidth + kSpacing));
        const int right = qRound((column + 1) * (chipWidth + kSpacing) - kSpacing);
        m_order.at(i)->setGeometry(left, row * (rowHeight + kSpacing), right - left, rowHeight);
    }
    if (height() != heightForWidth(width()))
        updateGeometry(); // a row more or fewer: the bar above gives or takes the height
}

#include "phasestepper.h"

#include "phaseguide.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

PhaseStepper::PhaseStepper(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("phaseStepper"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_row = row;
    row->setSpacing(4);
    for (pm::Phase phase : pm::allValues<pm::Phase>()) {
        auto *step = new QPushButton(this);
        step->setObjectName(QStringLiteral("phaseStep_%1").arg(pm::keyOf(phase)));
        step->setCheckable(true);
        step->setAutoExclusive(false);
        // The keyboard moves phases with Ctrl+arrows; the steps are for the mouse and stay out
        // of the Tab chain, which belongs to the board.
        step->setFocusPolicy(Qt::NoFocus);
        step->setToolTip(
            QStringLiteral("%1\n%2").arg(pm::displayName(phase), pm::phaseInstruction(phase)));
        connect(step, &QPushButton::clicked, this, [this, phase] {
            restyle(); // a click must not toggle the check state on its own
            emit phaseClicked(phase);
        });
        // The steps share what width there is, so the row never makes the window wider than a
        // laptop screen; fitTexts() shortens them when the names do not fit.
        step->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row->addWidget(step, 1);
        m_steps << step;
    }
    layout->addLayout(row);
    m_instruction = new QLabel(this);
    m_instruction->setObjectName(QStringLiteral("phaseInstruction"));
    m_instruction->setWordWrap(true);
    layout->addWidget(m_instruction);
    restyle();
}

void PhaseStepper::setPhase(pm::Phase phase)
{
    m_phase = phase;
    restyle();
}

void PhaseStepper::setPresentation(bool on)
{
    m_presentation = on;
    restyle();
}

void PhaseStepper::restyle()
{
    const int points = m_presentation ? 14 : 11;
    for (pm::Phase phase : pm::allValues<pm::Phase>()) {
        QPushButton *step = m_steps.at(int(phase));
        const bool current = phase == m_phase;
        const bool done = int(phase) < int(m_phase);
        // The current step is marked by an arrow, done steps by a tick; colour only repeats it.
        // "Reveal & cluster": a lone '&' would be taken for a mnemonic and vanish.
        QString name = pm::displayName(phase);
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        // From the longest text to the shortest, for fitTexts(): number and name, the name, the
        // name's first word. The current step keeps its whole name; none is a bare number, which
        // tells a first-time facilitator nothing (issue 21).
        QStringList texts{QStringLiteral("%1 %2").arg(pm::shortLabel(phase), name), name,
                          current ? name : name.section(QLatin1Char(' '), 0, 0)};
        for (QString &text : texts) {
            if (current)
                text = tr("▶ %1").arg(text);
            else if (done)
                text = tr("✓ %1").arg(text);
        }
        step->setProperty("texts", texts);
        step->setChecked(current);
        step->setAccessibleName(current ? tr("Current phase: %1").arg(pm::displayName(phase))
                                        : tr("Go to phase: %1").arg(pm::displayName(phase)));
        // Okabe-Ito blue for the current step, white text on it (contrast > 4.5:1). Font size
        // (%1) and side padding (%2) are left to fitTexts().
        step->setProperty(
            "sheet",
            current ? QStringLiteral("QPushButton { font-size: %1pt; font-weight: bold; "
                                     "color: white; background: #0060A0; border: 2px solid "
                                     "#003A60; border-radius: 4px; padding: 6px %2px; }")
                    : QStringLiteral("QPushButton { font-size: %1pt; color: palette(button-text); "
                                     "background: palette(button); border: 1px solid "
                                     "palette(mid); border-radius: 4px; padding: 6px %2px; }"));
        step->setStyleSheet(step->property("sheet").toString().arg(points).arg(8));
        step->setProperty("padding", 8);
    }
    fitTexts();
    m_instruction->setText(pm::phaseInstruction(m_phase));
    QFont font = m_instruction->font();
    // On a laptop's short screen (768 px) the projector's 28 pt took three lines and left the
    // board a third of the height (issue 21); 22 pt still reads from the back of a small room.
    const bool shortScreen = screen() && screen()->size().height() < 900;
    font.setPointSize(m_presentation ? (shortScreen ? 22 : 28) : 15);
    font.setBold(true);
    m_instruction->setFont(font);
}

void PhaseStepper::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitTexts();
}

void PhaseStepper::fitTexts()
{
    // The longest texts that all fit side by side (see restyle()); when even the shortest do
    // not, less padding, then a smaller font, down to a size still read at a laptop's distance.
    const int points = m_presentation ? 14 : 11;
    constexpr int kSmallestPoints = 8;
    struct Fit
    {
        int level;
        int points;
        int padding;
    };
    QList<Fit> fits{{0, points, 8}, {1, points, 8}, {2, points, 8}};
    for (int p = points; p >= kSmallestPoints; --p)
        fits.append({2, p, 3});
    // What a step needs for a text, font size and padding: the text, the padding, and the
    // style's border and margins, measured as the button reports them for what it shows now.
    auto need = [](QPushButton *step, const Fit &fit) {
        step->ensurePolished();
        const QString shown = step->text();
        const int frame = step->sizeHint().width() -
                          step->fontMetrics().size(Qt::TextShowMnemonic, shown).width() -
                          2 * step->property("padding").toInt();
        QFont font = step->font();
        font.setPointSize(fit.points);
        const QString text = step->property("texts").toStringList().at(fit.level);
        return QFontMetrics(font).size(Qt::TextShowMnemonic, text).width() + 2 * fit.padding +
               frame;
    };
    // The layout shares the width in proportion to the stretch factors and rounds: a pixel per
    // step to spare.
    const int available =
        width() - m_row->spacing() * int(m_steps.size() - 1) - int(m_steps.size());
    Fit chosen = fits.last();
    for (const Fit &fit : std::as_const(fits)) {
        int needed = 0;
        for (QPushButton *step : std::as_const(m_steps))
            needed += need(step, fit);
        if (needed <= available) {
            chosen = fit;
            break;
        }
    }
    for (int i = 0; i < m_steps.size(); ++i) {
        QPushButton *step = m_steps.at(i);
        const int width = need(step, chosen);
        step->setText(step->property("texts").toStringList().at(chosen.level));
        const QString sheet =
            step->property("sheet").toString().arg(chosen.points).arg(chosen.padding);
        if (step->styleSheet() != sheet) // a new style sheet resizes, which fits again
            step->setStyleSheet(sheet);
        step->setProperty("padding", chosen.padding);
        // Width in proportion to the text, so when the texts fit none is cut off; no minimum
        // width, which would hold the window wider than a laptop screen.
        m_row->setStretch(i, width);
    }
}

#include "phasestepper.h"

#include "phaseguide.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

namespace {
constexpr int kStepPadding = 32; // the style's padding and border around a step's text, and more
} // namespace

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
        QString text = QStringLiteral("%1 %2").arg(pm::shortLabel(phase), pm::displayName(phase));
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QString compact = pm::shortLabel(phase);
        if (current) {
            text = tr("▶ %1").arg(text);
            compact = text; // the current step keeps its name whatever the width
        } else if (done) {
            text = tr("✓ %1").arg(text);
            compact = tr("✓ %1").arg(compact);
        }
        step->setProperty("fullText", text);
        step->setProperty("compactText", compact);
        step->setChecked(current);
        step->setAccessibleName(current ? tr("Current phase: %1").arg(pm::displayName(phase))
                                        : tr("Go to phase: %1").arg(pm::displayName(phase)));
        // Okabe-Ito blue for the current step, white text on it (contrast > 4.5:1).
        step->setStyleSheet(
            current ? QStringLiteral("QPushButton { font-size: %1pt; font-weight: bold; "
                                     "color: white; background: #0060A0; border: 2px solid "
                                     "#003A60; border-radius: 4px; padding: 6px 6px; }")
                          .arg(points)
                    : QStringLiteral("QPushButton { font-size: %1pt; color: palette(button-text); "
                                     "background: palette(button); border: 1px solid "
                                     "palette(mid); border-radius: 4px; padding: 6px 8px; }")
                          .arg(points));
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
    // Full names when they all fit; otherwise numbers only, except for the current step.
    auto need = [](QPushButton *step, const char *property) {
        step->ensurePolished();
        return step->fontMetrics().horizontalAdvance(step->property(property).toString()) +
               kStepPadding;
    };
    int needed = 0;
    for (QPushButton *step : std::as_const(m_steps))
        needed += need(step, "fullText");
    const int available = width() - m_row->spacing() * int(m_steps.size() - 1);
    const char *property = needed > available ? "compactText" : "fullText";
    for (int i = 0; i < m_steps.size(); ++i) {
        QPushButton *step = m_steps.at(i);
        step->setText(step->property(property).toString());
        // Width in proportion to the text, so when the texts fit none is cut off; no minimum
        // width, which would hold the window wider than a laptop screen.
        m_row->setStretch(i, need(step, property));
    }
}

#include "timerdisplay.h"

#include "phasetimer.h"

#include <QTimer>

TimerDisplay::TimerDisplay(PhaseTimer *timer, QWidget *parent)
    : QLabel(parent), m_timer(timer), m_pulseTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("phaseTimer"));
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::RichText);
    m_pulseTimer->setInterval(600);
    connect(m_pulseTimer, &QTimer::timeout, this, [this] {
        m_pulse = !m_pulse;
        applyStyle();
    });
    connect(m_timer, &PhaseTimer::changed, this, &TimerDisplay::refresh);
    refresh();
}

void TimerDisplay::setPresentation(bool on)
{
    m_presentation = on;
    refresh();
}

void TimerDisplay::setHints(const QString &startKey, const QString &minuteKey)
{
    m_startKey = startKey;
    m_minuteKey = minuteKey;
    refresh();
}

void TimerDisplay::refresh()
{
    setVisible(m_timer->hasTimer());
    const bool timeUp = m_timer->isExpired();
    if (timeUp != m_timeUp) {
        m_timeUp = timeUp;
        m_pulse = timeUp;
        if (timeUp)
            m_pulseTimer->start();
        else
            m_pulseTimer->stop();
    }
    // Digits >= 72 pt on the projector (UX.md); the state in words, never by colour alone.
    const int digits = m_presentation ? 72 : 36;
    const int small = m_presentation ? 20 : 11;
    // Two short lines: what the timer does, and the key that changes it.
    QStringList state;
    if (m_timeUp)
        state = {tr("one more minute:"), m_minuteKey};
    else if (m_timer->isRunning())
        state = {tr("running"), tr("%1: pause").arg(m_startKey)};
    else
        state = {tr("paused"), tr("%1: start").arg(m_startKey)};
    const QString big = m_timeUp ? tr("Time is up") : m_timer->text();
    // The state beside the digits, not below them: the bar stays as low as the digits are.
    setText(QStringLiteral("<table cellspacing='0' cellpadding='0'><tr>"
                           "<td valign='middle' style='font-size:%1pt; font-weight:bold'>%2</td>"
                           "<td valign='middle' style='font-size:%3pt; padding-left:12px'>%4</td>"
                           "</tr></table>")
                .arg(m_timeUp ? digits * 2 / 3 : digits)
                .arg(big.toHtmlEscaped())
                .arg(small)
                .arg(state.at(0).toHtmlEscaped() + QStringLiteral("<br>") +
                     state.at(1).toHtmlEscaped()));
    setAccessibleName(m_timeUp ? tr("Time is up") : tr("Time left: %1").arg(m_timer->text()));
    applyStyle();
}

void TimerDisplay::applyStyle()
{
    // Time up: black on yellow and yellow on black in turn; strong in a washed-out projector
    // image and in greyscale alike, and the words say it too.
    QString colours = QStringLiteral("color: #111111; background: #F0E442;");
    if (m_timeUp && !m_pulse)
        colours = QStringLiteral("color: #F0E442; background: #111111;");
    else if (!m_timeUp)
        colours = QStringLiteral("color: palette(window-text); background: transparent;");
    setStyleSheet(
        QStringLiteral("QLabel { %1 padding: 4px 16px; border-radius: 6px; }").arg(colours));
}

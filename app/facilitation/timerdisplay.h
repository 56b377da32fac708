#pragma once

// The phase timer as the room sees it: large digits with the state in words ("running",
// "paused"), and at zero a pulsing, inverted "Time is up" in place of the digits. No dialog: the
// room carries on, and the facilitator adds a minute or moves on.

#include <QLabel>

class PhaseTimer;
class QTimer;

class TimerDisplay : public QLabel
{
    Q_OBJECT

public:
    explicit TimerDisplay(PhaseTimer *timer, QWidget *parent = nullptr);

    void setPresentation(bool on);
    bool isShowingTimeUp() const { return m_timeUp; }
    // The pulse's current half: the tests check that it alternates.
    bool pulsePhase() const { return m_pulse; }
    void setHints(const QString &startKey, const QString &minuteKey);

private:
    void refresh();
    void applyStyle();

    PhaseTimer *m_timer;
    QTimer *m_pulseTimer;
    bool m_presentation = false;
    bool m_timeUp = false;
    bool m_pulse = false;
    QString m_startKey;
    QString m_minuteKey;
};

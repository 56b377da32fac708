#pragma once

// The eight workshop phases as a row of steps across the top, the current one marked by an arrow
// ("▶ 3 Silent writing") as well as by colour, each clickable; below them the phase's one-line
// instruction for the room. Sized for a projector in presentation mode.

#include "vocabulary.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

class PhaseStepper : public QWidget
{
    Q_OBJECT

public:
    explicit PhaseStepper(QWidget *parent = nullptr);

    void setPhase(pm::Phase phase);
    pm::Phase phase() const { return m_phase; }
    void setPresentation(bool on);
    QPushButton *stepButton(pm::Phase phase) const { return m_steps.at(int(phase)); }
    QLabel *instruction() const { return m_instruction; }

signals:
    void phaseClicked(pm::Phase phase);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void restyle();
    void fitTexts();

    QHBoxLayout *m_row;
    QList<QPushButton *> m_steps;
    QLabel *m_instruction;
    pm::Phase m_phase = pm::Phase::Frame;
    bool m_presentation = false;
};

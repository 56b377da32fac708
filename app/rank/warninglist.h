#pragma once

// The facilitator's to-do list before the room leaves: high and critical risks without a
// committed (accepted, in-progress or done) mitigation that has an owner and a due date.
// Picking one selects that failure mode everywhere, so the mitigation panel opens on it.

#include <QListWidget>

class FailureModeSelection;
class RiskIndex;

class WarningList : public QListWidget
{
    Q_OBJECT

public:
    WarningList(RiskIndex *risks, FailureModeSelection *selection, QWidget *parent = nullptr);

signals:
    void countChanged(int count);

private:
    void refresh();

    RiskIndex *m_risks;
    FailureModeSelection *m_selection;
    QStringList m_shown; // "id text" per line, to touch the widget only when the list changes
};

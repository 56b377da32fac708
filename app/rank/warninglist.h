#pragma once

// The facilitator's to-do list before the room leaves: high and critical risks without a
// committed (accepted, in-progress or done) mitigation that has an owner and a due date, then
// what the architecture map says the room may have missed (core/architecturewarnings.h): blast
// radii scored low although the failure reaches most of the map, and the single points of
// failure nobody discussed. Picking a risk selects that failure mode everywhere, so the
// mitigation panel opens on it; picking a single point asks for its component on the board.

#include <QListWidget>
#include <QMetaObject>
#include <QPointer>

class FailureModeSelection;
class RiskIndex;

namespace pm {
class Workshop;
}

class WarningList : public QListWidget
{
    Q_OBJECT

public:
    WarningList(RiskIndex *risks, FailureModeSelection *selection, QWidget *parent = nullptr);

    // Each line's component (a single point) or null, by row.
    QUuid componentAt(int row) const;

signals:
    void countChanged(int count);
    // A single point of failure was picked: show its component.
    void componentActivated(const QUuid &component);

private:
    void refresh();
    void follow(); // the dependencies of the workshop the index shows now
    void activate(QListWidgetItem *item);

    RiskIndex *m_risks;
    FailureModeSelection *m_selection;
    QPointer<pm::Workshop> m_workshop;
    QMetaObject::Connection m_dependencies;
    QStringList m_shown; // "id text" per line, to touch the widget only when the list changes
};

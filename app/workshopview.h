#pragma once

// The skeleton's main page for an open workshop: its title, system and failure scenario in type
// sized for a projector, above the list of notes. The board (QGraphicsView) replaces the list.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QListView;

namespace pm {
struct WorkshopInfo;
}

class WorkshopView : public QWidget
{
    Q_OBJECT

public:
    // noNotesHint: shown instead of the list while there are no notes (it names the shortcut).
    WorkshopView(QAbstractItemModel *notes, const QString &noNotesHint, QWidget *parent = nullptr);

    void showInfo(const pm::WorkshopInfo &info);
    QListView *noteList() const { return m_noteList; }

private:
    void updateNoteCount();

    QLabel *m_title;
    QLabel *m_system;
    QLabel *m_scenario;
    QLabel *m_notesHeading;
    QLabel *m_noNotes;
    QListView *m_noteList;
};

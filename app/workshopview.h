#pragma once

// The page for an open workshop: its title, system and failure scenario in type sized for a
// projector, above the board.

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QVBoxLayout;

namespace pm {
struct WorkshopInfo;
}

class WorkshopView : public QWidget
{
    Q_OBJECT

public:
    // noNotesHint: shown above the board while there are no notes (it names the shortcut).
    WorkshopView(QAbstractItemModel *notes, const QString &noNotesHint, QWidget *parent = nullptr);

    void showInfo(const pm::WorkshopInfo &info);
    // Puts the board below the header, replacing (and deleting) any previous one.
    void setBoard(QWidget *board);
    // The header is for the room; presentation mode keeps it, in larger type.
    void setHeaderVisible(bool visible);

private:
    void updateNoteCount();

    QLabel *m_title;
    QLabel *m_system;
    QLabel *m_scenario;
    QLabel *m_noNotes;
    QAbstractItemModel *m_notes;
    QWidget *m_header;
    QVBoxLayout *m_layout;
    QWidget *m_board = nullptr;
};

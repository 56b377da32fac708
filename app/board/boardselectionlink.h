#pragma once

// Keeps the board's selection and the shared FailureModeSelection in step: selecting notes of a
// stack selects its failure mode everywhere, and a failure mode selected in the matrix or the
// ranked list selects its stack's notes on the board and scrolls them into view.

#include <QObject>
#include <QPointer>

class FailureModeSelection;

namespace board {

class BoardScene;
class BoardView;

class BoardSelectionLink : public QObject
{
    Q_OBJECT

public:
    // Lives as long as the view (its parent).
    BoardSelectionLink(BoardView *view, FailureModeSelection *selection);

private:
    void fromBoard();
    void toBoard();

    BoardView *m_view;
    BoardScene *m_scene;
    QPointer<FailureModeSelection> m_selection;
    bool m_syncing = false;
};

} // namespace board

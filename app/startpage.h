#pragma once

// What the window shows when no workshop is open: one sentence saying what to do, and the two
// ways to do it, large enough to read from the back of the room.

#include <QWidget>

class QAction;

class StartPage : public QWidget
{
    Q_OBJECT

public:
    // The buttons trigger these actions, so they share their enabled state and behaviour.
    StartPage(QAction *newWorkshop, QAction *openWorkshop, QWidget *parent = nullptr);
};

#pragma once

// The prompt cards for silent writing: each failure category with its probing questions. A click
// (or Enter) on a card starts a note in that category.

#include "vocabulary.h"

#include <QWidget>

class QListWidget;

class PromptCardsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PromptCardsPanel(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    void setPresentation(bool on);

signals:
    void cardChosen(pm::Category category);

private:
    QListWidget *m_list;
};

#pragma once

// How many notes each failure category got so far, one chip per prompt card category: an empty
// category says "none yet" in words and stands out, so the room sees what nobody thought of.

#include "vocabulary.h"

#include <QHash>
#include <QWidget>

class QLabel;

namespace pm {
class Workshop;
}

class CoverageStrip : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageStrip(QWidget *parent = nullptr);

    void setWorkshop(const pm::Workshop *workshop);
    void refresh();
    void setPresentation(bool on);

    int count(pm::Category category) const { return m_counts.value(int(category)); }
    QLabel *chip(pm::Category category) const { return m_chips.value(int(category)); }

private:
    const pm::Workshop *m_workshop = nullptr;
    QHash<int, QLabel *> m_chips;
    QHash<int, int> m_counts;
    bool m_presentation = false;
};

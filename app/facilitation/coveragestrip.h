#pragma once

// How many notes each failure category got so far, one chip per prompt card category: an empty
// category says "none yet" in words and stands out, so the room sees what nobody thought of.
// The chips share a row while they fit and wrap onto more rows when they do not, so the strip
// never holds the window wider than the screen (twelve chips in projector type are wider than a
// laptop).

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

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    int columnsFor(int width) const;
    QSize chipSize() const; // the widest chip's width, the tallest's height
    void placeChips();
    void restyle(); // the chips' texts and colours from the counts

    QList<QLabel *> m_order; // the prompt cards' order
    const pm::Workshop *m_workshop = nullptr;
    QHash<int, QLabel *> m_chips;
    QHash<int, int> m_counts;
    bool m_presentation = false;
    bool m_stale = true; // counts changed while hidden: restyled when shown
};

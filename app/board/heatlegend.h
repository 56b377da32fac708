#pragma once

// The key to the architecture heat map, as a bar below the board: what each band colour means
// (with its name and score range, so colour is never alone) and how components are scored. It
// sits beside the canvas rather than over it, so it never hides a component.

#include "heatmap.h"

#include <QWidget>

namespace board {

class HeatLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HeatLegend(QWidget *parent = nullptr);

    void setAggregation(pm::HeatAggregation aggregation);
    pm::HeatAggregation aggregation() const { return m_aggregation; }
    void setPresentation(bool on);
    // What it says, item by item (for tests and accessibility): the title, the four bands, no
    // risk, and how regions are scored.
    QStringList lines() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Item
    {
        QRectF rect;
        QString text;
        QColor swatch; // invalid: none
        bool bold = false;
    };
    // Items flowed left to right, wrapping at width.
    QList<Item> layoutItems(qreal width) const;
    QFont font(bool bold) const;

    pm::HeatAggregation m_aggregation = pm::HeatAggregation::Max;
    bool m_presentation = false;
};

} // namespace board

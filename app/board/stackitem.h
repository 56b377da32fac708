#pragma once

// The frame around the notes of one failure mode: notes stacked together are one way to fail.
// It encloses its member notes and carries the failure mode's title and score.

#include "boardstyle.h"
#include "entities.h"

#include <QGraphicsItem>

namespace board {

class StackItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };

    explicit StackItem(const pm::FailureMode &mode);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    QUuid id() const { return m_mode.meta.id; }
    const pm::FailureMode &failureMode() const { return m_mode; }
    // members: the scene rectangle the member notes cover. avoid: what the title must not cover
    // (the headers of components): the title goes below the notes when above would.
    void setFailureMode(const pm::FailureMode &mode, const QRectF &members, int memberCount,
                        const BoardStyle &style, const QList<QRectF> &avoid = {});
    // Where the badge and title are drawn, in scene coordinates.
    QRectF titleRect() const;

private:
    pm::FailureMode m_mode;
    QRectF m_frame; // in scene coordinates; the item sits at the origin
    bool m_titleBelow = false;
    int m_memberCount = 0;
    BoardStyle m_style;
};

} // namespace board

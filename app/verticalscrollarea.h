#pragma once

// A scroll area for a form in a side panel: it scrolls up and down when the panel is short, but
// never sideways, and asks for the form's minimum width (issue 21: the Mitigations panel was
// squeezed to 60 px, its labels and fields scrolled out of sight, because a plain scroll area's
// minimum size is a few pixels and the centre's share took the rest).

#include <QScrollArea>

class VerticalScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    explicit VerticalScrollArea(QWidget *form, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
};

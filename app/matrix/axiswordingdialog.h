#pragma once

// Edits how a workshop words the five levels of each matrix axis. A blank field keeps the
// built-in wording, shown as its placeholder, so the facilitator sees what a level means now.

#include "entities.h"

#include <QDialog>

class QLineEdit;

class AxisWordingDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AxisWordingDialog(const pm::WorkshopInfo &info, QWidget *parent = nullptr);

    // The workshop record with the wording from the fields.
    pm::WorkshopInfo result() const;
    // One field per level, level 1 first (for tests).
    QList<QLineEdit *> fields(bool likelihood) const;

private:
    void restoreBuiltIn();

    pm::WorkshopInfo m_info;
    QList<QLineEdit *> m_likelihood;
    QList<QLineEdit *> m_blastRadius;
};

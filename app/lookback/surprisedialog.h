#pragma once

// "Add surprise…": a failure that happened although nobody predicted it, with its category and
// component (so the statistics can name the team's blind spots), date and post-mortem reference.

#include "vocabulary.h"

#include <QDate>
#include <QDialog>
#include <QUuid>

class QComboBox;
class DateField;
class QLineEdit;
class QPushButton;

namespace pm {
class Workshop;
}

struct SurpriseInput
{
    QString title;
    pm::Category category = pm::Category::Uncategorised;
    QUuid component; // null: none
    QDate date;
    QString reference;
};

class SurpriseDialog : public QDialog
{
    Q_OBJECT

public:
    // Offers the workshop's components.
    explicit SurpriseDialog(const pm::Workshop &workshop, QWidget *parent = nullptr);

    SurpriseInput input() const;

private:
    QLineEdit *m_title;
    QComboBox *m_category;
    QComboBox *m_component;
    DateField *m_date;
    QLineEdit *m_reference;
    QPushButton *m_ok = nullptr;
};

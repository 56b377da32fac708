#pragma once

// The one date field of the window (wizard horizon, mitigation due date, look-back dates).
// QDateEdit keeps Tab for itself to step through day, month and year, so a facilitator typing
// through a form ends up writing the next field's words into the year. Here Tab and Shift+Tab
// leave the field like any other; Left/Right (and typing a separator) move between the parts.
// A date typed outside the allowed range is refused with a sentence saying which dates are
// allowed, shown in messageLabel() below the field, instead of silently turning into another.

#include <QDateEdit>

class QLabel;

class DateField : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    // A label that shows refusals and hides again once a valid date is entered. Put it in the
    // form below the field; it belongs to the field's parent.
    QLabel *messageLabel();
    QString message() const { return m_message; }

signals:
    void refused(const QString &message);

protected:
    bool focusNextPrevChild(bool next) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refuse(const QDate &typed) const;
    void clearMessage();

    mutable QString m_message;
    // The digits typed into the year so far: QDateTimeEdit drops a digit that cannot lead to an
    // allowed year ("3" of "3202"), so the refused year is only seen here.
    QString m_yearDigits;
    bool m_leaving = false;
    QLabel *m_label = nullptr;
};

#include "datefield.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

DateField::DateField(QWidget *parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    // A four-digit year, so "3202" cannot pass for a typo of "2032" unnoticed.
    QString format = locale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    setDisplayFormat(format);
    connect(this, &QDateEdit::dateChanged, this, &DateField::clearMessage);
}

QLabel *DateField::messageLabel()
{
    if (!m_label) {
        m_label = new QLabel(parentWidget());
        m_label->setObjectName(objectName() + QStringLiteral("Message"));
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::PlainText);
        // The words say what is wrong; the colour only draws the eye.
        m_label->setStyleSheet(QStringLiteral("color: #a50f15;"));
        m_label->hide();
        connect(this, &DateField::refused, m_label, [this](const QString &text) {
            m_label->setText(text);
            m_label->show();
        });
    }
    return m_label;
}

bool DateField::focusNextPrevChild(bool next)
{
    // QDateTimeEdit moves to its next section here; skip it and move the focus on.
    return QWidget::focusNextPrevChild(next);
}

QValidator::State DateField::validate(QString &input, int &pos) const
{
    const QValidator::State state = QDateEdit::validate(input, pos);
    if (state == QValidator::Acceptable)
        return state;
    // A whole date that is only out of range is refused with a reason; a half-typed one is not.
    // (Years of fewer than four digits are still being typed.)
    const QDate typed = locale().toDate(input, displayFormat());
    if (typed.isValid() && typed.year() >= 1000 && (typed < minimumDate() || typed > maximumDate()))
        refuse(typed);
    return state;
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    // Leaving with a half-typed date puts the last good one back (Qt's fixup): say so.
    const QDate typed = locale().toDate(lineEdit()->text(), displayFormat());
    if (typed.isValid() && typed.year() >= 1000 && (typed < minimumDate() || typed > maximumDate()))
        refuse(typed);
    m_yearDigits.clear();
    // Leaving puts the last good date back (Qt's fixup): that must not hide the refusal.
    m_leaving = true;
    QDateEdit::focusOutEvent(event);
    m_leaving = false;
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool digit = !event->text().isEmpty() && event->text().at(0).isDigit();
    const bool inYear = currentSection() == QDateTimeEdit::YearSection;
    if (!digit || !inYear) {
        m_yearDigits.clear();
        QDateEdit::keyPressEvent(event);
        return;
    }
    if (m_yearDigits.size() >= 4)
        m_yearDigits.clear(); // a fifth digit starts the year again
    m_yearDigits += event->text().at(0);
    const QDate before = date();
    QDateEdit::keyPressEvent(event);
    if (m_yearDigits.size() < 4)
        return;
    const int year = m_yearDigits.toInt();
    if (year < minimumDate().year() || year > maximumDate().year()) {
        QDate typed(year, before.month(), before.day());
        if (!typed.isValid()) // 29 February in a year without it
            typed = QDate(year, before.month(), 1);
        refuse(typed);
    }
}

void DateField::refuse(const QDate &typed) const
{
    // In the field's own format, four-digit years included, so the slip is plain to see.
    const auto shown = [this](const QDate &date) {
        return locale().toString(date, displayFormat());
    };
    m_message = tr("%1 is not possible here: choose a date from %2 to %3.")
                    .arg(shown(typed), shown(minimumDate()), shown(maximumDate()));
    emit const_cast<DateField *>(this)->refused(m_message);
}

void DateField::clearMessage()
{
    if (m_leaving)
        return;
    m_message.clear();
    if (m_label)
        m_label->hide();
}

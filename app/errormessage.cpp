#include "errormessage.h"

#include <QMessageBox>

void showErrorMessage(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    // The message quotes file names, which a stranger chose: never let them become rich text.
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

#include "aboutdialog.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>

QString aboutText()
{
    return QApplication::translate("AboutDialog",
                                   "<h3>Premortem %1</h3>"
                                   "<p>Run technical pre-mortem workshops: imagine the launch "
                                   "has failed, and work out why before it does.</p>"
                                   "<p>Copyright © 2026 The Premortem authors.<br>"
                                   "Premortem is free software under the MIT licence.</p>"
                                   "<p>Built with Qt %2.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
             QStringLiteral(QT_VERSION_STR));
}

QString licenceText()
{
    QFile file(QStringLiteral(":/legal/LICENSE"));
    return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll())
                                                            : QString();
}

QMessageBox *createAboutBox(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setWindowTitle(QApplication::translate("AboutDialog", "About Premortem"));
    box->setIconPixmap(QApplication::windowIcon().pixmap(96));
    box->setTextFormat(Qt::RichText);
    box->setText(aboutText());
    // Behind "Show Details…": the licence itself, untranslated as legal texts are.
    box->setDetailedText(licenceText());
    box->setStandardButtons(QMessageBox::Close);
    return box;
}

void showAboutDialog(QWidget *parent)
{
    QMessageBox *box = createAboutBox(parent);
    box->exec();
    delete box;
}

#pragma once

// Help > About Premortem: version, copyright and licence, with the licence's full text one click
// away (it is built into the program, so it is there offline too).

class QMessageBox;
class QWidget;
class QString;

// The dialog's text (rich text), in the current language.
QString aboutText();
// The MIT licence as shipped in LICENSE.
QString licenceText();
// The dialog, not yet shown (tests look at it); showAboutDialog() runs it.
QMessageBox *createAboutBox(QWidget *parent);
void showAboutDialog(QWidget *parent);

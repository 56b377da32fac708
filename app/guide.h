#pragma once

// Help > Workshop Guide (F1): how to run a pre-mortem with Premortem, on one page. The page is
// put together from translatable paragraphs, the phase names of the vocabulary and the keyboard
// map (shortcuts.h), so it speaks the user's language and never lists a key the app does not use.

#include <QDialog>

class QTextBrowser;

// The guide as HTML, in the current language.
QString guideHtml();

class GuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // Shows the guide beside parent's window, or raises the one already open there. Not modal:
    // the facilitator can keep it open next to the board.
    static GuideDialog *showFor(QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

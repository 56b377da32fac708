#include "facedownmask.h"

#include <QFontDatabase>
#include <QPlainTextEdit>

namespace board {

FaceDownMask::FaceDownMask(QPlainTextEdit *editor)
    : QSyntaxHighlighter(editor->document()), m_bar(editor->palette().color(QPalette::Text)),
      m_fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont).family())
{
    // No selection colours either: a selection would draw the words in the highlighted text colour.
    QPalette palette = editor->palette();
    palette.setColor(QPalette::HighlightedText, Qt::transparent);
    editor->setPalette(palette);
}

FaceDownMask *FaceDownMask::install(QPlainTextEdit *editor)
{
    return editor ? new FaceDownMask(editor) : nullptr;
}

void FaceDownMask::highlightBlock(const QString &text)
{
    // Glyphs in no colour on a bar of the text colour; spaces stay open, so words stay apart.
    // In a fixed-pitch font, so a bar's length tells the number of letters, not which ones (an
    // "m" is wider than an "i" in the editor's own font).
    QTextCharFormat bar;
    bar.setForeground(Qt::transparent);
    bar.setBackground(m_bar);
    bar.setFontFamilies({m_fixed});
    bar.setFontFixedPitch(true);
    for (int i = 0; i < text.size();) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        setFormat(i, end - i, bar);
        i = end;
    }
}

} // namespace board

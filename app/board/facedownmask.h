#pragma once

// Face-down typing: while a note is written in silent writing (or edited by its writer before the
// reveal), the projector mirrors the facilitator's screen, so the inline editor must not show the
// words. Each word is drawn as a solid bar, as redacted text: the writer still sees how much they
// typed and where the cursor is, the room sees the shape of a sentence and nothing more. The text
// itself is untouched and is saved as typed.

#include <QSyntaxHighlighter>

class QPlainTextEdit;

namespace board {

class FaceDownMask : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Masks editor's document from now on (the mask goes with the document).
    static FaceDownMask *install(QPlainTextEdit *editor);

protected:
    void highlightBlock(const QString &text) override;

private:
    explicit FaceDownMask(QPlainTextEdit *editor);

    QColor m_bar;
    QString m_fixed; // the family of the system's fixed-pitch font
};

} // namespace board

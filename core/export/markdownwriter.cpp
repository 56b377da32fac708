#include "markdownwriter.h"

#include <QRegularExpression>

namespace pm {

namespace {

// Characters that start or end inline syntax (emphasis, code, links, HTML, tables, strike).
// Other punctuation is left alone so the raw Markdown stays readable where it is pasted.
const QString kSpecial = QStringLiteral("\\`*_[]<|~");

// blockStart: the line begins a block (paragraph line, list item), where "#", "-", "1." and
// ">" would start a heading, list or quote. Headings and table cells are not such places.
QString escapeLine(const QString &line, bool blockStart)
{
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (kSpecial.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // Block syntax only counts at the start of a line: headings, list bullets, setext rules and
    // ordered-list numbers ("1." or "1)").
    static const QRegularExpression numbered(QStringLiteral("^(\\d+)([.)])"));
    if (!blockStart)
        return out;
    if (!out.isEmpty() && QStringLiteral("#+-=>").contains(out.front()))
        out.prepend(QLatin1Char('\\'));
    else if (const auto m = numbered.match(out); m.hasMatch())
        out.insert(m.capturedEnd(1), QLatin1Char('\\'));
    return out;
}

QStringList lines(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList result;
    for (const QString &line : normalised.split(QLatin1Char('\n')))
        result << line.trimmed();
    while (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

// A block of text inside a list item or quote: lines joined by hard breaks, blank lines dropped
// so the structure around it holds.
QString multiline(const QString &text, const QString &continuation)
{
    QStringList out;
    for (const QString &line : lines(text)) {
        if (!line.isEmpty())
            out << escapeLine(line, true);
    }
    return out.join(QStringLiteral("\\\n") + continuation);
}

} // namespace

QString markdownEscaped(const QString &text)
{
    return escapeLine(text.simplified(), true);
}

QString markdownParagraph(const QString &text)
{
    return multiline(text, QString());
}

QString markdownCell(const QString &text)
{
    QStringList out;
    for (const QString &line : lines(text))
        out << escapeLine(line.simplified(), false);
    return out.join(QStringLiteral("<br>"));
}

QByteArray renderMarkdown(const ReportDocument &document)
{
    QString md;
    auto separate = [&md] {
        if (!md.isEmpty())
            md += QLatin1Char('\n');
    };
    for (const ReportBlock &b : document.blocks) {
        separate();
        switch (b.kind) {
        case ReportBlock::Heading:
            md += QString(std::clamp(b.level, 1, 6), QLatin1Char('#')) + QLatin1Char(' ') +
                  escapeLine((b.badge.isEmpty() ? b.text : b.text + QStringLiteral(" — ") + b.badge)
                                 .simplified(),
                             false) +
                  QLatin1Char('\n');
            break;
        case ReportBlock::Paragraph:
            md += multiline(b.text, QString()) + QLatin1Char('\n');
            break;
        case ReportBlock::Quote:
            md +=
                QStringLiteral("> ") + multiline(b.text, QStringLiteral("> ")) + QLatin1Char('\n');
            break;
        case ReportBlock::Fields:
            for (int i = 0; i < b.items.size(); ++i)
                md += QStringLiteral("- **%1:** %2\n")
                          .arg(markdownEscaped(b.items[i].text),
                               multiline(b.values.value(i), QStringLiteral("  ")));
            break;
        case ReportBlock::List:
            for (const ReportItem &item : b.items) {
                const QString box = item.checkbox < 0   ? QString()
                                    : item.checkbox > 0 ? QStringLiteral("[x] ")
                                                        : QStringLiteral("[ ] ");
                md += QStringLiteral("- ") + box +
                      multiline(item.text, QString(box.size() + 2, QLatin1Char(' '))) +
                      QLatin1Char('\n');
            }
            break;
        case ReportBlock::Code: {
            // A fence longer than any run of backticks in the text, so nothing can close it.
            int longest = 2;
            int run = 0;
            for (const QChar c : b.text) {
                run = c == QLatin1Char('`') ? run + 1 : 0;
                longest = qMax(longest, run);
            }
            const QString fence(longest + 1, QLatin1Char('`'));
            md += fence + b.badge + QLatin1Char('\n') + b.text +
                  (b.text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence +
                  QLatin1Char('\n');
            break;
        }
        case ReportBlock::Table: {
            QStringList head, rule;
            for (const QString &h : b.header) {
                head << markdownCell(h);
                rule << QStringLiteral("---");
            }
            md += QStringLiteral("| ") + head.join(QStringLiteral(" | ")) +
                  QStringLiteral(" |\n| ") + rule.join(QStringLiteral(" | ")) +
                  QStringLiteral(" |\n");
            for (const QList<ReportCell> &row : b.rows) {
                QStringList cells;
                for (const ReportCell &cell : row)
                    cells << markdownCell(cell.text);
                md += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) +
                      QStringLiteral(" |\n");
            }
            break;
        }
        }
    }
    return md.toUtf8();
}

} // namespace pm

#include "htmlwriter.h"

#include "bandpalette.h"

namespace pm {

namespace {

// The page's style; the band colours are added by bandStyle().
const char *const kStyle = R"(
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 11pt;
       line-height: 1.45; color: #111; max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; border-bottom: 2px solid #333; padding-bottom: 0.15em; margin-top: 1.6em; }
h3 { font-size: 1.12em; margin-top: 1.3em; }
h2, h3, h4 { page-break-after: avoid; break-after: avoid; }
table { border-collapse: collapse; margin: 0.6em 0; width: 100%; }
th, td { border: 1px solid #555; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
tr, li { page-break-inside: avoid; break-inside: avoid; }
blockquote { margin: 0.8em 0; padding: 0.4em 1em; border-left: 4px solid #555; background: #f4f4f4; }
ul.fields { list-style: none; padding-left: 0; }
ul.checklist { list-style: none; padding-left: 0.5em; }
.box { font-family: "DejaVu Sans Mono", monospace; }
.band { font-weight: bold; padding: 0 0.3em; border: 1px solid #333; border-radius: 3px; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)";

// The app's band colours (core/bandpalette.h), each with its text colour: the report looks like
// the matrix on screen, in print too. The band's name is always printed beside the colour.
QString bandStyle()
{
    QString css;
    for (int i = 0; i < vocabularySize<RiskBand>(); ++i) {
        const auto band = RiskBand(i);
        css += QStringLiteral(".band-%1 { background: %2; color: %3; }\n")
                   .arg(keyOf(band), bandColourHex(band), bandTextColourHex(band));
    }
    return css;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Line breaks kept as <br>.
QString multiline(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return escaped(normalised.trimmed()).replace(QLatin1Char('\n'), QLatin1String("<br>\n"));
}

QString bandClass(RiskBand band)
{
    return band == RiskBand::Unscored ? QString()
                                      : QStringLiteral(" class=\"band-%1\"").arg(keyOf(band));
}

} // namespace

QByteArray renderHtml(const ReportDocument &document)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width\">\n<title>") +
            escaped(document.title) + QStringLiteral("</title>\n<style>") +
            QString::fromUtf8(kStyle) + bandStyle() + QStringLiteral("</style>\n</head>\n<body>\n");
    for (const ReportBlock &b : document.blocks) {
        switch (b.kind) {
        case ReportBlock::Heading: {
            const int level = std::clamp(b.level, 1, 6);
            html += QStringLiteral("<h%1>").arg(level) + escaped(b.text);
            if (!b.badge.isEmpty())
                html += QStringLiteral(" <span class=\"band band-%1\">%2</span>")
                            .arg(keyOf(b.band), escaped(b.badge));
            html += QStringLiteral("</h%1>\n").arg(level);
            break;
        }
        case ReportBlock::Paragraph:
            html += QStringLiteral("<p>") + multiline(b.text) + QStringLiteral("</p>\n");
            break;
        case ReportBlock::Quote:
            html += QStringLiteral("<blockquote><p>") + multiline(b.text) +
                    QStringLiteral("</p></blockquote>\n");
            break;
        case ReportBlock::Fields:
            html += QStringLiteral("<ul class=\"fields\">\n");
            for (int i = 0; i < b.items.size(); ++i)
                html += QStringLiteral("<li><strong>%1:</strong> %2</li>\n")
                            .arg(escaped(b.items[i].text), multiline(b.values.value(i)));
            html += QStringLiteral("</ul>\n");
            break;
        case ReportBlock::List: {
            const bool boxes = std::any_of(b.items.cbegin(), b.items.cend(),
                                           [](const ReportItem &i) { return i.checkbox >= 0; });
            html += boxes ? QStringLiteral("<ul class=\"checklist\">\n") : QStringLiteral("<ul>\n");
            for (const ReportItem &item : b.items) {
                // A printed box to tick by hand; the ticked one reads as done without colour.
                const QString box = item.checkbox < 0 ? QString()
                                    : item.checkbox > 0
                                        ? QStringLiteral("<span class=\"box\">[x]</span> ")
                                        : QStringLiteral("<span class=\"box\">[ ]</span> ");
                html +=
                    QStringLiteral("<li>") + box + multiline(item.text) + QStringLiteral("</li>\n");
            }
            html += QStringLiteral("</ul>\n");
            break;
        }
        case ReportBlock::Code:
            html += QStringLiteral("<pre><code class=\"language-%1\">").arg(escaped(b.badge)) +
                    escaped(b.text) + QStringLiteral("</code></pre>\n");
            break;
        case ReportBlock::Table:
            html += QStringLiteral("<table>\n<thead><tr>");
            for (const QString &h : b.header)
                html += QStringLiteral("<th>") + escaped(h) + QStringLiteral("</th>");
            html += QStringLiteral("</tr></thead>\n<tbody>\n");
            for (const QList<ReportCell> &row : b.rows) {
                html += QStringLiteral("<tr>");
                for (const ReportCell &cell : row)
                    html += QStringLiteral("<td%1>").arg(bandClass(cell.band)) +
                            multiline(cell.text) + QStringLiteral("</td>");
                html += QStringLiteral("</tr>\n");
            }
            html += QStringLiteral("</tbody>\n</table>\n");
            break;
        }
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace pm

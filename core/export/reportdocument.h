#pragma once

// A small document model the text reports are built in once and then rendered as Markdown or
// HTML (markdownwriter.h, htmlwriter.h), so the report, the checklist and the ADR section are
// each written once for both. Text is plain: the renderers escape it for their format.

#include "vocabulary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pm {

struct ReportCell
{
    QString text;
    RiskBand band = RiskBand::Unscored; // not Unscored: the renderer may add the band's colour
};

struct ReportItem
{
    QString text;
    int checkbox = -1; // -1 no box, 0 open "- [ ]", 1 ticked "- [x]"
};

struct ReportBlock
{
    enum Kind
    {
        Heading,   // text, level 1..4
        Paragraph, // text (line breaks kept)
        Quote,     // text (line breaks kept)
        Fields,    // items as "Label: value" pairs: label in items[i], value in values[i]
        List,      // items
        Table,     // header and rows
        Code       // text verbatim, in the language named by badge ("mermaid")
    };
    Kind kind = Paragraph;
    int level = 1;
    QString text;
    RiskBand band = RiskBand::Unscored; // a heading's badge colour
    QString badge;                      // a heading's risk in words ("20 Critical")
    QList<ReportItem> items;
    QStringList values;
    QStringList header;
    QList<QList<ReportCell>> rows;
};

class ReportDocument
{
public:
    QString title;
    QList<ReportBlock> blocks;

    void heading(int level, const QString &text, RiskBand band = RiskBand::Unscored,
                 const QString &badge = QString())
    {
        ReportBlock b;
        b.kind = ReportBlock::Heading;
        b.level = level;
        b.text = text;
        b.band = band;
        b.badge = badge;
        blocks << b;
    }
    void paragraph(const QString &text, ReportBlock::Kind kind = ReportBlock::Paragraph)
    {
        ReportBlock b;
        b.kind = kind;
        b.text = text;
        blocks << b;
    }
    void fields(const QList<std::pair<QString, QString>> &pairs)
    {
        ReportBlock b;
        b.kind = ReportBlock::Fields;
        for (const auto &[label, value] : pairs) {
            if (value.isEmpty())
                continue;
            b.items << ReportItem{label};
            b.values << value;
        }
        if (!b.items.isEmpty())
            blocks << b;
    }
    void list(const QList<ReportItem> &items)
    {
        ReportBlock b;
        b.kind = ReportBlock::List;
        b.items = items;
        blocks << b;
    }
    void code(const QString &language, const QString &text)
    {
        ReportBlock b;
        b.kind = ReportBlock::Code;
        b.badge = language;
        b.text = text;
        blocks << b;
    }
    void table(const QStringList &header, const QList<QList<ReportCell>> &rows)
    {
        ReportBlock b;
        b.kind = ReportBlock::Table;
        b.header = header;
        b.rows = rows;
        blocks << b;
    }
};

} // namespace pm

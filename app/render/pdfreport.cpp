#include "pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

namespace render {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("render::PdfReport", text);
}

// The document is laid out in 96-dpi units (what QTextDocument's HTML sizes mean) and scaled to
// the writer's resolution when painted.
constexpr qreal kLayoutDpi = 96;
constexpr int kWriterDpi = 300;
const QMarginsF kMarginsMm(18, 16, 18, 14);
constexpr qreal kFooterHeight = 28; // layout units, below the text area
constexpr qreal kBodyPointSize = 10;
constexpr qreal kTablePointSize = 8.5;

const QString kPictureScheme = QStringLiteral("premortem-picture:");

QString pictureUrl(int index)
{
    return kPictureScheme + QString::number(index);
}

bool holdsPicture(const QTextBlock &block)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        if (format.isImageFormat() && format.toImageFormat().name().startsWith(kPictureScheme))
            return true;
    }
    return false;
}

// A picture's heading goes to the next page with it rather than stay behind alone.
void keepHeadingsWithPictures(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlock heading = block.previous();
        if (!heading.isValid() || !holdsPicture(block))
            continue;
        // The picture is one line: where the block ends is the page it went to.
        const int headingPage = int(layout->blockBoundingRect(heading).top() / pageHeight);
        const int picturePage = int((layout->blockBoundingRect(block).bottom() - 1) / pageHeight);
        if (headingPage == picturePage)
            continue;
        QTextBlockFormat format = heading.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(heading).setBlockFormat(format);
    }
}

// The HTML report is written for browsers, whose table layout QTextDocument does not have: its
// columns come out all alike, a long text squeezed into as narrow a column as a date. Here each
// column gets at least its longest word, and what is left goes to the columns with more text
// (up to a line's worth each); the cells are ruled as the style sheet says.
void balanceTables(QTextDocument &document, QTextFrame *frame, qreal width)
{
    const qreal line = width / 3; // a cell's text beyond this wraps anyway
    for (QTextFrame *child : frame->childFrames()) {
        balanceTables(document, child, width);
        auto *table = qobject_cast<QTextTable *>(child);
        if (!table)
            continue;
        const int columns = table->columns();
        QList<qreal> least(columns, 0), wanted(columns, 0);
        for (int row = 0; row < table->rows(); ++row) {
            for (int column = 0; column < columns; ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                if (cell.columnSpan() > 1)
                    continue;
                // Tables a notch smaller than the text, so seven columns fit a portrait page.
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                QTextCharFormat smaller;
                smaller.setFontPointSize(kTablePointSize);
                cursor.mergeCharFormat(smaller);
                const QString text = cursor.selectedText();
                // Measured in the cell's own font, padding and borders included.
                const QFontMetricsF metrics(cell.firstCursorPosition().charFormat().font());
                const QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
                const qreal frame = cellFormat.leftPadding() + cellFormat.rightPadding() + 4;
                for (const QString &word : text.split(QLatin1Char(' ')))
                    least[column] = qMax(least[column], metrics.horizontalAdvance(word) + frame);
                wanted[column] =
                    qMax(wanted[column], qMin(metrics.horizontalAdvance(text), line) + frame);
            }
        }
        qreal leastTotal = 0, extraTotal = 0;
        for (int c = 0; c < columns; ++c) {
            wanted[c] = qMax(wanted[c], least[c]);
            leastTotal += least[c];
            extraTotal += wanted[c] - least[c];
        }
        const qreal spare = qMax<qreal>(0, width - leastTotal);
        QList<QTextLength> widths;
        for (int c = 0; c < columns; ++c) {
            const qreal share =
                extraTotal > 0 ? (wanted[c] - least[c]) / extraTotal : 1.0 / columns;
            const qreal w = least[c] + spare * share;
            widths << QTextLength(QTextLength::PercentageLength, 100 * w / qMax(width, leastTotal));
        }
        QTextTableFormat format = table->format();
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setColumnWidthConstraints(widths);
        format.setBorder(0.75);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(3);
        table->setFormat(format);
    }
}

} // namespace

QString pageSizeKey(PageSize page)
{
    return page == PageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PageSize> pageSizeFromKey(const QString &key)
{
    for (PageSize p : {PageSize::A4, PageSize::Letter}) {
        if (key.compare(pageSizeKey(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

void PdfReport::addPicture(const QString &caption, const QImage &image)
{
    m_pictures << Picture{caption, image};
}

QString PdfReport::withPictures(const QString &html, qreal textWidth, qreal pageHeight) const
{
    if (m_pictures.isEmpty())
        return html;
    QString section;
    for (int i = 0; i < m_pictures.size(); ++i) {
        const Picture &p = m_pictures.at(i);
        // As wide as the text, but never taller than most of a page.
        const QSizeF natural = p.image.size();
        const qreal scale = qMin(textWidth / natural.width(), pageHeight * 0.8 / natural.height());
        section += QStringLiteral("<h2>%1</h2><p><img src=\"%2\" width=\"%3\" height=\"%4\"></p>")
                       .arg(p.caption.toHtmlEscaped(), pictureUrl(i))
                       .arg(int(natural.width() * scale))
                       .arg(int(natural.height() * scale));
    }
    QString result = html;
    int at = result.indexOf(QLatin1String("<h2"), 0, Qt::CaseInsensitive);
    if (at < 0)
        at = result.lastIndexOf(QLatin1String("</body>"), -1, Qt::CaseInsensitive);
    if (at < 0)
        at = int(result.size());
    result.insert(at, section);
    return result;
}

pm::Result<QByteArray> PdfReport::write(const QString &html) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kWriterDpi);
    writer.setPageSize(QPageSize(m_page == PageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(kMarginsMm, QPageLayout::Millimeter);
    writer.setTitle(m_title);
    writer.setCreator(QCoreApplication::applicationName());

    const QRectF paintRect = writer.pageLayout().paintRectPixels(kWriterDpi);
    const qreal scale = kWriterDpi / kLayoutDpi;
    const QSizeF page(paintRect.width() / scale, paintRect.height() / scale);
    const QSizeF body(page.width(), page.height() - kFooterHeight);

    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(kBodyPointSize);
    document.setDefaultFont(font);
    document.setPageSize(body); // paginates: text never runs into the footer
    const qreal textWidth = body.width() - 2 * document.documentMargin();
    for (int i = 0; i < m_pictures.size(); ++i)
        document.addResource(QTextDocument::ImageResource, QUrl(pictureUrl(i)),
                             m_pictures.at(i).image);
    document.setHtml(withPictures(html, textWidth, body.height()));
    balanceTables(document, document.rootFrame(), textWidth);
    keepHeadingsWithPictures(document, body.height());

    const int pages = document.pageCount(); // lays the whole document out
    if (m_progress && !m_progress(0, pages))
        return pm::Error{pm::Error::InvalidInput, tr("The export was cancelled.")};

    QPainter painter;
    if (!painter.begin(&writer))
        return pm::Error{pm::Error::Io, tr("The PDF could not be started.")};
    // In layout units like everything the painter draws here (a point size would be sized for
    // the writer's resolution and then scaled once more).
    QFont footerFont = font;
    footerFont.setPixelSize(qRound((kBodyPointSize - 1) * kLayoutDpi / 72));
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.save();
        // This page's slice of the long document.
        const QRectF slice(0, i * body.height(), body.width(), body.height());
        painter.translate(0, -slice.top());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = slice;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        const QRectF footer(0, page.height() - kFooterHeight + 8, page.width(), kFooterHeight - 8);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawLine(QPointF(0, footer.top() - 4), QPointF(page.width(), footer.top() - 4));
        painter.setFont(footerFont);
        const QString number = tr("Page %1 of %2").arg(i + 1).arg(pages);
        const QFontMetricsF metrics(footerFont);
        painter.drawText(
            footer, Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(m_title, Qt::ElideRight,
                               footer.width() - metrics.horizontalAdvance(number) - 24));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, number);
        painter.restore();
        if (m_progress && !m_progress(i + 1, pages)) {
            painter.end();
            return pm::Error{pm::Error::InvalidInput, tr("The export was cancelled.")};
        }
    }
    if (!painter.end())
        return pm::Error{pm::Error::Io, tr("The PDF could not be finished.")};
    return bytes;
}

} // namespace render

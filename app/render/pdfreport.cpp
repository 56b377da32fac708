#include "pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
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

QString pictureUrl(int index)
{
    return QStringLiteral("premortem-picture:%1").arg(index);
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

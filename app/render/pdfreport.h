#pragma once

// The PDF report: an HTML document (the HTML export) laid out by QTextDocument on A4 or Letter
// pages, "Page 3 of 7" in each footer, with pictures (the matrix, the heat map) embedded as
// document image resources. It draws no widgets, so write() may run on a worker thread; the
// pictures are made beforehand on the GUI thread (see ReportImages).

#include "result.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace render {

enum class PageSize
{
    A4,
    Letter
};
QString pageSizeKey(PageSize page); // "a4", "letter"
std::optional<PageSize> pageSizeFromKey(const QString &key);

class PdfReport
{
public:
    struct Picture
    {
        QString caption;
        QImage image;
    };
    // Called after layout and after each page: return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    void setPageSize(PageSize page) { m_page = page; }
    void setTitle(const QString &title) { m_title = title; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // Pictures go together in one section before the HTML's first <h2> (after the title and
    // scenario), or at the end when it has none.
    void addPicture(const QString &caption, const QImage &image);

    pm::Result<QByteArray> write(const QString &html) const;

private:
    QString withPictures(const QString &html, qreal textWidth, qreal pageHeight) const;

    PageSize m_page = PageSize::A4;
    QString m_title;
    Progress m_progress;
    QList<Picture> m_pictures;
};

} // namespace render

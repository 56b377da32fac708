// Images and the PDF report: each view as PNG and SVG at the requested size and not blank, the
// PDF's pages, and premortem-cli's picture formats.

#include "bandpalette.h"
#include "exporter.h"
#include "guisupport.h"
#include "imagesize.h"
#include "jsonio.h"
#include "palette.h"
#include "pdfreport.h"
#include "reportpictures.h"
#include "testsupport.h"
#include "viewrenderer.h"
#include "workload.h"
#include "workshop.h"
#include "workshopreport.h"

#include <QApplication>
#include <QBuffer>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QThread>
#include <QtTest>

using namespace pm;
using render::ImageSize;
using render::View;
using render::ViewRenderer;

namespace {

int pdfPageCount(const QByteArray &pdf)
{
    // Page objects, not the /Pages tree node.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// A long HTML report (the HTML export's shape: a title, a scenario, then sections).
QString longHtml(int sections)
{
    QString html = QStringLiteral("<html><body><h1>Checkout migration</h1><p>It is June.</p>");
    for (int i = 0; i < sections; ++i) {
        html += QStringLiteral("<h2>Section %1</h2>").arg(i + 1);
        for (int p = 0; p < 5; ++p)
            html += QStringLiteral("<p>Paragraph %1 of section %2: the payments provider rejects "
                                   "calls from the new cluster because its allowlist holds only "
                                   "the data centre's addresses.</p>")
                        .arg(p + 1)
                        .arg(i + 1);
    }
    return html + QStringLiteral("</body></html>");
}

// The bands a score label such as "15 High" names, by the band's name.
std::optional<RiskBand> bandOfLabel(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^\\s*\\d+ (\\w+)"));
    const auto m = label.match(text);
    for (int i = 1; m.hasMatch() && i < vocabularySize<RiskBand>(); ++i) {
        if (displayName(RiskBand(i)) == m.captured(1))
            return RiskBand(i);
    }
    return std::nullopt;
}

} // namespace

class TestImageExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_sample;
    std::unique_ptr<Workshop> m_large; // 10,000 notes
    QString m_samplePath;
    QString m_largePath;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_samplePath = m_dir.filePath(QStringLiteral("sample.premortem"));
        auto sample = importJson(
            testsupport::readAll(QStringLiteral(PREMORTEM_SAMPLES "/checkout-migration.json")),
            m_samplePath);
        QVERIFY(sample.ok());
        m_sample = std::move(sample.value());
        m_largePath = m_dir.filePath(QStringLiteral("large.premortem"));
        auto large = Workshop::createFromRows(m_largePath, bench::generateWorkshop(10000, 7));
        QVERIFY(large.ok());
        m_large = std::move(large.value());
    }

    void imageSizes()
    {
        const QSizeF natural(2000, 1000);
        QCOMPARE(ImageSize().pixelsFor(natural).value(), QSize(1920, 960));
        QCOMPARE((ImageSize{800, 0, 0}).pixelsFor(natural).value(), QSize(800, 400));
        QCOMPARE((ImageSize{0, 300, 0}).pixelsFor(natural).value(), QSize(600, 300));
        QCOMPARE((ImageSize{640, 640, 0}).pixelsFor(natural).value(), QSize(640, 640));
        QCOMPARE((ImageSize{0, 0, 192}).pixelsFor(natural).value(), QSize(4000, 2000));
        // Both ways at once, out of range, or too many pixels: a message, no image.
        for (const ImageSize &bad : {ImageSize{800, 0, 96}, ImageSize{0, 0, 5},
                                     ImageSize{20000, 100, 0}, ImageSize{12000, 12000, 0}}) {
            const auto r = bad.pixelsFor(natural);
            QVERIFY(!r.ok());
            QVERIFY(!r.error().message.isEmpty());
        }
    }

    void pngOfEachView_data()
    {
        QTest::addColumn<int>("view");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        for (View v : {View::Board, View::Matrix, View::HeatMap}) {
            const QByteArray key = render::viewKey(v).toLatin1();
            QTest::newRow(key + " 1200x800") << int(v) << 1200 << 800;
            QTest::newRow(key + " 640x900") << int(v) << 640 << 900;
        }
    }
    void pngOfEachView()
    {
        QFETCH(int, view);
        QFETCH(int, width);
        QFETCH(int, height);
        const ViewRenderer renderer(*m_sample, View(view));
        const auto png = renderer.png(ImageSize{width, height, 0});
        QVERIFY(png.ok());
        QImage image;
        QVERIFY(image.loadFromData(*png, "PNG"));
        QCOMPARE(image.size(), QSize(width, height));
        // Notes, bands and text in several colours, not a blank canvas.
        QVERIFY2(guisupport::distinctColours(image, 3) > 40,
                 qPrintable(QString::number(guisupport::distinctColours(image, 3))));
    }

    void dpiScalesTheNaturalSize()
    {
        const ViewRenderer renderer(*m_sample, View::Board);
        const QSizeF natural = renderer.naturalSize();
        const auto image = renderer.image(ImageSize{0, 0, 48});
        QVERIFY(image.ok());
        QCOMPARE(image->size(), QSize(qRound(natural.width() / 2), qRound(natural.height() / 2)));
        QCOMPARE(qRound(image->dotsPerMeterX() * 0.0254), 48);
    }

    void heatMapDiffersFromBoard()
    {
        const auto board = ViewRenderer(*m_sample, View::Board).image(ImageSize{1000, 700, 0});
        const auto heat = ViewRenderer(*m_sample, View::HeatMap).image(ImageSize{1000, 700, 0});
        QVERIFY(board.ok() && heat.ok());
        QVERIFY(*board != *heat);
        // The critical band's colour tints components only in the heat map.
        const QSet<QRgb> boardColours = guisupport::colourSet(*board, 2);
        const QSet<QRgb> heatColours = guisupport::colourSet(*heat, 2);
        QVERIFY(heatColours.size() > 40);
        QVERIFY(heatColours != boardColours);
    }

    void svgOfEachView_data()
    {
        QTest::addColumn<int>("view");
        for (View v : {View::Board, View::Matrix, View::HeatMap})
            QTest::newRow(render::viewKey(v).toLatin1()) << int(v);
    }
    void svgOfEachView()
    {
        QFETCH(int, view);
        const auto svg = ViewRenderer(*m_sample, View(view)).svg(ImageSize{1000, 600, 0});
        QVERIFY(svg.ok());
        QVERIFY(svg->startsWith("<?xml"));
        QSvgRenderer renderer(*svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.defaultSize(), QSize(1000, 600));
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 1000, 600));
        QImage image(1000, 600, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        QVERIFY(guisupport::distinctColours(image, 3) > 40);
        QVERIFY(svg->contains("Checkout")); // text stays text
    }

    // The export dialog draws the board and the heat map on a worker thread (the scene is no
    // widget; the legend is recorded on the GUI thread): the same picture as on the GUI thread.
    void boardOffGuiThread()
    {
        const QPicture legend = ViewRenderer::heatLegend();
        for (View view : {View::Board, View::HeatMap}) {
            QImage inThread;
            std::unique_ptr<QThread> thread(QThread::create([&] {
                const ViewRenderer renderer(*m_sample, view, legend);
                inThread = *renderer.image(ImageSize{1000, 700, 0});
            }));
            thread->start();
            QVERIFY(thread->wait(60000));
            const QImage here = *ViewRenderer(*m_sample, view).image(ImageSize{1000, 700, 0});
            QCOMPARE(inThread, here);
        }
    }

    void largeWorkshopHeatMap()
    {
        const ViewRenderer renderer(*m_large, View::HeatMap);
        const auto image = renderer.image(ImageSize{1600, 0, 0});
        QVERIFY(image.ok());
        QCOMPARE(image->width(), 1600);
        QVERIFY(guisupport::distinctColours(*image, 3) > 10);
        // Its natural size is far too big for 600 dpi: a clear message instead of a huge image.
        const auto huge = renderer.image(ImageSize{0, 0, 600});
        QVERIFY(!huge.ok());
        QVERIFY(huge.error().message.contains(QStringLiteral("pixels")));
    }

    void pdfPages_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("a4") << QStringLiteral("a4");
        QTest::newRow("letter") << QStringLiteral("letter");
    }
    void pdfPages()
    {
        QFETCH(QString, page);
        render::PdfReport report;
        report.setPageSize(*render::pageSizeFromKey(page));
        report.setTitle(QStringLiteral("Checkout migration"));
        QList<qint64> seen;
        report.setProgress([&](qint64 done, qint64 total) {
            seen << done;
            return done <= total;
        });
        const auto shortPdf = report.write(longHtml(3));
        QVERIFY(shortPdf.ok());
        QVERIFY(shortPdf->startsWith("%PDF-"));
        const int shortPages = pdfPageCount(*shortPdf);
        QVERIFY2(shortPages >= 1 && shortPages <= 2, qPrintable(QString::number(shortPages)));
        QCOMPARE(seen.constFirst(), 0);
        QCOMPARE(seen.constLast(), qint64(shortPages));

        const auto longPdf = report.write(longHtml(60));
        QVERIFY(longPdf.ok());
        const int longPages = pdfPageCount(*longPdf);
        // 300 paragraphs of about 25 words at 10 pt: 10 to 25 pages either size.
        QVERIFY2(longPages >= 10 && longPages <= 25, qPrintable(QString::number(longPages)));
    }

    void pdfPageSizeMatters()
    {
        // Letter is shorter than A4: the same text needs at least as many pages; and the page
        // boxes say which size it is (595 x 842 pt for A4, 612 x 792 pt for Letter).
        render::PdfReport report;
        const auto a4 = report.write(longHtml(60));
        report.setPageSize(render::PageSize::Letter);
        const auto letter = report.write(longHtml(60));
        QVERIFY(a4.ok() && letter.ok());
        QVERIFY(pdfPageCount(*letter) >= pdfPageCount(*a4));
        QVERIFY(a4->contains("/MediaBox [0 0 595"));
        QVERIFY(letter->contains("/MediaBox [0 0 612"));
    }

    // The report of a workshop: the HTML export on pages, the two pictures embedded.
    void workshopReport_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("a4") << int(render::PageSize::A4);
        QTest::newRow("letter") << int(render::PageSize::Letter);
    }
    void workshopReport()
    {
        QFETCH(int, page);
        const auto pdf = render::writeWorkshopReport(*m_sample, render::PageSize(page));
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-"));
        const int pages = pdfPageCount(*pdf);
        // Twelve failure modes with notes and mitigations, participants, matrix, coverage.
        QVERIFY2(pages >= 8 && pages <= 30, qPrintable(QString::number(pages)));
        QCOMPARE(int(QString::fromLatin1(*pdf).count(QStringLiteral("/Subtype /Image"))), 2);
    }

    void largeWorkshopReport()
    {
        const auto small = render::writeWorkshopReport(*m_sample, render::PageSize::A4);
        const auto large = render::writeWorkshopReport(*m_large, render::PageSize::A4);
        QVERIFY(small.ok() && large.ok());
        QVERIFY(large->startsWith("%PDF-"));
        const int pages = pdfPageCount(*large);
        QVERIFY2(pages > 10 * pdfPageCount(*small), qPrintable(QString::number(pages)));
        QCOMPARE(int(QString::fromLatin1(*large).count(QStringLiteral("/Subtype /Image"))), 2);
    }

    void pdfCancel()
    {
        render::PdfReport report;
        report.setProgress([](qint64 done, qint64) { return done < 2; });
        const auto pdf = report.write(longHtml(60));
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().message.contains(QStringLiteral("cancel")));
    }

    void pdfEmbedsPictures()
    {
        render::PdfReport plain, pictured;
        render::addReportPictures(pictured, *m_sample);
        const auto without = plain.write(longHtml(3));
        const auto with = pictured.write(longHtml(3));
        QVERIFY(without.ok() && with.ok());
        QVERIFY(!without->contains("/Subtype /Image"));
        QCOMPARE(int(QString::fromLatin1(*with).count(QStringLiteral("/Subtype /Image"))), 2);
        QVERIFY(pdfPageCount(*with) > pdfPageCount(*without));
    }

    // One palette: the HTML report draws each band in the app's colour with the app's text colour
    // for it (at least 4.5:1), and so does the PDF, which is that page laid out by QTextDocument.
    void reportBandColoursAreTheApps()
    {
        const auto html = exportText(*m_sample, ExportFormat::Html);
        QVERIFY(html.ok());
        const QString page = QString::fromUtf8(*html);
        for (int i = 0; i < vocabularySize<RiskBand>(); ++i) {
            const auto band = RiskBand(i);
            const auto rule =
                QRegularExpression(QStringLiteral("\\.band-%1\\s*\\{([^}]*)\\}").arg(keyOf(band)))
                    .match(page);
            QVERIFY2(rule.hasMatch(), qPrintable(keyOf(band)));
            const auto property = [&](const QString &name) {
                const QRegularExpression declaration(
                    QStringLiteral("(?:^|[;{\\s])%1\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").arg(name));
                return QColor(declaration.match(rule.captured(1)).captured(1));
            };
            const QColor background = property(QStringLiteral("background"));
            const QColor ink = property(QStringLiteral("color"));
            QCOMPARE(background, theme::bandColour(band));
            QCOMPARE(ink, theme::textOn(theme::bandColour(band)));
            QCOMPARE(theme::bandTextColour(band), ink);
            QVERIFY2(theme::contrastRatio(background, ink) >= 4.5, qPrintable(keyOf(band)));
        }
        // No other band rule (an old one left behind would win or confuse).
        QCOMPARE(int(page.count(QRegularExpression(QStringLiteral("\\.band-\\w+\\s*\\{")))),
                 vocabularySize<RiskBand>());

        // The PDF's layout of the page: every "15 High" badge and matrix cell in its band's
        // colours, all four scored bands among them.
        QTextDocument document;
        document.setHtml(page);
        // (QTextDocument gives a cell's class to its text as well as, or instead of, the cell.)
        QSet<RiskBand> seen;
        int coloured = 0;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const std::optional<RiskBand> band = bandOfLabel(fragment.text());
                if (!band)
                    continue;
                QColor background = fragment.charFormat().background().color();
                if (fragment.charFormat().background().style() == Qt::NoBrush) {
                    QTextTable *table = QTextCursor(block).currentTable();
                    if (!table)
                        continue; // a label in running text, not a coloured one
                    background = table->cellAt(fragment.position()).format().background().color();
                }
                QCOMPARE(background, theme::bandColour(*band));
                QCOMPARE(fragment.charFormat().foreground().color(), theme::bandTextColour(*band));
                seen.insert(*band);
                ++coloured;
            }
        }
        // The 25 cells of the matrix table and the ranked risks' badges.
        QVERIFY2(coloured > 25, qPrintable(QString::number(coloured)));
        QCOMPARE(seen.size(), 4);
    }

    // The pictures (PNG and SVG, the CLI's too) draw the bands in the same colours: the matrix's
    // cells and the heat map's legend hold every scored band's colour exactly.
    void pictureBandColoursAreTheReports_data()
    {
        QTest::addColumn<int>("view");
        QTest::newRow("matrix") << int(View::Matrix);
        QTest::newRow("heatmap") << int(View::HeatMap);
    }
    void pictureBandColoursAreTheReports()
    {
        QFETCH(int, view);
        const ViewRenderer renderer(*m_sample, View(view));
        const auto image = renderer.image(ImageSize{});
        QVERIFY(image.ok());
        QHash<QRgb, int> pixels;
        for (int y = 0; y < image->height(); ++y) {
            for (int x = 0; x < image->width(); ++x)
                ++pixels[image->pixel(x, y) | 0xFF000000u];
        }
        const auto svg = renderer.svg(ImageSize{});
        QVERIFY(svg.ok());
        for (int i = int(RiskBand::Low); i < vocabularySize<RiskBand>(); ++i) {
            const auto band = RiskBand(i);
            const QString hex = bandColourHex(band);
            QVERIFY2(pixels.value(QColor(hex).rgb()) >= 400,
                     qPrintable(keyOf(band) + QLatin1Char(' ') +
                                QString::number(pixels.value(QColor(hex).rgb()))));
            QVERIFY2(svg->contains(QStringLiteral("fill=\"%1\"").arg(hex).toLatin1()),
                     qPrintable(keyOf(band)));
        }
    }

    // premortem-cli draws with a QApplication of its own, offscreen without a display.
    void cliPictures()
    {
        const QString png = m_dir.filePath(QStringLiteral("matrix.png"));
        auto r = testsupport::runCli(
            {QStringLiteral("export"), m_samplePath, QStringLiteral("--format"),
             QStringLiteral("png"), QStringLiteral("--view"), QStringLiteral("matrix"),
             QStringLiteral("--width"), QStringLiteral("900"), QStringLiteral("--height"),
             QStringLiteral("700"), QStringLiteral("-o"), png});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QImage image(png);
        QCOMPARE(image.size(), QSize(900, 700));
        QVERIFY(guisupport::distinctColours(image, 3) > 40);

        // SVG to standard output, sized by resolution.
        r = testsupport::runCli({QStringLiteral("export"), m_samplePath,
                                 QStringLiteral("--format=svg"), QStringLiteral("--view"),
                                 QStringLiteral("heatmap"), QStringLiteral("--dpi"),
                                 QStringLiteral("48")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QSvgRenderer svg(r.out.toUtf8());
        QVERIFY(svg.isValid());
        const QSizeF natural = ViewRenderer(*m_sample, View::HeatMap).naturalSize();
        QCOMPARE(svg.defaultSize(), (natural / 2).toSize());

        // PNG to a pipe (not a terminal) is fine.
        QProcess p;
        p.start(QStringLiteral(PREMORTEM_CLI),
                {QStringLiteral("export"), m_samplePath, QStringLiteral("--format"),
                 QStringLiteral("png"), QStringLiteral("--width"), QStringLiteral("500")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(image.loadFromData(p.readAllStandardOutput(), "PNG"));
        QCOMPARE(image.width(), 500);
    }

    // A user's terminal sees nothing but real errors: no Qt start-up chatter, even where the
    // session sets no runtime directory (su, ssh, containers), for each picture format.
    void cliPicturesPrintNoWarnings_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *format : {"png", "svg", "pdf"})
            QTest::newRow(format) << QString::fromLatin1(format);
    }
    void cliPicturesPrintNoWarnings()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(QStringLiteral("quiet.") + format);
        const auto r = testsupport::runCli(
            {QStringLiteral("export"), m_samplePath, QStringLiteral("--format"), format,
             QStringLiteral("-o"), out},
            60000, [](QProcess &p) {
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                // As a user without a display starts it: the program picks its platform itself.
                for (const char *name :
                     {"XDG_RUNTIME_DIR", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
                    env.remove(QString::fromLatin1(name));
                p.setProcessEnvironment(env);
            });
        QVERIFY(r.finished);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.err, QString());
        QVERIFY(QFileInfo(out).size() > 1000);
    }

    void cliPictureErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("view") << QStringList{QStringLiteral("--view"), QStringLiteral("wall")}
                              << QStringLiteral("Unknown view");
        QTest::newRow("width") << QStringList{QStringLiteral("--width"), QStringLiteral("-3")}
                               << QStringLiteral("positive whole number");
        QTest::newRow("both") << QStringList{QStringLiteral("--width"), QStringLiteral("300"),
                                             QStringLiteral("--dpi"), QStringLiteral("96")}
                              << QStringLiteral("not both");
        QTest::newRow("huge") << QStringList{QStringLiteral("--width"), QStringLiteral("99999")}
                              << QStringLiteral("pixels");
    }
    void cliPictureErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("bad.png"));
        const auto r = testsupport::runCli(
            QStringList{QStringLiteral("export"), m_samplePath, QStringLiteral("--format"),
                        QStringLiteral("png"), QStringLiteral("-o"), out} +
            options);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(out)); // nothing half-written
        // A file that is not a workshop: the usual message, exit 2.
        const auto missing = testsupport::runCli(
            {QStringLiteral("export"), m_dir.filePath(QStringLiteral("none.premortem")),
             QStringLiteral("--format"), QStringLiteral("svg")});
        QCOMPARE(missing.code, 2);
        QVERIFY(!missing.err.isEmpty());
    }
};

QTEST_MAIN(TestImageExport)
#include "tst_imageexport.moc"

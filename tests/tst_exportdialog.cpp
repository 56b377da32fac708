// File > Export…: every format offered, a preview of the chosen one, Save writes the file, and a
// 10,000-note export reports progress while the event loop keeps running, and can be cancelled.

#include "exportdialog.h"
#include "guisupport.h"
#include "jsonio.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "workload.h"
#include "workshop.h"

#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace pm;
using render::ExportDialog;

namespace {

// With PREMORTEM_SCREENSHOT_DIR set, the dialog is saved there for a look.
void keepScreenshot(const QImage &image, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workshop> m_sample;
    std::unique_ptr<Workshop> m_large; // 10,000 notes

    static bool waitForPreview(ExportDialog &dialog)
    {
        QSignalSpy ready(&dialog, &ExportDialog::previewReady);
        return ready.wait(120000);
    }

private slots:
    void initTestCase()
    {
        // The window remembers recent files and export folders: never in the user's own settings.
        testsupport::isolateSettings(QStringLiteral("tst_exportdialog"));
        QVERIFY(m_dir.isValid());
        auto sample = importJson(
            testsupport::readAll(QStringLiteral(PREMORTEM_SAMPLES "/checkout-migration.json")),
            m_dir.filePath(QStringLiteral("sample.premortem")));
        QVERIFY(sample.ok());
        m_sample = std::move(sample.value());
        auto large = Workshop::createFromRows(m_dir.filePath(QStringLiteral("large.premortem")),
                                              bench::generateWorkshop(10000, 11));
        QVERIFY(large.ok());
        m_large = std::move(large.value());
    }

    void offersEveryFormat()
    {
        ExportDialog dialog(m_sample.get());
        QCOMPARE(dialog.formatKeys(),
                 QStringLiteral("md,html,pdf,csv-jira,csv-github,checklist,adr,json,png,svg")
                     .split(QLatin1Char(',')));
        QVERIFY(!dialog.setFormatKey(QStringLiteral("docx")));
        QVERIFY(dialog.setFormatKey(QStringLiteral("csv-jira")));
        // "<title>.<suffix>" beside the workshop file.
        QCOMPARE(dialog.suggestedPath(),
                 m_dir.filePath(m_sample->info().title + QStringLiteral(".csv")));
    }

    // File > Export… (Ctrl+E) opens the dialog for the open workshop; disabled without one.
    void fileMenuOpensTheDialog()
    {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("actionExport"));
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_E)));
        QVERIFY(!action->isEnabled());
        QMenu *file = nullptr;
        for (QAction *top : window.menuBar()->actions()) {
            if (top->menu() && top->menu()->actions().contains(action))
                file = top->menu();
        }
        QVERIFY(file);
        QVERIFY(
            file->actions().contains(window.findChild<QAction *>(QStringLiteral("actionSaveAs"))));

        const QString path = m_dir.filePath(QStringLiteral("menu.premortem"));
        QVERIFY(QFile::copy(m_sample->path(), path));
        QVERIFY(window.openFile(path));
        QVERIFY(action->isEnabled());
        bool opened = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = window.findChild<ExportDialog *>();
            opened = dialog && dialog->isModal();
            if (dialog)
                dialog->reject();
        });
        action->trigger(); // returns once the dialog is closed
        QVERIFY(opened);
    }

    void previewShowsTheChosenFormat()
    {
        ExportDialog dialog(m_sample.get());
        dialog.resize(1920, 1080);
        dialog.show(); // as exec() does: the first preview comes once the dialog is up
        QVERIFY(waitForPreview(dialog)); // the first format, Markdown
        QCOMPARE(dialog.formatKey(), QStringLiteral("md"));
        const QString markdown = dialog.previewText();
        QVERIFY2(markdown.contains(QStringLiteral("# ")), qPrintable(markdown.left(200)));
        QVERIFY(markdown.contains(QStringLiteral("Payment retries double-charge customers")));

        QVERIFY(dialog.setFormatKey(QStringLiteral("html")));
        QVERIFY(waitForPreview(dialog));
        const QString html = dialog.previewText();
        QVERIFY(html.contains(QStringLiteral("Payment retries double-charge customers")));
        QVERIFY2(!html.contains(QStringLiteral("<h")), qPrintable(html.left(200))); // rendered

        QVERIFY(dialog.setFormatKey(QStringLiteral("csv-github")));
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog.previewText().contains(QLatin1Char(',')));
        QVERIFY(dialog.previewText() != markdown);

        QVERIFY(dialog.setFormatKey(QStringLiteral("png")));
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog.previewText().isEmpty());
        QVERIFY(dialog.previewImage().width() >= 900);
        QVERIFY(guisupport::distinctColours(dialog.previewImage(), 3) > 40);

        // What a person sees.
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage grab = dialog.grab().toImage();
        QVERIFY(guisupport::distinctColours(grab, 4) > 40);
        keepScreenshot(grab, QStringLiteral("export-png.png"));
        QVERIFY(dialog.setFormatKey(QStringLiteral("md")));
        QVERIFY(waitForPreview(dialog));
        keepScreenshot(dialog.grab().toImage(), QStringLiteral("export-md.png"));
        QVERIFY(dialog.setFormatKey(QStringLiteral("pdf")));
        QVERIFY(waitForPreview(dialog));
        keepScreenshot(dialog.grab().toImage(), QStringLiteral("export-pdf.png"));
    }

    // A Jira CSV that would hold only its header says why under the preview.
    void emptyBacklogSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("undecided.premortem"));
        QVERIFY(QFile::copy(m_sample->path(), path));
        auto opened = Workshop::open(path);
        QVERIFY(opened.ok());
        Workshop &w = *opened.value();
        ChangeSet changes;
        for (Mitigation m : w.rows<Mitigation>()) {
            m.destination = Destination::None;
            changes << m;
        }
        QVERIFY(w.apply(changes).ok());
        ExportDialog dialog(&w);
        QVERIFY(dialog.setFormatKey(QStringLiteral("csv-jira")));
        dialog.show();
        QVERIFY(waitForPreview(dialog));
        QCOMPARE(dialog.previewText().trimmed().count(QLatin1Char('\n')), 0); // the header only
        const QString why = dialog.statusText();
        QVERIFY2(why.contains(QStringLiteral("No mitigation has the destination “Backlog item”")) &&
                     why.contains(QStringLiteral("%1 mitigation").arg(changes.size())) &&
                     why.contains(QStringLiteral("“Not yet decided”")) &&
                     why.contains(QStringLiteral("Mitigations panel")),
                 qPrintable(why));
        // One decided mitigation is enough: the reason goes.
        Mitigation first = w.rows<Mitigation>().constFirst();
        first.destination = Destination::Backlog;
        QVERIFY(w.apply({first}).ok());
        QVERIFY(dialog.setFormatKey(QStringLiteral("csv-github")));
        QVERIFY(waitForPreview(dialog));
        QVERIFY(dialog.statusText().isEmpty());
        QVERIFY(dialog.previewText().trimmed().count(QLatin1Char('\n')) >= 1);
    }

    void savesPictures()
    {
        ExportDialog dialog(m_sample.get());
        QVERIFY(dialog.setFormatKey(QStringLiteral("png")));
        dialog.setView(render::View::Matrix);
        dialog.setImageSize(render::ImageSize{800, 600, 0});
        const QString path = m_dir.filePath(QStringLiteral("matrix.png"));
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.exportTo(path);
        QVERIFY(exported.count() == 1 || exported.wait(60000));
        QCOMPARE(QImage(path).size(), QSize(800, 600));

        QVERIFY(dialog.setFormatKey(QStringLiteral("svg")));
        dialog.setView(render::View::HeatMap);
        const QString svg = m_dir.filePath(QStringLiteral("heat.svg"));
        dialog.exportTo(svg);
        QVERIFY(exported.count() == 2 || exported.wait(60000));
        QVERIFY(testsupport::readAll(svg).contains("<svg width=\"800\" height=\"600\""));
    }

    void writeErrorIsShown()
    {
        ExportDialog dialog(m_sample.get());
        QVERIFY(dialog.setFormatKey(QStringLiteral("json")));
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        dialog.exportTo(m_dir.filePath(QStringLiteral("no/such/folder/out.json")));
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("Could not")));
    }

    // The GUI thread keeps running while a 10,000-note PDF is made: a timer keeps firing and the
    // progress bar moves; the PDF has many more pages than the sample's.
    void largeExportKeepsTheGuiRunning()
    {
        ExportDialog dialog(m_large.get());
        QVERIFY(dialog.setFormatKey(QStringLiteral("pdf")));
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("exportProgress"));
        QVERIFY(bar);
        QSet<int> values;
        dialog.resize(1920, 1080);
        connect(bar, &QProgressBar::valueChanged, this, [&](int v) {
            if (values.isEmpty() && v > 0)
                keepScreenshot(dialog.grab().toImage(), QStringLiteral("export-busy.png"));
            values.insert(v);
        });
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start(20);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        const QString path = m_dir.filePath(QStringLiteral("large.pdf"));
        QElapsedTimer clock;
        clock.start();
        dialog.exportTo(path);
        QVERIFY(exported.wait(300000));
        const qint64 elapsed = clock.elapsed();
        QVERIFY(dialog.isBusy() == false);
        // Most of the time the timer got its turn (the GUI thread only draws the matrix).
        QVERIFY2(ticks >= elapsed / 20 / 3,
                 qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(elapsed)));
        QVERIFY2(values.size() >= 3, qPrintable(QString::number(values.size())));
        const QByteArray pdf = testsupport::readAll(path);
        QVERIFY(pdf.startsWith("%PDF-"));
        const int pages = int(QString::fromLatin1(pdf).count(
            QRegularExpression(QStringLiteral("/Type\\s*/Page(?![s\\w])"))));
        QVERIFY2(pages > 30, qPrintable(QString::number(pages)));
    }

    void cancelWritesNothing()
    {
        ExportDialog dialog(m_large.get());
        QVERIFY(dialog.setFormatKey(QStringLiteral("pdf")));
        auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("exportProgress"));
        connect(bar, &QProgressBar::valueChanged, &dialog, [&](int v) {
            if (v > 0)
                dialog.reject(); // what Cancel and Esc do while it runs
        });
        QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        dialog.exportTo(path);
        QVERIFY(failed.wait(300000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(QStringLiteral("cancel")));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!dialog.isBusy());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"

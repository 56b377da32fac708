#include "exportdialog.h"

#include "emptyexport.h"

#include "exporter.h"
#include "exportrunner.h"
#include "filename.h"
#include "reportpictures.h"
#include "workshop.h"
#include "workshopreport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace render {

namespace {

// The preview shows the beginning of a big export: a 10,000-note Markdown file is megabytes,
// which a text view would take seconds to lay out.
constexpr qsizetype kPreviewBytes = 256 * 1024;
constexpr int kPreviewPictureWidth = 900;

struct Format
{
    QString key;
    const char *label;
    QString suffix;
    std::optional<pm::ExportFormat> text; // none: png, svg or pdf
};

const QList<Format> &formats()
{
    using pm::ExportFormat;
    auto text = [](ExportFormat f, const char *label) {
        return Format{pm::exportFormatKey(f), label, pm::exportFormatSuffix(f), f};
    };
    static const QList<Format> list{
        text(ExportFormat::Markdown, QT_TRANSLATE_NOOP("render::ExportDialog", "Markdown report")),
        text(ExportFormat::Html, QT_TRANSLATE_NOOP("render::ExportDialog", "HTML report")),
        Format{QStringLiteral("pdf"), QT_TRANSLATE_NOOP("render::ExportDialog", "PDF report"),
               QStringLiteral("pdf"), std::nullopt},
        text(ExportFormat::CsvJira,
             QT_TRANSLATE_NOOP("render::ExportDialog", "Jira issues (CSV import)")),
        text(ExportFormat::CsvGithub,
             QT_TRANSLATE_NOOP("render::ExportDialog", "GitHub issues (CSV)")),
        text(ExportFormat::Checklist,
             QT_TRANSLATE_NOOP("render::ExportDialog", "Launch checklist (Markdown)")),
        text(ExportFormat::Adr,
             QT_TRANSLATE_NOOP("render::ExportDialog", "Architecture decision record (Markdown)")),
        text(ExportFormat::Json,
             QT_TRANSLATE_NOOP("render::ExportDialog", "JSON (the whole workshop)")),
        Format{QStringLiteral("png"), QT_TRANSLATE_NOOP("render::ExportDialog", "PNG picture"),
               QStringLiteral("png"), std::nullopt},
        Format{QStringLiteral("svg"), QT_TRANSLATE_NOOP("render::ExportDialog", "SVG picture"),
               QStringLiteral("svg"), std::nullopt},
    };
    return list;
}

const Format &currentFormat(const QComboBox *combo)
{
    return formats().at(qBound(0, combo->currentIndex(), int(formats().size()) - 1));
}

} // namespace

ExportDialog::ExportDialog(pm::Workshop *workshop, QWidget *parent)
    : QDialog(parent), m_workshop(workshop)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const Format &f : formats())
        m_format->addItem(tr("%1 (.%2)").arg(tr(f.label), f.suffix), f.key);

    m_view = new QComboBox;
    for (View v : {View::Board, View::HeatMap, View::Matrix})
        m_view->addItem(viewName(v), int(v));
    m_sizeBy = new QComboBox;
    m_sizeBy->addItem(tr("Pixels"));
    m_sizeBy->addItem(tr("Resolution"));
    m_width = new QSpinBox;
    m_width->setRange(16, ImageSize::kMaxSide);
    m_width->setValue(ImageSize::kDefaultWidth);
    m_width->setSuffix(tr(" px wide"));
    m_height = new QSpinBox;
    m_height->setRange(0, ImageSize::kMaxSide);
    m_height->setSpecialValueText(tr("height to fit"));
    m_height->setSuffix(tr(" px high"));
    m_dpi = new QSpinBox;
    m_dpi->setRange(ImageSize::kMinDpi, ImageSize::kMaxDpi);
    m_dpi->setValue(192);
    m_dpi->setSuffix(tr(" dpi (96 = 100% zoom)"));
    m_sizeRow = new QWidget;
    auto *sizeLayout = new QHBoxLayout(m_sizeRow);
    sizeLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_sizeBy), static_cast<QWidget *>(m_width),
                       static_cast<QWidget *>(m_height), static_cast<QWidget *>(m_dpi)})
        sizeLayout->addWidget(w);
    sizeLayout->addStretch();
    m_page = new QComboBox;
    m_page->addItem(tr("A4"), int(PageSize::A4));
    m_page->addItem(tr("Letter"), int(PageSize::Letter));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Format:"), m_format);
    m_viewLabel = new QLabel(tr("&View:"));
    m_viewLabel->setBuddy(m_view);
    form->addRow(m_viewLabel, m_view);
    m_sizeLabel = new QLabel(tr("&Size:"));
    m_sizeLabel->setBuddy(m_sizeBy);
    form->addRow(m_sizeLabel, m_sizeRow);
    m_pageLabel = new QLabel(tr("&Page size:"));
    m_pageLabel->setBuddy(m_page);
    form->addRow(m_pageLabel, m_page);

    m_previewText = new QTextBrowser;
    m_previewText->setObjectName(QStringLiteral("exportPreview"));
    m_previewText->setOpenLinks(false);
    m_previewPicture = new QLabel;
    m_previewPicture->setAlignment(Qt::AlignCenter);
    m_previewScroll = new QScrollArea;
    m_previewScroll->setWidget(m_previewPicture);
    m_previewScroll->setWidgetResizable(true);
    m_previewStack = new QStackedWidget;
    m_previewStack->addWidget(m_previewText);
    m_previewStack->addWidget(m_previewScroll);

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = m_buttons->addButton(tr("&Save…"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &ExportDialog::promptSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview:")));
    layout->addWidget(m_previewStack, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(900, 700);

    newRunner();
    auto changed = [this] {
        updateOptions();
        refreshPreview();
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_view, &QComboBox::currentIndexChanged, this, changed);
    connect(m_sizeBy, &QComboBox::currentIndexChanged, this, &ExportDialog::updateOptions);
    updateOptions();
    // The first preview once the dialog is up, so opening it is instant.
    QMetaObject::invokeMethod(this, &ExportDialog::refreshPreview, Qt::QueuedConnection);
}

ExportDialog::~ExportDialog() = default; // the runners' destructors wait for their workers

void ExportDialog::newRunner()
{
    m_runner = new ExportRunner(this);
    connect(m_runner, &ExportRunner::progressChanged, this, &ExportDialog::onProgress);
    connect(m_runner, &ExportRunner::finished, this, &ExportDialog::onFinished);
    connect(m_runner, &ExportRunner::failed, this, &ExportDialog::onFailed);
}

void ExportDialog::dropPreview()
{
    if (m_job != Job::Preview)
        return;
    m_runner->abandon();
    newRunner();
    m_job = Job::None;
    setBusy(false, QString());
}

void ExportDialog::run(pm::Workshop *workshop, QWidget *parent)
{
    ExportDialog dialog(workshop, parent);
    dialog.exec(); // application-modal: see the header
}

QStringList ExportDialog::formatKeys() const
{
    QStringList keys;
    for (const Format &f : formats())
        keys << f.key;
    return keys;
}

QString ExportDialog::formatKey() const
{
    return m_format->currentData().toString();
}

bool ExportDialog::setFormatKey(const QString &key)
{
    const int i = m_format->findData(key);
    if (i < 0)
        return false;
    m_format->setCurrentIndex(i);
    return true;
}

void ExportDialog::setView(View view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

void ExportDialog::setImageSize(const ImageSize &size)
{
    m_sizeBy->setCurrentIndex(size.dpi > 0 ? 1 : 0);
    if (size.dpi > 0)
        m_dpi->setValue(size.dpi);
    else {
        m_width->setValue(size.width > 0 ? size.width : ImageSize::kDefaultWidth);
        m_height->setValue(size.height);
    }
}

void ExportDialog::setPageSize(PageSize page)
{
    m_page->setCurrentIndex(m_page->findData(int(page)));
}

bool ExportDialog::isText() const
{
    return currentFormat(m_format).text.has_value();
}

bool ExportDialog::isPicture() const
{
    return !isText() && !isPdf();
}

bool ExportDialog::isPdf() const
{
    return formatKey() == QLatin1String("pdf");
}

ImageSize ExportDialog::imageSize() const
{
    if (m_sizeBy->currentIndex() == 1)
        return ImageSize{0, 0, m_dpi->value()};
    return ImageSize{m_width->value(), m_height->value(), 0};
}

QString ExportDialog::suggestedPath() const
{
    const QString name = pm::safeFileName(m_workshop->info().title, tr("workshop"));
    const QString folder = QFileInfo(m_workshop->path()).absolutePath();
    return QDir(folder).filePath(name + QLatin1Char('.') + currentFormat(m_format).suffix);
}

void ExportDialog::updateOptions()
{
    const bool picture = isPicture();
    for (QWidget *w : {static_cast<QWidget *>(m_viewLabel), static_cast<QWidget *>(m_view),
                       static_cast<QWidget *>(m_sizeLabel), m_sizeRow})
        w->setVisible(picture);
    m_pageLabel->setVisible(isPdf());
    m_page->setVisible(isPdf());
    const bool byDpi = m_sizeBy->currentIndex() == 1;
    m_width->setVisible(!byDpi);
    m_height->setVisible(!byDpi);
    m_dpi->setVisible(byDpi);
}

QString ExportDialog::previewText() const
{
    return m_previewStack->currentWidget() == m_previewText ? m_previewText->toPlainText()
                                                            : QString();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

QImage ExportDialog::previewImage() const
{
    return m_picture;
}

bool ExportDialog::isBusy() const
{
    return m_job != Job::None;
}

void ExportDialog::refreshPreview()
{
    if (m_job == Job::Save)
        return; // the format controls are disabled meanwhile; the save's preview stays
    dropPreview();
    m_previewText->clear();
    m_picture = QImage();
    m_previewPicture->clear();
    if (isPicture()) {
        m_previewStack->setCurrentWidget(m_previewScroll);
    } else {
        m_previewStack->setCurrentWidget(m_previewText);
    }
    startJob(Job::Preview, QString());
}

void ExportDialog::showPreviewPicture(const QByteArray &png)
{
    m_picture.loadFromData(png, "PNG");
    m_previewPicture->setPixmap(QPixmap::fromImage(m_picture));
    showStatus(QString(), false);
    emit previewReady();
}

void ExportDialog::showPreviewText(const QByteArray &bytes)
{
    const bool cut = bytes.size() > kPreviewBytes;
    const QString text = QString::fromUtf8(cut ? bytes.left(kPreviewBytes) : bytes);
    // The PDF report is the HTML report on pages: the preview shows it rendered either way.
    const pm::ExportFormat shown = isPdf() ? pm::ExportFormat::Html : *currentFormat(m_format).text;
    if (shown == pm::ExportFormat::Html)
        m_previewText->setHtml(text);
    else
        m_previewText->setPlainText(text);
    // A backlog CSV of only its header says why, so nobody saves an empty import unawares.
    const QString empty =
        isPdf() ? QString() : pm::emptyExportReason(*m_workshop, *currentFormat(m_format).text);
    showStatus(cut ? tr("The preview shows the first %1 KB of %2 KB.")
                         .arg(kPreviewBytes / 1024)
                         .arg(bytes.size() / 1024)
                   : empty,
               false);
    emit previewReady();
}

void ExportDialog::promptSave()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export As"), suggestedPath(),
        tr("%1 (*.%2)").arg(tr(currentFormat(m_format).label), currentFormat(m_format).suffix));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    if (m_job == Job::Save)
        return;
    dropPreview();
    startJob(Job::Save, path);
}

void ExportDialog::startJob(Job job, const QString &path)
{
    m_job = job;
    m_savePath = path;
    pm::Workshop *workshop = m_workshop;
    const bool save = job == Job::Save;
    ExportRunner::Work work;
    if (isPicture()) {
        const View view = View(m_view->currentData().toInt());
        const bool png = !save || formatKey() == QLatin1String("png");
        // The preview as wide as its area (at least a legible minimum), so notes show text.
        const int previewWidth =
            qMax(kPreviewPictureWidth, m_previewScroll->viewport()->width() - 4);
        const ImageSize size = save ? imageSize() : ImageSize{previewWidth, 0, 0};
        if (view == View::Matrix) {
            // The matrix is a widget: drawn here, on the GUI thread (a few card rectangles,
            // quick for any workshop); the runner only hands the bytes back.
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            const ViewRenderer renderer(*workshop, view);
            const auto bytes = png ? renderer.png(size) : renderer.svg(size);
            QGuiApplication::restoreOverrideCursor();
            work = [bytes](const ExportRunner::Progress &) {
                return bytes;
            };
        } else {
            // The board scene of 10,000 notes takes a second or two to build and paint.
            const QPicture legend = view == View::HeatMap ? ViewRenderer::heatLegend() : QPicture();
            work = [workshop, view, legend, png, size](const ExportRunner::Progress &progress) {
                progress(0, 1);
                const ViewRenderer renderer(*workshop, view, legend);
                return png ? renderer.png(size) : renderer.svg(size);
            };
        }
    } else if (isPdf() && save) {
        // The matrix needs the GUI thread; the heat map, the text and the pages do not.
        PdfReport report;
        report.setPageSize(PageSize(m_page->currentData().toInt()));
        report.setTitle(workshop->info().title);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        addReportPicture(report, *workshop, View::Matrix);
        const QPicture legend = ViewRenderer::heatLegend();
        QGuiApplication::restoreOverrideCursor();
        work = [workshop, report, legend](const ExportRunner::Progress &progress) {
            return finishWorkshopReport(report, *workshop, legend, progress);
        };
    } else {
        // The PDF's preview is the HTML it lays out.
        const pm::ExportFormat format =
            isPdf() ? pm::ExportFormat::Html : *currentFormat(m_format).text;
        work = [workshop, format](const ExportRunner::Progress &progress) {
            pm::ExportOptions options;
            options.progress = progress;
            return pm::exportText(*workshop, format, options);
        };
    }
    setBusy(true, save ? tr("Exporting…") : tr("Making the preview…"));
    m_runner->start(std::move(work));
}

void ExportDialog::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // QProgressBar takes ints; a ratio keeps any total in range.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
}

void ExportDialog::onFinished(const QByteArray &bytes)
{
    const Job job = std::exchange(m_job, Job::None);
    setBusy(false, QString());
    if (job == Job::Preview) {
        if (isPicture())
            showPreviewPicture(bytes);
        else
            showPreviewText(bytes);
        return;
    }
    if (writeFile(m_savePath, bytes))
        emit exported(m_savePath);
}

void ExportDialog::onFailed(const QString &message, bool cancelled)
{
    const Job job = std::exchange(m_job, Job::None);
    setBusy(false, QString());
    const QString shown = cancelled ? tr("Export cancelled; no file was written.") : message;
    showStatus(shown, !cancelled);
    if (job == Job::Save)
        emit exportFailed(shown);
}

void ExportDialog::setBusy(bool busy, const QString &status)
{
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0); // busy until the first figures arrive
    for (QWidget *w : {static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_view), m_sizeRow,
                       static_cast<QWidget *>(m_page)})
        w->setEnabled(!busy || m_job == Job::Preview);
    m_save->setEnabled(!busy || m_job == Job::Preview);
    // While a job runs the Close button cancels it (Esc too, through reject()).
    m_buttons->button(QDialogButtonBox::Close)
        ->setText(busy && m_job == Job::Save ? tr("Cancel") : tr("Close"));
    if (busy)
        showStatus(status, false);
}

void ExportDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    // Dark red with the word itself saying it went wrong: never colour alone.
    m_status->setStyleSheet(error ? QStringLiteral("color: #8B0000; font-weight: bold;")
                                  : QString());
}

bool ExportDialog::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        const QString message =
            tr("Could not write “%1”: %2. Choose another folder or free some space, then save "
               "again.")
                .arg(QDir::toNativeSeparators(path), file.errorString());
        showStatus(message, true);
        emit exportFailed(message);
        return false;
    }
    showStatus(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void ExportDialog::reject()
{
    if (m_job == Job::Save) {
        m_runner->cancel(); // onFailed() reports it; the dialog stays for another try
        return;
    }
    dropPreview();
    QDialog::reject();
}

} // namespace render

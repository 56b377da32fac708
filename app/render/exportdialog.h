#pragma once

// File > Export…: every format in one place. Pick the format (and for pictures the view and size,
// for the PDF the page size), look at a preview (the text formats as text, HTML rendered, the
// pictures as a picture), then Save… to a file. Long exports run on a worker thread with a
// progress bar and Cancel, so the window keeps painting and answering.
//
// The worker reads the workshop's in-memory tables while the GUI thread goes on. That is safe
// only while nothing edits the workshop, so the dialog is application-modal (exec()) and stays
// open until its job has finished or been cancelled: no window can take an edit meanwhile. (A
// snapshot copy would cost a second workshop in memory for every export, 10,000 notes included.)

#include "imagesize.h"
#include "pdfreport.h"
#include "viewrenderer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace pm {
class Workshop;
}

namespace render {

class ExportRunner;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ExportDialog(pm::Workshop *workshop, QWidget *parent = nullptr);
    ~ExportDialog() override;

    // Opens the dialog for this workshop and returns when it is closed.
    static void run(pm::Workshop *workshop, QWidget *parent);

    // The formats offered, by their command-line key ("md", "pdf", "png", ...).
    QStringList formatKeys() const;
    QString formatKey() const;
    bool setFormatKey(const QString &key);
    void setView(View view);
    void setImageSize(const ImageSize &size);
    void setPageSize(PageSize page);
    // "<title>.<suffix>" in the workshop's folder.
    QString suggestedPath() const;

    // What the preview shows now, as plain text (empty while it is being made or for pictures).
    QString previewText() const;
    QImage previewImage() const;
    // The line below the preview: progress, why an export is empty, what was saved, errors.
    QString statusText() const;
    bool isBusy() const;
    // What Save… does once a file is chosen (public for tests).
    void exportTo(const QString &path);

signals:
    void previewReady();
    void exported(const QString &path);
    void exportFailed(const QString &message);

public slots:
    void reject() override; // cancels a running export first; a second press closes

private:
    enum class Job
    {
        None,
        Preview,
        Save
    };
    bool isText() const;
    bool isPicture() const;
    bool isPdf() const;
    ImageSize imageSize() const;
    void newRunner();
    void dropPreview(); // an outdated preview finishes unheard
    void updateOptions();
    void refreshPreview();
    void showPreviewText(const QByteArray &bytes);
    void showPreviewPicture(const QByteArray &png);
    void promptSave();
    void startJob(Job job, const QString &path);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const QByteArray &bytes);
    void onFailed(const QString &message, bool cancelled);
    void setBusy(bool busy, const QString &status);
    void showStatus(const QString &text, bool error);
    bool writeFile(const QString &path, const QByteArray &bytes);

    pm::Workshop *m_workshop;
    ExportRunner *m_runner;
    Job m_job = Job::None;
    QString m_savePath;

    QComboBox *m_format;
    QLabel *m_viewLabel;
    QComboBox *m_view;
    QLabel *m_sizeLabel;
    QWidget *m_sizeRow;
    QComboBox *m_sizeBy;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
    QLabel *m_pageLabel;
    QComboBox *m_page;
    QStackedWidget *m_previewStack;
    QTextBrowser *m_previewText;
    QScrollArea *m_previewScroll;
    QLabel *m_previewPicture;
    QImage m_picture;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace render

#include "lookbackstatsdialog.h"

#include "calibrationtables.h"
#include "htmlwriter.h"
#include "lookbacksection.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

LookbackStatsDialog::LookbackStatsDialog(QWidget *parent)
    : QDialog(parent), m_heading(new QLabel(this)), m_view(new QTextBrowser(this))
{
    setWindowTitle(tr("Look-back Statistics"));
    m_heading->setObjectName(QStringLiteral("statsHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont f = m_heading->font();
    f.setPointSizeF(16);
    f.setBold(true);
    m_heading->setFont(f);
    m_view->setObjectName(QStringLiteral("statsView"));
    m_view->setOpenLinks(false);
    f = m_view->font();
    f.setPointSizeF(14);
    m_view->setFont(f);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *choose = buttons->addButton(tr("Choose &Folder…"), QDialogButtonBox::ActionRole);
    connect(choose, &QPushButton::clicked, this, &LookbackStatsDialog::chooseFolder);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1100, 800);
}

void LookbackStatsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder of Workshops"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
    if (!folder.isEmpty())
        showFolder(folder);
}

void LookbackStatsDialog::showFolder(const QString &folder)
{
    m_folder = folder;
    {
        // Opening many files takes a moment; each is only read.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_stats = pm::lookbackStats(pm::workshopFilesIn(folder));
        QApplication::restoreOverrideCursor();
    }
    m_heading->setText(tr("%1: %2 workshops counted, %3 with a look-back, %4 skipped")
                           .arg(QDir::toNativeSeparators(folder))
                           .arg(m_stats.counted.size())
                           .arg(m_stats.withOutcomes.size())
                           .arg(m_stats.skipped.size()));
    pm::ReportDocument doc;
    doc.title = windowTitle();
    if (m_stats.counted.isEmpty() && m_stats.skipped.isEmpty())
        doc.paragraph(tr("There are no .premortem files in this folder."));
    else if (!m_stats.total.hasOutcomes())
        doc.paragraph(tr("None of these workshops has a look-back yet."));
    if (!m_stats.counted.isEmpty())
        pm::addTables(doc, pm::calibrationTables(m_stats.total), 3);
    if (!m_stats.skipped.isEmpty()) {
        doc.heading(3, tr("Skipped files"));
        QList<pm::ReportItem> items;
        for (const pm::SkippedFile &s : m_stats.skipped)
            items << pm::ReportItem{tr("%1: %2").arg(QFileInfo(s.path).fileName(), s.reason)};
        doc.list(items);
    }
    // The report's own HTML writer, so the dialog shows the tables as the report prints them.
    m_view->setHtml(QString::fromUtf8(pm::renderHtml(doc)));
}

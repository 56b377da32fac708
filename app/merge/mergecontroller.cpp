#include "mergecontroller.h"

#include "banner.h"
#include "errormessage.h"
#include "mainwindow.h"
#include "mergecommand.h"
#include "mergepreviewdialog.h"
#include "preparationdialog.h"
#include "preparationpack.h"
#include "prepareview.h"
#include "workshop.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace {

// Reading and checking many files takes a moment: show it, and always restore the cursor.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

// A message that names its file as it is, or "name: message" when it does not.
QString aboutFile(const QString &path, const QString &message)
{
    return message.contains(shown(path))
               ? message
               : MergeController::tr("“%1”: %2").arg(shown(path), message);
}

QStringList names(const QStringList &paths)
{
    QStringList result;
    for (const QString &p : paths)
        result << shown(p);
    return result;
}

} // namespace

MergeController::MergeController(MainWindow *window)
    : QObject(window), m_window(window), m_mergeAction(new QAction(tr("&Merge Files…"), window)),
      m_prepareAction(new QAction(tr("Create &Preparation Files…"), window))
{
    m_prepareAction->setObjectName(QStringLiteral("actionPrepareFiles"));
    m_prepareAction->setStatusTip(
        tr("Write one small file per participant to prepare their notes before the workshop"));
    connect(m_prepareAction, &QAction::triggered, this, &MergeController::promptPrepare);
    m_mergeAction->setObjectName(QStringLiteral("actionMergeFiles"));
    m_mergeAction->setStatusTip(
        tr("Fold participants' files into this workshop, after a preview of the changes"));
    connect(m_mergeAction, &QAction::triggered, this, &MergeController::promptMergeFiles);
    // Files may be dropped anywhere on the window, the board included (whose scene would take
    // the drag and refuse it): watch the drags of every widget of this window.
    window->setAcceptDrops(true);
    qApp->installEventFilter(this);
    updateActions();
}

MergeController::~MergeController() = default;

void MergeController::updateActions()
{
    m_mergeAction->setEnabled(writableProblem().isEmpty());
    const pm::Workshop *w = m_window->workshop();
    m_prepareAction->setEnabled(w && !PrepareView::isPack(w));
}

bool MergeController::createPreparationFiles(const QList<QUuid> &participants,
                                             const QString &folder, const QString &file,
                                             bool replace, QString *error, QStringList *written)
{
    const pm::Workshop *w = m_window->workshop();
    auto failed = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!w)
        return failed(tr("Open a workshop first."));
    if (participants.isEmpty())
        return failed(tr("Choose at least one participant."));
    QStringList files;
    if (!file.isEmpty()) {
        if (participants.size() != 1)
            return failed(tr("One file holds one participant's notes; choose a folder for more."));
        if (pm::Status s = pm::PreparationPack::write(*w, participants.first(), file, replace); !s)
            return failed(s.error().message);
        files << file;
    } else {
        auto all = pm::PreparationPack::writeAll(*w, participants, folder, replace);
        if (!all)
            return failed(all.error().message);
        files = *all;
    }
    if (written)
        *written = files;
    m_window->statusBar()->showMessage(
        tr("Wrote %1 preparation file(s) to %2.")
            .arg(files.size())
            .arg(QDir::toNativeSeparators(QFileInfo(files.first()).absolutePath())),
        15000);
    return true;
}

void MergeController::promptPrepare()
{
    const pm::Workshop *w = m_window->workshop();
    if (!w)
        return;
    const QString title = tr("Cannot Create Preparation Files");
    if (w->rows<pm::Participant>().isEmpty()) {
        showErrorMessage(m_window, title,
                         tr("This workshop has no participants yet; add them first."));
        return;
    }
    PreparationDialog dialog(*w, QFileInfo(w->path()).absolutePath(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString file = dialog.singleFile();
    QStringList existing;
    if (!file.isEmpty()) {
        if (QFileInfo::exists(file))
            existing << file; // the save dialog asked already
    } else {
        for (const QString &p :
             pm::PreparationPack::paths(*w, dialog.participants(), dialog.folder())) {
            if (QFileInfo::exists(p))
                existing << shown(p);
        }
    }
    bool replace = !file.isEmpty() && !existing.isEmpty();
    if (file.isEmpty() && !existing.isEmpty()) {
        QMessageBox ask(QMessageBox::Question, tr("Replace Preparation Files?"),
                        tr("These files exist already:") + QStringLiteral("\n\n• ") +
                            existing.join(QStringLiteral("\n• ")) + QStringLiteral("\n\n") +
                            tr("Replace them? Notes written in them since would be lost."),
                        QMessageBox::Cancel, m_window);
        ask.setTextFormat(Qt::PlainText);
        QPushButton *yes = ask.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != yes)
            return;
        replace = true;
    }
    QString error;
    if (!createPreparationFiles(dialog.participants(), dialog.folder(), file, replace, &error))
        showErrorMessage(m_window, title, error);
}

QString MergeController::writableProblem() const
{
    const pm::Workshop *w = m_window->workshop();
    if (!w)
        return tr("Open the workshop to merge into first.");
    if (w->isReadOnly())
        return w->readOnlyReason().isEmpty() ? tr("This workshop is open for viewing only.")
                                             : w->readOnlyReason();
    return {};
}

QStringList MergeController::workshopFiles(const QList<QUrl> &urls)
{
    QStringList files;
    for (const QUrl &url : urls) {
        const QString path = url.toLocalFile();
        if (!path.isEmpty() &&
            QFileInfo(path).suffix().compare(QLatin1String("premortem"), Qt::CaseInsensitive) == 0)
            files << path;
    }
    return files;
}

MergeController::Check MergeController::check(const QStringList &paths) const
{
    Check result;
    pm::Workshop *w = m_window->workshop();
    if (!w)
        return result;
    for (const QString &path : paths) {
        pm::Merger alone(*w);
        const pm::Status status = alone.addSource(path);
        if (status)
            continue;
        // Would it merge on purpose? Then it is only another workshop.
        pm::Merger across(*w, pm::MergeOptions{true});
        if (across.addSource(path))
            result.otherWorkshops << aboutFile(path, status.error().message);
        else
            result.problems << aboutFile(path, status.error().message);
    }
    return result;
}

pm::Result<std::unique_ptr<pm::Merger>> MergeController::load(const QStringList &paths,
                                                              bool acrossWorkshops) const
{
    if (const QString problem = writableProblem(); !problem.isEmpty())
        return pm::Error{pm::Error::ReadOnly, problem};
    if (paths.isEmpty())
        return pm::Error{pm::Error::InvalidInput, tr("Choose the files to merge.")};
    auto merger =
        std::make_unique<pm::Merger>(*m_window->workshop(), pm::MergeOptions{acrossWorkshops});
    if (pm::Status s = merger->addSources(paths); !s)
        return s.error();
    return merger;
}

bool MergeController::apply(pm::Merger &merger, int files, QString *error, QStringList *changes)
{
    pm::Workshop *w = m_window->workshop();
    pm::Result<pm::MergeResult> result = merger.merge();
    if (!result) {
        if (error)
            *error = result.error().message;
        return false;
    }
    if (changes)
        *changes = result->changes;
    const bool wrote = !result->undo.isEmpty();
    if (wrote) {
        m_window->undoStack()->push(new MergeCommand(
            w, files == 1 ? tr("Merge 1 File") : tr("Merge %1 Files").arg(files),
            std::move(result->undo), [this](const QString &message) { reportEditError(message); }));
    }
    m_window->statusBar()->showMessage(
        wrote ? tr("Merged %n file(s): %1 change(s). Undo takes the merge back.", nullptr, files)
                    .arg(result->changes.size())
              : tr("Merged %n file(s): nothing new.", nullptr, files),
        15000);
    return true;
}

bool MergeController::mergeFiles(const QStringList &paths, bool acrossWorkshops, QString *error,
                                 QStringList *changes)
{
    BusyCursor busy;
    auto merger = load(paths, acrossWorkshops);
    if (!merger) {
        if (error)
            *error = merger.error().message;
        return false;
    }
    return apply(*merger.value(), int(paths.size()), error, changes);
}

void MergeController::promptMergeFiles()
{
    if (const QString problem = writableProblem(); !problem.isEmpty()) {
        showErrorMessage(m_window, tr("Cannot Merge"), problem);
        return;
    }
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_window, tr("Merge Files"), QFileInfo(m_window->workshop()->path()).absolutePath(),
        tr("Premortem workshops (*.premortem)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!paths.isEmpty())
        promptMerge(paths);
}

void MergeController::promptMerge(const QStringList &paths)
{
    const QString title = tr("Cannot Merge");
    if (const QString problem = writableProblem(); !problem.isEmpty()) {
        showErrorMessage(m_window, title, problem);
        return;
    }
    bool acrossWorkshops = false;
    std::unique_ptr<pm::Merger> merger;
    Check found;
    {
        BusyCursor busy;
        auto loaded = load(paths, false);
        if (!loaded) {
            // Say what is wrong with every file, not only the first.
            found = check(paths);
            if (!found.problems.isEmpty() || found.otherWorkshops.isEmpty()) {
                const QStringList all = found.problems.isEmpty()
                                            ? QStringList{loaded.error().message}
                                            : found.problems + found.otherWorkshops;
                showErrorMessage(m_window, title,
                                 tr("Nothing was merged; the workshop is unchanged.") +
                                     QStringLiteral("\n\n• ") + all.join(QStringLiteral("\n\n• ")));
                return;
            }
            acrossWorkshops = true;
        } else {
            merger = std::move(loaded).value();
        }
    }
    if (acrossWorkshops) {
        QMessageBox ask(QMessageBox::Question, tr("Merge Another Workshop?"),
                        tr("These files belong to another workshop:") + QStringLiteral("\n\n• ") +
                            found.otherWorkshops.join(QStringLiteral("\n\n• ")) +
                            QStringLiteral("\n\n") +
                            tr("Merge them anyway? Their notes, components and failure modes join "
                               "this workshop; its title and scenario stay as they are."),
                        QMessageBox::Cancel, m_window);
        ask.setObjectName(QStringLiteral("mergeAcrossQuestion"));
        QPushButton *anyway = ask.addButton(tr("Merge &Anyway"), QMessageBox::AcceptRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != anyway)
            return;
        BusyCursor busy;
        auto loaded = load(paths, true);
        if (!loaded) {
            showErrorMessage(m_window, title, loaded.error().message);
            return;
        }
        merger = std::move(loaded).value();
    }
    const pm::Result<pm::MergePlan> plan = [&] {
        BusyCursor busy;
        return merger->plan();
    }();
    if (!plan) {
        showErrorMessage(m_window, title, plan.error().message);
        return;
    }
    MergePreviewDialog preview(names(paths), m_window->workshop()->info().title, plan->changes,
                               !plan->patch.isEmpty(), m_window);
    if (preview.exec() != QDialog::Accepted)
        return;
    QString error;
    BusyCursor busy;
    if (!apply(*merger, int(paths.size()), &error, nullptr))
        showErrorMessage(m_window, title, tr("Nothing was merged: %1").arg(error));
}

void MergeController::reportEditError(const QString &message)
{
    if (auto *banner = m_window->findChild<Banner *>(QStringLiteral("errorBanner")))
        banner->showMessage(message);
}

bool MergeController::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return false;
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    switch (type) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->mimeData()->hasUrls() && !workshopFiles(drag->mimeData()->urls()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        return false;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = workshopFiles(drop->mimeData()->urls());
        if (files.isEmpty())
            return false;
        drop->acceptProposedAction();
        // After the drop has finished: the dialogs run their own event loops.
        QTimer::singleShot(0, this, [this, files] {
            if (m_window->workshop()) {
                promptMerge(files);
                return;
            }
            QString error;
            if (!m_window->openFile(files.first(), &error))
                showErrorMessage(m_window, tr("Cannot Open the Workshop"), error);
            else if (files.size() > 1)
                m_window->statusBar()->showMessage(
                    tr("Opened “%1”. Drop the other files onto it to merge them.")
                        .arg(shown(files.first())),
                    15000);
        });
        return true;
    }
    default:
        return false;
    }
}

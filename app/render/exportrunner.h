#pragma once

// Runs one long export (text formats, the PDF's layout) on a worker thread, so the GUI thread
// keeps painting and answering: progress is read from atomics on a timer (a 10,000-note export
// reports thousands of steps; queueing each would flood the event loop), Cancel is a flag the
// worker's progress callback returns, and the result comes back on the GUI thread.
//
// The work must not touch widgets; it may read a Workshop only while nothing edits it (the
// export dialog is modal while a job runs, see ExportDialog).

#include "result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;
class QTimer;

namespace render {

class ExportRunner : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<pm::Result<QByteArray>(const Progress &progress)>;

    explicit ExportRunner(QObject *parent = nullptr);
    // Cancels a running job and waits for it: the work may refer to things about to go away.
    ~ExportRunner() override;

    // Starts work on a new thread; false while another job runs.
    bool start(Work work);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // Cancels and waits until the worker has stopped (finished() is not emitted then).
    void cancelAndWait();
    // Cancels, says nothing more, and deletes itself once the worker has stopped: for a job
    // nobody waits for (an outdated preview), without blocking the GUI thread on it.
    void abandon();

signals:
    void progressChanged(qint64 done, qint64 total);
    void finished(const QByteArray &bytes);
    void failed(const QString &message, bool cancelled);

private:
    void publishProgress();
    void onThreadFinished();

    QThread *m_thread = nullptr;
    QTimer *m_poll;
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_cancel{false};
    std::optional<pm::Result<QByteArray>> m_result; // written by the worker before it ends
    qint64 m_shownDone = -1;
    qint64 m_shownTotal = -1;
};

} // namespace render

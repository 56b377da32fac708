#include "exportrunner.h"

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace render {

namespace {
constexpr int kPollMs = 50; // progress bar updates: smooth enough, a handful of events a second
}

ExportRunner::ExportRunner(QObject *parent) : QObject(parent), m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &ExportRunner::publishProgress);
}

ExportRunner::~ExportRunner()
{
    cancelAndWait();
}

bool ExportRunner::start(Work work)
{
    if (m_thread)
        return false;
    m_done = 0;
    m_total = 0;
    m_cancel = false;
    m_result.reset();
    m_shownDone = m_shownTotal = -1;
    m_thread = QThread::create([this, work = std::move(work)] {
        const Progress progress = [this](qint64 done, qint64 total) {
            m_done = done;
            m_total = total;
            return !m_cancel.load();
        };
        m_result = work(progress);
    });
    connect(m_thread, &QThread::finished, this, &ExportRunner::onThreadFinished);
    m_thread->start();
    m_poll->start();
    return true;
}

void ExportRunner::cancel()
{
    m_cancel = true;
}

void ExportRunner::cancelAndWait()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->disconnect(this);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_poll->stop();
}

void ExportRunner::abandon()
{
    m_cancel = true;
    disconnect(this, nullptr, nullptr, nullptr);
    if (m_thread)
        connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
    else
        deleteLater();
}

void ExportRunner::publishProgress()
{
    const qint64 done = m_done, total = m_total;
    if (done == m_shownDone && total == m_shownTotal)
        return;
    m_shownDone = done;
    m_shownTotal = total;
    emit progressChanged(done, total);
}

void ExportRunner::onThreadFinished()
{
    m_poll->stop();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = m_cancel.load();
    const pm::Result<QByteArray> result =
        m_result ? std::move(*m_result)
                 : pm::Result<QByteArray>(pm::Error{pm::Error::Io, QString()});
    m_result.reset();
    if (result.ok()) {
        publishProgress();
        emit finished(result.value());
    } else {
        emit failed(result.error().message, cancelled);
    }
}

} // namespace render

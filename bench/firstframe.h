#pragma once

// For the start-up benchmarks: ends the program right after its first painted frame and prints
// the resident memory at that moment and at its peak, in KiB, from /proc/self/status.

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace bench {

inline qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class QuitAfterFirstFrame : public QObject
{
public:
    explicit QuitAfterFirstFrame(QApplication *app) : QObject(app)
    {
        app->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The paint of one widget is part of a frame; the frame is on screen once the event loop
        // comes back, so quit from there.
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                QTextStream(stdout)
                    << "rss_kb " << statusKb("VmRSS") << " peak_kb " << statusKb("VmHWM") << '\n';
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace bench

#pragma once

// Graphviz keeps its parser and layout state in globals: one thread in it at a time.

#include <QMutex>

namespace pm {

class GraphvizLock
{
public:
    GraphvizLock() : m_locker(&mutex()) {}

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    QMutexLocker<QMutex> m_locker;
};

} // namespace pm

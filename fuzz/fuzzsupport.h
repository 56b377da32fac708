#pragma once

// Set-up shared by the fuzz targets: a Qt application object (the SQL driver is a plugin), a
// private scratch folder, and silence for Qt's warnings so libFuzzer's output stays readable.

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace fuzz {

// Qt still aborts after a fatal message (Q_ASSERT, qFatal), which libFuzzer reports as a crash.
inline void ignoreMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

// Call once from LLVMFuzzerInitialize; returns a path inside a folder that lives as long as the
// process (an input is written there, opened, and the path reused for the next input).
inline QString setUp(int *argc, char ***argv, const QString &fileName)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(ignoreMessage);
    static QTemporaryDir dir;
    return dir.filePath(fileName);
}

inline void writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort(); // the harness is broken, not the code under test
}

} // namespace fuzz

#include "sampleworkshop.h"

#include "jsonio.h"
#include "workshop.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace sampleworkshop {

namespace {

QString &testSource()
{
    static QString path;
    return path;
}

QString baseName()
{
    return QStringLiteral("checkout-migration");
}

// "checkout-migration.premortem", then "checkout-migration 2.premortem", ...: every click gives
// a fresh sample, and a copy someone is still using is never overwritten.
QString freeName(const QDir &dir)
{
    QString name = baseName() + QStringLiteral(".premortem");
    for (int i = 2; QFileInfo::exists(dir.filePath(name)); ++i)
        name = QStringLiteral("%1 %2.premortem").arg(baseName()).arg(i);
    return dir.filePath(name);
}

} // namespace

QString locate()
{
    if (!testSource().isEmpty())
        return testSource();
    const QDir program(QCoreApplication::applicationDirPath());
    // The build tree: build/app/premortem beside build/samples/.
    const QString built =
        program.filePath(QStringLiteral("../samples/%1.premortem").arg(baseName()));
    if (QFileInfo(built).isFile())
        return QFileInfo(built).absoluteFilePath();
    // Installed: <prefix>/bin/premortem and <prefix>/share/premortem/samples/, wherever the
    // prefix is, then the system's data folders.
    const QString relative = QStringLiteral("premortem/samples/%1.json").arg(baseName());
    const QString beside = program.filePath(QStringLiteral("../share/") + relative);
    if (QFileInfo(beside).isFile())
        return QFileInfo(beside).absoluteFilePath();
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, relative);
}

void setSourceForTesting(const QString &path)
{
    testSource() = path;
}

QString copyFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("samples"));
}

pm::Result<QString> makeCopy(const QString &source)
{
    if (source.isEmpty() || !QFileInfo(source).isFile())
        return pm::Error{pm::Error::Io,
                         QCoreApplication::translate(
                             "SampleWorkshop",
                             "The sample workshop is not installed. Reinstall Premortem, or open "
                             "a workshop of your own.")};
    const QDir folder(copyFolder());
    if (!folder.mkpath(QStringLiteral(".")))
        return pm::Error{pm::Error::Io,
                         QCoreApplication::translate(
                             "SampleWorkshop", "Cannot create the folder “%1” for a copy of the "
                                               "sample workshop.")
                             .arg(QDir::toNativeSeparators(folder.path()))};
    const QString target = freeName(folder);
    if (source.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        QFile json(source);
        if (!json.open(QIODevice::ReadOnly))
            return pm::Error{pm::Error::Io,
                             QCoreApplication::translate("SampleWorkshop",
                                                         "Cannot read the sample workshop “%1”.")
                                 .arg(QDir::toNativeSeparators(source))};
        auto imported = pm::importJson(json.readAll(), target);
        if (!imported)
            return imported.error();
        return target;
    }
    // Read-only: no lock beside the installed file and nothing written to it. The backup API
    // copies it whole, and the copy gets the user's own permissions (a file copy would keep
    // the installed file's read-only bits).
    auto opened = pm::Workshop::open(source, pm::Store::Access::ReadOnly);
    if (!opened)
        return opened.error();
    if (pm::Status copied = opened.value()->saveCopy(target); !copied)
        return copied.error();
    return target;
}

} // namespace sampleworkshop

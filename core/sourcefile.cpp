#include "sourcefile.h"

#include "fileheader.h"
#include "schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace pm {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pm::SourceFile", text);
}

// The schema version a file says it has, when it looks like one of ours; 0 otherwise (Store::open
// then gives the precise reason).
int versionOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const FileHeader header = FileHeader::parse(file.read(FileHeader::kSize));
    return header.isSqlite && header.applicationId == kApplicationId ? header.userVersion : 0;
}

} // namespace

SourceFile::~SourceFile() = default;

QString SourceFile::fileName() const
{
    return QDir::toNativeSeparators(QFileInfo(m_path).fileName());
}

Result<std::unique_ptr<SourceFile>> SourceFile::open(const QString &path)
{
    std::unique_ptr<SourceFile> source(new SourceFile);
    source->m_path = QFileInfo(path).absoluteFilePath();
    const int version = versionOf(path);
    QString readFrom = path;
    Store::Access access = Store::Access::ReadOnly;
    if (version >= 1 && version < kSchemaVersion) {
        // Upgrade a copy under the same name (messages then name the file the user chose).
        source->m_temporary = std::make_unique<QTemporaryDir>();
        readFrom = source->m_temporary->filePath(QFileInfo(path).fileName());
        const QString journal = path + QStringLiteral("-journal");
        if (!source->m_temporary->isValid() || !QFile::copy(path, readFrom) ||
            (QFileInfo::exists(journal) &&
             !QFile::copy(journal, readFrom + QStringLiteral("-journal"))))
            return Error{Error::Io,
                         tr("Cannot read “%1”: it was written by an older Premortem, and no "
                            "temporary copy could be made to upgrade. Check the free disk space.")
                             .arg(source->fileName())};
        access = Store::Access::ReadWrite;
    }
    Result<std::unique_ptr<Workshop>> workshop = Workshop::open(readFrom, access);
    if (!workshop)
        return workshop.error();
    if (workshop.value()->openedVersion() > kSchemaVersion)
        return Error{Error::Unsupported,
                     tr("“%1” was written by a newer version of Premortem (file format %2; this "
                        "version reads up to %3). Update Premortem to merge or compare it.")
                         .arg(source->fileName())
                         .arg(workshop.value()->openedVersion())
                         .arg(kSchemaVersion)};
    source->m_workshop = std::move(workshop).value();
    return source;
}

} // namespace pm

#include "workshopfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

QString defaultWorkshopFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A folder that cannot be made (a read-only home) is not offered: the home folder is.
    if (!documents.isEmpty() && QDir().mkpath(documents) && QFileInfo(documents).isWritable())
        return documents;
    return QDir::homePath();
}

#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {

QString settingsKey()
{
    return QStringLiteral("recentFiles");
}

// One spelling per file, so the same workshop reached through "..", a symlink or a relative path
// is listed once.
QString normalised(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

QStringList RecentFiles::files() const
{
    QStringList existing;
    for (const QString &path : stored()) {
        if (existing.size() < kMaximum && QFileInfo(path).isFile())
            existing << path;
    }
    return existing;
}

QStringList RecentFiles::entries() const
{
    return stored().mid(0, kMaximum);
}

void RecentFiles::add(const QString &path)
{
    QStringList list = entries();
    const QString file = normalised(path);
    list.removeAll(file);
    list.prepend(file);
    store(list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = entries();
    // As stored: a missing file no longer normalises to its canonical spelling.
    list.removeAll(path);
    list.removeAll(normalised(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

QStringList RecentFiles::stored() const
{
    return QSettings().value(settingsKey()).toStringList();
}

void RecentFiles::store(const QStringList &files)
{
    QSettings().setValue(settingsKey(), files.mid(0, kMaximum));
}

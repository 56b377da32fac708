#pragma once

// The most recently opened workshops, kept in QSettings, newest first. Files that have been moved
// or deleted since stay in the list, so the start page can show them as missing (a USB stick
// not plugged in, a share not mounted), until they are removed or pushed out by newer ones; the
// File menu offers only the files that exist.

#include <QStringList>

class RecentFiles
{
public:
    static constexpr int kMaximum = 10;

    // Existing files only, newest first, at most kMaximum.
    QStringList files() const;
    // Every remembered file, missing ones included, newest first, at most kMaximum.
    QStringList entries() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    QStringList stored() const;
    void store(const QStringList &files);
};

#pragma once

// The most recently opened workshops, kept in QSettings, newest first. Files that have been moved
// or deleted since are left out when the list is read and dropped when it is next written.

#include <QStringList>

class RecentFiles
{
public:
    static constexpr int kMaximum = 8;

    // Existing files only, newest first, at most kMaximum.
    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    QStringList stored() const;
    void store(const QStringList &files);
};

#pragma once

// The start page's recent workshops: one entry per remembered file with its title, phase, last
// change and counts, or why it cannot be shown (missing, damaged, needs an upgrade). The files
// are read one after another on a worker thread, so a slow disk or a large workshop never holds
// up the window; entries show "Reading…" until their summary arrives.
//
// Keyboard: arrows move, Enter opens, Delete removes the entry from the list (never the file).

#include <QListWidget>
#include <QThreadPool>

#include <atomic>

class RecentList : public QListWidget
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        StateRole,   // a State
        DetailRole,  // the line under the title: phase and counts, or what is wrong
        ChangedRole, // when the file last changed, once read
    };
    enum State
    {
        Reading,
        Ready,
        Missing,
        Failed
    };

    explicit RecentList(QWidget *parent = nullptr);
    ~RecentList() override;

    // Shows RecentFiles::entries() again and starts reading them.
    void reload();
    QString currentPath() const;
    // True while summaries are still being read (for tests and the "Reading…" state).
    bool isReading() const { return m_pending > 0; }
    // Removes the current entry from the recent list (the file stays where it is).
    void removeCurrent();

signals:
    void openRequested(const QString &path);
    // After reload() or a removal: the entries shown changed.
    void entriesChanged();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showSummary(int generation, int row, const QVariant &summary, const QString &error);

    QThreadPool m_pool; // one reader: files are read in list order, the first ones first
    std::atomic<bool> m_cancelled{false};
    int m_generation = 0;
    int m_pending = 0;
};

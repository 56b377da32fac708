#pragma once

// The files that travel between laptops, from the GUI: preparation packs out (File > Create
// Preparation Files…), and merging files into the open workshop: File > Merge Files…, and
// .premortem files dropped onto the window (onto the start page they open instead). The files are
// checked first; a file that cannot be merged is named with the reason and nothing changes. A file
// of another workshop can be merged on purpose (MergeOptions::acrossWorkshops) after a question.
// Then a preview lists the changes, and Merge applies them as one undo step ("Undo Merge 3 Files").
//
// As in MainWindow, the prompt* methods ask with dialogs; mergeFiles() does the same work without
// any, for tests and scripts, and returns false with the message instead.

#include "merger.h"

#include <QObject>

#include <memory>

class MainWindow;
class QAction;

class MergeController : public QObject
{
    Q_OBJECT

public:
    explicit MergeController(MainWindow *window);
    ~MergeController() override;

    QAction *mergeAction() const { return m_mergeAction; }
    QAction *prepareAction() const { return m_prepareAction; }
    void updateActions(); // merge: a workshop open for editing; prepare: one with participants

    // Each file that cannot be merged, checked alone: "name: why". otherWorkshops: those files
    // only differ in being another workshop, and could be merged on purpose.
    struct Check
    {
        QStringList problems;
        QStringList otherWorkshops;
    };
    Check check(const QStringList &paths) const;

    // Merges the files as one undo step; returns false with a message and changes nothing when
    // any of them cannot be merged. changes: what the merge did, for people.
    bool mergeFiles(const QStringList &paths, bool acrossWorkshops = false,
                    QString *error = nullptr, QStringList *changes = nullptr);

    // The same with dialogs: problems, the question about other workshops, the preview.
    void promptMerge(const QStringList &paths);
    void promptMergeFiles(); // chooses the files first

    // Preparation packs (PreparationPack) for these participants into folder, or into file when
    // it is set (one participant). Existing files are replaced only when replace is set.
    bool createPreparationFiles(const QList<QUuid> &participants, const QString &folder,
                                const QString &file, bool replace, QString *error = nullptr,
                                QStringList *written = nullptr);
    void promptPrepare(); // File > Create Preparation Files…

    // The .premortem files among dropped URLs.
    static QStringList workshopFiles(const QList<QUrl> &urls);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Every file read and checked together: the merger, or a message.
    pm::Result<std::unique_ptr<pm::Merger>> load(const QStringList &paths,
                                                 bool acrossWorkshops) const;
    // Merges what merger holds and pushes the undo step; false with a message on failure.
    bool apply(pm::Merger &merger, int files, QString *error, QStringList *changes);
    void reportEditError(const QString &message);
    QString writableProblem() const; // why nothing can be merged into the window's workshop now

    MainWindow *m_window;
    QAction *m_mergeAction;
    QAction *m_prepareAction;
};

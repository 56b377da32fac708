#pragma once

// What a merge would do, before it is done: the files, and the change list Merger::plan() wrote
// for people, large enough to read on a projector. Merge applies it; Cancel changes nothing.

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

class MergePreviewDialog : public QDialog
{
    Q_OBJECT

public:
    // files: the names being merged; target: the workshop's title; changes: MergePlan::changes;
    // writes: whether applying would change the file at all.
    MergePreviewDialog(const QStringList &files, const QString &target, const QStringList &changes,
                       bool writes, QWidget *parent = nullptr);

    QStringList changes() const; // as listed, for tests
    QPushButton *mergeButton() const { return m_merge; }

private:
    QListWidget *m_list;
    QPushButton *m_merge;
};

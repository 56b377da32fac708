#pragma once

// File > Statistics over a Folder…: the look-back across every .premortem file in a folder
// (read only), as the same tables premortem-cli stats prints, with the files that were skipped
// and why.

#include "lookbackstats.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

class LookbackStatsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LookbackStatsDialog(QWidget *parent = nullptr);

    // Counts the folder's workshops and shows the result.
    void showFolder(const QString &folder);
    const pm::LookbackStats &stats() const { return m_stats; }
    QString folder() const { return m_folder; }
    QTextBrowser *view() const { return m_view; }

private:
    void chooseFolder();

    QString m_folder;
    pm::LookbackStats m_stats;
    QLabel *m_heading;
    QTextBrowser *m_view;
};

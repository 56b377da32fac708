#pragma once

// File > Create Preparation Files…: which participants get a pack, and where the packs go (a
// folder, one file each; or, for one participant, a file of one's choosing). Only asks: the
// MergeController writes the files (PreparationPack).

#include <QDialog>
#include <QUuid>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace pm {
class Workshop;
}

class PreparationDialog : public QDialog
{
    Q_OBJECT

public:
    PreparationDialog(const pm::Workshop &workshop, const QString &folder,
                      QWidget *parent = nullptr);

    QList<QUuid> participants() const; // the ones ticked
    QString folder() const;
    // Set when the user chose "Save One File As…" (one participant ticked).
    QString singleFile() const { return m_singleFile; }

    QListWidget *list() const { return m_list; }

private:
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_folder;
    QPushButton *m_create;
    QPushButton *m_single;
    QString m_singleFile;
};

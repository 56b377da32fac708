#pragma once

// The page for an open workshop: its title, system and failure scenario in type sized for a
// projector, above the board. The header edits them in place (editFrame(); Enter or F2 on the
// focused header): frameEdited() hands the new words to the window, which makes the undo step.

#include <QPointer>
#include <QWidget>

class FrameEditor;
class QAbstractItemModel;
class QLabel;
class QVBoxLayout;

#include "entities.h"

class WorkshopView : public QWidget
{
    Q_OBJECT

public:
    // noNotesHint: shown above the board while there are no notes (it names the shortcut).
    WorkshopView(QAbstractItemModel *notes, const QString &noNotesHint, QWidget *parent = nullptr);

    void showInfo(const pm::WorkshopInfo &info);
    // A read-only workshop shows its frame but offers no editing.
    void setReadOnly(bool readOnly);
    // Puts the board below the header, replacing (and deleting) any previous one.
    void setBoard(QWidget *board);
    // The header is for the room; presentation mode keeps it, in larger type.
    void setHeaderVisible(bool visible);
    // What the scenario line says while there is no scenario (it names the key that edits it).
    void setNoScenarioHint(const QString &hint);

    // Opens the header's editor on the last shown info; false when there is nothing to edit.
    bool editFrame();
    bool isEditingFrame() const;
    FrameEditor *frameEditor() const { return m_editor; }

signals:
    void frameEdited(const QString &title, const QString &system, const QString &scenario);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateNoteCount();
    void endEdit();

    QLabel *m_title;
    QLabel *m_system;
    QLabel *m_scenario;
    QLabel *m_noNotes;
    QAbstractItemModel *m_notes;
    QWidget *m_header;
    QVBoxLayout *m_layout;
    QWidget *m_board = nullptr;
    FrameEditor *m_editor;
    QPointer<QWidget> m_focusBeforeEdit; // gets the focus back when the edit ends
    QString m_noScenarioHint;
    pm::WorkshopInfo m_info;
    bool m_hasInfo = false;
    bool m_readOnly = false;
};

#pragma once

// The page for an open workshop: its title, system and failure scenario in type sized for a
// projector, above the board. In the normal window the header is one line (the title, with the
// scenario as its tooltip) so the board gets the room; an expander button shows the system and
// the scenario, open by default only in the Frame phase, where they are agreed and written. The
// header edits them in place (editFrame(); Enter or F2 on the focused header): frameEdited() hands
// the new words to the window, which makes the undo step.

#include <QPointer>

#include <optional>
#include <QWidget>

class FrameEditor;
class QAbstractItemModel;
class QLabel;
class QToolButton;
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
    // Presentation mode shows the title and the scenario for the room (no system line, no
    // expander); the normal window shows the one-line header.
    void setPresentation(bool on);
    // Whether the system and scenario show below the title in the normal window.
    void setDetailsExpanded(bool expanded);
    bool detailsExpanded() const { return m_expanded; }
    // What the scenario line says while there is no scenario (it names the key that edits it).
    void setNoScenarioHint(const QString &hint);

    // Opens the header's editor on the last shown info; false when there is nothing to edit.
    bool editFrame();
    bool isEditingFrame() const;
    FrameEditor *frameEditor(); // built on first use

signals:
    void frameEdited(const QString &title, const QString &system, const QString &scenario);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateNoteCount();
    void endEdit();
    void updateDetails();
    void elideTitle();

    QLabel *m_title;
    QLabel *m_system;
    QLabel *m_scenario;
    QLabel *m_noNotes;
    QToolButton *m_expander;
    QAbstractItemModel *m_notes;
    QWidget *m_header;
    QVBoxLayout *m_layout;
    QWidget *m_board = nullptr;
    QVBoxLayout *m_headerLayout = nullptr;
    FrameEditor *m_editor = nullptr;
    QPointer<QWidget> m_focusBeforeEdit; // gets the focus back when the edit ends
    QString m_noScenarioHint;
    pm::WorkshopInfo m_info;
    bool m_hasInfo = false;
    bool m_readOnly = false;
    bool m_presentation = false;
    bool m_expanded = false;
    std::optional<pm::Phase> m_shownPhase; // a phase change opens or closes the details
};

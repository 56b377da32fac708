#pragma once

// The workshop's frame edited in place, in the header where the room reads it: title, system and
// the failure scenario. Phase 1 asks the room to agree on what users saw; this is where the
// facilitator writes it down as they talk. Ctrl+Enter (or Enter in a one-line field) commits all
// three as one edit, Esc puts everything back; Tab moves between the fields.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace pm {
struct WorkshopInfo;
}

class FrameEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FrameEditor(QWidget *parent = nullptr);

    // Fills the fields from info and puts the cursor at the end of the scenario.
    void begin(const pm::WorkshopInfo &info);
    // Keys named in the hint line ("Ctrl+Return saves, Esc cancels").
    void setKeyHint(const QString &hint);

    QString title() const;
    QString system() const;
    QString scenario() const;

signals:
    void committed();
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_title;
    QLineEdit *m_system;
    QPlainTextEdit *m_scenario;
    QLabel *m_hint;
};

#pragma once

// Silent writing in the room: who is writing now ("Writing as: Alice"), how many face-down notes
// each person has written ("Alice: 7 notes", never their text), and the Reveal button.

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace pm {
class Workshop;
}

class WritingBar : public QWidget
{
    Q_OBJECT

public:
    explicit WritingBar(QWidget *parent = nullptr);

    void setWorkshop(const pm::Workshop *workshop);
    // The participants and the counters, after a change of notes or participants.
    void refresh();
    void setPresentation(bool on);
    void setRevealKey(const QString &key);
    // Outside silent writing only the reminder of face-down notes and the Reveal button show.
    void setWritingPhase(bool writing);

    QUuid writer() const;
    void setWriter(const QUuid &participant);
    QComboBox *writerPicker() const { return m_writer; }
    QPushButton *revealButton() const { return m_reveal; }
    // "Alice: 7 notes", one per author of hidden notes, in the order of the participants.
    QStringList counterTexts() const { return m_counterTexts; }

signals:
    void writerChanged(const QUuid &participant);
    void revealRequested();

private:
    const pm::Workshop *m_workshop = nullptr;
    QWidget *m_writerLabel;
    QComboBox *m_writer;
    QLabel *m_counters;
    QPushButton *m_reveal;
    QStringList m_counterTexts;
    QString m_revealKey;
    bool m_presentation = false;
    bool m_writing = true;
};

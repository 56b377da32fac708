#pragma once

// The join screen on the projector while a room is open: the address as large text and its QR
// code, how many have joined and, per person, how many notes they wrote (never the text: notes
// stay face down until the reveal). Two sizes: Full before writing starts, so the room can scan
// from the back; Compact while people write, a strip above the board with the address, a small
// code and "8 joined · 23 notes" for latecomers. The facilitator's buttons (lock, remove a
// device, change the code, stop) have access keys; changing the code asks inline, never in a
// modal dialog, because a timed phase may be running.

#include "roomserver.h"

#include <QFrame>
#include <QUrl>

class QBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QrCodeWidget;

class RoomPanel : public QFrame
{
    Q_OBJECT

public:
    explicit RoomPanel(QWidget *parent = nullptr);

    void setJoinUrl(const QUrl &url);
    void setDevices(const QList<room::DeviceInfo> &devices);
    void setLocked(bool locked);
    // Compact: the strip while people write; otherwise the full join screen.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // Closes the inline confirmation (a new room, a new workshop).
    void reset();

    QLabel *addressLabel() const { return m_address; }
    QrCodeWidget *qrCode() const { return m_qr; }
    QLabel *countLabel() const { return m_count; }
    QListWidget *deviceList() const { return m_devices; }
    QPushButton *lockButton() const { return m_lock; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *changeCodeButton() const { return m_changeCode; }
    QPushButton *confirmChangeButton() const { return m_confirmChange; }
    QWidget *confirmation() const { return m_confirm; }
    QPushButton *sizeButton() const { return m_sizeButton; }
    QPushButton *stopButton() const { return m_stop; }

signals:
    void lockRequested(bool locked);
    void removeRequested(const QString &deviceId);
    void changeCodeRequested(); // confirmed
    void stopRequested();
    void compactChanged(bool compact);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applySize();
    void fitCode();
    void fitAddress();
    void updateCount();
    void removeSelected();

    bool m_compact = false;
    bool m_locked = false;
    int m_addressPoints = 32;
    int m_joined = 0;
    int m_notes = 0;
    QUrl m_url;
    QrCodeWidget *m_qr;
    QLabel *m_heading;
    QLabel *m_address;
    QLabel *m_count;
    QListWidget *m_devices;
    QWidget *m_confirm;
    QPushButton *m_confirmChange;
    QPushButton *m_keepCode;
    QPushButton *m_lock;
    QPushButton *m_remove;
    QPushButton *m_changeCode;
    QPushButton *m_sizeButton;
    QPushButton *m_stop;
    QBoxLayout *m_outer;   // the QR code, the text and (compact) the buttons side by side
    QBoxLayout *m_text;    // heading, address, count, devices and (full) the buttons
    QBoxLayout *m_buttons; // two rows under the text, or one column at the strip's end
    QList<QBoxLayout *> m_buttonRows;
};

#include "roompanel.h"

#include "qrcodewidget.h"

#include <QBoxLayout>
#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>

namespace {

constexpr int FullQrSide = 400; // about 8 px per module for a join URL: scans from 5 m
// The strip's code: two pixels a module or more even when a phone's camera sees it at half size.
constexpr int CompactQrSide = 160;

QFont sized(QFont font, qreal points, bool bold = false)
{
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// A URL has no spaces, so a label cannot wrap it; a zero-width space after each '/', '.', ':'
// gives it places to break on a narrow screen without changing what people read. None inside a
// run of letters: the join code people type stays on one line.
QString breakable(const QString &url)
{
    QString text;
    for (const QChar c : url) {
        text += c;
        if (c == u'/' || c == u'.' || c == u':' || c == u'?' || c == u'=')
            text += QChar(0x200B);
    }
    return text;
}

} // namespace

RoomPanel::RoomPanel(QWidget *parent)
    : QFrame(parent), m_qr(new QrCodeWidget(this)), m_heading(new QLabel(this)),
      m_address(new QLabel(this)), m_count(new QLabel(this)), m_devices(new QListWidget(this)),
      m_confirm(new QWidget(this)),
      m_confirmChange(new QPushButton(tr("Change the Co&de Now"), m_confirm)),
      m_keepCode(new QPushButton(tr("Keep &the Code"), m_confirm)), m_lock(new QPushButton(this)),
      m_remove(new QPushButton(tr("Remove Device"), this)),
      m_changeCode(new QPushButton(tr("Chan&ge the Code…"), this)),
      m_sizeButton(new QPushButton(this)), m_stop(new QPushButton(tr("&Stop the Room"), this))
{
    setObjectName(QStringLiteral("roomPanel"));
    setAccessibleName(tr("Join the room"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);

    m_qr->setObjectName(QStringLiteral("roomQrCode"));
    m_heading->setText(tr("Join from your phone or laptop: scan the code or type the address"));
    m_heading->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("roomAddress"));
    m_address->setTextFormat(Qt::PlainText);
    m_address->setWordWrap(true);
    // Its width comes from the panel, not from the join code: the font shrinks to fit the code
    // on one line instead (fitAddress()), so a laptop's narrow centre still holds the panel.
    QSizePolicy addressPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    addressPolicy.setHeightForWidth(true);
    m_address->setSizePolicy(addressPolicy);
    m_address->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("roomCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    m_devices->setObjectName(QStringLiteral("roomDevices"));
    m_devices->setAccessibleName(tr("Joined devices"));
    m_devices->setFont(sized(font(), 16));
    m_devices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_devices->installEventFilter(this);
    m_devices->setMaximumHeight(320); // about ten names; an empty room is no large white box
    // Two names at least, so the join screen fits above the Rank phase's panels on a laptop.
    m_devices->setMinimumHeight(2 * QFontMetrics(m_devices->font()).height() + 8);

    m_lock->setObjectName(QStringLiteral("roomLock"));
    m_remove->setObjectName(QStringLiteral("roomRemove"));
    m_changeCode->setObjectName(QStringLiteral("roomChangeCode"));
    m_confirmChange->setObjectName(QStringLiteral("roomConfirmChange"));
    m_sizeButton->setObjectName(QStringLiteral("roomSize"));
    m_stop->setObjectName(QStringLiteral("roomStop"));

    // The inline question before everyone has to rejoin.
    m_confirm->setObjectName(QStringLiteral("roomConfirm"));
    auto *question = new QLabel(
        tr("Everyone must scan the new code to rejoin. Notes already written stay."), m_confirm);
    question->setWordWrap(true);
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->addWidget(question, 1);
    confirmLayout->addWidget(m_confirmChange);
    confirmLayout->addWidget(m_keepCode);
    m_confirm->hide();

    // Two rows of buttons, not one: five in a row made the join screen 880 px wide, more than a
    // laptop has beside the People phase's panels.
    m_buttons = new QVBoxLayout;
    for (const QList<QPushButton *> &row : {QList<QPushButton *>{m_lock, m_remove, m_changeCode},
                                            QList<QPushButton *>{m_sizeButton, m_stop}}) {
        auto *rowLayout = new QHBoxLayout;
        for (QPushButton *b : row)
            rowLayout->addWidget(b);
        rowLayout->addStretch(1);
        m_buttonRows << rowLayout;
        m_buttons->addLayout(rowLayout);
    }

    m_text = new QVBoxLayout;
    m_text->addWidget(m_heading);
    m_text->addWidget(m_address);
    m_text->addWidget(m_count);
    m_text->addWidget(m_devices);
    m_text->addWidget(m_confirm);
    m_text->addLayout(m_buttons);
    m_text->addStretch(1); // the buttons stay under the list, not at the screen's bottom edge

    m_outer = new QHBoxLayout(this);
    m_outer->setSpacing(16);
    m_outer->addWidget(m_qr, 1, Qt::AlignTop); // shares the spare width up to fitCode()'s side
    m_outer->addLayout(m_text, 1);

    connect(m_lock, &QPushButton::clicked, this, [this] { emit lockRequested(!m_locked); });
    connect(m_remove, &QPushButton::clicked, this, &RoomPanel::removeSelected);
    connect(m_devices, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_changeCode, &QPushButton::clicked, this, [this] {
        m_confirm->show();
        m_keepCode->setFocus(); // the safe choice under the facilitator's finger
    });
    connect(m_keepCode, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_changeCode->setFocus();
    });
    connect(m_confirmChange, &QPushButton::clicked, this, [this] {
        m_confirm->hide();
        m_changeCode->setFocus();
        emit changeCodeRequested();
    });
    connect(m_sizeButton, &QPushButton::clicked, this, [this] { setCompact(!m_compact); });
    connect(m_stop, &QPushButton::clicked, this, &RoomPanel::stopRequested);

    m_remove->setEnabled(false);
    setLocked(false);
    applySize();
}

void RoomPanel::setJoinUrl(const QUrl &url)
{
    m_url = url;
    const QString text = url.toString(QUrl::FullyEncoded);
    m_address->setText(breakable(text));
    m_address->setAccessibleName(text);
    fitAddress();
    QString error;
    m_qr->setText(text, &error);
    m_qr->setToolTip(error); // a blank code says why; the address as text still works
}

void RoomPanel::setDevices(const QList<room::DeviceInfo> &devices)
{
    const QString current = m_devices->currentItem()
                                ? m_devices->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_devices->clear();
    m_joined = 0;
    m_notes = 0;
    int unnamed = 0;
    for (const room::DeviceInfo &device : devices) {
        m_joined += 1;
        m_notes += device.notesWritten;
        // Anonymous mode asks for no name: the device gets a number, never the note text.
        const QString name =
            device.displayName.isEmpty() ? tr("Device %1").arg(++unnamed) : device.displayName;
        QString line = tr("%1 — %n note(s)", nullptr, device.notesWritten).arg(name);
        if (!device.connected)
            line += QLatin1Char(' ') + tr("(reconnecting)");
        auto *item = new QListWidgetItem(line, m_devices);
        item->setData(Qt::UserRole, device.deviceId);
        if (device.deviceId == current)
            m_devices->setCurrentItem(item);
    }
    m_remove->setEnabled(m_devices->currentRow() >= 0);
    updateCount();
}

void RoomPanel::setLocked(bool locked)
{
    m_locked = locked;
    m_lock->setText(locked ? tr("Unl&ock the Room") : tr("L&ock the Room"));
    updateCount();
}

void RoomPanel::setCompact(bool compact)
{
    const bool changed = compact != m_compact;
    m_compact = compact;
    // Whatever shares the space (the board) leaves before the full screen grows and comes back
    // after the strip shrank, so the window never needs room for both at once.
    if (changed && !compact)
        emit compactChanged(false);
    applySize();
    if (changed && compact)
        emit compactChanged(true);
}

void RoomPanel::reset()
{
    m_confirm->hide();
    m_devices->clear();
    m_joined = 0;
    m_notes = 0;
    updateCount();
}

bool RoomPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_address && event->type() == QEvent::Resize)
        fitAddress();
    if (watched == m_devices && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelected();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void RoomPanel::applySize()
{
    const bool full = !m_compact;
    m_qr->setPreferredSide(full ? FullQrSide : CompactQrSide);
    m_qr->setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
    // Full: the QR code shrinks with a small screen (1366x768) but never below what a phone
    // reads from the middle of the room; compact: a fixed small code for latecomers.
    m_qr->setMinimumSize(full ? QSize(240, 240) : QSize(CompactQrSide, CompactQrSide));
    if (!full)
        m_qr->setMaximumSize(CompactQrSide, CompactQrSide);
    fitCode();
    // Full: the join screen fills the centre; compact: a strip that leaves the rest to the board.
    setSizePolicy(QSizePolicy::Preferred, full ? QSizePolicy::Expanding : QSizePolicy::Maximum);
    m_qr->setSizePolicy(QSizePolicy::Preferred,
                        full ? QSizePolicy::Expanding : QSizePolicy::Preferred);
    m_heading->setVisible(full);
    m_devices->setVisible(full);
    if (!full)
        m_confirm->hide();
    // The strip is as low as its QR code: the buttons stand in a column at its end.
    if (full && m_buttons->parent() != m_text) {
        m_outer->removeItem(m_buttons);
        m_text->insertLayout(m_text->indexOf(m_confirm) + 1, m_buttons);
        for (QBoxLayout *row : std::as_const(m_buttonRows))
            row->setDirection(QBoxLayout::LeftToRight);
    } else if (!full && m_buttons->parent() != m_outer) {
        m_text->removeItem(m_buttons);
        m_outer->addLayout(m_buttons);
        for (QBoxLayout *row : std::as_const(m_buttonRows))
            row->setDirection(QBoxLayout::TopToBottom);
    }
    m_text->setAlignment(full ? Qt::Alignment() : Qt::AlignVCenter);
    // The code brings its own white quiet zone: the strip needs no margin above and below it,
    // which on a laptop is height the matrix rows need.
    m_outer->setContentsMargins(12, full ? 8 : 0, 12, full ? 8 : 0);
    m_changeCode->setVisible(full);
    m_remove->setVisible(full);
    // A short laptop screen (768 px) has no room for three lines of 32 pt above the panels.
    const bool shortScreen = screen() && screen()->availableGeometry().height() < 900;
    m_addressPoints = full && !shortScreen ? 32 : 24;
    fitAddress();
    m_heading->setFont(sized(font(), shortScreen ? 16 : 20));
    m_count->setFont(sized(font(), full ? 22 : 18));
    m_sizeButton->setText(full ? tr("Show &Just a Strip") : tr("Show the Full &Join Screen"));
    m_sizeButton->setToolTip(full ? tr("A strip above the board while people write")
                                  : tr("The join screen with the list of devices"));
    updateGeometry();
}

void RoomPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitCode();
}

void RoomPanel::fitCode()
{
    if (m_compact)
        return;
    // The full screen's code as large as the panel's height allows, leaving half the width to
    // the address and the list: in F11 it fills the projector's height for the back of the room.
    const QRect area = contentsRect().marginsRemoved(m_outer->contentsMargins());
    const int side = qMax(FullQrSide, qMin(area.height(), area.width() / 2));
    if (m_qr->maximumWidth() != side) {
        m_qr->setMaximumSize(side, side);
        m_qr->setPreferredSide(side);
    }
}

void RoomPanel::fitAddress()
{
    // The largest size up to the nominal one at which the join code fits the label's width.
    const QString code = m_url.path().section(QLatin1Char('/'), -1);
    qreal points = m_addressPoints;
    QFont font = sized(this->font(), points, true);
    while (points > 10 && QFontMetrics(font).horizontalAdvance(code) > m_address->width()) {
        points -= 1;
        font = sized(this->font(), points, true);
    }
    if (m_address->font() != font)
        m_address->setFont(font);
}

void RoomPanel::updateCount()
{
    QString text = m_joined == 0 ? tr("Nobody has joined yet")
                                 : tr("%n joined", nullptr, m_joined) + QStringLiteral(" · ") +
                                       tr("%n note(s)", nullptr, m_notes);
    // In words as well as on the button: not colour alone.
    if (m_locked)
        text += QStringLiteral(" · ") + tr("Room locked: no new joiners");
    m_count->setText(text);
}

void RoomPanel::removeSelected()
{
    const QListWidgetItem *item = m_devices->currentItem();
    if (!item)
        return;
    emit removeRequested(item->data(Qt::UserRole).toString());
}

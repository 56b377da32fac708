#include "qrcode.h"

#include <QPainter>
#include <QRect>

#include <qrencode.h>

#include <cerrno>
#include <memory>

pm::Result<QrCode> QrCode::encode(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    if (bytes.isEmpty())
        return pm::Error{pm::Error::InvalidInput, tr("There is no address to show as a QR code.")};
    // Byte mode (8-bit) keeps the URL exactly as it is; version 0 lets libqrencode pick the
    // smallest symbol that holds it.
    errno = 0;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.data()),
                          0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        if (errno == ERANGE)
            return pm::Error{pm::Error::InvalidInput,
                             tr("The address is too long for a QR code (%1 bytes; a QR code holds "
                                "at most 2331). Share the address as text instead.")
                                 .arg(bytes.size())};
        return pm::Error{pm::Error::InvalidInput,
                         tr("The QR code could not be made: %1").arg(qt_error_string(errno))};
    }
    QrCode qr;
    qr.m_version = code->version;
    qr.m_size = code->width;
    qr.m_modules.resize(qr.m_size * qr.m_size);
    // libqrencode: bit 0 of each byte is the module's colour (1 = dark); the rest is metadata.
    for (int i = 0; i < qr.m_modules.size(); ++i)
        qr.m_modules[i] = (code->data[i] & 1) != 0;
    return qr;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(y * m_size + x);
}

QImage QrCode::toImage(int moduleSize) const
{
    moduleSize = qMax(1, moduleSize);
    const int side = (m_size + 2 * QuietZone) * moduleSize;
    QImage image(side, side, QImage::Format_RGB32);
    QPainter painter(&image);
    paint(&painter, image.rect());
    return image;
}

int QrCode::paint(QPainter *painter, const QRect &target) const
{
    painter->fillRect(target, Qt::white);
    const int modules = m_size + 2 * QuietZone;
    if (m_size == 0 || modules == 0)
        return 0;
    const int moduleSize = qMin(target.width(), target.height()) / modules;
    if (moduleSize < 1)
        return 0;
    const int side = modules * moduleSize;
    const int left = target.left() + (target.width() - side) / 2 + QuietZone * moduleSize;
    const int top = target.top() + (target.height() - side) / 2 + QuietZone * moduleSize;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false); // whole pixels, sharp edges
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y))
                painter->fillRect(left + x * moduleSize, top + y * moduleSize, moduleSize,
                                  moduleSize, Qt::black);
        }
    }
    painter->restore();
    return moduleSize;
}

#pragma once

// A QR code as a square matrix of dark and light modules, made by libqrencode from a join URL.
// Kept apart from any widget so the tests can check its structure (finder patterns, quiet zone,
// size for the version) without a display, and so the join screen and a printout draw it alike.
// Dark on white whatever the theme: phone cameras expect that contrast, not a dark palette's.

#include "result.h"

#include <QCoreApplication>
#include <QImage>
#include <QVector>

class QPainter;
class QRect;

class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // The light border the QR standard asks for around the symbol, in modules.
    static constexpr int QuietZone = 4;

    // Encodes text as UTF-8 bytes at error correction level M (15%: a smudged projector still
    // scans). Fails with a message when the text is empty or longer than a QR code holds.
    static pm::Result<QrCode> encode(const QString &text);

    int version() const { return m_version; }
    // Modules per side, without the quiet zone: 17 + 4 * version.
    int size() const { return m_size; }
    // Out of range (the quiet zone) is light.
    bool isDark(int x, int y) const;

    // The symbol with its quiet zone, moduleSize pixels per module: (size + 8) * moduleSize wide.
    QImage toImage(int moduleSize) const;
    // Fills target white and draws the symbol centred in it, as large as a whole number of pixels
    // per module allows, so every module has the same crisp edges. Returns the symbol's pixels per
    // module (0 when the target is too small for one pixel each).
    int paint(QPainter *painter, const QRect &target) const;

private:
    QrCode() = default;

    int m_version = 0;
    int m_size = 0;
    QVector<bool> m_modules; // row by row
};

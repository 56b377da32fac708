// The QR code of the room's join screen (app/room/qrcode.*): libqrencode's symbol read back as a
// module matrix and drawn as an image. No decoder is at hand, so the structure is checked: the
// size for the version, the three finder patterns and their separators, the white quiet zone,
// the same symbol for the same address, and a clear error for what a QR code cannot hold.

#include "qrcode.h"
#include "qrcodewidget.h"

#include <QApplication>
#include <QTest>

namespace {

const QString joinUrl = QStringLiteral("http://192.168.178.23:8765/j/7Qm3kXz9R0bWcVt2LpNa8g");

// The 7x7 finder pattern with its top-left module at (left, top): a dark ring, a light ring and
// a dark 3x3 centre.
bool isFinderAt(const QrCode &code, int left, int top)
{
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

// The light separator row and column between a finder pattern and the data.
bool separatorLight(const QrCode &code, int left, int top)
{
    for (int i = -1; i <= 7; ++i) {
        for (const QPoint p : {QPoint(left + i, top - 1), QPoint(left + i, top + 7),
                               QPoint(left - 1, top + i), QPoint(left + 7, top + i)}) {
            const bool inside =
                p.x() >= 0 && p.y() >= 0 && p.x() < code.size() && p.y() < code.size();
            if (inside && code.isDark(p.x(), p.y()))
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void sizeFollowsVersion_data();
    void sizeFollowsVersion();
    void finderPatternsAtThreeCorners();
    void deterministic();
    void imageHasWhiteQuietZone();
    void tooLongIsAnError();
    void emptyIsAnError();
    void widgetDrawsCrispModules();
};

void TestQrCode::sizeFollowsVersion_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("minVersion");
    QTest::addColumn<int>("maxVersion");
    // Level M byte capacities: version 1 holds 14 bytes, version 5 holds 84, version 40 holds
    // 2331.
    QTest::newRow("short") << 10 << 1 << 1;
    QTest::newRow("join URL") << 60 << 4 << 5;
    QTest::newRow("most") << 2331 << 40 << 40;
}

void TestQrCode::sizeFollowsVersion()
{
    QFETCH(int, length);
    QFETCH(int, minVersion);
    QFETCH(int, maxVersion);
    const pm::Result<QrCode> code = QrCode::encode(QString(length, QLatin1Char('a')));
    QVERIFY2(code.ok(), qPrintable(code.error().message));
    QVERIFY(code->version() >= minVersion);
    QVERIFY(code->version() <= maxVersion);
    QCOMPARE(code->size(), 17 + 4 * code->version());
}

void TestQrCode::finderPatternsAtThreeCorners()
{
    const pm::Result<QrCode> code = QrCode::encode(joinUrl);
    QVERIFY(code.ok());
    const int far = code->size() - 7;
    QVERIFY(isFinderAt(*code, 0, 0));
    QVERIFY(isFinderAt(*code, far, 0));
    QVERIFY(isFinderAt(*code, 0, far));
    QVERIFY(separatorLight(*code, 0, 0));
    QVERIFY(separatorLight(*code, far, 0));
    QVERIFY(separatorLight(*code, 0, far));
    // The fourth corner holds data (and, from version 2, an alignment pattern), never a finder.
    QVERIFY(!isFinderAt(*code, far, far));
    // The timing pattern between the top finders alternates dark and light.
    for (int x = 8; x < far - 1; ++x)
        QCOMPARE(code->isDark(x, 6), x % 2 == 0);
    // Outside the symbol is the quiet zone: light.
    QVERIFY(!code->isDark(-1, 0));
    QVERIFY(!code->isDark(0, code->size()));
}

void TestQrCode::deterministic()
{
    const pm::Result<QrCode> a = QrCode::encode(joinUrl);
    const pm::Result<QrCode> b = QrCode::encode(joinUrl);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->toImage(3), b->toImage(3));
    // Another code in the URL (the facilitator changed it) gives another symbol.
    const pm::Result<QrCode> other = QrCode::encode(QString(joinUrl).replace(u'7', u'8'));
    QVERIFY(other.ok());
    QCOMPARE(other->size(), a->size());
    QVERIFY(other->toImage(3) != a->toImage(3));
}

void TestQrCode::imageHasWhiteQuietZone()
{
    const pm::Result<QrCode> code = QrCode::encode(joinUrl);
    QVERIFY(code.ok());
    const int moduleSize = 5;
    const QImage image = code->toImage(moduleSize);
    const int side = (code->size() + 2 * QrCode::QuietZone) * moduleSize;
    QCOMPARE(image.size(), QSize(side, side));
    const int border = QrCode::QuietZone * moduleSize;
    for (int y = 0; y < side; ++y) {
        for (int x = 0; x < side; ++x) {
            const bool quiet = x < border || y < border || x >= side - border || y >= side - border;
            if (quiet && image.pixel(x, y) != qRgb(255, 255, 255))
                QFAIL(qPrintable(QStringLiteral("quiet zone not white at %1,%2").arg(x).arg(y)));
        }
    }
    // Every module is a solid block of black or white: its centre and its corners agree with
    // the matrix, whatever the palette.
    for (int my = 0; my < code->size(); ++my) {
        for (int mx = 0; mx < code->size(); ++mx) {
            const QRgb expected = code->isDark(mx, my) ? qRgb(0, 0, 0) : qRgb(255, 255, 255);
            const int x = border + mx * moduleSize;
            const int y = border + my * moduleSize;
            for (const QPoint p : {QPoint(x, y), QPoint(x + moduleSize - 1, y + moduleSize - 1),
                                   QPoint(x + 2, y + 2)}) {
                if (image.pixel(p) != expected)
                    QFAIL(qPrintable(QStringLiteral("module %1,%2 wrong").arg(mx).arg(my)));
            }
        }
    }
}

void TestQrCode::tooLongIsAnError()
{
    const pm::Result<QrCode> code = QrCode::encode(QString(2332, QLatin1Char('a')));
    QVERIFY(!code.ok());
    QVERIFY2(code.error().message.contains(QStringLiteral("too long")),
             qPrintable(code.error().message));
    QVERIFY(code.error().message.contains(QStringLiteral("2332")));
    // The widget stays blank and says why; it does not crash when painted.
    QrCodeWidget widget;
    QString error;
    QVERIFY(!widget.setText(QString(5000, QLatin1Char('x')), &error));
    QVERIFY(error.contains(QStringLiteral("too long")));
    QVERIFY(!widget.hasCode());
    widget.resize(200, 200);
    QVERIFY(!widget.grab().isNull());
}

void TestQrCode::emptyIsAnError()
{
    const pm::Result<QrCode> code = QrCode::encode(QString());
    QVERIFY(!code.ok());
    QVERIFY(!code.error().message.isEmpty());
}

void TestQrCode::widgetDrawsCrispModules()
{
    QrCodeWidget widget;
    QVERIFY(widget.setText(joinUrl));
    QVERIFY(widget.hasCode());
    widget.resize(400, 400);
    const QImage image = widget.grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int modules = widget.code()->size() + 2 * QrCode::QuietZone;
    // A join URL at 400 px: at least 8 pixels per module, readable from the back of the room.
    QCOMPARE(widget.moduleSize(), 400 / modules);
    QVERIFY(widget.moduleSize() >= 8);
    // Only black and white, no grey antialiased edges.
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QRgb c = image.pixel(x, y);
            if (c != qRgb(0, 0, 0) && c != qRgb(255, 255, 255))
                QFAIL(qPrintable(QStringLiteral("grey pixel at %1,%2").arg(x).arg(y)));
        }
    }
    // The top-left finder pattern is where the quiet zone ends.
    const int side = modules * widget.moduleSize();
    const int origin = (400 - side) / 2 + QrCode::QuietZone * widget.moduleSize();
    QCOMPARE(image.pixel(origin, origin), qRgb(0, 0, 0));
    QCOMPARE(image.pixel(origin - 1, origin - 1), qRgb(255, 255, 255));
}

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"

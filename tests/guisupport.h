#pragma once

// Helpers for the GUI tests: the sample workshop opened in a shown window, the 1920x1080
// projector screen, and structural screenshot checks (never pixel-exact comparisons).

#include "testsupport.h"

#include <QApplication>
#include <QImage>
#include <QMessageBox>
#include <QSet>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace guisupport {

// The colours of every step-th pixel in both directions.
inline QSet<QRgb> colourSet(const QImage &image, int step)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += step) {
        for (int x = 0; x < image.width(); x += step)
            colours.insert(image.pixel(x, y));
    }
    return colours;
}

// How many colours a grab shows: a blank or unpainted widget has very few.
inline int distinctColours(const QImage &image, int step = 1)
{
    return int(colourSet(image, step).size());
}

// The sample workshops (PREMORTEM_SAMPLES) imported as closed .premortem files, a fresh copy
// per call, ready for a window to open; an empty path when the import fails.
class SampleFiles
{
public:
    QString next(const QString &json = QStringLiteral("checkout-migration.json"))
    {
        const QString path = m_dir.filePath(QStringLiteral("sample%1.premortem").arg(++m_files));
        return testsupport::importSample(path, json) ? path : QString();
    }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

// How openAndShow waits for the window: until it is exposed, or until it is also the active
// window (for key clicks that go to the focus widget).
enum class Wait
{
    Exposed,
    Active
};

// Opens path in a main window, resizes it to size (left as it is when size is invalid), shows it
// and waits; false when the file does not open or the wait times out.
template <typename Window>
bool openAndShow(Window &window, const QString &path, const QSize &size = {},
                 Wait wait = Wait::Exposed)
{
    if (!window.openFile(path))
        return false;
    if (size.isValid())
        window.resize(size);
    window.show();
    if (wait == Wait::Exposed)
        return QTest::qWaitForWindowExposed(&window);
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

// Opens path in a main window shown maximized, as a facilitator's desktop shows it, and waits
// until it is exposed; false when the file does not open or the wait times out.
template <typename Window> bool openMaximized(Window &window, const QString &path)
{
    if (!window.openFile(path))
        return false;
    window.showMaximized();
    return QTest::qWaitForWindowExposed(&window);
}

// The board or matrix's share of the main window's area (issue #17 keeps it at half or more).
template <typename Window> qreal centreShare(const Window &window)
{
    const QWidget *centre = window.matrixView()->parentWidget(); // the board/matrix stack
    return qreal(centre->width()) * centre->height() / (qreal(window.width()) * window.height());
}

// Makes the offscreen test screen size.width() x size.height() at 96 dpi (its configuration
// written into dir, which must outlive the QApplication); another platform (a developer's
// desktop) is left as it is.
inline void useScreen(const QTemporaryDir &dir, const QSize &size)
{
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if ((platform.isEmpty() || platform == "offscreen") &&
        testsupport::writeAll(config, QStringLiteral(R"({"screens": [{"name": "Projector",
            "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpiX": 96, "logicalDpiY": 96,
            "dpr": 1}]})")
                                          .arg(size.width())
                                          .arg(size.height())
                                          .toUtf8()))
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
}

// The 1920x1080 projector most rooms have.
inline void useProjectorScreen(const QTemporaryDir &dir)
{
    useScreen(dir, QSize(1920, 1080));
}

// The screen PREMORTEM_TEST_SCREEN names ("1366x768", a facilitator's laptop), else the
// projector: one test executable registered once per screen size.
inline void useScreenFromEnvironment(const QTemporaryDir &dir)
{
    const QStringList parts = qEnvironmentVariable("PREMORTEM_TEST_SCREEN").split(QLatin1Char('x'));
    const QSize size(parts.value(0).toInt(), parts.value(1).toInt());
    useScreen(dir, size.isEmpty() ? QSize(1920, 1080) : size);
}

// ---- Keys as a person presses them ----

// Where a person's key press goes: the focus widget, inside the modal dialog when one is open.
inline QWidget *keyTarget()
{
    QWidget *focus = QApplication::focusWidget();
    if (QWidget *modal = QApplication::activeModalWidget()) {
        if (!focus || !(focus == modal || modal->isAncestorOf(focus)))
            return modal;
    }
    return focus ? focus : QApplication::activeWindow();
}

inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyTarget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

inline void type(const QString &text)
{
    QWidget *target = keyTarget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

inline QString focusName()
{
    const QWidget *f = QApplication::focusWidget();
    return f ? QStringLiteral("%1(%2)").arg(QString::fromLatin1(f->metaObject()->className()),
                                            f->objectName())
             : QStringLiteral("nothing");
}

// Tab (or Shift+Tab) until the widget called name has the focus, as a person tabs through a
// form looking for a field; false when it is not reached within a form's length.
inline bool tabTo(const QString &name, bool backwards = false)
{
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget() && QApplication::focusWidget()->objectName() == name)
            return true;
        QTest::keyClick(keyTarget(), Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    }
    return false;
}

// Runs script once a modal dialog of type Dialog is up: for a dialog that a key opens after a
// button's short click animation, in the dialog's own event loop. poll must outlive the dialog.
template <typename Dialog>
void onceModal(QTimer &poll, QObject *context, const std::function<void(Dialog *)> &script)
{
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, context, [&poll, script] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        script(dialog);
    });
    poll.start();
}

// Closes any message box that opens while it lives and keeps its text, so a test that meets
// an unexpected error dialog fails with its message instead of waiting for it forever.
class MessageBoxCatcher
{
public:
    MessageBoxCatcher()
    {
        m_timer.setInterval(100);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_texts << box->text() + QLatin1Char(' ') + box->informativeText();
                box->reject();
            }
        });
        m_timer.start();
    }
    QString texts() const { return m_texts.join(QLatin1Char('\n')); }

private:
    QTimer m_timer;
    QStringList m_texts;
};

// A fresh account, as a first-time facilitator has: home is the home folder, with no Documents
// folder and no settings in it, and the desktop's folders (XDG) inside it. Call before the
// QApplication; home must outlive it.
inline void useFreshHome(const QTemporaryDir &home)
{
    const QByteArray path = QFile::encodeName(home.path());
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/.config");
    qputenv("XDG_DATA_HOME", path + "/.local/share");
    qputenv("XDG_CACHE_HOME", path + "/.cache");
    qputenv("XDG_STATE_HOME", path + "/.local/state");
}

} // namespace guisupport

// A test's main() on the projector screen (see useProjectorScreen), otherwise as QTEST_MAIN.
#define GUISUPPORT_PROJECTOR_MAIN(TestObject)                                                      \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QTemporaryDir dir;                                                                         \
        guisupport::useProjectorScreen(dir);                                                       \
        QApplication app(argc, argv);                                                              \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

// A test's main() on the screen PREMORTEM_TEST_SCREEN names (see useScreenFromEnvironment).
#define GUISUPPORT_SCREEN_FROM_ENVIRONMENT_MAIN(TestObject)                                        \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QTemporaryDir dir;                                                                         \
        guisupport::useScreenFromEnvironment(dir);                                                 \
        QApplication app(argc, argv);                                                              \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

// The same for a first-time facilitator: a fresh home folder too (see useFreshHome).
#define GUISUPPORT_FRESH_HOME_MAIN(TestObject)                                                     \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QTemporaryDir screen;                                                                      \
        guisupport::useScreenFromEnvironment(screen);                                              \
        QTemporaryDir home;                                                                        \
        guisupport::useFreshHome(home);                                                            \
        QApplication app(argc, argv);                                                              \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }

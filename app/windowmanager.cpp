#include "windowmanager.h"

#include "errormessage.h"
#include "facilitation/facilitation.h"
#include "mainwindow.h"
#include "phaseguide.h"
#include "workshop.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

namespace {

bool sameFile(const QString &a, const QString &b)
{
    const QString canonical = QFileInfo(a).canonicalFilePath();
    return !canonical.isEmpty() && canonical == QFileInfo(b).canonicalFilePath();
}

// Far enough that the window below shows its title bar.
constexpr int kCascade = 32;

// Nothing remembered yet (MainWindow saves its geometry under this key when it closes): the
// first start takes the whole screen; afterwards the user's own size and place come back.
bool firstStart()
{
    return !QSettings().contains(QStringLiteral("mainWindow/geometry"));
}

} // namespace

WindowManager::WindowManager(QObject *parent) : QObject(parent) {}

WindowManager::~WindowManager()
{
    const QList<MainWindow *> open = windows();
    for (MainWindow *window : open)
        delete window;
}

MainWindow *WindowManager::newWindow()
{
    MainWindow *window = createWindow();
    window->show();
    return window;
}

MainWindow *WindowManager::createWindow()
{
    MainWindow *last = nullptr;
    for (MainWindow *window : windows()) {
        if (window->isVisible())
            last = window;
    }
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (last && !last->isFullScreen())
        window->move(last->pos() + QPoint(kCascade, kCascade));
    else if (firstStart())
        window->setWindowState(Qt::WindowMaximized); // takes effect when shown
    m_windows << window;
    connect(window, &QObject::destroyed, this, [this] {
        m_windows.removeIf([](const QPointer<MainWindow> &w) { return w.isNull(); });
    });
    return window;
}

QList<MainWindow *> WindowManager::windows() const
{
    QList<MainWindow *> list;
    for (const QPointer<MainWindow> &window : m_windows) {
        if (window)
            list << window.data();
    }
    return list;
}

MainWindow *WindowManager::windowFor(const QString &path) const
{
    for (MainWindow *window : windows()) {
        if (window->workshop() && sameFile(path, window->workshop()->path()))
            return window;
    }
    return nullptr;
}

MainWindow *WindowManager::emptyWindow() const
{
    for (MainWindow *window : windows()) {
        if (!window->workshop())
            return window;
    }
    return nullptr;
}

MainWindow *WindowManager::openFile(const QString &path, QString *error)
{
    if (MainWindow *window = windowFor(path)) {
        raise(window);
        return window;
    }
    MainWindow *window = emptyWindow();
    const bool created = window == nullptr;
    if (created)
        window = createWindow();
    if (!window->openFile(path, error)) {
        if (created)
            delete window;
        return nullptr;
    }
    raise(window);
    return window;
}

void WindowManager::open(const QStringList &paths, const QString &phase)
{
    for (const QString &path : paths) {
        QString error;
        if (openFile(path, &error))
            continue;
        // The start page stays, from which another file can be chosen.
        MainWindow *window = emptyWindow();
        if (!window)
            window = newWindow();
        raise(window);
        showErrorMessage(window, tr("Cannot Open the Workshop"), error);
    }
    const pm::Result<pm::Phase> parsed = pm::phaseFromKey(phase);
    if (!paths.isEmpty() && !phase.isEmpty() && parsed) {
        if (MainWindow *window = windowFor(paths.constFirst())) {
            QString error;
            // A read-only file cannot change phase: said in the window, not in a dialog.
            if (!window->facilitation()->setPhase(*parsed, &error))
                emit window->facilitation()->editFailed(error);
        }
    }
    if (paths.isEmpty()) {
        // Launching again from the menu is how to get a window for a second workshop.
        MainWindow *window = emptyWindow();
        raise(window ? window : newWindow());
    }
}

void WindowManager::raise(MainWindow *window)
{
    window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    // Wayland gives focus only with an activation token from the launcher, which Qt 6.4 cannot
    // pass between processes; there the window may just ask for attention instead.
    window->activateWindow();
    QApplication::alert(window);
}

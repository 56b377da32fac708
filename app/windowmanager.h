#pragma once

// The application's main windows, one workshop each. Opening a file that a window already shows
// raises that window instead of opening the file a second time (which would find its own lock and
// fall back to read-only); otherwise the file goes to an empty window or a new one.

#include <QList>
#include <QObject>
#include <QPointer>

class MainWindow;

class WindowManager : public QObject
{
    Q_OBJECT

public:
    explicit WindowManager(QObject *parent = nullptr);
    // Closes what is still open: the windows go before the application object does.
    ~WindowManager() override;

    // A new, shown window on the start page, placed a little off the last one.
    MainWindow *newWindow();
    // The window showing the workshop at path, if any.
    MainWindow *windowFor(const QString &path) const;
    QList<MainWindow *> windows() const;

    // Shows the workshop at path in its window (see above) and returns that window; on failure
    // returns nullptr with a user-readable error, and leaves no new window behind.
    MainWindow *openFile(const QString &path, QString *error = nullptr);

public slots:
    // What a launch asks for: each file in its window, with an error dialog for a file that
    // cannot be opened; no files: bring the empty window to the front, or open a new one.
    // phase (a phase's key, `--phase`): the first file's window goes to that phase.
    void open(const QStringList &paths, const QString &phase = QString());

private:
    MainWindow *createWindow();
    static void raise(MainWindow *window);
    MainWindow *emptyWindow() const;

    QList<QPointer<MainWindow>> m_windows;
};

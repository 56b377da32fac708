// One process opens every workshop: a second launch hands its file to the running one, which
// shows it in its own window, or raises the window that already shows it. Tested in-process
// (server, client, window manager) and end to end with two launches of the real binary.

#include "mainwindow.h"
#include "singleinstance.h"
#include "testsupport.h"
#include "windowmanager.h"
#include "workshop.h"

#include <QApplication>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

QString createWorkshop(const QString &path, const QString &title)
{
    auto created = pm::Workshop::create(path, title);
    return created ? path : QString();
}

// The client blocks while it waits for the answer, so it runs on a thread of its own here:
// the server answers from this thread's event loop.
instance::Forwarded forwardFromThread(const QString &name, const QStringList &paths,
                                      const QString &phase = QString())
{
    instance::Forwarded result = instance::Forwarded::NoAnswer;
    QThread *thread = QThread::create(
        [&] { result = instance::forwardToRunningInstance(name, paths, 5000, phase); });
    thread->start();
    while (!thread->wait(5))
        QCoreApplication::processEvents();
    delete thread;
    return result;
}

// The process id in a workshop's lock file: who is editing it.
qint64 editorOf(const QString &path)
{
    QLockFile lock(path + QStringLiteral(".lock"));
    qint64 pid = 0;
    QString host, app;
    return lock.getLockInfo(&pid, &host, &app) ? pid : 0;
}

} // namespace

class TstSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nobodyListening();
    void serverRejectsGarbage();
    void secondLaunchOpensInTheRunningProcess();
    void phaseGoesToTheRunningProcess();
    void twoLaunchesOfTheBinary();
    void startPrintsNoQtWarnings();

private:
    QTemporaryDir m_dir;
};

void TstSingleInstance::initTestCase()
{
    testsupport::isolateSettings(QStringLiteral("tst_singleinstance"));
    QVERIFY(m_dir.isValid());
}

void TstSingleInstance::nobodyListening()
{
    const QString name = m_dir.filePath(QStringLiteral("nobody.socket"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(instance::forwardToRunningInstance(name, {QStringLiteral("/x.premortem")}, 5000),
             instance::Forwarded::NoInstance);
    QVERIFY(timer.elapsed() < 2000); // a first launch does not wait for anybody

    // A socket file left by a process that died is taken over.
    {
        instance::Server crashed;
        QVERIFY(crashed.listen(name));
    } // QLocalServer removes its file on close; recreate a stale one by hand
    QFile stale(name);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    instance::Server server;
    QCOMPARE(instance::forwardOrListen(server, name, {}), instance::Startup::Listening);
}

void TstSingleInstance::serverRejectsGarbage()
{
    const QString name = m_dir.filePath(QStringLiteral("garbage.socket"));
    instance::Server server;
    QVERIFY(server.listen(name));
    QSignalSpy requests(&server, &instance::Server::openRequested);
    // Relative paths mean nothing to another process: refused, nothing opened.
    QCOMPARE(forwardFromThread(name, {QStringLiteral("relative.premortem")}),
             instance::Forwarded::NoAnswer);
    QTest::qWait(20);
    QCOMPARE(requests.size(), 0);
}

void TstSingleInstance::secondLaunchOpensInTheRunningProcess()
{
    const QString a =
        createWorkshop(m_dir.filePath(QStringLiteral("a.premortem")), QStringLiteral("A"));
    const QString b =
        createWorkshop(m_dir.filePath(QStringLiteral("b.premortem")), QStringLiteral("B"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QString name = m_dir.filePath(QStringLiteral("instance.socket"));

    instance::Server server;
    QCOMPARE(instance::forwardOrListen(server, name, {}), instance::Startup::Listening);
    WindowManager windows;
    connect(&server, &instance::Server::openRequested, &windows, &WindowManager::open);
    windows.open({}); // the first launch, without a file: the start page
    QCOMPARE(windows.windows().size(), 1);
    MainWindow *first = windows.windows().constFirst();

    // A file goes into the empty window rather than a new one.
    QCOMPARE(forwardFromThread(name, {a}), instance::Forwarded::Delivered);
    QTRY_VERIFY(first->workshop());
    QCOMPARE(windows.windows().size(), 1);
    QCOMPARE(first->workshop()->info().title, QStringLiteral("A"));
    QVERIFY(!first->workshop()->isReadOnly());

    // The same file again (through another spelling of its path): raised, not opened twice.
    const QString aAgain = m_dir.path() + QStringLiteral("/./a.premortem");
    QCOMPARE(forwardFromThread(name, {aAgain}), instance::Forwarded::Delivered);
    QTest::qWait(50);
    QCOMPARE(windows.windows().size(), 1);
    QCOMPARE(windows.windowFor(a), first);
    QVERIFY(!first->workshop()->isReadOnly());

    // Another file: a window of its own, editable as well.
    QCOMPARE(forwardFromThread(name, {b}), instance::Forwarded::Delivered);
    QTRY_COMPARE(windows.windows().size(), 2);
    MainWindow *second = windows.windowFor(b);
    QVERIFY(second && second != first);
    QVERIFY(second->isVisible());
    QVERIFY(!second->workshop()->isReadOnly());

    // A window closed by the user leaves the list; its file can come back in a new one.
    second->close();
    QTRY_COMPARE(windows.windows().size(), 1);
    QCOMPARE(forwardFromThread(name, {b}), instance::Forwarded::Delivered);
    QTRY_VERIFY(windows.windowFor(b));

    // A file that cannot be opened leaves no empty window behind.
    QString error;
    QVERIFY(!windows.openFile(m_dir.filePath(QStringLiteral("missing.premortem")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(windows.windows().size(), 2);
}

// `premortem FILE --phase NAME` handed to the running process: the window showing FILE (or the
// one opening it) goes to that phase, written to the file; an unknown phase is refused whole.
void TstSingleInstance::phaseGoesToTheRunningProcess()
{
    const QString path =
        createWorkshop(m_dir.filePath(QStringLiteral("phase.premortem")), QStringLiteral("P"));
    QVERIFY(!path.isEmpty());
    const QString name = m_dir.filePath(QStringLiteral("phase.socket"));
    instance::Server server;
    QCOMPARE(instance::forwardOrListen(server, name, {}), instance::Startup::Listening);
    WindowManager windows;
    connect(&server, &instance::Server::openRequested, &windows, &WindowManager::open);

    QCOMPARE(forwardFromThread(name, {path}, QStringLiteral("writing")),
             instance::Forwarded::Delivered);
    QTRY_VERIFY(windows.windowFor(path));
    MainWindow *window = windows.windowFor(path);
    QTRY_COMPARE(window->workshop()->info().phase, pm::Phase::Writing);

    // The file is already open: the same window moves on.
    QCOMPARE(forwardFromThread(name, {path}, QStringLiteral("rank")),
             instance::Forwarded::Delivered);
    QTRY_COMPARE(window->workshop()->info().phase, pm::Phase::Rank);
    QCOMPARE(windows.windows().size(), 1);
    {
        auto again = pm::Workshop::open(path, pm::Store::Access::ReadOnly);
        QVERIFY(again);
        QCOMPARE(again.value()->info().phase, pm::Phase::Rank);
    }

    // A phase nobody knows: refused, nothing changes.
    QSignalSpy requests(&server, &instance::Server::openRequested);
    QCOMPARE(forwardFromThread(name, {path}, QStringLiteral("lunch")),
             instance::Forwarded::NoAnswer);
    QTest::qWait(20);
    QCOMPARE(requests.size(), 0);
    QCOMPARE(window->workshop()->info().phase, pm::Phase::Rank);
}

void TstSingleInstance::twoLaunchesOfTheBinary()
{
    const QString a =
        createWorkshop(m_dir.filePath(QStringLiteral("first.premortem")), QStringLiteral("First"));
    const QString b = createWorkshop(m_dir.filePath(QStringLiteral("second.premortem")),
                                     QStringLiteral("Second"));
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    // A private runtime directory (the socket) and settings, away from a real Premortem.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    QProcess running;
    running.setProcessEnvironment(env);
    running.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    running.start(QStringLiteral(PREMORTEM_APP), {a});
    QVERIFY(running.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(editorOf(a), running.processId(), 10000);

    // The second launch (a double-click on b) returns at once; the running process edits b.
    QProcess second;
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    second.setWorkingDirectory(m_dir.path()); // a relative path, as a file manager may pass
    second.start(QStringLiteral(PREMORTEM_APP), {QDir(m_dir.path()).relativeFilePath(b)});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(editorOf(b), running.processId(), 10000);
    QCOMPARE(editorOf(a), running.processId()); // and still a
    QVERIFY(timer.elapsed() < 8000);

    // A third launch with --phase: the running process moves b's window to that phase.
    QProcess third;
    third.setProcessEnvironment(env);
    third.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    third.start(QStringLiteral(PREMORTEM_APP),
                {b, QStringLiteral("--phase"), QStringLiteral("cluster")});
    QVERIFY(third.waitForFinished(10000));
    QCOMPARE(third.exitCode(), 0);
    auto phaseOf = [](const QString &path) {
        auto opened = pm::Workshop::open(path, pm::Store::Access::ReadOnly);
        return opened ? opened.value()->info().phase : pm::Phase::Frame;
    };
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(b), pm::Phase::Cluster, 10000);
    QCOMPARE(editorOf(b), running.processId());

    running.terminate();
    if (!running.waitForFinished(5000)) {
        running.kill();
        running.waitForFinished(5000);
    }
}

// Where the session sets no runtime directory (su, ssh, a container), Qt would tell the user's
// terminal so on every start; the program starts (here as far as --version) saying nothing else.
void TstSingleInstance::startPrintsNoQtWarnings()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PREMORTEM_APP), {QStringLiteral("--version")});
    QVERIFY(app.waitForFinished(10000));
    QCOMPARE(app.exitCode(), 0);
    QVERIFY(app.readAllStandardOutput().contains("Premortem"));
    QCOMPARE(QString::fromLocal8Bit(app.readAllStandardError()), QString());
}

QTEST_MAIN(TstSingleInstance)
#include "tst_singleinstance.moc"

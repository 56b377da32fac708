// The reference for the start-up benchmarks: the smallest Qt Widgets program with a window, a
// menu bar and a label, ended after its first painted frame.

#include "firstframe.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    bench::QuitAfterFirstFrame quit(&app);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    window.setCentralWidget(new QLabel(QStringLiteral("Hello")));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}

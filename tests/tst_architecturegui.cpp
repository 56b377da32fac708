// File > Import Architecture… in the window: the action is in the File menu, the import is one
// undo step (undo takes every component and arrow back, redo brings them again), and a hostile
// diagram is refused with the reason while the workshop and the undo stack stay as they were.

#include "architecture/architectureimportcontroller.h"
#include "mainwindow.h"
#include "testsupport.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pm;

class TstArchitectureGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        testsupport::isolateSettings(QStringLiteral("tst_architecturegui"));
        installTranslations(qApp);
    }

    void importIsOneUndoStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("map.premortem"));
        QVERIFY(Workshop::create(path, QStringLiteral("Checkout")));
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        auto *controller = window.findChild<ArchitectureImportController *>();
        QVERIFY(controller);
        bool inFileMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(controller->action()))
                inFileMenu = menu->text() == MainWindow::tr("&File");
        }
        QVERIFY(inFileMenu);
        QVERIFY(controller->action()->isEnabled());
        Workshop *w = window.workshop();
        const auto before = testsupport::snapshot(*w);
        QString error;
        QStringList preview;
        QVERIFY2(
            controller->importFile(QStringLiteral(PREMORTEM_TEST_DATA "/architecture/checkout.mmd"),
                                   &error, &preview),
            qPrintable(error));
        QVERIFY(preview.contains(QStringLiteral("Add component “Checkout API”")));
        QCOMPARE(w->liveCount(EntityKind::Component), 15); // 11 boxes, 4 boundaries
        QCOMPARE(w->liveCount(EntityKind::Dependency), 11);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Import Architecture"));
        const auto after = testsupport::snapshot(*w);
        window.undoStack()->undo();
        QCOMPARE(testsupport::snapshot(*w), before);
        window.undoStack()->redo();
        QCOMPARE(testsupport::snapshot(*w), after);
        {
            auto reopened = Workshop::open(path, Store::Access::ReadOnly);
            QVERIFY(reopened);
            QCOMPARE(testsupport::snapshot(*reopened.value()), after);
        }

        // A YAML alias bomb: refused with the reason, nothing written, nothing on the stack.
        const QString bomb = m_dir.filePath(QStringLiteral("bomb.yml"));
        QByteArray yaml = "a: &a [x,x,x,x,x,x,x,x,x,x]\n";
        for (char c = 'b'; c <= 'g'; ++c)
            yaml += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [" + QByteArray("*") +
                    char(c - 1) + QByteArray(",*") + char(c - 1) + QByteArray(",*") + char(c - 1) +
                    QByteArray(",*") + char(c - 1) + QByteArray(",*") + char(c - 1) +
                    QByteArray(",*") + char(c - 1) + "]\n";
        yaml += "services: {web: {image: x}}\n";
        QVERIFY(testsupport::writeAll(bomb, yaml));
        QVERIFY(!controller->importFile(bomb, &error));
        QVERIFY2(error.contains(QStringLiteral("alias bomb")), qPrintable(error));
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(testsupport::snapshot(*w), after);
    }
};

QTEST_MAIN(TstArchitectureGui)
#include "tst_architecturegui.moc"

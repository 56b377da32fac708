// The window's panels as issue #17 wants them: built only when first shown (a file opened in Rank
// builds no mitigation, look-back or participants panel, and no start page), and arranged per
// phase as the facilitator left them: sizes, closed and opened docks come back on the next visit
// to the phase, after presentation mode and after a restart, while the board or matrix keeps at
// least half of the window.
//
// Registered twice: at 1920x1080 (a projector) and 1366x768 (PREMORTEM_TEST_SCREEN).

#include "facilitation.h"
#include "facilitationpanels.h"
#include "guisupport.h"
#include "lazydock.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "participantspanel.h"
#include "phasedockmemory.h"
#include "phaselayout.h"
#include "startpage.h"
#include "testsupport.h"
#include "workshop.h"
#include "workshopview.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QLayout>
#include <QTableView>
#include <QToolBar>

using namespace pm;

namespace {

QDockWidget *dock(const MainWindow &window, const char *name)
{
    return window.findChild<QDockWidget *>(QLatin1String(name));
}

LazyDock *lazyDock(const MainWindow &window, const char *name)
{
    return qobject_cast<LazyDock *>(dock(window, name));
}

using guisupport::centreShare;

// Lets the queued layout steps (the docks' fit to the window, the board's fit) run; the window
// fits its docks 100 ms after its last resize.
void settle()
{
    QTest::qWait(250);
    QCoreApplication::processEvents();
}

} // namespace

class TstPhaseDocks : public QObject
{
    Q_OBJECT

private:
    guisupport::SampleFiles m_samples;

private slots:
    void initTestCase() { testsupport::isolateSettings(QStringLiteral("tst_phasedocks")); }
    void init() { forgetArrangements(); }

    // The sample is in Rank: its docks are built, the others wait; so does the start page.
    void panelsWaitUntilShown()
    {
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, m_samples.next()));
        QCOMPARE(window.workshop()->info().phase, Phase::Rank);
        QVERIFY(!window.findChild<StartPage *>());
        QVERIFY(!window.workshopView()->findChild<QWidget *>(QStringLiteral("frameEditor")));
        for (const char *name : {"mitigationDock", "lookbackDock", "participantsDock"}) {
            QVERIFY2(lazyDock(window, name), name);
            QVERIFY2(!lazyDock(window, name)->isBuilt(), name);
            QVERIFY2(!dock(window, name)->widget(), name);
        }
        // Shown by the phase: built as they show, with the workshop's rows already in them.
        QVERIFY(window.facilitation()->setPhase(Phase::Mitigate));
        QVERIFY(dock(window, "mitigationDock")->isVisible());
        QVERIFY(dock(window, "mitigationDock")->widget());
        QVERIFY(window.facilitation()->setPhase(Phase::People));
        QVERIFY(dock(window, "participantsDock")->widget());
        QVERIFY(window.teamPanels()->participants()->isVisible());
        // Asked for (a key, a test): built then, hidden or not.
        QVERIFY(!lazyDock(window, "lookbackDock")->isBuilt());
        QVERIFY(window.lookbackPanel());
        QVERIFY(lazyDock(window, "lookbackDock")->isBuilt());
        QVERIFY(!dock(window, "lookbackDock")->isVisible());
        // The frame editor on the first edit; the start page when the workshop closes.
        QVERIFY(window.workshopView()->editFrame());
        QVERIFY(window.workshopView()->findChild<QWidget *>(QStringLiteral("frameEditor")));
        window.closeWorkshop();
        QVERIFY(window.findChild<StartPage *>());
        QVERIFY(window.findChild<StartPage *>()->isVisible());
    }

    // A file left in Rank opens as Rank looks: the matrix in the centre, no palette, and on the
    // phase's first visit a ranked list with rows to read, not a header and a row.
    void opensOnThePhaseView()
    {
        MainWindow window;
        QVERIFY(guisupport::openMaximized(window, m_samples.next()));
        settle();
        QVERIFY(window.isMatrixShown());
        QVERIFY(!window.findChild<QToolBar *>(QStringLiteral("componentPalette"))->isVisible());
        auto *table = dock(window, "rankedDock")->findChild<QTableView *>();
        QVERIFY(table && table->isVisible());
        const int rows =
            table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        // A laptop's matrix needs its half first: two rows there, more on the projector.
        const int least = window.height() >= 1000 ? 5 : 2;
        QVERIFY2(rows >= least,
                 qPrintable(QStringLiteral("%1 rows of the ranked list show in a %2 px "
                                           "high window")
                                .arg(rows)
                                .arg(window.height())));
        QVERIFY2(centreShare(window) >= 0.5, qPrintable(QString::number(centreShare(window))));
    }

    // Sizes, closed and opened docks of one phase come back with it; another phase keeps its own.
    void eachPhaseKeepsItsArrangement()
    {
        const QString path = m_samples.next();
        {
            MainWindow window;
            QVERIFY(guisupport::openMaximized(window, path));
            settle();
            QDockWidget *ranked = dock(window, "rankedDock");
            QDockWidget *warnings = dock(window, "warningsDock");
            QDockWidget *notes = dock(window, "notesDock");
            QVERIFY(ranked->isVisible() && warnings->isVisible() && !notes->isVisible());

            // The facilitator's own Rank: a lower ranked list, no warnings, the notes beside.
            const int lower = ranked->minimumSizeHint().height() + 40;
            window.resizeDocks({ranked}, {lower}, Qt::Vertical);
            warnings->toggleViewAction()->trigger();
            notes->toggleViewAction()->trigger();
            settle();
            // On a laptop the notes beside take the matrix under half: the window's rule gives it
            // back on every phase change, so the height to come back is the one after that.
            capDocksForCentre(&window, window.matrixView()->parentWidget(), kCentreShare);
            const int rankedHeight = ranked->height();
            QVERIFY(!warnings->isVisible() && notes->isVisible());

            // Mitigate has the table's docks, warnings included: Rank's choices are Rank's.
            QVERIFY(window.facilitation()->setPhase(Phase::Mitigate));
            settle();
            QVERIFY(warnings->isVisible());
            QVERIFY(!notes->isVisible());
            QVERIFY(dock(window, "mitigationDock")->isVisible());

            // Back in Rank: as the facilitator left it.
            QVERIFY(window.facilitation()->setPhase(Phase::Rank));
            settle();
            QVERIFY(!warnings->isVisible());
            QVERIFY(notes->isVisible());
            QVERIFY(!dock(window, "mitigationDock")->isVisible());
            QVERIFY2(qAbs(ranked->height() - rankedHeight) <= 8,
                     qPrintable(QStringLiteral("ranked list %1 px high, left at %2")
                                    .arg(ranked->height())
                                    .arg(rankedHeight)));
            // The notes the facilitator opened on top of the phase's docks are their choice: on
            // a laptop they may take the matrix under half, on the projector they may not.
            if (window.width() >= 1900)
                QVERIFY2(centreShare(window) >= 0.5,
                         qPrintable(QString::number(centreShare(window))));
            window.close(); // remembered with the window's place
        }
        // The next start finds Rank as it was left.
        MainWindow again;
        QVERIFY(guisupport::openMaximized(again, path));
        settle();
        QVERIFY(!dock(again, "warningsDock")->isVisible());
        QVERIFY(dock(again, "notesDock")->isVisible());
        QVERIFY(dock(again, "rankedDock")->isVisible());
        if (again.width() >= 1900)
            QVERIFY2(centreShare(again) >= 0.5, qPrintable(QString::number(centreShare(again))));

        // Forgotten: the table's docks again.
        again.close();
        forgetArrangements();
        MainWindow fresh;
        QVERIFY(guisupport::openAndShow(fresh, path));
        settle();
        QVERIFY(dock(fresh, "warningsDock")->isVisible());
        QVERIFY(!dock(fresh, "notesDock")->isVisible());
    }

    // A remembered dock as wide as the screen still leaves the board or matrix half the window.
    void rememberedSizesLeaveTheCentreItsHalf()
    {
        const QString path = m_samples.next();
        MainWindow window;
        QVERIFY(guisupport::openMaximized(window, path));
        QVERIFY(window.facilitation()->setPhase(Phase::Mitigate));
        settle();
        QDockWidget *mitigations = dock(window, "mitigationDock");
        window.resizeDocks({mitigations}, {window.width()}, Qt::Horizontal);
        QVERIFY(window.facilitation()->setPhase(Phase::Report));
        settle();
        QVERIFY(window.facilitation()->setPhase(Phase::Mitigate));
        settle();
        QVERIFY(mitigations->isVisible());
        QVERIFY2(centreShare(window) >= 0.5, qPrintable(QString::number(centreShare(window))));
    }

    // Presentation mode shows the room's view and gives the facilitator's arrangement back,
    // even after phase changes on the projector.
    void presentationKeepsTheArrangement()
    {
        MainWindow window;
        QVERIFY(guisupport::openMaximized(window, m_samples.next()));
        settle();
        QDockWidget *warnings = dock(window, "warningsDock");
        warnings->toggleViewAction()->trigger();
        QVERIFY(!warnings->isVisible());

        window.setPresentationMode(true);
        QVERIFY(window.facilitation()->setPhase(Phase::Mitigate));
        QVERIFY(window.facilitation()->setPhase(Phase::Rank));
        settle();
        QVERIFY(!dock(window, "rankedDock")->isVisible()); // the room's view: no panels
        window.setPresentationMode(false);
        settle();
        QVERIFY(dock(window, "rankedDock")->isVisible());
        QVERIFY(!warnings->isVisible());
    }
};

GUISUPPORT_SCREEN_FROM_ENVIRONMENT_MAIN(TstPhaseDocks)
#include "tst_phasedocks.moc"

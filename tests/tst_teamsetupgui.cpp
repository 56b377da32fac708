// Facilitation in the GUI: the new workshop wizard (driven page by page), the participants panel
// with its coverage warnings, the dot vote panel (budget, totals hidden in the ranked list until
// the vote closes) and anonymous mode on the board and in the matrix. Screenshots at 1920x1080
// go to PREMORTEM_SCREENSHOT_DIR when it is set, to be looked at.

#include "boardscene.h"
#include "boardview.h"
#include "facilitationpanels.h"
#include "failuremodeselection.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "newworkshopwizard.h"
#include "noteitem.h"
#include "notelistmodel.h"
#include "participantspanel.h"
#include "rankedlistpanel.h"
#include "rankedriskmodel.h"
#include "testsupport.h"
#include "voting.h"
#include "votingpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionGraphicsItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace pm;

namespace {

void keepScreenshot(const QImage &image, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("PREMORTEM_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(image.save(QDir(dir).filePath(name)));
}

// The note as painted, alone, at 100%.
QImage render(board::NoteItem *item)
{
    const QRectF r = item->boundingRect();
    QImage image(r.size().toSize() + QSize(2, 2), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-r.topLeft() + QPointF(1, 1));
    QStyleOptionGraphicsItem option;
    option.exposedRect = r;
    item->paint(&painter, &option, nullptr);
    return image;
}

} // namespace

class TestFacilitationGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString freshPath(const QString &name) const { return m_dir.filePath(name); }

    // A window with a new workshop: two notes by Alice, one failure mode each, participants
    // Alice (SRE, run) and Bob (architect, build).
    void openWorkshop(MainWindow &window, const QString &name)
    {
        QVERIFY(window.newWorkshop(freshPath(name), QStringLiteral("Checkout")));
        Workshop *w = window.workshop();
        Participant alice, bob;
        alice.meta.id = QUuid::createUuid();
        alice.name = QStringLiteral("Alice Zeta");
        alice.role = Role::Sre;
        alice.side = Side::Run;
        bob.meta.id = QUuid::createUuid();
        bob.name = QStringLiteral("Bob Young");
        bob.role = Role::Architect;
        bob.side = Side::Build;
        FailureMode a, b;
        a.meta.id = QUuid::createUuid();
        a.title = QStringLiteral("Retry storm");
        b.meta.id = QUuid::createUuid();
        b.title = QStringLiteral("Stale cache");
        Note n1, n2;
        n1.meta.id = QUuid::createUuid();
        n1.text = QStringLiteral("Retries multiply under load");
        n1.author = alice.meta.id;
        n1.failureMode = a.meta.id;
        n2.meta.id = QUuid::createUuid();
        n2.text = QStringLiteral("Cache never invalidated");
        n2.author = alice.meta.id;
        n2.failureMode = b.meta.id;
        n2.x = 400;
        QVERIFY(w->apply({alice, bob, a, b, n1, n2}).ok());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent files and settings stay out of $HOME
        QVERIFY(m_dir.isValid());
    }

    void wizardCreatesTheWorkshop()
    {
        QTemporaryDir templates;
        {
            QFile broken(templates.filePath(QStringLiteral("broken-team.json")));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("{\"id\": \"team\", \"name\": ");
        }
        const QString path = freshPath(QStringLiteral("Payments v2.premortem"));
        NewWorkshopWizard wizard(
            [this](const QString &launch) {
                return m_dir.filePath(launch + QStringLiteral(".premortem"));
            },
            templates.path());
        wizard.resize(1000, 680);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Page 1: the launch; Next stays off until it has a name.
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QLineEdit *>(QStringLiteral("launchName"))
            ->setText(QStringLiteral("Payments v2"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        keepScreenshot(wizard.grab().toImage(), QStringLiteral("wizard-1-launch.png"));
        wizard.next();
        // Page 2: templates, with the broken one named, and the others offered.
        auto *list = wizard.findChild<QListWidget *>(QStringLiteral("templateList"));
        QCOMPARE(list->count(), 1 + 5);
        auto *problems = wizard.findChild<QLabel *>(QStringLiteral("templateProblems"));
        QVERIFY(problems);
        QVERIFY(problems->text().contains(QStringLiteral("broken-team.json")));
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("data-migration"))
                list->setCurrentRow(i);
        }
        QCOMPARE(wizard.field(QStringLiteral("templateId")).toString(),
                 QStringLiteral("data-migration"));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("templateDescription"))
                    ->text()
                    .contains(QStringLiteral("Backfill job")));
        keepScreenshot(wizard.grab().toImage(), QStringLiteral("wizard-2-template.png"));
        wizard.next();
        // Page 3: the scenario is pre-filled from the horizon, the launch and the template.
        auto *horizon = wizard.findChild<QDateEdit *>(QStringLiteral("horizon"));
        QCOMPARE(horizon->date(), QDate::currentDate().addMonths(6));
        auto *scenario = wizard.findChild<QPlainTextEdit *>(QStringLiteral("scenario"));
        QVERIFY(scenario->toPlainText().startsWith(QStringLiteral("It is ")));
        QVERIFY(scenario->toPlainText().contains(QStringLiteral("Payments v2 has failed.")));
        horizon->setDate(QDate(2031, 3, 15));
        QVERIFY(scenario->toPlainText().contains(QStringLiteral("2031")));
        keepScreenshot(wizard.grab().toImage(), QStringLiteral("wizard-3-scenario.png"));
        wizard.next();
        // Page 4: not recording authors implies anonymous.
        wizard.findChild<QCheckBox *>(QStringLiteral("doNotRecordAuthors"))->setChecked(true);
        QVERIFY(wizard.findChild<QCheckBox *>(QStringLiteral("anonymous"))->isChecked());
        keepScreenshot(wizard.grab().toImage(), QStringLiteral("wizard-4-privacy.png"));
        wizard.next();
        // Page 5: the file, suggested from the launch's name.
        auto *file = wizard.findChild<QLineEdit *>(QStringLiteral("path"));
        QCOMPARE(file->text(), path);
        keepScreenshot(wizard.grab().toImage(), QStringLiteral("wizard-5-file.png"));
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(wizard.createdPath(), path);

        auto opened = Workshop::open(path, Store::Access::ReadOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        const WorkshopInfo &info = opened.value()->info();
        QCOMPARE(info.title, QStringLiteral("Payments v2"));
        QCOMPARE(info.system, QStringLiteral("Payments v2"));
        QCOMPARE(info.templateId, QStringLiteral("data-migration"));
        QCOMPARE(info.horizon, QDate(2031, 3, 15));
        QVERIFY(info.scenario.contains(QStringLiteral("Payments v2 has failed.")));
        QVERIFY(info.anonymous);
        QVERIFY(!info.recordAuthors);
        QVERIFY(opened.value()->rows<Component>().size() >= 5);
        opened.value().reset();
        // The window opens it with the template's components on the board.
        MainWindow window;
        window.resize(1920, 1080);
        QVERIFY(window.openFile(path));
        window.show();
        window.boardView()->fitAll();
        QCoreApplication::processEvents();
        keepScreenshot(window.grab().toImage(), QStringLiteral("wizard-result-board.png"));
        QCOMPARE(window.workshop()->info().templateId, QStringLiteral("data-migration"));
        window.closeWorkshop();

        // A second run onto the same file is refused with a message, and the first file stays.
        NewWorkshopWizard again([&](const QString &) { return path; }, QString());
        again.setField(QStringLiteral("launch"), QStringLiteral("Other"));
        again.setField(QStringLiteral("path"), path);
        QString error;
        QVERIFY(!again.createWorkshop(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(Workshop::open(path, Store::Access::ReadOnly).ok());
    }

    // The wizard by keys: every label with an access key has a field to go to (no literal "&"
    // on screen), Tab leaves the horizon for the scenario instead of typing into its year, and
    // a year out of range is refused with a sentence, not accepted or silently changed.
    void wizardByKeyboard()
    {
        NewWorkshopWizard wizard(
            [this](const QString &) { return freshPath(QStringLiteral("keys")); }, QString());
        wizard.resize(1000, 680);
        wizard.show();
        wizard.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        for (QLabel *label : wizard.findChildren<QLabel *>()) {
            QString text = label->text();
            text.remove(QStringLiteral("&&"));
            if (label->textFormat() != Qt::RichText && text.contains(QLatin1Char('&')))
                QVERIFY2(label->buddy(),
                         qPrintable(label->text() + QStringLiteral(" shows its &")));
        }
        auto *launch = wizard.findChild<QLineEdit *>(QStringLiteral("launchName"));
        launch->setFocus();
        QTest::keyClicks(launch, QStringLiteral("Move search to Elasticsearch 8"));
        wizard.next();
        wizard.next();
        auto *horizon = wizard.findChild<QDateEdit *>(QStringLiteral("horizon"));
        auto *scenario = wizard.findChild<QPlainTextEdit *>(QStringLiteral("scenario"));
        const QDate suggested = horizon->date();
        horizon->setFocus();
        QTRY_VERIFY(horizon->hasFocus());
        QTest::keyClick(horizon, Qt::Key_Tab);
        QVERIFY2(scenario->hasFocus(), QApplication::focusWidget()
                                           ? QApplication::focusWidget()->metaObject()->className()
                                           : "nothing");
        QTest::keyClicks(scenario, QStringLiteral(" Users saw stale results."));
        QCOMPARE(horizon->date(), suggested);
        QTest::keyClick(scenario, Qt::Key_Tab, Qt::ShiftModifier);
        QVERIFY(horizon->hasFocus());

        // "3 Jun 3202": the year typed over, past the ten years a workshop looks ahead.
        horizon->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(horizon, QStringLiteral("3202"));
        QTest::keyClick(horizon, Qt::Key_Tab);
        QVERIFY(horizon->date() <= QDate::currentDate().addYears(10));
        QVERIFY(horizon->date().year() != 3202);
        auto *message = wizard.findChild<QLabel *>(QStringLiteral("horizonMessage"));
        QVERIFY(message);
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("3202")) &&
                     message->text().contains(QString::number(QDate::currentDate().year() + 10)),
                 qPrintable(message->text()));
        // A good date clears it.
        horizon->setDate(QDate::currentDate().addYears(1));
        QVERIFY(!message->isVisible());
        wizard.reject();
    }

    void participantsAndCoverage()
    {
        MainWindow window;
        window.resize(1920, 1080);
        QVERIFY(window.newWorkshop(freshPath(QStringLiteral("people.premortem")),
                                   QStringLiteral("People")));
        window.show();
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("participantsDock"));
        QVERIFY(dock);
        dock->show();
        ParticipantsPanel *panel = window.teamPanels()->participants();
        // Nobody yet: all three warnings.
        QCOMPARE(panel->warningText().count(QStringLiteral("⚠")), 3);
        keepScreenshot(window.grab().toImage(), QStringLiteral("participants-empty.png"));
        QVERIFY(
            panel->addParticipant(QStringLiteral("Dana"), int(Role::Architect), int(Side::Build)));
        QCOMPARE(panel->table()->rowCount(), 1);
        QVERIFY(panel->warningText().contains(QStringLiteral("run-time")));
        QVERIFY(!panel->warningText().contains(QStringLiteral("build-time")));
        QVERIFY(panel->warningText().contains(QStringLiteral("SRE")));
        QString error;
        QVERIFY(!panel->addParticipant(QStringLiteral("dana"), 0, 0, &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        QVERIFY(panel->addParticipant(QStringLiteral("Eli"), int(Role::Sre), int(Side::Run)));
        QVERIFY(panel->warningText().isEmpty());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("coverageWarnings"))
                    ->text()
                    .startsWith(QStringLiteral("✓")));
        QCoreApplication::processEvents(); // the dock's layout settles before the grab
        keepScreenshot(window.grab().toImage(), QStringLiteral("participants.png"));
        // Edits are undoable: role changed through the core, then undone.
        const Participant eli = *window.workshop()->participantNamed(QStringLiteral("Eli"));
        Participant changed = eli;
        changed.role = Role::Qa;
        QVERIFY(panel->updateParticipant(changed));
        QVERIFY(panel->warningText().contains(QStringLiteral("SRE")));
        window.undoStack()->undo();
        QCOMPARE(window.workshop()->participantNamed(QStringLiteral("Eli"))->role, Role::Sre);
        QVERIFY(panel->warningText().isEmpty());
        QVERIFY(panel->removeParticipant(eli.meta.id));
        QCOMPARE(panel->table()->rowCount(), 1);
        window.undoStack()->undo();
        QCOMPARE(panel->table()->rowCount(), 2);
    }

    // In the People phase the participants stay on the projector, in text the room can read.
    void participantsGrowOnTheProjector()
    {
        MainWindow window;
        QVERIFY(window.newWorkshop(freshPath(QStringLiteral("projector.premortem")),
                                   QStringLiteral("Projector")));
        ParticipantsPanel *panel = window.teamPanels()->participants();
        const int normal = panel->font().pointSize();
        const int roleWidth = panel->table()->columnWidth(1);
        QVERIFY(normal < 16);
        window.setPresentationMode(true);
        QCOMPARE(panel->font().pointSize(), 16);
        QCOMPARE(panel->table()->font().pointSize(), 16);    // the children follow
        QVERIFY(panel->table()->columnWidth(1) > roleWidth); // "Senior engineer" still fits
        QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("coverageWarnings"))->font().pointSize(),
                 16);
        window.setPresentationMode(false);
        QCOMPARE(panel->font().pointSize(), normal);
    }

    void votingPanelAndHiddenTotals()
    {
        MainWindow window;
        window.resize(1920, 1080);
        openWorkshop(window, QStringLiteral("vote.premortem"));
        window.show();
        window.findChild<QDockWidget *>(QStringLiteral("votingDock"))->show();
        VotingPanel *panel = window.teamPanels()->voting();
        Workshop *w = window.workshop();
        const QUuid retry = w->rows<FailureMode>().at(0).meta.id;
        const QUuid cache = w->rows<FailureMode>().at(1).meta.id;
        const QUuid alice = w->participantNamed(QStringLiteral("Alice Zeta"))->meta.id;
        const QUuid bob = w->participantNamed(QStringLiteral("Bob Young"))->meta.id;
        window.failureModeSelection()->select(retry);
        // The budget is set before the vote, one undo step.
        auto *budget = panel->findChild<QSpinBox *>(QStringLiteral("voteBudget"));
        QVERIFY(budget->isEnabled());
        budget->setValue(4);
        QCOMPARE(w->info().voteBudget, 4);
        window.undoStack()->undo();
        QCOMPARE(w->info().voteBudget, 3);
        QCOMPARE(budget->value(), 3);
        QString error;
        QVERIFY(!panel->addDot(&error)); // not open yet
        QVERIFY(error.contains(QStringLiteral("not open")));
        QVERIFY(panel->setVotingOpen(true));
        QVERIFY(!budget->isEnabled());
        panel->setVoter(alice);
        QVERIFY(panel->addDot());
        QVERIFY(panel->addDot());
        window.failureModeSelection()->select(cache);
        // V gives a dot through the window's keyboard map.
        QAction *give = window.findChild<QAction *>(QStringLiteral("actionGiveDot"));
        QVERIFY(give);
        QVERIFY(give->shortcuts().contains(QKeySequence(Qt::Key_V)));
        give->trigger();
        QCOMPARE(dotsUsed(*w, alice), 3);
        QVERIFY(panel->statusText().contains(QStringLiteral("0 of 3")));
        QVERIFY(!panel->addDot(&error));
        QVERIFY(error.contains(QStringLiteral("all 3 dots")));
        panel->setVoter(bob);
        QVERIFY(panel->addDot());
        QCoreApplication::processEvents();
        keepScreenshot(window.grab().toImage(), QStringLiteral("voting-open.png"));

        // While open, the ranked list and the matrix show no totals.
        QAbstractItemModel *shown = window.rankedPanel()->table()->model();
        auto votesShown = [&](const QUuid &mode) {
            for (int row = 0; row < shown->rowCount(); ++row) {
                const QModelIndex id = shown->index(row, 0);
                if (id.data(RankedRiskModel::IdRole).toUuid() == mode)
                    return shown->index(row, RankedRiskModel::Votes).data().toString();
            }
            return QString();
        };
        QCOMPARE(votesShown(cache), QStringLiteral("hidden"));
        QCOMPARE(votesShown(retry), QStringLiteral("hidden"));
        QVERIFY(visibleVoteTotals(*w).isEmpty());
        // Closing shows them, one undo step; undo hides them again.
        QVERIFY(panel->setVotingOpen(false));
        QCOMPARE(votesShown(cache), QStringLiteral("2"));
        QCOMPARE(votesShown(retry), QStringLiteral("2"));
        window.showMatrix(true);
        keepScreenshot(window.grab().toImage(), QStringLiteral("voting-closed-matrix.png"));
        window.showMatrix(false);
        window.undoStack()->undo();
        QVERIFY(w->info().votingOpen);
        QCOMPARE(votesShown(cache), QStringLiteral("hidden"));
    }

    void anonymousBoardShowsNoAuthors()
    {
        MainWindow window;
        window.resize(1920, 1080);
        openWorkshop(window, QStringLiteral("anon.premortem"));
        window.show();
        Workshop *w = window.workshop();
        board::BoardScene *scene = window.boardView()->boardScene();
        const Note authored = w->rows<Note>().at(0);
        board::NoteItem *item = scene->noteItem(authored.meta.id);
        QVERIFY(item);
        QVERIFY(item->toolTip().contains(QStringLiteral("Alice Zeta")));
        const QImage signedImage = render(item);
        // The same note without an author, as the reference of what shows no name.
        Note unsigned_ = authored;
        unsigned_.author = QUuid();
        QVERIFY(w->update(unsigned_).ok());
        const QImage unsignedImage = render(scene->noteItem(authored.meta.id));
        QVERIFY2(signedImage != unsignedImage, "the initials must show when not anonymous");
        QVERIFY(w->update(authored).ok());

        QAction *colourByAuthor = window.boardAction(shortcuts::Id::ColourByAuthor);
        QVERIFY(colourByAuthor->isEnabled());
        colourByAuthor->setChecked(true);
        const QImage matrixBefore =
            (window.showMatrix(true), window.matrixView()->grab().toImage());
        window.showMatrix(false);
        QVERIFY(window.teamPanels()->setAnonymous(true));
        QVERIFY(w->info().anonymous);
        item = scene->noteItem(authored.meta.id);
        QVERIFY(!item->toolTip().contains(QStringLiteral("Alice")));
        // Painted exactly like a note nobody signed: no initials, no author colour.
        QCOMPARE(render(item), unsignedImage);
        QVERIFY(!colourByAuthor->isEnabled());
        QVERIFY(!colourByAuthor->isChecked());
        window.boardView()->fitAll();
        QCoreApplication::processEvents();
        keepScreenshot(window.grab().toImage(), QStringLiteral("anonymous-board.png"));
        // The note list's tooltips name nobody either.
        auto *notes = window.findChild<NoteListModel *>();
        QVERIFY(notes);
        QCOMPARE(notes->rowCount(), 2);
        for (int row = 0; row < notes->rowCount(); ++row)
            QVERIFY(!notes->index(row, 0)
                         .data(Qt::ToolTipRole)
                         .toString()
                         .contains(QStringLiteral("Alice")));
        // The matrix never shows authors: it looks the same with them and without.
        window.showMatrix(true);
        QCOMPARE(window.matrixView()->grab().toImage(), matrixBefore);
        window.showMatrix(false);
        // Undo restores the initials.
        window.undoStack()->undo();
        QVERIFY(!w->info().anonymous);
        QVERIFY(scene->noteItem(authored.meta.id)->toolTip().contains(QStringLiteral("Alice")));
        // Stop recording authors: the file forgets them, in one undo step.
        QVERIFY(window.teamPanels()->setRecordAuthors(false));
        for (const Note &n : w->rows<Note>())
            QVERIFY(n.author.isNull());
        window.undoStack()->undo();
        QCOMPARE(w->find<Note>(authored.meta.id)->author, authored.author);
    }
};

// The test screen is a 1920x1080 projector.
GUISUPPORT_PROJECTOR_MAIN(TestFacilitationGui)
#include "tst_teamsetupgui.moc"

// Issue 23 on the board: every dependency an arrow between its components' edges that follows
// them while they move, its kind in the line and the label, its missing SLA in words; made by a
// drag from a box's edge and by Ctrl+L with a chooser by name, removed by Delete, edited in a
// dialog, each one undo step; its label as large as note text in F11; and in the board images.
#include "boardfixture.h"
#include "changesetcommand.h"
#include "componentitem.h"
#include "dependencydialog.h"
#include "dependencyitem.h"
#include "guisupport.h"
#include "mainwindow.h"
#include "namechooser.h"
#include "perception.h"
#include "rank/failuremodeselection.h"
#include "rank/riskindex.h"
#include "rank/warninglist.h"
#include "viewrenderer.h"
#include "windowkeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace pm;
using boardfixture::Fixture;
using windowkeys::press;
using windowkeys::type;

namespace {

// Distance from p to the nearest point of rect's border (0 on it).
qreal distanceToBorder(const QRectF &rect, const QPointF &p)
{
    const qreal dx = std::max({rect.left() - p.x(), 0.0, p.x() - rect.right()});
    const qreal dy = std::max({rect.top() - p.y(), 0.0, p.y() - rect.bottom()});
    if (dx > 0 || dy > 0)
        return std::hypot(dx, dy);
    return std::min(
        {p.x() - rect.left(), rect.right() - p.x(), p.y() - rect.top(), rect.bottom() - p.y()});
}

Component box(const QString &name, qreal x, qreal y)
{
    Component c;
    c.meta.id = QUuid::createUuid();
    c.name = name;
    c.kind = ComponentKind::Service;
    c.x = x;
    c.y = y;
    c.width = 260;
    c.height = 180;
    return c;
}

// The fixture's "Orders DB" (600, 0) with Checkout API left of it and Payments gateway below
// that, Checkout depending on both.
struct Map
{
    Fixture f;
    QUuid checkout, payments, toOrders, toPayments;

    bool open(const QString &path)
    {
        if (!f.open(path, 1))
            return false;
        const Component a = box(QStringLiteral("Checkout API"), 0, 0);
        const Component b = box(QStringLiteral("Payments gateway"), 0, 700);
        checkout = a.meta.id;
        payments = b.meta.id;
        Dependency d1;
        d1.meta.id = toOrders = QUuid::createUuid();
        d1.from = checkout;
        d1.to = f.component;
        d1.kind = DependencyKind::Data;
        d1.label = QStringLiteral("orders");
        Dependency d2;
        d2.meta.id = toPayments = QUuid::createUuid();
        d2.from = checkout;
        d2.to = payments;
        d2.kind = DependencyKind::SyncCall;
        d2.label = QStringLiteral("authorise");
        d2.unprotected = true;
        if (!f.workshop->apply({a, b, d1, d2}))
            return false;
        f.undo.clear();
        return true;
    }
    board::DependencyItem *arrow(const QUuid &id) const { return f.scene->dependencyItem(id); }
    QRectF rectOf(const QUuid &component) const
    {
        const Component *c = f.workshop->findLive<Component>(component);
        return QRectF(c->x, c->y, c->width, c->height);
    }
};

} // namespace

class TstArrows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString nextPath()
    {
        return m_dir.filePath(QStringLiteral("arrows%1.premortem").arg(++m_files));
    }

private slots:
    void initTestCase() { testsupport::isolateSettings(QStringLiteral("tst_arrows")); }

    void arrowPerDependencyBetweenEdges()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        QCOMPARE(m.f.scene->dependencyItems().size(), 2);
        for (const QUuid &id : {m.toOrders, m.toPayments}) {
            board::DependencyItem *arrow = m.arrow(id);
            QVERIFY(arrow);
            const Dependency &d = arrow->dependency();
            // From the edge of the depending box to the edge of the other, over neither name.
            const QRectF from = m.rectOf(d.from), to = m.rectOf(d.to);
            QVERIFY(!from.contains(arrow->line().p1()));
            QVERIFY(!to.contains(arrow->line().p2()));
            QVERIFY2(distanceToBorder(from, arrow->line().p1()) < 10,
                     qPrintable(QString::number(distanceToBorder(from, arrow->line().p1()))));
            QVERIFY(distanceToBorder(to, arrow->line().p2()) < 10);
            QVERIFY(!arrow->labelRect().intersects(m.f.scene->componentItem(d.from)->headerRect()));
            // Above the boxes, under the notes.
            QVERIFY(arrow->zValue() > m.f.scene->componentItem(d.from)->zValue());
            QVERIFY(arrow->zValue() < m.f.scene->noteItem(m.f.notes.at(0))->zValue());
        }
        QCOMPARE(m.arrow(m.toOrders)->labelText(), QStringLiteral("DATA · orders"));
        QCOMPARE(m.arrow(m.toPayments)->labelText(), QStringLiteral("CALL · authorise · ⚠ no SLA"));
        QVERIFY(m.arrow(m.toPayments)->toolTip().contains(QStringLiteral("No agreed SLA")));
        // A long label in a tight gap is shortened, never the kind or the missing SLA; chosen,
        // the arrow says it all.
        Dependency longer = m.arrow(m.toOrders)->dependency();
        longer.label = QStringLiteral("nightly export of every order line with its refunds and "
                                      "chargebacks");
        longer.unprotected = true;
        QVERIFY(m.f.workshop->apply({longer}));
        board::DependencyItem *tight = m.arrow(m.toOrders);
        QVERIFY2(tight->shownText().startsWith(QStringLiteral("DATA · nightly")) &&
                     tight->shownText().contains(QStringLiteral("…")) &&
                     tight->shownText().endsWith(QStringLiteral("⚠ no SLA")),
                 qPrintable(tight->shownText()));
        tight->setSelected(true);
        QCOMPARE(tight->shownText(), tight->labelText());
        tight->setSelected(false);
        QVERIFY(tight->shownText() != tight->labelText());
        QVERIFY(m.arrow(m.toPayments)->toolTip().contains(QStringLiteral("Synchronous call")));
        // Each kind its own line pattern.
        QSet<int> patterns;
        for (DependencyKind kind : allValues<DependencyKind>())
            patterns.insert(int(board::DependencyItem::penStyle(kind)));
        QCOMPARE(patterns.size(), vocabularySize<DependencyKind>());
        // Removing a component takes its arrows off the board; undo brings them back.
        QVERIFY(ChangeSetCommand::push(&m.f.undo, m.f.workshop.get(), QStringLiteral("Delete"),
                                       m.f.workshop->remove(EntityKind::Component, {m.payments})));
        QVERIFY(!m.arrow(m.toPayments));
        m.f.undo.undo();
        QVERIFY(m.arrow(m.toPayments));
    }

    void arrowsFollowAMovedComponent()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        board::BoardView *view = m.f.view.get();
        board::DependencyItem *arrow = m.arrow(m.toOrders);
        const QLineF before = arrow->line();
        // Pressed in the middle of Orders DB (not its edge) and dragged: the arrow follows
        // before anything is written.
        QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 20);
        QWidget *viewport = view->viewport();
        const QPoint from = m.f.viewPos(m.rectOf(m.f.component).center());
        const QPoint to = from + QPoint(0, 300);
        QTest::mousePress(viewport, Qt::LeftButton, {}, from);
        for (int step = 1; step <= 6; ++step) {
            const QPoint p = from + (to - from) * step / 6;
            QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, {});
            QApplication::sendEvent(viewport, &move);
        }
        QCOMPARE(m.f.workshop->findLive<Component>(m.f.component)->y, 0.0); // not yet written
        QVERIFY2(arrow->line().p2().y() > before.p2().y() + 100,
                 qPrintable(
                     QStringLiteral("%1 -> %2").arg(before.p2().y()).arg(arrow->line().p2().y())));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
        QCOMPARE(m.f.workshop->findLive<Component>(m.f.component)->y, 300.0);
        QVERIFY(distanceToBorder(m.rectOf(m.f.component), arrow->line().p2()) < 10);
        QCOMPARE(arrow->line().p1(), before.p1() + (arrow->line().p1() - before.p1())); // sane
        m.f.undo.undo();
        QCOMPARE(arrow->line(), before);
        // Another box put across the line: the line passes behind it (no hit, no stroke over its
        // name there); moved away again, no hole is left.
        const QPointF middle = arrow->line().pointAt(0.5);
        Component across = *m.f.workshop->findLive<Component>(m.payments);
        across.x = middle.x() - 100;
        across.y = middle.y() - 90;
        QVERIFY(ChangeSetCommand::push(&m.f.undo, m.f.workshop.get(), QStringLiteral("Move"),
                                       m.f.workshop->update(across)));
        QVERIFY(!arrow->shape().contains(middle));
        m.f.undo.undo();
        QVERIFY(arrow->shape().contains(middle));
        // A resize drawn on screen moves the arrow's end with the box's edge.
        board::ComponentItem *orders = m.f.scene->componentItem(m.f.component);
        orders->previewSize(QSizeF(300, 700));
        QVERIFY(distanceToBorder(orders->sceneRect(), arrow->line().p2()) < 10);
        QVERIFY(arrow->line() != before);
    }

    void mouseDragFromAnEdgeMakesOne()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        board::BoardView *view = m.f.view.get();
        const QRectF payments = m.rectOf(m.payments);
        // The right edge of Payments gateway shows a cross; its middle does not.
        const QPointF edge(payments.right() - 3, payments.center().y());
        QMouseEvent hover(QEvent::MouseMove, m.f.viewPos(edge),
                          view->viewport()->mapToGlobal(m.f.viewPos(edge)), Qt::NoButton,
                          Qt::NoButton, {});
        QApplication::sendEvent(view->viewport(), &hover);
        QCOMPARE(view->viewport()->cursor().shape(), Qt::CrossCursor);
        QVERIFY(!view->inLinkZone(m.f.scene->componentItem(m.payments), payments.center()));

        const int steps = m.f.undo.count();
        boardfixture::drag(view, edge, m.rectOf(m.f.component).center());
        QCOMPARE(m.f.undo.count(), steps + 1);
        const Dependency *made = nullptr;
        for (const Dependency &d : m.f.workshop->rows<Dependency>()) {
            if (d.from == m.payments && d.to == m.f.component)
                made = m.f.workshop->findLive<Dependency>(d.meta.id);
        }
        QVERIFY(made);
        QCOMPARE(made->kind, DependencyKind::SyncCall);
        const QUuid id = made->meta.id;
        QVERIFY(m.arrow(id));
        QVERIFY(m.arrow(id)->isSelected());
        // The box itself did not move.
        QCOMPARE(m.rectOf(m.payments), payments);
        m.f.undo.undo();
        QVERIFY(!m.f.workshop->findLive<Dependency>(id));
        QVERIFY(!m.arrow(id));
        m.f.undo.redo();
        QVERIFY(m.arrow(id));
        // Dropped on empty board: nothing.
        boardfixture::drag(view, edge, QPointF(-800, -800));
        QCOMPARE(m.f.undo.count(), steps + 1);
    }

    void clickSelectsDeleteRemovesUndoRestores()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        board::DependencyItem *arrow = m.arrow(m.toOrders);
        boardfixture::click(m.f.view.get(), arrow->labelRect().center());
        QVERIFY(arrow->isSelected());
        QCOMPARE(m.f.scene->selectedItems().size(), 1);
        m.f.view->deleteSelection();
        QCOMPARE(m.f.undo.count(), 1);
        QVERIFY(!m.f.workshop->findLive<Dependency>(m.toOrders));
        QVERIFY(!m.arrow(m.toOrders));
        QVERIFY(m.f.workshop->findLive<Component>(m.f.component)); // only the arrow went
        m.f.undo.undo();
        QVERIFY(m.f.workshop->findLive<Dependency>(m.toOrders));
        QVERIFY(m.arrow(m.toOrders));
    }

    void editKindLabelAndFlag()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        board::DependencyItem *arrow = m.arrow(m.toOrders);
        arrow->setSelected(true);
        arrow->setFocus();
        m.f.view->editFocused(); // Enter and F2 on a focused arrow
        auto *dialog = m.f.view->findChild<board::DependencyDialog *>();
        QVERIFY(dialog);
        dialog->kindBox()->setCurrentIndex(int(DependencyKind::AsyncMessage));
        dialog->labelEdit()->setText(QStringLiteral("  order events  "));
        dialog->unprotectedBox()->setChecked(true);
        dialog->accept();
        QCOMPARE(m.f.undo.count(), 1);
        const Dependency *d = m.f.workshop->findLive<Dependency>(m.toOrders);
        QCOMPARE(d->kind, DependencyKind::AsyncMessage);
        QCOMPARE(d->label, QStringLiteral("order events"));
        QVERIFY(d->unprotected);
        QCOMPARE(m.arrow(m.toOrders)->labelText(), QStringLiteral("MSG · order events · ⚠ no SLA"));
        m.f.undo.undo();
        d = m.f.workshop->findLive<Dependency>(m.toOrders);
        QCOMPARE(d->kind, DependencyKind::Data);
        QCOMPARE(d->label, QStringLiteral("orders"));
        QVERIFY(!d->unprotected);
    }

    void labelReadableInPresentation()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        board::BoardView *view = m.f.view.get();
        view->resize(1920, 1080);
        board::BoardStyle style = m.f.scene->boardStyle();
        style.presentation = true;
        m.f.scene->setBoardStyle(style);
        board::DependencyItem *arrow = m.arrow(m.toPayments);
        arrow->setFocus();
        view->setPresentation(true);
        QCOMPARE(view->focusedItem(), arrow);
        const double px = perception::fontPixels(m.f.scene->boardStyle().dependencyFont()) *
                          view->transform().m11();
        QVERIFY2(px >= 24, qPrintable(QStringLiteral("%1 px").arg(px)));
        // The whole label is on screen.
        const QRect label = view->mapFromScene(arrow->labelRect()).boundingRect();
        QVERIFY(view->viewport()->rect().contains(label));
        // The label's plate holds the text at that size.
        QVERIFY(arrow->labelRect().height() >=
                QFontMetricsF(m.f.scene->boardStyle().dependencyFont()).height());
    }

    void boardImageShowsArrows()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        const auto svg = render::ViewRenderer(*m.f.workshop, render::View::Board).svg({});
        QVERIFY(svg);
        const QString text = QString::fromUtf8(svg.value());
        QVERIFY2(text.contains(QStringLiteral("DATA · orders")), "no label of the data arrow");
        // The other passes a note: its label is what the board shows, kind and SLA kept.
        const QString shown = m.arrow(m.toPayments)->shownText();
        QVERIFY2(shown.startsWith(QStringLiteral("CALL")) &&
                     shown.endsWith(QStringLiteral("no SLA")),
                 qPrintable(shown));
        QVERIFY2(text.contains(shown), qPrintable(shown));
        // A dotted data line (a dash array) for the one data dependency.
        QVERIFY(text.contains(QStringLiteral("stroke-dasharray")));
    }

    // The warnings (the coverage list) name the component everything depends on that nobody
    // wrote a failure mode for; picking it asks for the component; a failure mode on it ends it.
    void singlePointNobodyDiscussedInTheWarnings()
    {
        Map m;
        QVERIFY(m.open(nextPath()));
        Workshop *w = m.f.workshop.get();
        RiskIndex risks;
        risks.setWorkshop(w);
        FailureModeSelection selection;
        selection.setWorkshop(w);
        WarningList list(&risks, &selection);
        QCOMPARE(list.count(), 0);
        // Three more services call the payments gateway: a failure there reaches four of six.
        ChangeSet rows;
        for (int i = 0; i < 2; ++i) {
            const Component c = box(QStringLiteral("Service %1").arg(i), 400 * i, 1200);
            Dependency d;
            d.meta.id = QUuid::createUuid();
            d.from = c.meta.id;
            d.to = m.payments;
            rows << c << d;
        }
        QSignalSpy counted(&list, &WarningList::countChanged);
        QVERIFY(w->apply(rows));
        QCOMPARE(list.count(), 1);
        QCOMPARE(counted.size(), 1);
        QVERIFY2(list.item(0)->text().contains(QStringLiteral("Payments gateway")) &&
                     list.item(0)->text().contains(QStringLiteral("single point of failure")),
                 qPrintable(list.item(0)->text()));
        QCOMPARE(list.componentAt(0), m.payments);
        QSignalSpy picked(&list, &WarningList::componentActivated);
        emit list.itemActivated(list.item(0));
        QCOMPARE(picked.size(), 1);
        QCOMPARE(picked.at(0).at(0).toUuid(), m.payments);
        FailureMode mode;
        mode.meta.id = QUuid::createUuid();
        mode.title = QStringLiteral("Gateway times out");
        mode.component = m.payments;
        QVERIFY(w->apply({mode}));
        QCOMPARE(list.count(), 0);
    }

    // By keyboard in the window: Ctrl+L on the focused component, a name typed, Enter; Tab from
    // the box to its arrow; Delete on it; Ctrl+Z.
    void keyboardMakesSelectsAndDeletes()
    {
        const QString path = nextPath();
        {
            Map m;
            QVERIFY(m.open(path));
        }
        MainWindow window;
        QVERIFY(guisupport::openAndShow(window, path, {1600, 1000}, guisupport::Wait::Active));
        window.showMatrix(false);
        Workshop *w = window.workshop();
        board::BoardView *view = window.boardView();
        board::BoardScene *scene = view->boardScene();
        QUuid payments, orders;
        for (const Component &c : w->rows<Component>()) {
            if (c.name == QStringLiteral("Payments gateway"))
                payments = c.meta.id;
            if (c.name == QStringLiteral("Orders DB"))
                orders = c.meta.id;
        }
        view->setFocus();
        scene->clearSelection();
        scene->componentItem(payments)->setSelected(true);
        scene->componentItem(payments)->setFocus();
        const int steps = window.undoStack()->count();
        press(Qt::Key_L, Qt::ControlModifier);
        auto *chooser = window.findChild<board::NameChooser *>();
        QVERIFY(chooser);
        QTRY_COMPARE(QApplication::focusWidget(), chooser->filter());
        type(QStringLiteral("ord"));
        QCOMPARE(chooser->current(), orders);
        // Tab past the list to the kind; Down picks the next one (message).
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        auto *kind = qobject_cast<QComboBox *>(QApplication::focusWidget());
        QVERIFY2(kind, QApplication::focusWidget()->metaObject()->className());
        press(Qt::Key_Down);
        QCOMPARE(kind->currentData().toInt(), int(DependencyKind::AsyncMessage));
        press(Qt::Key_Return);
        QTRY_VERIFY(!window.findChild<board::NameChooser *>());
        QCOMPARE(window.undoStack()->count(), steps + 1);
        QUuid made;
        for (const Dependency &d : w->rows<Dependency>()) {
            if (d.from == payments && d.to == orders && w->findLive<Dependency>(d.meta.id))
                made = d.meta.id;
        }
        QVERIFY(!made.isNull());
        QCOMPARE(w->findLive<Dependency>(made)->kind, DependencyKind::AsyncMessage);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_VERIFY(view->hasFocus());
        QCOMPARE(view->focusedItem(), scene->dependencyItem(made));
        // Delete takes it away, Ctrl+Z brings it back: one step each.
        press(Qt::Key_Delete);
        QVERIFY(!w->findLive<Dependency>(made));
        QCOMPARE(window.undoStack()->count(), steps + 2);
        press(Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w->findLive<Dependency>(made));

        // Tab from a box visits its arrows next.
        QUuid checkout;
        for (const Component &c : w->rows<Component>()) {
            if (c.name == QStringLiteral("Checkout API"))
                checkout = c.meta.id;
        }
        scene->componentItem(checkout)->setFocus();
        press(Qt::Key_Tab);
        QGraphicsItem *next = view->focusedItem();
        QVERIFY(next && next->type() == board::DependencyItem::Type);
        QCOMPARE(static_cast<board::DependencyItem *>(next)->dependency().from, checkout);
        press(Qt::Key_Tab);
        next = view->focusedItem();
        QVERIFY(next && next->type() == board::DependencyItem::Type);
        QCOMPARE(static_cast<board::DependencyItem *>(next)->dependency().from, checkout);
    }
};

QTEST_MAIN(TstArrows)
#include "tst_arrows.moc"

#pragma once

// A small workshop on disk shown in a bare board view at 100% zoom (a component and notes at
// known places), and mouse gestures on it: shared by the board's test suites.

#include "boardscene.h"
#include "boardview.h"
#include "noteitem.h"
#include "testsupport.h"
#include "workshop.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleHints>
#include <QStyleOptionGraphicsItem>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace boardfixture {

// A note item as the board paints it at 100% zoom, on its own.
inline QImage paintedNote(board::NoteItem *item)
{
    const QRectF bounds = item->boundingRect();
    QImage image(bounds.size().toSize() + QSize(1, 1), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.translate(-bounds.topLeft());
    QStyleOptionGraphicsItem option;
    option.exposedRect = bounds;
    item->paint(&painter, &option, nullptr);
    return image;
}

using namespace pm;
using board::BoardScene;
using board::BoardView;

// A workshop on disk with a component and a few notes at known places.
struct Fixture
{
    QString path;
    std::unique_ptr<Workshop> workshop;
    QUndoStack undo;
    std::unique_ptr<BoardView> view;
    BoardScene *scene = nullptr;
    QUuid component;
    QList<QUuid> notes;

    bool open(const QString &file, int noteCount = 3, bool withComponent = true)
    {
        path = file;
        auto created = Workshop::create(path, QStringLiteral("Board test"));
        if (!created)
            return false;
        workshop = std::move(created).value();
        ChangeSet rows;
        if (withComponent) {
            Component c;
            c.meta.id = component = QUuid::createUuid();
            c.name = QStringLiteral("Orders DB");
            c.kind = ComponentKind::Datastore;
            c.x = 600;
            c.y = 0;
            c.width = 300;
            c.height = 240;
            rows << c;
        }
        for (int i = 0; i < noteCount; ++i) {
            Note n;
            n.meta.id = QUuid::createUuid();
            n.text = QStringLiteral("Note %1").arg(i + 1);
            n.x = (i % 10) * 220;
            n.y = 400 + (i / 10) * 160;
            notes << n.meta.id;
            rows << n;
        }
        if (!workshop->apply(rows))
            return false;
        scene = new BoardScene(workshop.get());
        view = std::make_unique<BoardView>(scene, &undo);
        scene->setParent(view.get());
        view->resize(1600, 1000);
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return false;
        view->setTransform(QTransform()); // 100%: scene units are pixels
        view->centerOn(600, 400);
        return true;
    }

    const Note &note(int i) const { return *workshop->findLive<Note>(notes.at(i)); }
    QPoint viewPos(const QPointF &scenePos) const { return view->mapFromScene(scenePos); }
    QPointF centreOf(int i) const
    {
        const Note &n = note(i);
        return QPointF(n.x + n.width / 2, n.y + n.height / 2);
    }

    // What a user sees after closing and reopening the file.
    QMap<QString, QVariantList> reopened() const
    {
        auto again = Workshop::open(path, Store::Access::ReadOnly);
        return again ? testsupport::snapshot(*again.value()) : QMap<QString, QVariantList>();
    }
};

inline void drag(BoardView *view, const QPointF &fromScene, const QPointF &toScene,
                 Qt::KeyboardModifiers modifiers = {})
{
    // Two gestures in quick succession near one spot would read as a double-click.
    QTest::qWait(QGuiApplication::styleHints()->mouseDoubleClickInterval() + 20);
    QWidget *viewport = view->viewport();
    const QPoint from = view->mapFromScene(fromScene), to = view->mapFromScene(toScene);
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    for (int step = 1; step <= 6; ++step) {
        const QPoint p = from + (to - from) * step / 6;
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton,
                         Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

inline void click(BoardView *view, const QPointF &scenePos, Qt::KeyboardModifiers modifiers = {})
{
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->mapFromScene(scenePos));
}

} // namespace boardfixture

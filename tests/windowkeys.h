#pragma once

// Driving the main window as a person at the keyboard does: keys to whatever has focus, the
// sample opened on the board, phases changed by Ctrl+Right / Ctrl+Left. Shared by the focus and
// key tests.

#include "facilitation.h"
#include "guisupport.h"

#include <QApplication>
#include <QTest>

namespace windowkeys {

// Presses key on whatever has focus.
inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

// Types text into whatever has focus.
inline void type(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

// Opens path in a shown, active window and starts on the board: the sample is in Rank, which
// opens on the matrix.
template <typename Window> bool openActive(Window &window, const QString &path)
{
    if (!guisupport::openAndShow(window, path, {1600, 1000}, guisupport::Wait::Active))
        return false;
    window.showMatrix(false);
    return true;
}

// Goes to phase by Ctrl+Right / Ctrl+Left from wherever focus is, as the facilitator does.
template <typename Window> void goToPhase(Window &window, pm::Phase phase)
{
    Facilitation *f = window.facilitation();
    for (int i = 0; i < 10 && f->phase() != phase; ++i)
        press(f->phase() < phase ? Qt::Key_Right : Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(f->phase(), phase);
}

} // namespace windowkeys

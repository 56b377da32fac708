#include "shortcuts.h"

#include <QCoreApplication>

namespace shortcuts {

const QList<Entry> &all()
{
    static const QList<Entry> entries{
        {Id::NewNote, {QKeySequence(Qt::Key_N)}, QT_TRANSLATE_NOOP("shortcuts", "New Note"), true},
        {Id::EditItem,
         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_F2)},
         QT_TRANSLATE_NOOP("shortcuts", "Edit Note or Rename Component"),
         true},
        {Id::Delete,
         {QKeySequence(QKeySequence::Delete), QKeySequence(Qt::Key_Backspace)},
         QT_TRANSLATE_NOOP("shortcuts", "Delete"),
         true},
        {Id::Duplicate,
         {QKeySequence(Qt::CTRL | Qt::Key_D)},
         QT_TRANSLATE_NOOP("shortcuts", "Duplicate"),
         true},
        {Id::Stack,
         {QKeySequence(Qt::CTRL | Qt::Key_G)},
         QT_TRANSLATE_NOOP("shortcuts", "Stack into One Failure Mode"),
         true},
        {Id::Unstack,
         {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
         QT_TRANSLATE_NOOP("shortcuts", "Take out of Stack"),
         true},
        {Id::SelectAll,
         {QKeySequence(QKeySequence::SelectAll)},
         QT_TRANSLATE_NOOP("shortcuts", "Select All"),
         true},
        {Id::FitAll,
         {QKeySequence(Qt::CTRL | Qt::Key_0)},
         QT_TRANSLATE_NOOP("shortcuts", "Fit All"),
         true},
        {Id::ZoomIn,
         {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         QT_TRANSLATE_NOOP("shortcuts", "Zoom In"),
         true},
        {Id::ZoomOut,
         {QKeySequence(QKeySequence::ZoomOut)},
         QT_TRANSLATE_NOOP("shortcuts", "Zoom Out"),
         true},
        {Id::Presentation,
         {QKeySequence(Qt::Key_F11)},
         QT_TRANSLATE_NOOP("shortcuts", "Presentation Mode"),
         true},
        {Id::ColourByAuthor, {}, QT_TRANSLATE_NOOP("shortcuts", "Colour Notes by Author"), true},
        {Id::SetLikelihood,
         {QKeySequence(Qt::Key_1), QKeySequence(Qt::Key_2), QKeySequence(Qt::Key_3),
          QKeySequence(Qt::Key_4), QKeySequence(Qt::Key_5)},
         QT_TRANSLATE_NOOP("shortcuts", "Likelihood of the selected failure mode (1 rare … 5 "
                                        "almost certain)"),
         true},
        {Id::SetBlastRadius,
         {QKeySequence(Qt::SHIFT | Qt::Key_1), QKeySequence(Qt::SHIFT | Qt::Key_2),
          QKeySequence(Qt::SHIFT | Qt::Key_3), QKeySequence(Qt::SHIFT | Qt::Key_4),
          QKeySequence(Qt::SHIFT | Qt::Key_5)},
         QT_TRANSLATE_NOOP("shortcuts", "Blast radius of the selected failure mode (1 one user "
                                        "… 5 all customers)"),
         true},
        {Id::ShowBoard,
         {QKeySequence(Qt::CTRL | Qt::Key_1)},
         QT_TRANSLATE_NOOP("shortcuts", "Board"),
         true},
        {Id::ShowMatrix,
         {QKeySequence(Qt::CTRL | Qt::Key_2)},
         QT_TRANSLATE_NOOP("shortcuts", "Risk Matrix"),
         true},
        {Id::ShowResidual,
         {QKeySequence(Qt::CTRL | Qt::Key_R)},
         QT_TRANSLATE_NOOP("shortcuts", "Residual Risk after Mitigations"),
         true},
        {Id::HeatMap,
         {QKeySequence(Qt::CTRL | Qt::Key_H)},
         QT_TRANSLATE_NOOP("shortcuts", "Heat Map on the Canvas"),
         true},
        {Id::HeatMapSum,
         {},
         QT_TRANSLATE_NOOP("shortcuts", "Heat Map Adds Risks Up (instead of the Highest)"),
         true},
        {Id::NextPhase,
         {QKeySequence(Qt::CTRL | Qt::Key_Right)},
         QT_TRANSLATE_NOOP("shortcuts", "Next Phase"),
         true},
        {Id::PreviousPhase,
         {QKeySequence(Qt::CTRL | Qt::Key_Left)},
         QT_TRANSLATE_NOOP("shortcuts", "Previous Phase"),
         true},
        {Id::TimerStartPause,
         {QKeySequence(Qt::Key_T)},
         QT_TRANSLATE_NOOP("shortcuts", "Start or Pause the Timer"),
         true},
        {Id::TimerAddMinute,
         {QKeySequence(Qt::SHIFT | Qt::Key_T)},
         QT_TRANSLATE_NOOP("shortcuts", "Add a Minute to the Timer"),
         true},
        {Id::Reveal,
         {QKeySequence(Qt::Key_R)},
         QT_TRANSLATE_NOOP("shortcuts", "Reveal Hidden Notes"),
         true},
        {Id::CommitText,
         {QKeySequence(Qt::CTRL | Qt::Key_Return)},
         QT_TRANSLATE_NOOP("shortcuts", "Finish editing (Enter for a name)"),
         false},
        {Id::CancelText,
         {QKeySequence(Qt::Key_Escape)},
         QT_TRANSLATE_NOOP("shortcuts", "Cancel editing"),
         false},
        {Id::FocusItems,
         {QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab),
          QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Up),
          QKeySequence(Qt::Key_Down)},
         QT_TRANSLATE_NOOP("shortcuts", "Move focus between notes and components"),
         false},
        {Id::MoveNotes,
         {QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left)},
         QT_TRANSLATE_NOOP("shortcuts", "Move the selection (Alt+arrows; with Shift, further)"),
         false},
        {Id::Pan,
         {QKeySequence(Qt::Key_Space)},
         QT_TRANSLATE_NOOP("shortcuts", "Hold and drag to pan (or drag with the middle button)"),
         false},
        {Id::MoveCard,
         {QKeySequence(Qt::Key_Up), QKeySequence(Qt::Key_Down), QKeySequence(Qt::Key_Left),
          QKeySequence(Qt::Key_Right)},
         QT_TRANSLATE_NOOP("shortcuts", "Risk matrix: move the selected card one cell "
                                        "(up: likelier, right: wider blast radius)"),
         false},
        {Id::ShowHelp,
         {QKeySequence(QKeySequence::HelpContents)},
         QT_TRANSLATE_NOOP("shortcuts", "Workshop Guide"),
         true},
        {Id::Export,
         {QKeySequence(Qt::CTRL | Qt::Key_E)},
         QT_TRANSLATE_NOOP("shortcuts", "Export…"),
         true},
        {Id::GiveDot,
         {QKeySequence(Qt::Key_V)},
         QT_TRANSLATE_NOOP("shortcuts", "Give a Vote Dot to the Selected Failure Mode"),
         true},
        {Id::TakeDot,
         {QKeySequence(Qt::SHIFT | Qt::Key_V)},
         QT_TRANSLATE_NOOP("shortcuts", "Take a Vote Dot Back"),
         true},
        {Id::InviteRoom,
         {QKeySequence(Qt::CTRL | Qt::Key_I)},
         QT_TRANSLATE_NOOP("shortcuts", "Invite the Room…"),
         true},
    };
    return entries;
}

const Entry &entry(Id id)
{
    for (const Entry &e : all()) {
        if (e.id == id)
            return e;
    }
    Q_UNREACHABLE();
}

QString text(Id id)
{
    return QCoreApplication::translate("shortcuts", entry(id).text);
}

QString keysText(Id id)
{
    QStringList keys;
    for (const QKeySequence &key : entry(id).keys)
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

} // namespace shortcuts

#include "notelistmodel.h"

#include "anonymity.h"

#include "workshop.h"

#include <QFont>

NoteListModel::NoteListModel(QObject *parent) : QAbstractListModel(parent) {}

void NoteListModel::setWorkshop(pm::Workshop *workshop)
{
    if (m_workshop)
        disconnect(m_workshop, nullptr, this, nullptr);
    m_workshop = workshop;
    if (m_workshop)
        connect(m_workshop, &pm::Workshop::changed, this, &NoteListModel::onChanged);
    reload();
}

int NoteListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NoteListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const pm::Note &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Silent writing: nobody in the room sees a note before the reveal, not even its length.
        return note.hidden ? tr("(hidden until the reveal)") : note.text;
    case Qt::ToolTipRole: {
        // Tombstoned participants still name the notes they wrote, hence find() and not findLive().
        const pm::Participant *author = m_workshop && pm::showsAuthors(m_workshop->info())
                                            ? m_workshop->find<pm::Participant>(note.author)
                                            : nullptr;
        const QString category = pm::displayName(note.category);
        return author ? tr("%1 · by %2").arg(category, author->name) : category;
    }
    case Qt::FontRole:
        if (note.hidden) { // set apart from real text by more than its wording
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole:
        return note.meta.id;
    default:
        return {};
    }
}

void NoteListModel::onChanged(const QList<pm::RowChange> &changes)
{
    // A skeleton may reset on any change that shows here: notes, and participants for the
    // authors' names. The board will update single items instead.
    for (const pm::RowChange &change : changes) {
        if (change.kind == pm::EntityKind::Note || change.kind == pm::EntityKind::Participant ||
            change.kind == pm::EntityKind::Workshop) {
            reload();
            return;
        }
    }
}

void NoteListModel::reload()
{
    beginResetModel();
    m_notes = m_workshop ? m_workshop->rows<pm::Note>() : QList<pm::Note>();
    endResetModel();
}

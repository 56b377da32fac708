#include "recentlist.h"

#include "recentfiles.h"
#include "workshopsummary.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QStyledItemDelegate>

Q_DECLARE_METATYPE(pm::WorkshopSummary)

namespace {

// Three lines per entry: the title (bold, large), what is in it, and where the file is (small).
// Drawn rather than put in one string so the title stands out from across the room.
class EntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QFont titleFont(const QFont &base)
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * 1.25);
        f.setBold(true);
        return f;
    }
    static QFont smallFont(const QFont &base)
    {
        QFont f = base;
        f.setPointSizeF(base.pointSizeF() * 0.85);
        return f;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        const int height = QFontMetrics(titleFont(option.font)).height() +
                           QFontMetrics(option.font).height() +
                           QFontMetrics(smallFont(option.font)).height() + 2 * kPadding + 4;
        return {option.rect.width() > 0 ? option.rect.width() : 400, height};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear(); // the background, selection and focus frame only
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group =
            opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
        const QColor text =
            opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
        // Dimmed by mixing toward the background, keeping contrast well above 4.5:1.
        const QColor background =
            opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        const QColor dim = QColor::fromRgbF(0.75f * text.redF() + 0.25f * background.redF(),
                                            0.75f * text.greenF() + 0.25f * background.greenF(),
                                            0.75f * text.blueF() + 0.25f * background.blueF());

        QRect r = opt.rect.adjusted(kPadding * 2, kPadding, -kPadding * 2, -kPadding);
        painter->save();
        auto line = [&](const QFont &font, const QColor &colour, const QString &s,
                        Qt::TextElideMode elide) {
            painter->setFont(font);
            painter->setPen(colour);
            const QFontMetrics metrics(font);
            painter->drawText(r.left(), r.top() + metrics.ascent(),
                              metrics.elidedText(s, elide, r.width()));
            r.setTop(r.top() + metrics.height() + 2);
        };
        const int state = index.data(RecentList::StateRole).toInt();
        QFont title = titleFont(opt.font);
        title.setItalic(state == RecentList::Missing);
        line(title, state == RecentList::Missing ? dim : text,
             index.data(Qt::DisplayRole).toString(), Qt::ElideRight);
        line(opt.font, text, index.data(RecentList::DetailRole).toString(), Qt::ElideRight);
        // When it changed, then where it is: the end of a long path is what tells files apart.
        const QString path = QDir::toNativeSeparators(index.data(RecentList::PathRole).toString());
        const QString changed = index.data(RecentList::ChangedRole).toString();
        line(smallFont(opt.font), dim,
             changed.isEmpty() ? path : changed + QStringLiteral(" · ") + path, Qt::ElideMiddle);
        painter->restore();
    }

private:
    static constexpr int kPadding = 6;
};

QString changedFor(const pm::WorkshopSummary &s)
{
    // Date and time to the minute: seconds are noise on a list read from across the room.
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QRegularExpression(QStringLiteral("[:.]ss")));
    const QDateTime local = s.lastChange.toLocalTime();
    const QString changed = locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                            locale.toString(local.time(), timeFormat);
    return RecentList::tr("changed %1").arg(changed);
}

QString countsFor(const pm::WorkshopSummary &s)
{
    // Most telling first: a narrow window cuts the end of the line, so the notes count goes
    // before the open risks do.
    QStringList parts{
        RecentList::tr("Phase: %1").arg(pm::displayName(s.phase)),
        RecentList::tr("%n open high risk(s)", nullptr, s.openHighRisks),
        RecentList::tr("%n failure mode(s)", nullptr, s.failureModes),
        RecentList::tr("%n note(s)", nullptr, s.notes),
    };
    return parts.join(QStringLiteral(" · "));
}

} // namespace

RecentList::RecentList(QWidget *parent) : QListWidget(parent)
{
    qRegisterMetaType<pm::WorkshopSummary>();
    setObjectName(QStringLiteral("recentList"));
    setAccessibleName(tr("Recent workshops"));
    setItemDelegate(new EntryDelegate(this));
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setTextElideMode(Qt::ElideMiddle);
    QFont f = font();
    f.setPointSizeF(qMax(f.pointSizeF(), 13.0));
    setFont(f);
    m_pool.setMaxThreadCount(1);
    // Enter (and a double-click) open: the one thing a facilitator wants from this list.
    connect(this, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRequested(item->data(PathRole).toString()); });
}

RecentList::~RecentList()
{
    // The reader posts to this object: let it finish the file it is on, and read no more.
    m_cancelled = true;
    m_pool.clear();
    m_pool.waitForDone();
}

void RecentList::reload()
{
    const QString current = currentPath();
    ++m_generation;
    m_pool.clear(); // the previous reading is out of date
    clear();
    const QStringList paths = RecentFiles().entries();
    QStringList toRead;
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(this);
        item->setData(PathRole, path);
        item->setText(QFileInfo(path).completeBaseName());
        if (QFileInfo(path).isFile()) {
            item->setData(StateRole, Reading);
            item->setData(DetailRole, tr("Reading…"));
            toRead << path;
        } else {
            item->setData(StateRole, Missing);
            item->setData(DetailRole, tr("Missing: moved, renamed or deleted. Delete takes it "
                                         "off the list."));
        }
        item->setData(Qt::AccessibleTextRole,
                      item->text() + QLatin1String(". ") + item->data(DetailRole).toString());
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_pending = toRead.size();
    int row = 0;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(PathRole).toString() == current)
            row = i;
    }
    if (count() > 0)
        setCurrentRow(row);

    const int generation = m_generation;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(StateRole).toInt() != Reading)
            continue;
        const QString path = item(i)->data(PathRole).toString();
        m_pool.start([this, generation, i, path] {
            if (m_cancelled)
                return;
            const pm::Result<pm::WorkshopSummary> summary = pm::summarizeWorkshop(path);
            const QVariant value = summary ? QVariant::fromValue(summary.value()) : QVariant();
            const QString error = summary ? QString() : summary.error().message;
            // Queued: the list is only touched on the GUI thread. The destructor waits for
            // this task, so `this` is alive when the event is posted.
            QMetaObject::invokeMethod(
                this, [=] { showSummary(generation, i, value, error); }, Qt::QueuedConnection);
        });
    }
    emit entriesChanged();
}

void RecentList::showSummary(int generation, int row, const QVariant &summary, const QString &error)
{
    if (generation != m_generation)
        return; // a reading of an earlier list
    --m_pending;
    QListWidgetItem *entry = item(row);
    if (!entry)
        return;
    if (summary.isValid()) {
        const auto s = summary.value<pm::WorkshopSummary>();
        if (!s.title.trimmed().isEmpty())
            entry->setText(s.title);
        entry->setData(StateRole, Ready);
        entry->setData(DetailRole, countsFor(s));
        entry->setData(ChangedRole, changedFor(s));
    } else {
        entry->setData(StateRole, Failed);
        entry->setData(DetailRole, tr("Cannot be shown: %1").arg(error));
    }
    entry->setData(Qt::AccessibleTextRole,
                   entry->text() + QLatin1String(". ") + entry->data(DetailRole).toString());
}

QString RecentList::currentPath() const
{
    const QListWidgetItem *entry = currentItem();
    return entry ? entry->data(PathRole).toString() : QString();
}

void RecentList::removeCurrent()
{
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    const int row = currentRow();
    RecentFiles().remove(path);
    reload();
    if (count() > 0)
        setCurrentRow(qMin(row, count() - 1));
}

void RecentList::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        removeCurrent();
        return;
    }
    QListWidget::keyPressEvent(event);
}

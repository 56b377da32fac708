#pragma once

// Send To: the keyboard's way to put the selected notes on a component or into a stack, chosen by
// name. A small dialog with a filter line and the matching targets; typing narrows the list, the
// arrows move in it while the cursor stays in the filter, Enter sends, Esc closes. The board does
// the sending through the same code path as a mouse drop (BoardView::sendSelectionTo).

#include <QDialog>
#include <QUuid>

class QLineEdit;
class QListWidget;

namespace board {

class SendToChooser : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        QUuid id;      // a component or a failure mode
        QString name;  // as the board shows it
        QString label; // what kind it is: "Service", "Stack of 3 notes"
    };

    SendToChooser(const QList<Target> &targets, const QString &what, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // The target Enter would send to now; null when nothing matches.
    QUuid current() const;

signals:
    void chosen(const QUuid &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();

    QList<Target> m_targets;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace board

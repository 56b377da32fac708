#pragma once

// A small dialog that picks one component (or stack) by name from the keyboard: a filter line
// and the matching targets; typing narrows the list, the arrows move in it while the cursor
// stays in the filter, Enter chooses, Esc closes. Send To uses it for the selected notes, Add
// Dependency for the component a focused one depends on (with the dependency's kind below the
// list). Its texts come from the caller.

#include <QDialog>
#include <QUuid>

#include <functional>

class QLineEdit;
class QListWidget;
class QVBoxLayout;

namespace board {

class NameChooser : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        QUuid id;      // a component or a failure mode
        QString name;  // as the board shows it
        QString label; // what kind it is: "Service", "Stack of 3 notes"
    };
    // What the dialog says; objectName names the dialog, and with "Filter" and "List" appended
    // its filter line and list.
    struct Texts
    {
        QString objectName;
        QString title;
        QString prompt;      // above the filter: "Send 3 selected notes to:"
        QString placeholder; // in the empty filter
        QString filterName;  // accessible names
        QString listName;
        QString okText; // the default button
    };

    NameChooser(const QList<Target> &targets, const Texts &texts, QWidget *parent = nullptr);
    // Made, opened (window-modal, deleted when closed) and wired: chosen targets go to onChosen,
    // and parent has the keyboard again when it closes. below: more to choose (addBelowList).
    static NameChooser *openFor(QWidget *parent, const QList<Target> &targets, const Texts &texts,
                                const std::function<void(const QUuid &)> &onChosen,
                                QWidget *below = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    // The target Enter would choose now; null when nothing matches.
    QUuid current() const;
    // More to choose below the list (a kind, say): reached by Tab from the list (give a row of
    // widgets a focus proxy), Enter still chooses.
    void addBelowList(QWidget *widget);

signals:
    void chosen(const QUuid &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();

    QList<Target> m_targets;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QVBoxLayout *m_layout;
};

} // namespace board

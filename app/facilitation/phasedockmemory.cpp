#include "phasedockmemory.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <QVariant>

namespace {

// Raised when the set of docks changes so much that an old arrangement would mislead.
constexpr int kStateVersion = 1;
const char kArrangedProperty[] = "premortemArrangedPhase";

QString group()
{
    return QStringLiteral("phaseLayout");
}

QString key(pm::Phase phase, const char *what)
{
    return QStringLiteral("%1/%2/%3").arg(group(), pm::keyOf(phase), QLatin1String(what));
}

} // namespace

void setArrangedPhase(QMainWindow *window, std::optional<pm::Phase> phase)
{
    window->setProperty(kArrangedProperty, phase ? QVariant(int(*phase)) : QVariant());
}

std::optional<pm::Phase> arrangedPhase(QMainWindow *window)
{
    const QVariant value = window->property(kArrangedProperty);
    if (!value.isValid())
        return std::nullopt;
    return pm::Phase(value.toInt());
}

void rememberArrangement(QMainWindow *window, const QStringList &managed, const QStringList &wanted)
{
    const std::optional<pm::Phase> phase = arrangedPhase(window);
    if (!phase)
        return;
    PhaseDocks docks;
    for (const QString &name : managed) {
        auto *dock = window->findChild<QDockWidget *>(name);
        if (!dock)
            continue;
        // isHidden(), not isVisible(): a window not yet shown has visible docks too.
        const bool shown = !dock->isHidden();
        if (wanted.contains(name) && !shown)
            docks.closed << name;
        else if (!wanted.contains(name) && shown)
            docks.opened << name;
    }
    QSettings settings;
    settings.setValue(key(*phase, "state"), window->saveState(kStateVersion));
    settings.setValue(key(*phase, "closed"), docks.closed);
    settings.setValue(key(*phase, "opened"), docks.opened);
}

std::optional<PhaseDocks> restoreArrangement(QMainWindow *window, pm::Phase phase)
{
    QSettings settings;
    const QByteArray state = settings.value(key(phase, "state")).toByteArray();
    // restoreState() refuses a state of another version or one it cannot read: the phase's
    // table layout then, as on the first start.
    if (state.isEmpty() || !window->restoreState(state, kStateVersion))
        return std::nullopt;
    return PhaseDocks{settings.value(key(phase, "closed")).toStringList(),
                      settings.value(key(phase, "opened")).toStringList()};
}

void forgetArrangements()
{
    QSettings().remove(group());
}

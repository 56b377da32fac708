#include "coverage.h"

#include "residual.h"

#include <QCoreApplication>

namespace pm {

CoverageGap coverageGap(const QList<Mitigation> &mitigations)
{
    bool any = false, committed = false, owned = false, dated = false;
    for (const Mitigation &m : mitigations) {
        if (m.meta.deleted)
            continue;
        any = true;
        if (!isCommitted(m.status))
            continue;
        committed = true;
        const bool hasOwner = !m.owner.trimmed().isEmpty();
        const bool hasDue = m.due.isValid();
        if (hasOwner && hasDue)
            return CoverageGap::None;
        owned = owned || hasOwner;
        dated = dated || hasDue;
    }
    if (!any)
        return CoverageGap::NoMitigation;
    if (!committed)
        return CoverageGap::NoneCommitted;
    // Name the smaller step: an owned mitigation only lacks a date, a dated one only an owner.
    if (owned)
        return CoverageGap::NoDueDate;
    if (dated)
        return CoverageGap::NoOwner;
    return CoverageGap::NoOwnerNorDueDate;
}

bool needsCoverageWarning(RiskBand band, CoverageGap gap)
{
    return needsCoverageWarning(band, gap, kWarnFromBand);
}

bool needsCoverageWarning(RiskBand band, CoverageGap gap, RiskBand fromBand)
{
    return band != RiskBand::Unscored && int(band) >= int(fromBand) && gap != CoverageGap::None;
}

QString coverageGapText(CoverageGap gap)
{
    const char *text = nullptr;
    switch (gap) {
    case CoverageGap::None:
        return QString();
    case CoverageGap::NoMitigation:
        text = QT_TRANSLATE_NOOP("pm::Coverage", "no mitigation yet");
        break;
    case CoverageGap::NoneCommitted:
        text = QT_TRANSLATE_NOOP("pm::Coverage",
                                 "mitigations are only proposed or rejected: accept one");
        break;
    case CoverageGap::NoOwner:
        text = QT_TRANSLATE_NOOP("pm::Coverage", "the accepted mitigation has no owner");
        break;
    case CoverageGap::NoDueDate:
        text = QT_TRANSLATE_NOOP("pm::Coverage", "the accepted mitigation has no due date");
        break;
    case CoverageGap::NoOwnerNorDueDate:
        text = QT_TRANSLATE_NOOP("pm::Coverage",
                                 "the accepted mitigation has neither an owner nor a due date");
        break;
    }
    return QCoreApplication::translate("pm::Coverage", text);
}

} // namespace pm

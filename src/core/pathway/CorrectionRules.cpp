#include "core/pathway/CorrectionRules.h"

#include "core/pathway/PathwayRules.h"

#include <QCoreApplication>

namespace cb::core {

Status CorrectionRules::checkReason(const QString& reason)
{
    const QString r = reason.trimmed();
    if (r.isEmpty())
        return Error::badInput(tr("Give the reason for voiding: what was wrong with the record."));
    return TextLimits::check(QStringLiteral("reason"), r, kMaxReasonLength);
}

Status CorrectionRules::checkCurrent(const RecordCorrection& c, const QString& what)
{
    if (c.isVoided())
        return Error::invalidState(tr("The %1 was voided on %2; a voided record stays as it is.")
                                       .arg(what, c.voidedAt.toString(Qt::ISODate)));
    if (c.isSuperseded())
        return Error::invalidState(
            tr("The %1 was already corrected by record %2; void or correct that one instead.")
                .arg(what)
                .arg(c.supersededBy));
    return {};
}

QList<PathwayEvent> CorrectionRules::current(const QList<PathwayEvent>& events)
{
    QList<PathwayEvent> out;
    for (const PathwayEvent& e : events)
        if (e.isCurrent())
            out << e;
    return out;
}

Status CorrectionRules::checkDayZeroFree(const QList<PathwayEvent>& events, const QString& verb,
                                         int currentAssessments, int followUpResults)
{
    QStringList later;
    for (const PathwayEvent& e : events)
        if (e.isCurrent() && stepOf(e.type) > stepOf(PathwayEventType::Infusion))
            later << label(e.type);
    if (currentAssessments > 0)
        later << tr("%n monitoring assessment(s)", nullptr, currentAssessments);
    if (followUpResults > 0)
        later << tr("%n follow-up result(s)", nullptr, followUpResults);
    if (later.isEmpty())
        return {};
    return Error::invalidState(
        tr("The infusion cannot be %1: day 0 dates what was recorded after it (%2). Void the later steps and "
           "assessments first; once follow-up results exist, day 0 stays as recorded (add a note to the "
           "follow-up "
           "visit instead).")
            .arg(verb, later.join(QStringLiteral(", "))));
}

Status CorrectionRules::checkVoidStep(const QList<PathwayEvent>& events, const PathwayEvent& target,
                                      int currentAssessments, int followUpResults)
{
    if (auto st = checkCurrent(target.correction, tr("step %1").arg(target.id)); !st.ok())
        return st;
    if (target.type == PathwayEventType::Infusion)
        return checkDayZeroFree(events, tr("voided"), currentAssessments, followUpResults);
    QList<PathwayEvent> remaining;
    for (const PathwayEvent& e : events)
        if (e.isCurrent() && e.id != target.id)
            remaining << e;
    for (const PathwayEvent& e : remaining) {
        for (const PathwayEventType p : PathwayRules::prerequisites(e.type)) {
            if (p != target.type)
                continue;
            bool still = false;
            for (const PathwayEvent& other : remaining)
                still = still || other.type == p;
            if (!still)
                return Error::invalidState(
                    tr("The %1 cannot be voided: the %2 recorded after it needs it. Void the "
                       "%2 first, or correct the %1 instead.")
                        .arg(label(target.type), label(e.type)));
        }
    }
    return {};
}

Status CorrectionRules::checkCorrectStep(const QList<PathwayEvent>& events, const PathwayEvent& target,
                                         const PathwayEvent& replacement, int currentAssessments,
                                         int followUpResults)
{
    if (auto st = checkCurrent(target.correction, tr("step %1").arg(target.id)); !st.ok())
        return st;
    if (replacement.type != target.type)
        return Error::badInput(
            tr("A correction replaces the %1 with a %1; to record another step, void this one "
               "and record the other.")
                .arg(label(target.type)));
    if (target.type == PathwayEventType::Infusion && replacement.date != target.date)
        return checkDayZeroFree(events, tr("moved to another day"), currentAssessments, followUpResults);
    return {};
}

} // namespace cb::core

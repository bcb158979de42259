#include "presentation/ClinicalLabels.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace cb::presentation {

namespace {

using Pair = std::pair<const char*, const char*>;

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::presentation::ClinicalLabels", s);
}

template <std::size_t N> QString lookUp(const std::array<Pair, N>& table, const QString& key)
{
    for (const auto& [id, text] : table)
        if (key == QLatin1String(id))
            return tr(text);
    return {};
}

constexpr std::array kObservations{
    Pair{"ecog", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "ECOG performance status")},
    Pair{"lvef", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "LVEF")},
    Pair{"spo2", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "SpO₂ (room air)")},
    Pair{"bilirubin", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Bilirubin")},
    Pair{"ast_uln", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "AST (× ULN)")},
    Pair{"alt_uln", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "ALT (× ULN)")},
    Pair{"crcl", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Creatinine clearance")},
    Pair{"anc", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "ANC")},
    Pair{"platelets", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Platelets")},
    Pair{"hemoglobin", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Hemoglobin")},
    Pair{"alc", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "ALC")},
    Pair{"crp", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "CRP")},
    Pair{"ferritin", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Ferritin")},
    Pair{"marrow_plasma_cells", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Marrow plasma cells")},
    Pair{"troponin", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Troponin")},
    Pair{"nt_probnp", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "NT-proBNP")},
    Pair{"igg", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "IgG")},
    Pair{"ice_baseline", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "ICE score (baseline)")},
    Pair{"life_expectancy_weeks", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Life expectancy")},
    Pair{"hematotox", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "CAR-HEMATOTOX score")},
};

constexpr std::array kDrugClasses{
    Pair{"pi", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "PI")},
    Pair{"imid", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "IMiD")},
    Pair{"anti_cd38", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "anti-CD38")},
    Pair{"bcma_directed", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "BCMA-directed")},
    Pair{"anti_cd20", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "anti-CD20")},
    Pair{"alkylator", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "alkylator")},
    Pair{"anthracycline", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "anthracycline")},
    Pair{"chemotherapy", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "chemotherapy")},
    Pair{"bispecific", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "bispecific")},
    Pair{"adc", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "ADC")},
    Pair{"btki", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "BTKi")},
    Pair{"bcl2i", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "BCL2i")},
    Pair{"car_t", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "CAR-T")},
    Pair{"xpo1i", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "XPO1i")},
    Pair{"radiotherapy", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "radiotherapy")},
    Pair{"other", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "other")},
};

constexpr std::array kCnsDisease{
    Pair{"none", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "None")},
    Pair{"treated",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Treated (history of CNS disease)")},
    Pair{"active", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Active")},
};

constexpr std::array kAuditActions{
    Pair{"case.view", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Opened the case")},
    Pair{"case.register", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Registered the referral")},
    Pair{"case.move", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Moved the case")},
    Pair{"case.close", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Closed the case")},
    Pair{"case.list", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Listed cases")},
    Pair{"observation.add", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Added an observation")},
    Pair{"permission.denied",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Refused: not permitted")},
    Pair{"case.synthetic",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Generated (synthetic test case)")},
    Pair{"pathway.record", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded a pathway step")},
    Pair{"assessment.record",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded a monitoring assessment")},
    Pair{"follow_up.schedule",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Scheduled the follow-up visits")},
    Pair{"follow_up.record",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded a follow-up visit")},
    Pair{"case.reopen", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Reopened the case")},
    Pair{"case.start_work_up", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Started the work-up")},
    Pair{"case.export", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Exported the case")},
    Pair{"case.import",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Imported records into the case")},
    Pair{"opinion.record", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded an opinion")},
    Pair{"opinion.update", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Changed a draft opinion")},
    Pair{"opinion.amend", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Amended an opinion")},
    Pair{"opinion.sign", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Signed an opinion")},
    Pair{"signature.refused",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Refused a signature (wrong password)")},
    Pair{"decision.record", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded the verdict")},
    Pair{"decision.sign", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Signed the verdict")},
    Pair{"decision.dissent", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded a dissent")},
    Pair{"decision.communication",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded how the verdict was communicated")},
    Pair{"decision.action_add",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Added an action of the verdict")},
    Pair{"decision.action_status",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Changed the status of an action")},
    Pair{"meeting.schedule", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Scheduled a meeting")},
    Pair{"meeting.reschedule",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Rescheduled a meeting")},
    Pair{"meeting.cancel", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Cancelled a meeting")},
    Pair{"meeting.attendance", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded attendance")},
    Pair{"meeting.export", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Exported the minutes")},
    Pair{"agenda.add",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Put the case on a meeting's agenda")},
    Pair{"agenda.remove",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Took the case off a meeting's agenda")},
    Pair{"agenda.move",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Moved the case on the agenda")},
    Pair{"agenda.presenter",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Set the presenter and time slot")},
    Pair{"agenda.conflict",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Recorded a conflict of interest")},
    Pair{"minutes.sign", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Signed the minutes")},
    Pair{"pathway.correct",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Corrected a pathway step")},
    Pair{"pathway.void", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Voided a pathway step")},
    Pair{"monitoring.correct",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Corrected a monitoring assessment")},
    Pair{"monitoring.void",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Voided a monitoring assessment")},
    Pair{"follow_up.unschedule",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Removed the open follow-up visits")},
    Pair{"record.history",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Changed the disease history")},
    Pair{"record.line.add", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Added a therapy line")},
    Pair{"record.line.correct",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Corrected a therapy line")},
    Pair{"record.line.void", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Voided a therapy line")},
    Pair{"record.transplant.add",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Added a transplant")},
    Pair{"record.transplant.correct",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Corrected a transplant")},
    Pair{"record.transplant.void",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Voided a transplant")},
    Pair{"record.observation.add",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Added an observation")},
    Pair{"record.observation.correct",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Corrected an observation")},
    Pair{"record.observation.void",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Voided an observation")},
    Pair{"record.view", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Viewed the record's entries")},
    Pair{"patient.add", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Added the patient")},
    Pair{"patient.correct",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Corrected the patient's details")},
    Pair{"patient.merge",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Merged two records of the patient")},
    Pair{"patient.view", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Opened the patient")},
    Pair{"lab.import", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Imported lab results (HL7)")},
    Pair{"lab.import.held",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Held lab results: no patient matched")},
    Pair{"lab.queue.assign",
         QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "Assigned held lab results to the patient")},
};

constexpr std::array kUnits{
    Pair{"points", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "points")},
    Pair{"days", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "days")},
    Pair{"weeks", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "weeks")},
    Pair{"hours", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "hours")},
    Pair{"doses", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "doses")},
    Pair{"lines", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "lines")},
    Pair{"min", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "min")},
    Pair{"cells/µL", QT_TRANSLATE_NOOP("cb::presentation::ClinicalLabels", "cells/µL")},
};

} // namespace

QString ClinicalLabels::unitLabel(const QString& unit)
{
    // units may hold non-ASCII (µ): compare as UTF-8, not as Latin-1 like the ids above
    for (const auto& [id, text] : kUnits)
        if (unit == QString::fromUtf8(id))
            return tr(text);
    return unit;
}

QString ClinicalLabels::observationLabel(const QString& code)
{
    const QString text = lookUp(kObservations, code);
    return text.isEmpty() ? code : text;
}

QString ClinicalLabels::drugClassLabel(const QString& id)
{
    const QString text = lookUp(kDrugClasses, id);
    return text.isEmpty() ? id : text;
}

QString ClinicalLabels::drugClassesText(const QStringList& ids)
{
    QStringList labels;
    for (const QString& id : ids)
        labels << drugClassLabel(id);
    return labels.join(QStringLiteral(", "));
}

QString ClinicalLabels::cnsDiseaseLabel(const QString& id)
{
    if (id.isEmpty())
        return tr("Not recorded");
    const QString text = lookUp(kCnsDisease, id);
    return text.isEmpty() ? id : text;
}

QString ClinicalLabels::auditActionLabel(const QString& action)
{
    const QString text = lookUp(kAuditActions, action);
    return text.isEmpty() ? action : text;
}

QStringList ClinicalLabels::auditActionsMatching(const QString& text)
{
    QStringList ids;
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return ids;
    for (const auto& [id, label] : kAuditActions)
        if (tr(label).contains(wanted, Qt::CaseInsensitive))
            ids << QString::fromLatin1(id);
    return ids;
}

} // namespace cb::presentation

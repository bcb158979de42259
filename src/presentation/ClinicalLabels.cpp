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

} // namespace cb::presentation

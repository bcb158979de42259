#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"
#include "core/checklist/CaseFacts.h"
#include "core/checklist/ChecklistContext.h"
#include "core/checklist/ChecklistTemplate.h"
#include "core/checklist/ObservationValue.h"
#include "core/checklist/labels/ProductLabelRules.h"

#include <QHash>
#include <memory>

namespace cb::services {

// The checklist templates and product-label rules embedded from resources/checklists/, parsed
// once, plus the mapping from a case record to the facts and observations they are prefilled from.
class ChecklistCatalog
{
public:
    static ChecklistCatalog& instance();

    Result<const core::ChecklistTemplate*> templateFor(core::Discipline discipline);
    // The checklist as asked for a case of this indication (items of other indications left out).
    Result<const core::ChecklistTemplate*> templateFor(core::Discipline discipline,
                                                       core::Indication indication);
    const core::ProductLabelRules* labels();

    static core::CaseFacts factsOf(const core::CaseRecord& record, const QDate& today);
    static QList<core::ObservationValue> observationsOf(const core::CaseRecord& record);
    // `jurisdiction`: whose product labels apply (the program setting checklist.label_jurisdiction).
    core::ChecklistContext contextFor(const core::CaseRecord& record, const QDate& referenceDate,
                                      const QString& jurisdiction = defaultJurisdiction());

    // The jurisdiction of the program setting's default: China NMPA.
    static QString defaultJurisdiction() { return QStringLiteral("cn_nmpa"); }

private:
    ChecklistCatalog() = default;
    QHash<core::Discipline, std::shared_ptr<core::ChecklistTemplate>> m_templates;
    QHash<QString, std::shared_ptr<core::ChecklistTemplate>> m_asked; // "discipline/indication"
    std::unique_ptr<core::ProductLabelRules> m_labels;
    bool m_labelsLoaded = false;
};

} // namespace cb::services

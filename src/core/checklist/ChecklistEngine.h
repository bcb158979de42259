#pragma once

#include "core/checklist/ChecklistAnswer.h"
#include "core/checklist/ChecklistContext.h"
#include "core/checklist/ChecklistEvaluation.h"
#include "core/checklist/ChecklistTemplate.h"
#include "core/checklist/ChecklistValue.h"
#include "core/checklist/ItemEvaluation.h"
#include "core/checklist/labels/LabelAssessment.h"
#include "core/checklist/labels/LabelQuery.h"

#include <QHash>
#include <QList>
#include <optional>

namespace cb::core {

// Evaluates answers against a checklist template's rules: each item becomes ok, concern,
// contraindication or not_assessed, with the reasons in both languages. Every rule that matches
// counts and the most severe wins (LVEF 35% matches "<50 concern" and "<40 contraindication").
// A value older than the item's freshness_days is stale (and, by default, at least a concern).
// Items that do not apply to the context's indication are left out of the evaluation.
class ChecklistEngine
{
public:
    explicit ChecklistEngine(ChecklistContext context = {});

    const ChecklistContext& context() const { return m_context; }

    ChecklistEvaluation evaluate(const ChecklistTemplate& checklist,
                                 const QHash<QString, ChecklistAnswer>& answers) const;
    ChecklistEvaluation evaluate(const ChecklistTemplate& checklist,
                                 const QList<ChecklistAnswer>& answers) const;
    ItemEvaluation evaluateItem(const ChecklistTemplate& checklist, const ChecklistItem& item,
                                const QHash<QString, ChecklistAnswer>& answers) const;

    // The label question the template's answers ask (HEM-01 indication, HEM-02 lines, HEM-03.x).
    LabelQuery labelQuery(const ChecklistTemplate& checklist,
                          const QHash<QString, ChecklistAnswer>& answers) const;

    // An answer read as its item's type, in the item's unit, inside its plausible range and
    // options; empty with `problem` set otherwise.
    static std::optional<ChecklistValue> valueOf(const ChecklistItem& item, const ChecklistAnswer& answer,
                                                 LocalizedText* problem = nullptr);

    static QHash<QString, ChecklistAnswer> byItem(const QList<ChecklistAnswer>& answers);

private:
    struct Fired;

    ItemEvaluation evaluateWith(const ChecklistTemplate& checklist, const ChecklistItem& item,
                                const QHash<QString, ChecklistAnswer>& answers,
                                const std::optional<LabelAssessment>& label) const;
    bool conditionsHold(const ChecklistTemplate& checklist, const ChecklistRule& rule,
                        const QHash<QString, ChecklistAnswer>& answers) const;
    void applyLabelRule(const ChecklistItem& item, const ChecklistRule& rule,
                        const std::optional<LabelAssessment>& label, ItemEvaluation& ev,
                        QList<Fired>& fired) const;
    std::optional<LabelAssessment> assessLabel(const ChecklistTemplate& checklist,
                                               const QHash<QString, ChecklistAnswer>& answers) const;

    ChecklistContext m_context;
};

} // namespace cb::core

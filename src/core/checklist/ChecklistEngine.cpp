#include "core/checklist/ChecklistEngine.h"

#include "core/checklist/ChecklistMessages.h"
#include "core/checklist/ChecklistUnits.h"
#include "core/checklist/labels/LabelMessages.h"
#include "core/checklist/labels/ProductLabelRules.h"

#include <algorithm>
#include <cmath>

namespace cb::core {

struct ChecklistEngine::Fired
{
    ChecklistStatus status;
    QList<LocalizedText> reasons;
    QString evidence;
    QString source;
};

namespace {

void setProblem(LocalizedText* problem, const LocalizedText& text)
{
    if (problem)
        *problem = text;
}

bool hasLabelRule(const ChecklistTemplate& t)
{
    return std::any_of(t.items.cbegin(), t.items.cend(),
                       [](const ChecklistItem& i) { return i.labelRule(); });
}

} // namespace

ChecklistEngine::ChecklistEngine(ChecklistContext context) : m_context(std::move(context)) {}

QHash<QString, ChecklistAnswer> ChecklistEngine::byItem(const QList<ChecklistAnswer>& answers)
{
    QHash<QString, ChecklistAnswer> map;
    for (const auto& a : answers)
        map.insert(a.itemId, a);
    return map;
}

std::optional<ChecklistValue> ChecklistEngine::valueOf(const ChecklistItem& item,
                                                       const ChecklistAnswer& answer, LocalizedText* problem)
{
    auto value = ChecklistValue::read(answer.value, item.type);
    if (!value) {
        setProblem(problem, ChecklistMessages::unreadable(item.type));
        return std::nullopt;
    }
    if (item.type == ChecklistItemType::Number) {
        if (!answer.unit.isEmpty() && !ChecklistUnits::sameUnit(item.unit, answer.unit)) {
            const QString code = item.prefill.kind == ChecklistPrefillSource::Kind::Observation
                                     ? item.prefill.code
                                     : QString();
            const auto converted = ChecklistUnits::convert(code, value->number, answer.unit, item.unit);
            if (!converted) {
                setProblem(problem, ChecklistMessages::unitMismatch(answer.unit, item.unit));
                return std::nullopt;
            }
            value->number = *converted;
        }
        if ((item.minimum && value->number < *item.minimum) ||
            (item.maximum && value->number > *item.maximum)) {
            setProblem(problem, ChecklistMessages::outOfRange(value->number, item.unit,
                                                              item.minimum.value_or(-INFINITY),
                                                              item.maximum.value_or(INFINITY)));
            return std::nullopt;
        }
    }
    if (item.type == ChecklistItemType::Choice && !item.option(value->text)) {
        setProblem(problem, ChecklistMessages::unknownOption(value->text));
        return std::nullopt;
    }
    return value;
}

LabelQuery ChecklistEngine::labelQuery(const ChecklistTemplate& checklist,
                                       const QHash<QString, ChecklistAnswer>& answers) const
{
    LabelQuery q;
    q.product = m_context.product;
    q.jurisdiction = m_context.jurisdiction;
    q.date = m_context.labelDate.isValid() ? m_context.labelDate : m_context.referenceDate;
    q.diseaseFeatures = m_context.diseaseFeatures;
    q.ageYears = m_context.ageYears;
    for (const auto& item : checklist.items) {
        const ChecklistRule* rule = item.labelRule();
        const auto answer = answers.constFind(item.id);
        if (!rule || !item.appliesTo(m_context.indication) || answer == answers.cend() ||
            !answer->isAnswered() || answer->notApplicable)
            continue;
        const auto value = valueOf(item, *answer);
        if (!value)
            continue;
        const QString& check = rule->comparison.labelCheck;
        if (check == QLatin1String("indication"))
            q.indication = value->text;
        else if (check == QLatin1String("prior_lines"))
            q.priorLines = static_cast<int>(std::floor(value->number));
        else if (check == QLatin1String("exposure") && value->flag)
            q.exposures.insert(item.exposure);
    }
    return q;
}

std::optional<LabelAssessment>
ChecklistEngine::assessLabel(const ChecklistTemplate& checklist,
                             const QHash<QString, ChecklistAnswer>& answers) const
{
    if (!m_context.labels || m_context.product.trimmed().isEmpty() || !hasLabelRule(checklist))
        return std::nullopt;
    return m_context.labels->assess(labelQuery(checklist, answers));
}

ChecklistEvaluation ChecklistEngine::evaluate(const ChecklistTemplate& checklist,
                                              const QHash<QString, ChecklistAnswer>& answers) const
{
    ChecklistEvaluation result;
    result.discipline = checklist.discipline;
    result.templateVersion = checklist.version;
    result.referenceDate = m_context.referenceDate;
    const auto label = assessLabel(checklist, answers);
    if (label && m_context.labels)
        result.labelVersion = m_context.labels->version();
    for (const auto& item : checklist.items)
        if (item.appliesTo(m_context.indication))
            result.items << evaluateWith(checklist, item, answers, label);
    return result;
}

ChecklistEvaluation ChecklistEngine::evaluate(const ChecklistTemplate& checklist,
                                              const QList<ChecklistAnswer>& answers) const
{
    return evaluate(checklist, byItem(answers));
}

ItemEvaluation ChecklistEngine::evaluateItem(const ChecklistTemplate& checklist, const ChecklistItem& item,
                                             const QHash<QString, ChecklistAnswer>& answers) const
{
    return evaluateWith(checklist, item, answers,
                        item.labelRule() ? assessLabel(checklist, answers) : std::nullopt);
}

ItemEvaluation ChecklistEngine::evaluateWith(const ChecklistTemplate& checklist, const ChecklistItem& item,
                                             const QHash<QString, ChecklistAnswer>& answers,
                                             const std::optional<LabelAssessment>& label) const
{
    ItemEvaluation ev;
    ev.itemId = item.id;
    ev.evidence = item.evidence;
    ev.source = item.source;
    ev.unverified = item.unverified;

    const auto found = answers.constFind(item.id);
    if (found == answers.cend() || !found->isAnswered()) {
        ev.status = ChecklistStatus::NotAssessed;
        ev.reasons << ChecklistMessages::notAnswered();
        return ev;
    }
    const ChecklistAnswer& answer = *found;
    ev.prefilled = answer.prefilled;
    if (answer.notApplicable) {
        ev.status = item.allowNotApplicable ? ChecklistStatus::Ok : ChecklistStatus::NotAssessed;
        if (item.allowNotApplicable)
            ev.notes << ChecklistMessages::notApplicable();
        else
            ev.reasons << ChecklistMessages::notApplicableNotAllowed();
        return ev;
    }
    LocalizedText problem;
    const auto value = valueOf(item, answer, &problem);
    if (!value) {
        ev.status = ChecklistStatus::NotAssessed;
        ev.reasons << problem;
        return ev;
    }
    if (item.type == ChecklistItemType::Number && !answer.unit.isEmpty() &&
        !ChecklistUnits::sameUnit(item.unit, answer.unit))
        ev.notes << ChecklistMessages::converted(ChecklistValue::read(answer.value, item.type)->number,
                                                 answer.unit);
    const bool measuredAgainstReference =
        std::any_of(item.rules.cbegin(), item.rules.cend(),
                    [](const ChecklistRule& r) { return r.comparison.op == ComparisonOp::LessThanBefore; });
    if (measuredAgainstReference && !item.referenceDate.isEmpty() &&
        !m_context.referenceDates.value(item.referenceDate).isValid())
        ev.notes << ChecklistMessages::referenceDateMissing(item.referenceDate, m_context.referenceDate);

    QList<Fired> fired;
    for (const auto& rule : item.rules) {
        if (!conditionsHold(checklist, rule, answers))
            continue;
        if (rule.comparison.op == ComparisonOp::Label) {
            applyLabelRule(item, rule, label, ev, fired);
            continue;
        }
        if (rule.comparison.matches(*value, m_context.dateFor(item.referenceDate))) {
            fired << Fired{rule.status, {rule.reason}, rule.evidence, rule.source};
            ev.unverified = ev.unverified || rule.unverified;
        }
    }
    std::stable_sort(fired.begin(), fired.end(),
                     [](const Fired& a, const Fired& b) { return severity(a.status) > severity(b.status); });

    ev.status = ChecklistStatus::Ok;
    if (!fired.isEmpty()) {
        ev.status = fired.first().status;
        ev.evidence = fired.first().evidence;
        ev.source = fired.first().source;
        for (const auto& f : fired)
            ev.reasons << f.reasons;
    }
    if (item.freshnessDays && !answer.valueDate.isValid())
        ev.notes << ChecklistMessages::undated(*item.freshnessDays); // fresh or not cannot be told
    if (item.isStale(answer.valueDate, m_context.referenceDate)) {
        ev.stale = true;
        ev.reasons << ChecklistMessages::stale(
            answer.valueDate, answer.valueDate.daysTo(m_context.referenceDate), *item.freshnessDays);
        if (m_context.staleIsConcern && ev.status == ChecklistStatus::Ok)
            ev.status = ChecklistStatus::Concern;
    }
    return ev;
}

bool ChecklistEngine::conditionsHold(const ChecklistTemplate& checklist, const ChecklistRule& rule,
                                     const QHash<QString, ChecklistAnswer>& answers) const
{
    for (const auto& c : rule.when) {
        const ChecklistItem* other = checklist.item(c.itemId);
        const auto answer = answers.constFind(c.itemId);
        std::optional<ChecklistValue> value;
        if (other && answer != answers.cend() && answer->isAnswered() && !answer->notApplicable)
            value = valueOf(*other, *answer);
        if (!value) {
            if (!c.ifMissing)
                return false;
            continue;
        }
        if (!c.comparison.matches(*value, m_context.dateFor(other->referenceDate)))
            return false;
    }
    return true;
}

void ChecklistEngine::applyLabelRule(const ChecklistItem& item, const ChecklistRule& rule,
                                     const std::optional<LabelAssessment>& label, ItemEvaluation& ev,
                                     QList<Fired>& fired) const
{
    if (!label) {
        const LocalizedText why =
            m_context.labels ? LabelMessages::noProductChosen() : ChecklistMessages::noLabelData();
        fired << Fired{ChecklistStatus::NotAssessed, {why}, rule.evidence, rule.source};
        return;
    }
    LabelCriterion c;
    const QString& check = rule.comparison.labelCheck;
    if (check == QLatin1String("indication")) {
        c = label->indication;
    } else if (check == QLatin1String("prior_lines")) {
        c = label->priorLines;
    } else if (label->exposures.check == LabelCheck::Unknown) {
        c = label->exposures;
    } else if (label->missingExposures.contains(item.exposure)) {
        c.check = LabelCheck::NotMet;
        c.reasons << LabelMessages::exposureMissing(m_context.labels->exposureName(item.exposure),
                                                    label->label->effectiveDate);
    } else {
        c.check = LabelCheck::Met;
    }

    if (label->label) {
        ev.notes << label->labelInForce;
        ev.unverified = ev.unverified || label->label->unverified;
    }
    const QString evidence = label->label ? label->label->evidence : rule.evidence;
    const QString source = label->label ? label->label->source : rule.source;
    switch (c.check) {
    case LabelCheck::Met:
        return;
    case LabelCheck::NotMet:
        fired << Fired{rule.status, QList<LocalizedText>{rule.reason} + c.reasons, evidence, source};
        ev.unverified = ev.unverified || rule.unverified;
        return;
    case LabelCheck::ToConfirm:
        fired << Fired{ChecklistStatus::Concern, c.reasons, evidence, source};
        return;
    case LabelCheck::Unknown:
        fired << Fired{ChecklistStatus::NotAssessed, c.reasons, evidence, source};
        return;
    }
}

} // namespace cb::core

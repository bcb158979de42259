#include "core/checklist/ChecklistPrefill.h"

#include "core/checklist/ChecklistMessages.h"
#include "core/checklist/ChecklistUnits.h"
#include "core/checklist/PrefillCodes.h"

#include <cmath>
#include <optional>

namespace cb::core {

namespace {

using Kind = ChecklistPrefillSource::Kind;

ChecklistAnswer suggestion(const ChecklistItem& item, QVariant value)
{
    ChecklistAnswer a;
    a.itemId = item.id;
    a.value = std::move(value);
    a.prefilled = true;
    a.prefillSource = item.prefill.id();
    return a;
}

// The latest dated observation with `code` on or before `referenceDate`; the latest after it when
// there is none before.
std::optional<ObservationValue> latest(const QList<ObservationValue>& observations, const QString& code,
                                       const QDate& referenceDate, bool* sawUndated)
{
    std::optional<ObservationValue> before;
    std::optional<ObservationValue> after;
    for (const auto& o : observations) {
        if (o.code != code)
            continue;
        if (!o.date.isValid()) {
            *sawUndated = true;
            continue;
        }
        auto& slot = (!referenceDate.isValid() || o.date <= referenceDate) ? before : after;
        if (!slot || o.date > slot->date)
            slot = o;
    }
    return before ? before : after;
}

class Builder
{
public:
    Builder(const CaseFacts& facts, const QList<ObservationValue>& observations, const QDate& referenceDate)
        : m_facts(facts), m_observations(observations), m_referenceDate(referenceDate)
    {
    }

    void add(const ChecklistItem& item);
    PrefillResult result() const { return m_result; }

private:
    void fromObservation(const ChecklistItem& item);
    void fromFact(const ChecklistItem& item);
    void fromExposure(const ChecklistItem& item);
    void issue(const ChecklistItem& item, const char* code, const LocalizedText& message)
    {
        m_result.issues << PrefillIssue{item.id, QString::fromLatin1(code), message};
    }
    void answer(const ChecklistAnswer& a) { m_result.answers.insert(a.itemId, a); }

    const CaseFacts& m_facts;
    const QList<ObservationValue>& m_observations;
    QDate m_referenceDate;
    PrefillResult m_result;
};

void Builder::add(const ChecklistItem& item)
{
    switch (item.prefill.kind) {
    case Kind::None:
        return;
    case Kind::Observation:
        fromObservation(item);
        return;
    case Kind::Fact:
        fromFact(item);
        return;
    case Kind::Exposure:
        fromExposure(item);
        return;
    }
}

void Builder::fromObservation(const ChecklistItem& item)
{
    bool sawUndated = false;
    const auto o = latest(m_observations, item.prefill.code, m_referenceDate, &sawUndated);
    if (!o) {
        if (sawUndated)
            issue(item, "undated", ChecklistMessages::observationUndated(item.prefill.code));
        return;
    }
    ChecklistAnswer a;
    if (item.type == ChecklistItemType::Choice) {
        const QString id = QString::number(static_cast<qint64>(std::llround(o->value)));
        if (std::floor(o->value) != o->value || !item.option(id)) {
            issue(item, "not_an_option", ChecklistMessages::factNotAnOption(QString::number(o->value)));
            return;
        }
        a = suggestion(item, id);
    } else {
        const auto value = ChecklistUnits::convert(item.prefill.code, o->value, o->unit, item.unit);
        if (!value) {
            issue(item, "unit_mismatch", ChecklistMessages::unitMismatch(o->unit, item.unit));
            return;
        }
        if ((item.minimum && *value < *item.minimum) || (item.maximum && *value > *item.maximum))
            issue(item, "out_of_range",
                  ChecklistMessages::outOfRange(*value, item.unit, item.minimum.value_or(-INFINITY),
                                                item.maximum.value_or(INFINITY)));
        a = suggestion(item, *value);
        a.unit = item.unit;
    }
    a.valueDate = o->date;
    a.stale = item.isStale(o->date, m_referenceDate);
    answer(a);
}

void Builder::fromFact(const ChecklistItem& item)
{
    const QString& code = item.prefill.code;
    if (code == QLatin1String("indication") || code == QLatin1String("cns_disease")) {
        const QString value = code == QLatin1String("indication") ? m_facts.indication : m_facts.cnsDisease;
        if (value.isEmpty())
            return;
        if (!item.option(value)) {
            issue(item, "not_an_option", ChecklistMessages::factNotAnOption(value));
            return;
        }
        answer(suggestion(item, value));
    } else if (code == QLatin1String("prior_lines")) {
        if (m_facts.priorLines)
            answer(suggestion(item, static_cast<double>(*m_facts.priorLines)));
    } else if (code == QLatin1String("lenalidomide_refractory")) {
        if (m_facts.therapyHistoryRecorded || m_facts.lenalidomideRefractory)
            answer(suggestion(item, m_facts.lenalidomideRefractory));
    } else if (code == QLatin1String("extramedullary_disease")) {
        if (m_facts.extramedullaryDisease)
            answer(suggestion(item, *m_facts.extramedullaryDisease));
    } else if (code == QLatin1String("last_allo_transplant_date")) {
        if (m_facts.lastAllogeneicTransplant.isValid()) {
            answer(suggestion(item, m_facts.lastAllogeneicTransplant));
        } else if (m_facts.therapyHistoryRecorded && item.allowNotApplicable) {
            ChecklistAnswer a = suggestion(item, QVariant());
            a.notApplicable = true;
            answer(a);
        }
    }
}

void Builder::fromExposure(const ChecklistItem& item)
{
    const bool exposed = m_facts.exposures.contains(item.prefill.code);
    if (exposed || m_facts.therapyHistoryRecorded)
        answer(suggestion(item, exposed));
}

} // namespace

PrefillResult ChecklistPrefill::build(const ChecklistTemplate& checklist, const CaseFacts& facts,
                                      const QList<ObservationValue>& observations, const QDate& referenceDate)
{
    Builder builder(facts, observations, referenceDate);
    for (const auto& item : checklist.items)
        if (item.appliesTo(facts.indication))
            builder.add(item);
    return builder.result();
}

ChecklistContext ChecklistPrefill::contextFor(const CaseFacts& facts, const QDate& referenceDate,
                                              const QString& jurisdiction, const ProductLabelRules* labels)
{
    ChecklistContext c;
    c.referenceDate = referenceDate;
    c.labels = labels;
    c.indication = facts.indication;
    c.product = facts.intendedProduct;
    c.jurisdiction = jurisdiction;
    c.diseaseFeatures = facts.diseaseFeatures;
    c.ageYears = facts.ageYears;
    return c;
}

} // namespace cb::core

#include "services/ChecklistCatalog.h"

#include "core/checklist/ChecklistPrefill.h"
#include "core/checklist/ChecklistTemplateParser.h"
#include "core/intake/DerivedFacts.h"
#include "platform/Logging.h"

#include <QCoreApplication>
#include <QFile>

namespace cb::services {

ChecklistCatalog& ChecklistCatalog::instance()
{
    static ChecklistCatalog catalog;
    return catalog;
}

Result<const core::ChecklistTemplate*> ChecklistCatalog::templateFor(core::Discipline discipline)
{
    if (auto it = m_templates.find(discipline); it != m_templates.end())
        return it.value().get();
    const QString name = core::toId(discipline) + QStringLiteral(".json");
    QFile f(QStringLiteral(":/checklists/") + name);
    if (!f.open(QIODevice::ReadOnly))
        return Error::failure(
            QCoreApplication::translate("cb::services", "The %1 checklist is missing from this build.")
                .arg(core::label(discipline)));
    auto parsed = core::ChecklistTemplateParser::parse(f.readAll(), name);
    if (!parsed.ok())
        return parsed.error();
    auto shared = std::make_shared<core::ChecklistTemplate>(std::move(parsed).value());
    m_templates.insert(discipline, shared);
    return shared.get();
}

Result<const core::ChecklistTemplate*> ChecklistCatalog::templateFor(core::Discipline discipline,
                                                                     core::Indication indication)
{
    const QString key = core::toId(discipline) + QLatin1Char('/') + core::toId(indication);
    if (auto it = m_asked.find(key); it != m_asked.end())
        return it.value().get();
    auto full = templateFor(discipline);
    if (!full.ok())
        return full.error();
    auto asked = std::make_shared<core::ChecklistTemplate>((*full)->forIndication(core::toId(indication)));
    m_asked.insert(key, asked);
    return asked.get();
}

const core::ProductLabelRules* ChecklistCatalog::labels()
{
    if (!m_labelsLoaded) {
        m_labelsLoaded = true;
        QFile f(QStringLiteral(":/checklists/product_labels.json"));
        if (f.open(QIODevice::ReadOnly)) {
            auto parsed = core::ProductLabelRules::parse(f.readAll(), QStringLiteral("product_labels.json"));
            if (parsed.ok())
                m_labels = std::make_unique<core::ProductLabelRules>(std::move(parsed).value());
            else
                CB_LOG_ERROR("product label rules do not parse: {}", parsed.error().message.toStdString());
        }
    }
    return m_labels.get();
}

core::CaseFacts ChecklistCatalog::factsOf(const core::CaseRecord& r, const QDate& today)
{
    core::CaseFacts f;
    f.indication = core::toId(r.indication);
    const core::DerivedFacts derived = core::deriveFacts(r.therapyLines, r.transplants, today);
    f.priorLines = derived.priorLines;
    f.therapyHistoryRecorded = !r.therapyLines.isEmpty();
    // The checklists and label rules name classes by their short ids (pi, imid, btki …).
    f.exposures = core::checklistExposures(derived);
    for (const auto& line : r.therapyLines)
        for (const QString& c : line.drugClasses)
            f.exposures.insert(c);
    f.lenalidomideRefractory = derived.lenalidomideRefractory;
    if (r.history.extramedullary == QLatin1String("yes") || r.history.extramedullary == QLatin1String("no"))
        f.extramedullaryDisease = r.history.extramedullary == QLatin1String("yes");
    f.cnsDisease = r.cnsDisease == QLatin1String("unknown") ? QString() : r.cnsDisease;
    f.intendedProduct = r.intendedProduct;
    for (const auto& t : r.transplants)
        if (t.kind == QLatin1String("allogeneic") && t.date.latest() > f.lastAllogeneicTransplant)
            f.lastAllogeneicTransplant = t.date.latest();
    if (r.patient.birthDate.isValid())
        f.ageYears = r.patient.ageOn(today);
    return f;
}

QList<core::ObservationValue> ChecklistCatalog::observationsOf(const core::CaseRecord& r)
{
    QList<core::ObservationValue> out;
    for (const auto& o : r.observations)
        if (o.value)
            out << core::ObservationValue{o.code, *o.value, o.unit, o.observedOn};
    return out;
}

core::ChecklistContext ChecklistCatalog::contextFor(const core::CaseRecord& record,
                                                    const QDate& referenceDate, const QString& jurisdiction)
{
    return core::ChecklistPrefill::contextFor(factsOf(record, referenceDate), referenceDate, jurisdiction,
                                              labels());
}

} // namespace cb::services

#include "core/intake/DerivedFacts.h"

#include "core/intake/DrugVocabulary.h"

#include <QJsonArray>
#include <algorithm>
#include <array>

namespace cb::core {

namespace {

struct Pair
{
    const char* from;
    const char* to;
};

// Legacy class ids of lines recorded before per-drug entry → the vocabulary's ids.
constexpr std::array kLegacyClasses{
    Pair{"pi", "proteasome_inhibitor"},   Pair{"btki", "btk_inhibitor"},
    Pair{"bcl2i", "bcl2_inhibitor"},      Pair{"xpo1i", "xpo1"},
    Pair{"anti_cd79b_adc", "anti_cd79b"},
};

// The vocabulary's ids → the exposure ids of the checklist templates.
constexpr std::array kChecklistIds{
    Pair{"proteasome_inhibitor", "pi"},
    Pair{"btk_inhibitor", "btki"},
    Pair{"bcl2_inhibitor", "bcl2i"},
    Pair{"xpo1", "xpo1i"},
    Pair{"bcma_adc", "bcma_directed"},
    Pair{"bcma_bispecific", "bcma_directed"},
    Pair{"bcma_car_t", "bcma_directed"},
    Pair{"bcma_car_t", "car_t"},
    Pair{"cd19_car_t", "car_t"},
    Pair{"bcma_adc", "adc"},
    Pair{"anti_cd79b", "adc"},
    Pair{"anti_cd22", "adc"},
    Pair{"bcma_bispecific", "bispecific"},
    Pair{"cd20_cd3_bispecific", "bispecific"},
};

const QStringList kPentaDrugs{QStringLiteral("bortezomib"), QStringLiteral("carfilzomib"),
                              QStringLiteral("lenalidomide"), QStringLiteral("pomalidomide")};

// What one drug (or, for a legacy line, one class) of a line contributes.
struct Exposure
{
    QString drug; // vocabulary id, lower case; empty for a legacy class
    QString drugClass;
    bool refractory = false;
};

QList<Exposure> exposuresOf(const TherapyLine& line, const DrugVocabulary* vocabulary)
{
    QList<Exposure> out;
    if (!line.drugs.isEmpty()) {
        for (const LineDrug& d : line.drugs) {
            Exposure e;
            e.drug = d.name.trimmed().toLower();
            e.drugClass = currentDrugClassId(d.drugClass.trimmed().toLower());
            if (vocabulary) {
                if (const DrugEntry* known = vocabulary->findDrug(d.name)) {
                    e.drug = known->id;
                    if (e.drugClass.isEmpty())
                        e.drugClass = known->classId;
                }
            }
            e.refractory = d.refractory.value_or(false);
            if (e.drug == QLatin1String("lenalidomide") && line.lenalidomideRefractory)
                e.refractory = true;
            out << e;
        }
        const bool listed = std::any_of(out.cbegin(), out.cend(), [](const Exposure& e) {
            return e.drug == QLatin1String("lenalidomide");
        });
        if (line.lenalidomideRefractory && !listed)
            out << Exposure{QStringLiteral("lenalidomide"), QStringLiteral("imid"), true};
        return out;
    }
    // A legacy line: refractory to the line means refractory to each of its classes.
    for (const QString& c : line.drugClasses)
        out << Exposure{QString(), currentDrugClassId(c.trimmed().toLower()), line.refractory};
    if (line.lenalidomideRefractory)
        out << Exposure{QStringLiteral("lenalidomide"), QStringLiteral("imid"), true};
    return out;
}

std::optional<int> daysSinceLastAllo(const QList<Transplant>& transplants, const QDate& today)
{
    QDate latest;
    for (const Transplant& t : transplants) {
        const QString kind = t.kind.trimmed().toLower();
        if (kind != QLatin1String("allogeneic") && kind != QLatin1String("allo"))
            continue;
        if (!t.date.isNull() && t.date.latest() > latest)
            latest = t.date.latest();
    }
    if (!latest.isValid() || !today.isValid())
        return std::nullopt;
    return int(std::max<qint64>(0, std::min(latest, today).daysTo(today)));
}

} // namespace

QString currentDrugClassId(const QString& id)
{
    for (const auto& p : kLegacyClasses)
        if (id == QLatin1String(p.from))
            return QString::fromLatin1(p.to);
    return id;
}

DerivedFacts deriveFacts(const QList<TherapyLine>& lines, const QList<Transplant>& transplants,
                         const QDate& today)
{
    return deriveFacts(lines, transplants, today, nullptr);
}

DerivedFacts deriveFacts(const QList<TherapyLine>& lines, const QList<Transplant>& transplants,
                         const QDate& today, const DrugVocabulary* vocabulary)
{
    DerivedFacts f;
    QSet<int> numbers;
    QSet<QString> exposedDrugs, refractoryDrugs, refractoryClasses;
    for (const TherapyLine& line : lines) {
        if (line.lineNumber > 0)
            numbers.insert(line.lineNumber);
        else
            ++f.priorLines;
        for (const Exposure& e : exposuresOf(line, vocabulary)) {
            if (!e.drugClass.isEmpty())
                f.exposedClasses.insert(e.drugClass);
            if (!e.drug.isEmpty())
                exposedDrugs.insert(e.drug);
            if (e.refractory) {
                if (!e.drugClass.isEmpty())
                    refractoryClasses.insert(e.drugClass);
                if (!e.drug.isEmpty())
                    refractoryDrugs.insert(e.drug);
            }
        }
    }
    f.priorLines += int(numbers.size());

    const QStringList triple{QStringLiteral("proteasome_inhibitor"), QStringLiteral("imid"),
                             QStringLiteral("anti_cd38")};
    auto all = [](const QStringList& wanted, const QSet<QString>& have) {
        for (const QString& w : wanted)
            if (!have.contains(w))
                return false;
        return true;
    };
    f.tripleClassExposed = all(triple, f.exposedClasses);
    f.tripleClassRefractory = all(triple, refractoryClasses);
    f.pentaExposed = all(kPentaDrugs, exposedDrugs) && f.exposedClasses.contains(QStringLiteral("anti_cd38"));
    f.pentaRefractory =
        all(kPentaDrugs, refractoryDrugs) && refractoryClasses.contains(QStringLiteral("anti_cd38"));
    f.lenalidomideRefractory = refractoryDrugs.contains(QStringLiteral("lenalidomide"));

    const auto has = [&f](const char* id) { return f.exposedClasses.contains(QString::fromLatin1(id)); };
    f.priorBcma = has("bcma_adc") || has("bcma_bispecific") || has("bcma_car_t") || has("bcma_directed");
    f.priorCd19 = has("cd19_directed") || has("cd19_car_t");
    f.priorCarT = has("bcma_car_t") || has("cd19_car_t") || has("car_t");
    f.daysSinceAllo = daysSinceLastAllo(transplants, today);
    return f;
}

QSet<QString> checklistExposures(const DerivedFacts& facts)
{
    QSet<QString> out = facts.exposedClasses;
    for (const QString& c : facts.exposedClasses)
        for (const auto& p : kChecklistIds)
            if (c == QLatin1String(p.from))
                out.insert(QString::fromLatin1(p.to));
    return out;
}

QJsonObject toJson(const DerivedFacts& f)
{
    QStringList classes(f.exposedClasses.cbegin(), f.exposedClasses.cend());
    classes.sort();
    QJsonObject o;
    o.insert(QStringLiteral("prior_lines"), f.priorLines);
    o.insert(QStringLiteral("triple_class_exposed"), f.tripleClassExposed);
    o.insert(QStringLiteral("triple_class_refractory"), f.tripleClassRefractory);
    o.insert(QStringLiteral("penta_exposed"), f.pentaExposed);
    o.insert(QStringLiteral("penta_refractory"), f.pentaRefractory);
    o.insert(QStringLiteral("lenalidomide_refractory"), f.lenalidomideRefractory);
    o.insert(QStringLiteral("prior_bcma"), f.priorBcma);
    o.insert(QStringLiteral("prior_cd19"), f.priorCd19);
    o.insert(QStringLiteral("prior_car_t"), f.priorCarT);
    o.insert(QStringLiteral("days_since_allo"),
             f.daysSinceAllo ? QJsonValue(*f.daysSinceAllo) : QJsonValue());
    o.insert(QStringLiteral("exposed_classes"), QJsonArray::fromStringList(classes));
    return o;
}

} // namespace cb::core

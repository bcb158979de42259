#pragma once

#include "core/CaseRecord.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace cb::core {

class DrugVocabulary;

// What the checklists and the case page read from the therapy history (INTAKE.md §5; SPEC.md
// HEM-02..06).
struct DerivedFacts
{
    int priorLines = 0;
    bool tripleClassExposed = false;    // a PI, an IMiD and an anti-CD38 antibody
    bool tripleClassRefractory = false; // refractory to one of each
    bool pentaExposed = false;          // bortezomib, carfilzomib, lenalidomide, pomalidomide, an anti-CD38
    bool pentaRefractory = false;
    bool lenalidomideRefractory = false;
    bool priorBcma = false;
    bool priorCd19 = false;
    bool priorCarT = false;
    // Days since the last allogeneic transplant, conservatively: the fewest days it can be (from
    // the latest day its partial date allows). Empty when no allogeneic transplant has a date.
    std::optional<int> daysSinceAllo;
    QSet<QString> exposedClasses; // class ids of the drug vocabulary, for the checklists

    friend bool operator==(const DerivedFacts&, const DerivedFacts&) = default;
};

// Lines and transplants as given (the caller passes current entries only). Lines sharing a line
// number (induction, transplant and maintenance of one programme) count as one line; lines without
// a number count one each. Legacy lines without `drugs` use `drugClasses` (legacy ids pi, btki,
// bcl2i, xpo1i are mapped onto the vocabulary's ids; bcma_directed and car_t set prior BCMA and
// prior CAR-T) and the line-level refractory / lenalidomideRefractory flags.
DerivedFacts deriveFacts(const QList<TherapyLine>& lines, const QList<Transplant>& transplants,
                         const QDate& today);

// The same, with drugs typed by a synonym or a brand name ("Revlimid", "dara") resolved through
// the vocabulary, and a drug without a class given the vocabulary's.
DerivedFacts deriveFacts(const QList<TherapyLine>& lines, const QList<Transplant>& transplants,
                         const QDate& today, const DrugVocabulary* vocabulary);

// The vocabulary's class id for a legacy class id (pi → proteasome_inhibitor, btki → btk_inhibitor …);
// other ids unchanged.
QString currentDrugClassId(const QString& legacyOrCurrentId);

// The exposure ids the checklist templates test (pi, imid, anti_cd38, bcma_directed, car_t, btki,
// bcl2i …; core::CaseFacts::exposures), with the vocabulary's ids beside them.
QSet<QString> checklistExposures(const DerivedFacts& facts);

// The facts as `case show --json` carries them (DESIGN.md §5): prior_lines, triple_class_exposed,
// triple_class_refractory, penta_exposed, penta_refractory, lenalidomide_refractory, prior_bcma,
// prior_cd19, prior_car_t, days_since_allo (null when none), and exposed_classes (sorted).
QJsonObject toJson(const DerivedFacts& facts);

} // namespace cb::core

#include "core/grading/IcansGrader.h"

#include "core/grading/IceScorer.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace cb::core {

namespace {

constexpr double kCapdMaxAgeYears = 12.0;
constexpr int kCapdGrade3From = 9;

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::core", text);
}

QString encephalopathyText(const IcansInput& in, bool capd)
{
    if (capd) {
        if (in.capdUnable)
            return tr("unable to perform CAPD");
        return tr("CAPD %1").arg(in.capdScore.value_or(0));
    }
    if (in.iceUnableUnarousable)
        return tr("ICE 0, unarousable and unable to perform ICE");
    return tr("ICE %1/10").arg(in.iceScore.value_or(10));
}

} // namespace

bool IcansGrader::usesCapd(double ageYears)
{
    return ageYears <= kCapdMaxAgeYears;
}

int IcansGrader::capdGrade(std::optional<int> capdScore, bool unable)
{
    if (unable)
        return 4;
    if (!capdScore || *capdScore <= 0)
        return 0;
    return *capdScore >= kCapdGrade3From ? 3 : 1;
}

int IcansGrader::consciousnessGrade(Consciousness level)
{
    switch (level) {
    case Consciousness::Alert:
        return 0;
    case Consciousness::AwakensSpontaneously:
        return 1;
    case Consciousness::AwakensToVoice:
        return 2;
    case Consciousness::AwakensOnlyToTactile:
        return 3;
    case Consciousness::Unarousable:
        return 4;
    }
    return 0;
}

int IcansGrader::seizureGrade(Seizure seizure)
{
    switch (seizure) {
    case Seizure::None:
        return 0;
    case Seizure::ClinicalResolvedRapidly:
    case Seizure::NonconvulsiveResolvedWithIntervention:
        return 3;
    case Seizure::LifeThreateningProlonged:
    case Seizure::RepetitiveWithoutReturnToBaseline:
        return 4;
    }
    return 0;
}

int IcansGrader::motorGrade(MotorFinding motor)
{
    return motor == MotorFinding::DeepFocalWeakness ? 4 : 0;
}

int IcansGrader::edemaGrade(CerebralEdema edema, bool isIntracranialHemorrhage)
{
    if (isIntracranialHemorrhage || edema == CerebralEdema::None)
        return 0;
    return edema == CerebralEdema::FocalLocal ? 3 : 4;
}

IcansResult IcansGrader::grade(const IcansInput& in)
{
    IcansResult r;
    r.ruleVersion = QString::fromLatin1(kRuleAstct2019);
    r.usedCapd = usesCapd(in.ageYears);
    if (r.usedCapd)
        r.encephalopathyGrade = capdGrade(in.capdScore, in.capdUnable);
    else if (in.iceUnableUnarousable)
        r.encephalopathyGrade = IceScorer::domainGrade(0, true);
    else if (in.iceScore)
        r.encephalopathyGrade = IceScorer::domainGrade(*in.iceScore, false);
    r.consciousnessGrade = consciousnessGrade(in.consciousness);
    r.seizureGrade = seizureGrade(in.seizure);
    r.motorGrade = motorGrade(in.motor);
    r.edemaExcludedAsHemorrhage =
        in.findingIsIntracranialHemorrhage && in.cerebralEdema != CerebralEdema::None;
    r.edemaGrade = edemaGrade(in.cerebralEdema, in.findingIsIntracranialHemorrhage);

    QStringList notes;
    if (r.edemaExcludedAsHemorrhage)
        notes << tr("The imaging finding is intracranial hemorrhage, which is excluded from ICANS (grade it "
                    "with CTCAE).");
    if (in.motor == MotorFinding::TremorOrMyoclonus)
        notes << tr("Tremor and myoclonus do not count towards ICANS.");
    if (r.usedCapd)
        notes << tr("CAPD replaces ICE at age 12 and under.");

    QString why;
    if (in.deathDueToIcans) {
        r.grade = 5;
        why = tr("Grade 5: death due to ICANS.");
    } else {
        r.grade = std::max(
            {r.encephalopathyGrade, r.consciousnessGrade, r.seizureGrade, r.motorGrade, r.edemaGrade});
        QStringList drivers;
        if (r.grade > 0) {
            if (r.encephalopathyGrade == r.grade)
                drivers << encephalopathyText(in, r.usedCapd);
            if (r.consciousnessGrade == r.grade)
                drivers << tr("consciousness: %1").arg(label(in.consciousness));
            if (r.seizureGrade == r.grade)
                drivers << tr("seizure: %1").arg(label(in.seizure));
            if (r.motorGrade == r.grade)
                drivers << tr("motor: %1").arg(label(in.motor));
            if (r.edemaGrade == r.grade)
                drivers << tr("edema: %1").arg(label(in.cerebralEdema));
            why = tr("Grade %1: driven by %2.").arg(r.grade).arg(drivers.join(QStringLiteral("; ")));
        } else {
            why = tr("Grade 0: no ICANS domain is affected.");
        }
    }
    if (!notes.isEmpty())
        why += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    r.explanation = why;
    return r;
}

} // namespace cb::core

#include "core/grading/IceScorer.h"

#include "core/grading/GradingVocabulary.h"

#include <QCoreApplication>

namespace cb::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("cb::core", text);
}

QString bandText(int score)
{
    if (score == 10)
        return tr("10 is normal");
    if (score >= 7)
        return tr("7-9 is grade 1");
    if (score >= 3)
        return tr("3-6 is grade 2");
    return tr("0-2 is grade 3 when the patient is awake");
}

} // namespace

int IceScorer::domainGrade(int score, bool unarousable)
{
    if (unarousable)
        return 4;
    if (score >= 10)
        return 0;
    if (score >= 7)
        return 1;
    if (score >= 3)
        return 2;
    return 3;
}

IceResult IceScorer::score(const IceInput& input)
{
    IceResult r;
    r.ruleVersion = QString::fromLatin1(kRuleAstct2019);
    if (!input.arousable) {
        r.unableToPerform = true;
        r.domainGrade = 4;
        r.explanation =
            tr("ICE 0: the patient is unarousable and unable to perform ICE, ICE domain grade 4.");
        return r;
    }
    r.orientationPoints = int(input.orientationYear) + int(input.orientationMonth) +
                          int(input.orientationCity) + int(input.orientationHospital);
    const int commands = int(input.followsCommands);
    const int writing = int(input.writesStandardSentence);
    const int attention = int(input.countsBackFrom100By10);
    r.score = r.orientationPoints + input.namingCorrectCount + commands + writing + attention;
    r.domainGrade = domainGrade(r.score, false);
    r.explanation =
        tr("ICE %1/10 (orientation %2/4, naming %3/3, commands %4/1, writing %5/1, attention %6/1): "
           "%7, ICE domain grade %8.")
            .arg(r.score)
            .arg(r.orientationPoints)
            .arg(input.namingCorrectCount)
            .arg(commands)
            .arg(writing)
            .arg(attention)
            .arg(bandText(r.score))
            .arg(r.domainGrade);
    return r;
}

} // namespace cb::core

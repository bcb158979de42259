#pragma once

#include <QString>

namespace cb::core {

// The item answers of the 10-point Immune Effector Cell-associated Encephalopathy score (SPEC §1.4).
struct IceInput
{
    bool arousable = true; // false: unable to perform, the items are not asked
    bool orientationYear = false;
    bool orientationMonth = false;
    bool orientationCity = false;
    bool orientationHospital = false;
    int namingCorrectCount = 0; // 0-3
    bool followsCommands = false;
    bool writesStandardSentence = false;
    bool countsBackFrom100By10 = false;
};

struct IceResult
{
    int score = 0;                // 0-10
    bool unableToPerform = false; // unarousable
    int domainGrade = 0;          // the ICANS grade of the ICE domain alone
    int orientationPoints = 0;    // 0-4, kept so the items can be shown
    QString ruleVersion;
    QString explanation;
};

} // namespace cb::core

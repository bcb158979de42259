#pragma once

#include "core/checklist/LocalizedText.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cb::core {

// The sentences ProductLabelRules writes about a case, in both shipped languages. Names passed in
// are LocalizedTexts so each language gets its own.
class LabelMessages
{
public:
    static LocalizedText unknownProduct(const QString& product);
    static LocalizedText noProductChosen();
    static LocalizedText indicationNotAnswered();
    static LocalizedText notCovered(const LocalizedText& product, const LocalizedText& indication,
                                    const LocalizedText& jurisdiction, const QDate& date);
    static LocalizedText labelLater(const QDate& effectiveDate);
    static LocalizedText noLabelToCompare();
    static LocalizedText excluded(const LocalizedText& exclusion);
    static LocalizedText ageBelow(int minimum);
    static LocalizedText ageAbove(int maximum);
    static LocalizedText labelInForce(const LocalizedText& product, const LocalizedText& jurisdiction,
                                      const QDate& effectiveDate, const QString& source,
                                      const QString& evidence);
    static LocalizedText linesNotAnswered();
    static LocalizedText linesBelow(int lines, int minimum, const QDate& effectiveDate);
    static LocalizedText conditionsToConfirm(const QList<LocalizedText>& conditions);
    static LocalizedText exposureMissing(const LocalizedText& exposureClass, const QDate& effectiveDate);
};

} // namespace cb::core

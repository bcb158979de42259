#pragma once

#include "core/checklist/ChecklistItemType.h"
#include "core/checklist/LocalizedText.h"

#include <QDate>
#include <QString>

namespace cb::core {

// The sentences the checklist engine and prefill write themselves (rule reasons come from the
// templates), in both shipped languages.
class ChecklistMessages
{
public:
    static LocalizedText notAnswered();
    static LocalizedText unreadable(ChecklistItemType type);
    static LocalizedText outOfRange(double value, const QString& unit, double minimum, double maximum);
    static LocalizedText unknownOption(const QString& option);
    static LocalizedText unitMismatch(const QString& given, const QString& expected);
    static LocalizedText notApplicable();
    static LocalizedText notApplicableNotAllowed();
    static LocalizedText stale(const QDate& valueDate, qint64 ageDays, int limitDays);
    // A value of an item with a freshness limit that has no date.
    static LocalizedText undated(int limitDays);
    static LocalizedText referenceDateMissing(const QString& referenceId, const QDate& usedInstead);
    static LocalizedText noLabelData();
    static LocalizedText converted(double value, const QString& fromUnit);
    static LocalizedText observationUndated(const QString& code);
    static LocalizedText factNotAnOption(const QString& value);
};

} // namespace cb::core

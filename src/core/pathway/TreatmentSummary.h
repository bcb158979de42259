#pragma once

#include "core/Vocabulary.h"
#include "core/pathway/Assessment.h"
#include "core/pathway/FollowUpVisit.h"
#include "core/pathway/PathwayEvent.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cb::core {

// The worst grade of a toxicity over the monitoring and the first day it was reached.
struct ToxicityPeak
{
    int grade = 0;
    int day = -1; // days since infusion; -1 when the grade stayed 0
    QDate date;   // the clinical date of that day

    bool occurred() const { return grade > 0; }
};

// What an assessment records as given: tocilizumab, a corticosteroid, an ICU transfer.
struct TreatmentGiven
{
    int day = 0;
    QDate date;
    int crsGrade = 0;
    int icansGrade = 0;
    Interventions given;
};

// The CAR-HEMATOTOX computed when lymphodepletion was recorded (SPEC §3).
struct HematotoxAtLymphodepletion
{
    int score = 0;
    QString risk; // "low" or "high"
    QString ruleVersion;
    QDate labsDate;     // the labs' date, or the first day of lymphodepletion when not given
    QJsonObject points; // per variable
};

// What a treated patient's case summary tells about the treatment (SPEC §5, §6): the pathway
// steps with their dates, the worst CRS and ICANS grades with the day reached and what was given,
// the CAR-HEMATOTOX before lymphodepletion, and the responses of the follow-up visits. Built from
// the current records only (voided and superseded ones are left out).
struct TreatmentSummary
{
    QDate infusionDate;        // day 0
    QList<PathwayEvent> steps; // current steps in pathway order
    int assessments = 0;
    int lastDay = -1; // the last monitored day; -1 without assessments
    ToxicityPeak crs;
    ToxicityPeak icans;
    int tocilizumabDoses = 0;
    double tocilizumabTotalMg = 0.0;
    QStringList steroids; // as given, each once, in order
    std::optional<int> icuTransferDay;
    QList<TreatmentGiven> given; // the assessments where something was given, by time
    std::optional<HematotoxAtLymphodepletion> hematotox;
    QString responseRuleVersion;            // IMWG-2016, Lugano-2014, ALL-CR-MRD
    QList<FollowUpVisit> responses;         // visits done, by due date
    std::optional<FollowUpVisit> nextVisit; // the first visit not done yet

    // The summary of a case whose infusion is recorded; nothing for one not yet treated.
    static std::optional<TreatmentSummary> of(Indication indication, const QList<PathwayEvent>& events,
                                              const QList<Assessment>& assessments,
                                              const QList<FollowUpVisit>& visits);

    // The current step of a type (the last one for repeatable steps), if recorded.
    const PathwayEvent* step(PathwayEventType type) const;
    // The day relative to the infusion (negative before it).
    int dayOf(const QDate& date) const { return int(infusionDate.daysTo(date)); }

    // Canonical JSON of what the summary prints (part of the dossier's fingerprint).
    QJsonObject toJson() const;
};

} // namespace cb::core

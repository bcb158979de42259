#pragma once

#include "core/CaseRecord.h"
#include "core/Review.h"
#include "core/VerdictMeeting.h"
#include "core/checklist/ChecklistStatus.h"
#include "core/pathway/TreatmentSummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace cb::core {

// One checklist item as it goes on paper: the question in the document's language, the answer as
// text, and the engine's status with its reasons.
struct DossierItem
{
    QString id;
    QString question;
    QString answer; // empty: not answered
    QString unit;
    QString date; // the value's date, as recorded
    ChecklistStatus status = ChecklistStatus::NotAssessed;
    QStringList reasons;
    bool unverified = false; // an [U] item or rule took part (SPEC §0)
    bool stale = false;
};

// A discipline's part of the summary: the version that counts (the latest signed one, else the
// latest draft), its items resolved against its checklist, and the versions it superseded.
struct DossierOpinion
{
    Discipline discipline = Discipline::Hematology;
    bool required = false;
    QString checklistTitle;
    std::optional<Opinion> opinion;
    QList<DossierItem> items;
    QList<Opinion> earlierVersions; // oldest first
};

// Everything a printed case summary or outcome letter shows, assembled by a service and rendered
// by the report layer. Plain data: no database, no widgets.
struct CaseDossier
{
    QString institution;
    QDateTime generatedAt;                 // UTC
    QTimeZone timeZone = QTimeZone::utc(); // zone the times are printed in
    CaseRecord record;
    QList<DossierOpinion> opinions;   // required disciplines first
    std::optional<Decision> decision; // the current version
    // Where that verdict was taken (meeting and attendance, or outside a meeting); derived from the
    // verdict, so not part of the fingerprint. Unset: read from the decision itself.
    std::optional<VerdictMeeting> verdictMeeting;
    QList<Discipline> missingSignatures;
    QStringList readinessProblems;
    bool quorumMet = false;
    // The treatment of a patient whose infusion is recorded; empty for one not yet treated.
    std::optional<TreatmentSummary> treatment;
    // The audit chain's head when the dossier was read: a reader checks it with
    // `cellboard-cli audit entry SEQ`.
    qint64 auditSeq = 0;
    QString auditHash;
    // SHA-256 of canonicalJson() (64 lower-case hex characters).
    QString fingerprint;
    // For the outcome letter (program settings).
    QString coordinatorContact;
    QString caregiverRequirements;

    // Complete and signed: every required discipline's opinion is signed and the verdict is signed.
    // Anything else prints as a DRAFT.
    bool isFinal() const;
    // The record as exported, canonical (sorted keys, compact, UTC times): what the fingerprint
    // covers. Generation time, time zone and audit head are not part of it.
    QByteArray canonicalJson() const;
    static QString sha256Hex(const QByteArray& bytes);
    void computeFingerprint() { fingerprint = sha256Hex(canonicalJson()); }
};

} // namespace cb::core

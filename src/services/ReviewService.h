#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Review.h"
#include "core/UserIdentity.h"
#include "core/checklist/ChecklistEvaluation.h"
#include "core/checklist/ChecklistTemplate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace cb::storage {
class Database;
}

namespace cb::services {

class ClinicalAct;

class SettingsService;

// What a specialist enters for an opinion: answers by item id (each a ChecklistAnswer JSON object
// or a bare value), the recommendation, conditions and comment.
struct OpinionInput
{
    QJsonObject answers;
    std::optional<core::Recommendation> recommendation;
    QString conditions;
    QString comment;
};

// A discipline's checklist ready for the editor: the template, the answers (the draft's, or
// suggestions prefilled from the case), their evaluation and the opinion being edited, if any.
struct ChecklistForm
{
    const core::ChecklistTemplate* checklist = nullptr;
    QJsonObject answers;
    core::ChecklistEvaluation evaluation;
    std::optional<core::Opinion> current; // the latest version, draft or signed
    QDate referenceDate;
};

enum class ReviewState { NotStarted, Draft, Signed, Amended };
QString reviewStateLabel(ReviewState s);
QString reviewStateId(ReviewState s);

// One card of the case review overview.
struct DisciplineReview
{
    core::Discipline discipline = core::Discipline::Hematology;
    bool required = false;
    ReviewState state = ReviewState::NotStarted;
    std::optional<core::Opinion> current;    // latest version
    std::optional<core::Opinion> lastSigned; // the version that counts for the quorum
    QList<core::Opinion> history;            // every version, oldest first
    QStringList staleItems;                  // of the current version
    // The patient's record (history, lines, transplants, observations) changed after the counted
    // version was signed: it no longer counts as given on the current data until re-signed.
    bool recordChangedSinceSigned = false;
};

struct ReviewOverview
{
    QList<DisciplineReview> disciplines; // required ones first, then optional ones with opinions
    QList<core::Discipline> missingSignatures;
    QStringList readinessProblems; // human-readable list of what is still missing
    bool quorumMet = false;
    int standingContraindications = 0; // in the counted (signed) opinions
    int concerns = 0;

    const DisciplineReview* find(core::Discipline d) const;
};

// The disciplines' structured review: record, sign and amend opinions; the readiness of a case.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(cb::services::ReviewService)
public:
    ReviewService(storage::Database& db, const core::Clock& clock, SettingsService& settings)
        : m_db(db), m_clock(clock), m_settings(settings)
    {
    }

    Result<ChecklistForm> checklistForm(const core::UserIdentity& actor, qint64 caseId,
                                        core::Discipline discipline);
    // Re-evaluates answers without saving (the editor shows statuses as the user types).
    Result<core::ChecklistEvaluation> evaluate(qint64 caseId, core::Discipline discipline,
                                               const QJsonObject& answers);

    // Saves the draft (creates version 1, or updates the current draft). expectedRowVersion is
    // the draft's row version as read (0 for a new opinion); a stale one is a Conflict.
    Result<core::Opinion> recordOpinion(const core::UserIdentity& actor, qint64 caseId,
                                        core::Discipline discipline, const OpinionInput& input,
                                        qint64 expectedRowVersion = -1);
    // The sentence a signer confirms.
    static QString signatureMeaning(core::Discipline discipline, core::Recommendation recommendation);
    Result<core::Opinion> signOpinion(const core::UserIdentity& actor, qint64 caseId,
                                      core::Discipline discipline, const QString& password);
    // A new draft version superseding the signed one; needs a reason.
    Result<core::Opinion> amendOpinion(const core::UserIdentity& actor, qint64 caseId,
                                       core::Discipline discipline, const QString& reason,
                                       const OpinionInput& input);

    Result<ReviewOverview> overview(const core::UserIdentity& actor, qint64 caseId);
    // Without permission checks or audit: for services that already checked (decisions).
    Result<ReviewOverview> overviewUnchecked(qint64 caseId);

private:
    Result<core::Opinion> save(ClinicalAct& act, core::Discipline discipline, const OpinionInput& input,
                               qint64 expectedRowVersion, const QString& amendReason);
    Status updateReadiness(ClinicalAct& act);

    storage::Database& m_db;
    const core::Clock& m_clock;
    SettingsService& m_settings;
};

} // namespace cb::services

#pragma once

#include "core/Result.h"
#include "core/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace cb::core {

// A discipline's overall recommendation on a CAR-T candidate (SPEC §7.2 item 4).
enum class Recommendation { Supports, SupportsWithConditions, DoesNotSupport, NeedsMoreInformation };
std::span<const StableIdEntry<Recommendation>> recommendations();
inline QString toId(Recommendation v)
{
    return idOf(recommendations(), v);
}
inline QString label(Recommendation v)
{
    return labelOf(recommendations(), v);
}

// An electronic signature: who, as what, when, meaning what, over which exact content.
struct Signature
{
    qint64 id = 0;
    QString recordType; // opinion | decision
    qint64 recordId = 0;
    qint64 signerId = 0;
    QString printedName;
    QString role;       // the role signed in, e.g. specialist, board_chair
    QString discipline; // for opinions
    QString meaning;    // the sentence the signer confirmed
    QDateTime signedAt; // UTC
    QString contentSha256;
};

// One version of a discipline's opinion on a case. Drafts are editable; a signed version is
// immutable and changed only by an amendment (a new version that supersedes it).
struct Opinion
{
    qint64 id = 0;
    qint64 caseId = 0;
    Discipline discipline = Discipline::Hematology;
    int version = 1;
    QString templateVersion;
    QJsonObject answers;   // item id -> answer value
    QJsonArray evaluation; // per item: id, status, reason, value, date, stale
    int concerns = 0;
    int contraindications = 0;
    std::optional<Recommendation> recommendation;
    QString conditions;
    QString comment;
    qint64 authorId = 0;
    QString authorName;
    bool isSigned = false;
    qint64 supersedesId = 0;
    QString amendReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
    std::optional<Signature> signature;

    // The exact bytes a signature covers (every clinical field, not the row bookkeeping).
    QByteArray signedContent() const;
};

struct Dissent
{
    qint64 id = 0;
    qint64 decisionId = 0;
    qint64 memberId = 0;
    QString memberName;
    QString discipline;
    QString text; // verbatim
    QDateTime createdAt;
};

struct DecisionAction
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::DecisionAction)
public:
    // The words for a status id ("open" → "Open"); the id itself when unknown.
    static QString statusLabel(const QString& status);
    // An action is due on a real day from today on (field "due_date"); none: no due date.
    static Status checkDueDate(const QDate& due, const QDate& today);

    qint64 id = 0;
    QString description;
    QString owner;
    QDate dueDate;
    QString status = QStringLiteral("open"); // open | done | cancelled
    qint64 rowVersion = 0;
};

// The outcome sent to the referring physician: when, by whom, how.
struct Communication
{
    qint64 id = 0;
    QDateTime sentAt;
    QString sentBy;
    QString method; // letter, email, phone …
};

// The board's verdict on a case (SPEC §7.2).
struct Decision
{
    qint64 id = 0;
    qint64 caseId = 0;
    int version = 1;
    Verdict verdict = Verdict::Eligible;
    QString conditions;
    QString rationale;
    QString product;
    QString bridgingPlan;
    QString deferReason;
    QDate reassessDate;
    QString overrideApprover;
    QString overrideReason;
    QString consentStatus; // e.g. consented, pending, declined
    QString patientPreference;
    QJsonObject quorum; // the review quorum as checked at signing
    qint64 authorId = 0;
    bool isSigned = false;
    qint64 supersedesId = 0;
    QString amendReason;
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 rowVersion = 0;
    std::optional<Signature> signature;
    QList<Dissent> dissents;
    QList<DecisionAction> actions;
    QList<Communication> communications;

    QByteArray signedContent() const;
};

// SHA-256 (lower-case hex) of a signature's content: the record's signed content plus who
// signed, as what, meaning what and when.
QString signatureHash(const QByteArray& recordContent, const Signature& signature);

} // namespace cb::core

#include "core/Review.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <array>

namespace cb::core {

namespace {

constexpr std::array kRecommendations{
    StableIdEntry<Recommendation>{Recommendation::Supports, "supports",
                                  QT_TRANSLATE_NOOP("cb::core", "Supports")},
    StableIdEntry<Recommendation>{Recommendation::SupportsWithConditions, "supports_with_conditions",
                                  QT_TRANSLATE_NOOP("cb::core", "Supports with conditions")},
    StableIdEntry<Recommendation>{Recommendation::DoesNotSupport, "does_not_support",
                                  QT_TRANSLATE_NOOP("cb::core", "Does not support")},
    StableIdEntry<Recommendation>{Recommendation::NeedsMoreInformation, "needs_more_information",
                                  QT_TRANSLATE_NOOP("cb::core", "Needs more information")},
};

QByteArray compact(const QJsonObject& o)
{
    // QJsonDocument writes object keys sorted, so the bytes are canonical.
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

std::span<const StableIdEntry<Recommendation>> recommendations()
{
    return kRecommendations;
}

QByteArray Opinion::signedContent() const
{
    return compact({{QStringLiteral("record"), QStringLiteral("opinion")},
                    {QStringLiteral("id"), QString::number(id)},
                    {QStringLiteral("case_id"), QString::number(caseId)},
                    {QStringLiteral("discipline"), toId(discipline)},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("template_version"), templateVersion},
                    {QStringLiteral("answers"), answers},
                    {QStringLiteral("evaluation"), evaluation},
                    {QStringLiteral("recommendation"), recommendation ? toId(*recommendation) : QString()},
                    {QStringLiteral("conditions"), conditions},
                    {QStringLiteral("comment"), comment},
                    {QStringLiteral("author_id"), QString::number(authorId)},
                    {QStringLiteral("supersedes_id"), QString::number(supersedesId)},
                    {QStringLiteral("amend_reason"), amendReason}});
}

QByteArray Decision::signedContent() const
{
    return compact({{QStringLiteral("record"), QStringLiteral("decision")},
                    {QStringLiteral("id"), QString::number(id)},
                    {QStringLiteral("case_id"), QString::number(caseId)},
                    {QStringLiteral("version"), version},
                    {QStringLiteral("verdict"), toId(verdict)},
                    {QStringLiteral("conditions"), conditions},
                    {QStringLiteral("rationale"), rationale},
                    {QStringLiteral("product"), product},
                    {QStringLiteral("bridging_plan"), bridgingPlan},
                    {QStringLiteral("defer_reason"), deferReason},
                    {QStringLiteral("reassess_date"), reassessDate.toString(Qt::ISODate)},
                    {QStringLiteral("override_approver"), overrideApprover},
                    {QStringLiteral("override_reason"), overrideReason},
                    {QStringLiteral("consent_status"), consentStatus},
                    {QStringLiteral("patient_preference"), patientPreference},
                    {QStringLiteral("quorum"), quorum},
                    {QStringLiteral("author_id"), QString::number(authorId)},
                    {QStringLiteral("supersedes_id"), QString::number(supersedesId)},
                    {QStringLiteral("amend_reason"), amendReason}});
}

QString signatureHash(const QByteArray& recordContent, const Signature& s)
{
    QByteArray bytes = recordContent;
    bytes += compact({{QStringLiteral("signer_id"), QString::number(s.signerId)},
                      {QStringLiteral("printed_name"), s.printedName},
                      {QStringLiteral("role"), s.role},
                      {QStringLiteral("discipline"), s.discipline},
                      {QStringLiteral("meaning"), s.meaning},
                      {QStringLiteral("signed_at"), toIsoUtc(s.signedAt)}});
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status DecisionAction::checkDueDate(const QDate& due, const QDate& today)
{
    if (due.isNull())
        return {};
    if (!due.isValid())
        return Error::badInput(tr("due_date: not a date.")).atField(QStringLiteral("due_date"));
    if (due < today)
        return Error::badInput(tr("due_date: %1 is in the past; an action is due today (%2) or later.")
                                   .arg(due.toString(Qt::ISODate), today.toString(Qt::ISODate)))
            .atField(QStringLiteral("due_date"));
    return {};
}

QString DecisionAction::statusLabel(const QString& status)
{
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    return status;
}

} // namespace cb::core

#include "exports/FhirBundle.h"

#include "core/exchange/FhirCodes.h"
#include "exports/FhirJson.h"
#include "exports/FhirRecord.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace cb::exports {

using core::FhirCodes;
using J = FhirJson;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The bundle around its entries; the identifier is derived from `name` and the entries' content.
QJsonObject bundle(const FhirIds& ids, const QString& type, const QString& name, const QJsonArray& entries,
                   const QDateTime& timestamp)
{
    const QByteArray content = QJsonDocument(entries).toJson(QJsonDocument::Compact);
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString key = name + QLatin1Char('/') + digest;
    return QJsonObject{
        {s("resourceType"), s("Bundle")},
        {s("id"), ids.id(key)},
        {s("identifier"), QJsonObject{{s("system"), FhirCodes::uriSystem()}, {s("value"), ids.urn(key)}}},
        {s("type"), type},
        {s("timestamp"), FhirCodes::instant(timestamp)},
        {s("entry"), entries}};
}

QString words(const QString& id)
{
    return FhirCodes::words(id);
}

// What the verdict section says, in English: the verdict, its conditions and rationale, the
// plan, an override, each dissent verbatim, and the signature.
QStringList verdictParagraphs(const core::Decision& d)
{
    QStringList p;
    p << s("Verdict: ") + words(core::toId(d.verdict));
    if (!d.conditions.trimmed().isEmpty())
        p << s("Conditions: ") + d.conditions.trimmed();
    if (!d.rationale.trimmed().isEmpty())
        p << s("Rationale: ") + d.rationale.trimmed();
    if (!d.product.trimmed().isEmpty())
        p << s("Product: ") + d.product.trimmed();
    if (!d.bridgingPlan.trimmed().isEmpty())
        p << s("Bridging plan: ") + d.bridgingPlan.trimmed();
    if (!d.deferReason.trimmed().isEmpty())
        p << s("Deferred: ") + d.deferReason.trimmed();
    if (d.reassessDate.isValid())
        p << s("Reassess on ") + FhirCodes::date(d.reassessDate);
    if (!d.overrideApprover.trimmed().isEmpty())
        p << s("Override approved by ") + d.overrideApprover.trimmed() + s(": ") + d.overrideReason.trimmed();
    for (const core::Dissent& x : d.dissents)
        p << s("Dissent (") + x.memberName + (x.discipline.isEmpty() ? QString() : s(", ") + x.discipline) +
                 s("): ") + x.text;
    if (d.signature)
        p << s("Signed by ") + d.signature->printedName + s(" (") + words(d.signature->role) + s(") on ") +
                 FhirCodes::instant(d.signature->signedAt) + s("; content SHA-256 ") +
                 d.signature->contentSha256;
    return p;
}

} // namespace

QJsonObject FhirBundle::collection(const FhirCaseData& data)
{
    const FhirRecord record(data);
    return bundle(record.ids(), s("collection"),
                  QStringLiteral("bundle/collection/case/%1").arg(data.dossier.record.id), record.entries(),
                  data.dossier.generatedAt);
}

Result<QJsonObject> FhirBundle::document(const FhirCaseData& data, const QByteArray& summaryPdf)
{
    const core::CaseDossier& dossier = data.dossier;
    if (!dossier.decision || !dossier.decision->isSigned || !dossier.decision->signature)
        return Error::invalidState(tr("Case %1 has no signed verdict: the FHIR document carries the board's "
                                      "signed verdict; export the "
                                      "record as a bundle instead.")
                                       .arg(dossier.record.id));
    if (summaryPdf.isEmpty())
        return Error::failure(tr("The case summary PDF is missing from the FHIR document."));
    const core::Decision& d = *dossier.decision;
    const core::Signature& sig = *d.signature;
    const FhirRecord record(data);
    const FhirIds& ids = record.ids();
    const qint64 caseId = dossier.record.id;

    const QJsonArray recordEntries = record.entries();
    QJsonArray recordRefs;
    for (const QJsonValue& e : recordEntries) {
        const QString url = e.toObject().value(s("fullUrl")).toString();
        if (url != record.patientUrl())
            recordRefs.append(J::reference(url));
    }

    const QString docName = QStringLiteral("document-reference/summary/decision/%1").arg(d.id);
    QJsonObject attachment{
        {s("contentType"), s("application/pdf")},
        {s("data"), QString::fromLatin1(summaryPdf.toBase64())},
        {s("size"), summaryPdf.size()},
        {s("hash"),
         QString::fromLatin1(QCryptographicHash::hash(summaryPdf, QCryptographicHash::Sha1).toBase64())},
        {s("title"), QStringLiteral("case-%1-summary.pdf").arg(caseId)},
        {s("creation"), FhirCodes::instant(dossier.generatedAt)}};
    const QString docStatus = dossier.isFinal() ? s("final") : s("preliminary");
    QJsonObject documentReference{
        {s("resourceType"), s("DocumentReference")},
        {s("id"), ids.id(docName)},
        {s("status"), s("current")},
        {s("docStatus"), docStatus},
        {s("type"), J::codeable(J::coding(FhirCodes::loinc(), FhirCodes::consultNoteLoinc()),
                                s("CAR-T board case summary"))},
        {s("subject"), J::reference(record.patientUrl())},
        {s("date"), FhirCodes::instant(dossier.generatedAt)},
        {s("description"),
         QStringLiteral("CAR-T board case summary, case %1%2")
             .arg(caseId)
             .arg(dossier.isFinal() ? QString() : s(" (draft: not every opinion is signed)"))},
        {s("content"), QJsonArray{QJsonObject{{s("attachment"), attachment}}}}};

    const QString compName = QStringLiteral("composition/decision/%1").arg(d.id);
    const QString signer = sig.printedName + s(" (") + words(sig.role) + s(")");
    QJsonObject composition{
        {s("resourceType"), s("Composition")},
        {s("id"), ids.id(compName)},
        {s("identifier"),
         QJsonObject{{s("system"), FhirCodes::uriSystem()}, {s("value"), ids.urn(compName)}}},
        {s("status"), !dossier.isFinal()    ? s("preliminary")
                      : d.supersedesId != 0 ? s("amended")
                                            : s("final")},
        {s("type"),
         J::codeable(J::coding(FhirCodes::loinc(), FhirCodes::consultNoteLoinc()), s("CAR-T board verdict"))},
        {s("subject"), J::reference(record.patientUrl())},
        {s("date"), FhirCodes::instant(sig.signedAt)},
        {s("author"), QJsonArray{J::displayReference(signer)}},
        {s("title"), QStringLiteral("CAR-T board verdict, case %1").arg(caseId)},
        {s("attester"), QJsonArray{QJsonObject{{s("mode"), s("legal")},
                                               {s("time"), FhirCodes::instant(sig.signedAt)},
                                               {s("party"), J::displayReference(signer)}}}},
        {s("extension"),
         QJsonArray{
             J::extension(FhirCodes::extension(s("verdict")), s("valueCode"), core::toId(d.verdict)),
             J::extension(FhirCodes::extension(s("decision-version")), s("valueInteger"), d.version),
             J::extension(FhirCodes::extension(s("signature-sha256")), s("valueString"), sig.contentSha256)}},
        {s("section"),
         QJsonArray{
             QJsonObject{
                 {s("title"), s("Board verdict")},
                 {s("code"), J::codeable(J::coding(FhirCodes::localSystem(s("section")), s("verdict")),
                                         s("Board verdict"))},
                 {s("text"), J::narrative(verdictParagraphs(d))},
                 {s("entry"), QJsonArray{J::reference(record.conditionUrl())}}},
             QJsonObject{{s("title"), s("Patient record")},
                         {s("code"), J::codeable(J::coding(FhirCodes::localSystem(s("section")), s("record")),
                                                 s("Patient record"))},
                         {s("text"),
                          J::narrative({QStringLiteral("%1 entries of the patient's record: disease, stage, "
                                                       "observations, prior therapy, procedures, toxicity "
                                                       "and responses.")
                                            .arg(recordRefs.size())})},
                         {s("entry"), recordRefs}},
             QJsonObject{
                 {s("title"), s("Case summary")},
                 {s("code"), J::codeable(J::coding(FhirCodes::localSystem(s("section")), s("summary")),
                                         s("Case summary"))},
                 {s("text"), J::narrative({s("The case summary as the board signed it, as PDF.")})},
                 {s("entry"), QJsonArray{J::reference(ids.urn(docName))}}}}}};
    if (!dossier.institution.trimmed().isEmpty())
        composition.insert(s("custodian"), J::displayReference(dossier.institution.trimmed()));

    QJsonArray entries{J::entry(ids.urn(compName), composition)};
    for (const QJsonValue& e : recordEntries)
        entries.append(e);
    entries.append(J::entry(ids.urn(docName), documentReference));
    return bundle(ids, s("document"), QStringLiteral("bundle/document/decision/%1").arg(d.id), entries,
                  dossier.generatedAt);
}

QString FhirBundle::identifierOf(const QJsonObject& bundle)
{
    return bundle.value(s("identifier")).toObject().value(s("value")).toString();
}

QJsonObject FhirBundle::resourceCounts(const QJsonObject& bundle)
{
    QJsonObject counts;
    for (const QJsonValue& e : bundle.value(s("entry")).toArray()) {
        const QString type = e.toObject().value(s("resource")).toObject().value(s("resourceType")).toString();
        counts.insert(type, counts.value(type).toInt() + 1);
    }
    return counts;
}

} // namespace cb::exports

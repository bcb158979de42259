#include "exports/FhirRules.h"

#include "core/exchange/FhirCodes.h"
#include "services/IntakeCatalog.h"

#include <QRegularExpression>
#include <QSet>

namespace cb::test {

namespace {

using core::FhirCodes;

QString str(const char* s)
{
    return QString::fromUtf8(s);
}

// FHIR R4 dateTime (date is its prefix up to the day): YYYY, YYYY-MM, YYYY-MM-DD, or a time with
// seconds and a zone.
const QRegularExpression kDateTime(
    str("^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?"
        "(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00)))?)?)?$"));
const QRegularExpression
    kInstant(str("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
const QRegularExpression
    kUrnUuid(str("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

const QSet<QString> kDateKeys{str("birthDate"),
                              str("onsetDateTime"),
                              str("effectiveDateTime"),
                              str("performedDateTime"),
                              str("authoredOn"),
                              str("start"),
                              str("end"),
                              str("valueDateTime"),
                              str("date"),
                              str("time"),
                              str("creation"),
                              str("issued"),
                              str("timestamp")};
const QSet<QString> kInstantKeys{str("issued"), str("timestamp")};

// The resources whose subject must be the patient.
const QSet<QString> kAboutThePatient{str("Observation"),        str("Condition"),   str("MedicationRequest"),
                                     str("Procedure"),          str("Composition"), str("DocumentReference"),
                                     str("MedicationStatement")};

void walk(const QJsonValue& v, const QString& path, QStringList& references, QStringList& problems)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = path + QLatin1Char('.') + it.key();
            if (it.key() == QLatin1String("reference") && it.value().isString())
                references << it.value().toString();
            if (kDateKeys.contains(it.key()) && it.value().isString()) {
                const QString d = it.value().toString();
                const QRegularExpression& re = kInstantKeys.contains(it.key()) ? kInstant : kDateTime;
                if (!re.match(d).hasMatch())
                    problems << str("%1: \"%2\" is not a FHIR %3")
                                    .arg(p, d,
                                         kInstantKeys.contains(it.key()) ? str("instant") : str("date"));
            }
            if (it.value().isString() && it.value().toString().trimmed().isEmpty())
                problems << p + str(": empty value");
            walk(it.value(), p, references, problems);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            problems << path + str(": empty array");
        for (int i = 0; i < a.size(); ++i)
            walk(a.at(i), path + QStringLiteral("[%1]").arg(i), references, problems);
    }
}

void checkObservation(const QJsonObject& r, const QString& where, QStringList& problems)
{
    const QJsonObject code = r.value(str("code")).toObject();
    const QJsonArray codings = code.value(str("coding")).toArray();
    const QStringList local = fhirCodes(code, FhirCodes::localSystem(str("observation")));
    const QStringList loinc = fhirCodes(code, FhirCodes::loinc());
    if (local.isEmpty() && loinc.isEmpty() && fhirCodes(code, FhirCodes::localSystem(str("stage"))).isEmpty())
        problems << where + str(": an Observation without a LOINC or CellBoard code");
    if (local.isEmpty())
        return;
    const core::ObservationDefinition* def = services::IntakeCatalog::observations().find(local.first());
    const QString id = local.first();
    if (id == QLatin1String("ecog") || id == QLatin1String("karnofsky")) {
        const QString fixed =
            id == QLatin1String("ecog") ? FhirCodes::ecogLoinc() : FhirCodes::karnofskyLoinc();
        if (loinc != QStringList{fixed})
            problems << where + str(": %1 must carry LOINC %2").arg(id, fixed);
        if (!r.value(str("valueInteger")).isDouble())
            problems << where + str(": %1 must be a valueInteger").arg(id);
        const int v = r.value(str("valueInteger")).toInt();
        if (id == QLatin1String("ecog") ? (v < 0 || v > 5) : (v < 10 || v > 100 || v % 10 != 0))
            problems << where + str(": %1 %2 is out of its scale").arg(id).arg(v);
    }
    if (!def)
        return;
    if (!def->loinc.isEmpty()) {
        if (codings.size() < 2 ||
            codings.at(0).toObject().value(str("system")).toString() != FhirCodes::loinc() ||
            codings.at(0).toObject().value(str("code")).toString() != def->loinc ||
            codings.at(1).toObject().value(str("system")).toString() !=
                FhirCodes::localSystem(str("observation")))
            problems << where + str(": %1 must carry LOINC %2 first and its CellBoard code second")
                                    .arg(id, def->loinc);
    }
    if (r.contains(str("valueQuantity"))) {
        const QJsonObject q = r.value(str("valueQuantity")).toObject();
        if (q.value(str("system")).toString() != FhirCodes::ucum() ||
            q.value(str("code")).toString() != def->ucum)
            problems << where + str(": %1 must be in UCUM %2").arg(id, def->ucum);
        if (!q.value(str("value")).isDouble())
            problems << where + str(": %1 has no numeric value").arg(id);
    }
}

} // namespace

QList<QJsonObject> fhirResources(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> out;
    for (const QJsonValue& e : bundle.value(str("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(str("resource")).toObject();
        if (r.value(str("resourceType")).toString() == type)
            out << r;
    }
    return out;
}

QStringList fhirCodes(const QJsonObject& codeableConcept, const QString& system)
{
    QStringList out;
    for (const QJsonValue& c : codeableConcept.value(str("coding")).toArray())
        if (c.toObject().value(str("system")).toString() == system)
            out << c.toObject().value(str("code")).toString();
    return out;
}

QJsonObject fhirResourceWithCode(const QJsonObject& bundle, const QString& type, const QString& system,
                                 const QString& code)
{
    for (const QJsonObject& r : fhirResources(bundle, type)) {
        const QString key =
            type == QLatin1String("MedicationRequest") ? str("medicationCodeableConcept") : str("code");
        if (fhirCodes(r.value(key).toObject(), system).contains(code))
            return r;
    }
    return {};
}

QStringList fhirBundleProblems(const QJsonObject& bundle)
{
    QStringList problems;
    if (bundle.value(str("resourceType")).toString() != QLatin1String("Bundle"))
        return {str("not a Bundle")};
    const QString type = bundle.value(str("type")).toString();
    if (type != QLatin1String("collection") && type != QLatin1String("document"))
        problems << str("Bundle.type is \"%1\", not collection or document").arg(type);
    const QJsonObject identifier = bundle.value(str("identifier")).toObject();
    if (identifier.value(str("system")).toString() != FhirCodes::uriSystem() ||
        !kUrnUuid.match(identifier.value(str("value")).toString()).hasMatch())
        problems << str("Bundle.identifier must be a urn:uuid in urn:ietf:rfc:3986");
    if (!bundle.contains(str("timestamp")))
        problems << str("Bundle.timestamp is missing");

    const QJsonArray entries = bundle.value(str("entry")).toArray();
    QSet<QString> urls;
    QString patientUrl;
    int patients = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries.at(i).toObject();
        const QString url = e.value(str("fullUrl")).toString();
        const QJsonObject r = e.value(str("resource")).toObject();
        const QString rt = r.value(str("resourceType")).toString();
        const QString where = str("entry[%1] %2").arg(i).arg(rt);
        if (!kUrnUuid.match(url).hasMatch())
            problems << where + str(": fullUrl \"%1\" is not a version-free urn:uuid").arg(url);
        if (urls.contains(url))
            problems << where + str(": fullUrl %1 is not unique").arg(url);
        urls.insert(url);
        if (r.value(str("id")).toString() != url.mid(9))
            problems << where + str(": id differs from the fullUrl");
        if (rt == QLatin1String("Patient")) {
            ++patients;
            patientUrl = url;
        }
    }
    if (patients != 1)
        problems << str("%1 Patient resources; mCODE's bundle has exactly one").arg(patients);
    if (type == QLatin1String("document") &&
        entries.first().toObject().value(str("resource")).toObject().value(str("resourceType")).toString() !=
            QLatin1String("Composition"))
        problems << str("a document's first entry must be its Composition");

    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject r = entries.at(i).toObject().value(str("resource")).toObject();
        const QString rt = r.value(str("resourceType")).toString();
        const QString where = str("entry[%1] %2").arg(i).arg(rt);
        QStringList references;
        walk(r, where, references, problems);
        for (const QString& ref : references)
            if (!urls.contains(ref))
                problems << where + str(": reference %1 is not in the bundle").arg(ref);
        if (kAboutThePatient.contains(rt) &&
            r.value(str("subject")).toObject().value(str("reference")).toString() != patientUrl)
            problems << where + str(": its subject is not the Patient");
        if (rt == QLatin1String("Observation"))
            checkObservation(r, where, problems);
        if (rt == QLatin1String("Observation") &&
            fhirCodes(r.value(str("code")).toObject(), FhirCodes::loinc())
                .contains(FhirCodes::diseaseStatusLoinc()) &&
            !r.contains(str("valueCodeableConcept")))
            problems << where + str(": a disease status without its value");
        if (rt == QLatin1String("Condition") &&
            fhirCodes(r.value(str("code")).toObject(), FhirCodes::icd10cm()).isEmpty() &&
            !fhirCodes(r.value(str("code")).toObject(), FhirCodes::localSystem(str("indication")))
                 .contains(str("other")))
            problems << where + str(": the primary cancer has no ICD-10-CM code");
    }
    return problems;
}

} // namespace cb::test

#include "core/exchange/FhirEntries.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace cb::core {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

Error at(const QString& path, const QString& problem)
{
    return Error::badInput(path + QStringLiteral(": ") + problem);
}

// The resources CellBoard reads, with the code elements FHIR binds to a required value set.
struct Rule
{
    const char* type;
    QList<const char*> required;
    QList<QPair<const char*, QStringList>> codes;
    bool subject; // its subject must be the Patient
};

const QStringList kObservationStatus{s("registered"),       s("preliminary"), s("final"),
                                     s("amended"),          s("corrected"),   s("cancelled"),
                                     s("entered-in-error"), s("unknown")};
const QStringList kRequestStatus{s("active"),  s("on-hold"),          s("cancelled"), s("completed"),
                                 s("stopped"), s("entered-in-error"), s("draft"),     s("unknown")};
const QStringList kRequestIntent{s("proposal"),       s("plan"),         s("order"),
                                 s("original-order"), s("reflex-order"), s("filler-order"),
                                 s("instance-order"), s("option")};
const QStringList kStatementStatus{s("active"),  s("completed"), s("entered-in-error"), s("intended"),
                                   s("stopped"), s("on-hold"),   s("unknown"),          s("not-taken")};
const QStringList kAdministrationStatus{s("in-progress"),      s("not-done"), s("on-hold"), s("completed"),
                                        s("entered-in-error"), s("stopped"),  s("unknown")};
const QStringList kProcedureStatus{s("preparation"), s("in-progress"), s("not-done"),         s("on-hold"),
                                   s("stopped"),     s("completed"),   s("entered-in-error"), s("unknown")};
const QStringList kGender{s("male"), s("female"), s("other"), s("unknown")};

const QList<Rule>& rules()
{
    static const QList<Rule> r{
        {"Patient", {}, {{"gender", kGender}}, false},
        {"Condition", {"code"}, {}, true},
        {"Observation", {"status", "code"}, {{"status", kObservationStatus}}, true},
        {"MedicationRequest",
         {"status", "intent"},
         {{"status", kRequestStatus}, {"intent", kRequestIntent}},
         true},
        {"MedicationStatement", {"status"}, {{"status", kStatementStatus}}, true},
        {"MedicationAdministration", {"status"}, {{"status", kAdministrationStatus}}, true},
        {"Procedure", {"status"}, {{"status", kProcedureStatus}}, true},
    };
    return r;
}

const Rule* ruleFor(const QString& type)
{
    for (const Rule& r : rules())
        if (type == QLatin1String(r.type))
            return &r;
    return nullptr;
}

const QSet<QString> kDateKeys{s("birthDate"),
                              s("onsetDateTime"),
                              s("effectiveDateTime"),
                              s("performedDateTime"),
                              s("authoredOn"),
                              s("start"),
                              s("end"),
                              s("valueDateTime"),
                              s("recordedDate"),
                              s("dateAsserted"),
                              s("abatementDateTime"),
                              s("issued")};

// The first primitive of a date element that is not in FHIR's form, or of any element that is an
// empty string (FHIR has no empty values).
QString badPrimitive(const QJsonValue& v, const QString& path)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString p = path + QLatin1Char('.') + it.key();
            if (it.value().isString()) {
                const QString text = it.value().toString();
                if (text.trimmed().isEmpty())
                    return p + s(": ") + FhirEntries::tr("an empty value");
                if (kDateKeys.contains(it.key()) && !FhirEntries::isDateTime(text))
                    return p + s(": ") +
                           FhirEntries::tr("\"%1\" is not a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD or a "
                                           "date-time with its zone)")
                               .arg(text);
            }
            if (const QString bad = badPrimitive(it.value(), p); !bad.isEmpty())
                return bad;
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            if (const QString bad = badPrimitive(a.at(i), path + QStringLiteral("[%1]").arg(i));
                !bad.isEmpty())
                return bad;
    }
    return {};
}

} // namespace

bool FhirEntries::isDateTime(const QString& text)
{
    static const QRegularExpression re(s(
        "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3]):[0-5]\\d:([0-5]\\d|60)(\\.\\d+)?"
        "(Z|[+-]((0\\d|1[0-3]):[0-5]\\d|14:00)))?)?)?$"));
    if (!re.match(text).hasMatch())
        return false;
    if (text.size() >= 10) // a day that exists
        return QDate::fromString(text.left(10), Qt::ISODate).isValid();
    return true;
}

Result<FhirEntries> FhirEntries::parse(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return at(s("$"), tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return at(s("$"), tr("a FHIR resource is a JSON object"));
    FhirEntries e;
    e.m_bundle = doc.object();
    if (auto st = e.check(); !st.ok())
        return st.error();
    return e;
}

QString FhirEntries::bundleId() const
{
    const QString identifier = m_bundle.value(s("identifier")).toObject().value(s("value")).toString();
    return identifier.isEmpty() ? m_bundle.value(s("id")).toString() : identifier;
}

QString FhirEntries::bundleType() const
{
    return m_bundle.value(s("type")).toString();
}

QList<FhirEntries::Entry> FhirEntries::ofType(const QString& type) const
{
    QList<Entry> out;
    for (const Entry& e : m_entries)
        if (e.type == type)
            out << e;
    return out;
}

const FhirEntries::Entry* FhirEntries::resolve(const QString& reference) const
{
    for (const Entry& e : m_entries)
        if ((!e.fullUrl.isEmpty() && e.fullUrl == reference) ||
            (!e.id.isEmpty() && reference == e.type + QLatin1Char('/') + e.id) ||
            (!e.id.isEmpty() && reference.endsWith(QLatin1Char('/') + e.type + QLatin1Char('/') + e.id)))
            return &e;
    return nullptr;
}

Status FhirEntries::check()
{
    if (m_bundle.value(s("resourceType")).toString() != QLatin1String("Bundle"))
        return at(s("$.resourceType"), tr("a referral comes as a FHIR Bundle"));
    static const QStringList types{s("collection"), s("document"),  s("transaction"),
                                   s("batch"),      s("searchset"), s("message")};
    if (!types.contains(bundleType()))
        return at(s("$.type"),
                  tr("\"%1\" is not a bundle type CellBoard reads (collection, document, transaction, "
                     "batch, searchset, message)")
                      .arg(bundleType()));
    if (!m_bundle.value(s("entry")).isArray())
        return at(s("$.entry"), tr("the bundle has no entries"));
    const QJsonArray entries = m_bundle.value(s("entry")).toArray();
    QSet<QString> urls;
    for (int i = 0; i < entries.size(); ++i) {
        const QString path = QStringLiteral("$.entry[%1]").arg(i);
        if (!entries.at(i).isObject() || !entries.at(i).toObject().value(s("resource")).isObject())
            return at(path + s(".resource"), tr("an entry holds its resource as an object"));
        Entry e;
        e.index = i;
        e.fullUrl = entries.at(i).toObject().value(s("fullUrl")).toString();
        e.resource = entries.at(i).toObject().value(s("resource")).toObject();
        e.type = e.resource.value(s("resourceType")).toString();
        e.id = e.resource.value(s("id")).toString();
        if (e.type.isEmpty())
            return at(e.path() + s(".resourceType"), tr("the resource has no type"));
        if (!e.fullUrl.isEmpty()) {
            if (urls.contains(e.fullUrl))
                return at(path + s(".fullUrl"), tr("%1 is in the bundle twice").arg(e.fullUrl));
            urls.insert(e.fullUrl);
        }
        if (e.type == QLatin1String("Patient")) {
            if (m_patient >= 0)
                return at(e.path(), tr("a second Patient: a referral is about one patient"));
            m_patient = int(m_entries.size());
        }
        m_entries << e;
    }
    if (m_patient < 0)
        return at(s("$.entry"), tr("no Patient: a referral needs its patient"));
    for (const Entry& e : m_entries)
        if (auto st = checkResource(e); !st.ok())
            return st;
    return {};
}

Status FhirEntries::checkResource(const Entry& e)
{
    const Rule* rule = ruleFor(e.type);
    if (!rule)
        return {}; // not read: its content does not matter here
    for (const char* key : rule->required)
        if (!e.resource.contains(s(key)))
            return at(e.path() + QLatin1Char('.') + s(key), tr("missing; a %1 needs it").arg(e.type));
    for (const auto& [key, allowed] : rule->codes) {
        const QJsonValue v = e.resource.value(s(key));
        if (v.isUndefined())
            continue;
        if (!allowed.contains(v.toString()))
            return at(e.path() + QLatin1Char('.') + s(key),
                      tr("\"%1\" is not one of FHIR's codes (%2)")
                          .arg(v.toVariant().toString(), allowed.join(s(", "))));
    }
    if (const QString bad = badPrimitive(e.resource, e.path()); !bad.isEmpty())
        return Error::badInput(bad);
    if (e.type == QLatin1String("Patient")) {
        const QJsonArray ids = e.resource.value(s("identifier")).toArray();
        if (ids.isEmpty())
            return at(e.path() + s(".identifier"),
                      tr("the patient has no identifier; CellBoard needs at least one"));
        for (int i = 0; i < ids.size(); ++i) {
            const QJsonObject id = ids.at(i).toObject();
            if (!id.value(s("value")).isString())
                return at(e.path() + QStringLiteral(".identifier[%1].value").arg(i), tr("missing"));
            if (!id.value(s("system")).isString())
                return at(e.path() + QStringLiteral(".identifier[%1].system").arg(i),
                          tr("missing: an identifier is matched on its system (authority), type and value"));
        }
    }
    if (rule->subject) {
        const QString ref = e.resource.value(s("subject")).toObject().value(s("reference")).toString();
        if (ref.isEmpty())
            return at(e.path() + s(".subject"),
                      tr("missing; it names the patient the %1 is about").arg(e.type));
        if (resolve(ref) != &m_entries.at(m_patient))
            return at(e.path() + s(".subject.reference"), tr("%1 is not the bundle's Patient").arg(ref));
    }
    if (e.type == QLatin1String("Observation")) {
        const QJsonObject q = e.resource.value(s("valueQuantity")).toObject();
        if (e.resource.contains(s("valueQuantity")) && !q.value(s("value")).isDouble())
            return at(e.path() + s(".valueQuantity.value"), tr("a quantity needs its number"));
        static const QStringList comparators{s("<"), s("<="), s(">="), s(">")};
        if (q.contains(s("comparator")) && !comparators.contains(q.value(s("comparator")).toString()))
            return at(e.path() + s(".valueQuantity.comparator"), tr("not one of <, <=, >=, >"));
        if (e.resource.contains(s("valueInteger")) && !e.resource.value(s("valueInteger")).isDouble())
            return at(e.path() + s(".valueInteger"), tr("not a number"));
    }
    if (e.type.startsWith(QLatin1String("Medication")) &&
        !e.resource.contains(s("medicationCodeableConcept")) &&
        !e.resource.contains(s("medicationReference")))
        return at(e.path() + s(".medication[x]"), tr("missing; it names the drug"));
    return {};
}

} // namespace cb::core

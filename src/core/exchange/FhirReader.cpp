#include "core/exchange/FhirReader.h"

#include "core/exchange/FhirCodes.h"
#include "core/exchange/FhirTherapyReader.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace cb::core {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

bool hasHan(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

// The value of an observation in words, for what is kept as text.
QString valueWords(const QJsonObject& r)
{
    if (r.contains(s("valueQuantity"))) {
        const QJsonObject q = r.value(s("valueQuantity")).toObject();
        QString unit = q.value(s("unit")).toString();
        if (unit.isEmpty())
            unit = q.value(s("code")).toString();
        return (q.value(s("comparator")).toString() +
                QLocale::c().toString(q.value(s("value")).toDouble(), 'g', 12) + QLatin1Char(' ') + unit)
            .trimmed();
    }
    if (r.contains(s("valueInteger")))
        return QString::number(r.value(s("valueInteger")).toInt());
    if (r.contains(s("valueCodeableConcept")))
        return FhirReader::wordsOf(r.value(s("valueCodeableConcept")).toObject());
    if (r.contains(s("valueString")))
        return r.value(s("valueString")).toString();
    if (r.contains(s("valueBoolean")))
        return r.value(s("valueBoolean")).toBool() ? s("yes") : s("no");
    if (r.contains(s("dataAbsentReason")))
        return FhirReader::wordsOf(r.value(s("dataAbsentReason")).toObject());
    return {};
}

QString effectiveOf(const QJsonObject& r)
{
    if (r.contains(s("effectiveDateTime")))
        return r.value(s("effectiveDateTime")).toString();
    if (r.contains(s("effectivePeriod")))
        return r.value(s("effectivePeriod")).toObject().value(s("start")).toString();
    return r.value(s("issued")).toString();
}

} // namespace

QStringList FhirReader::codesIn(const QJsonObject& codeable, const QString& system)
{
    QStringList out;
    for (const QJsonValue& c : codeable.value(s("coding")).toArray())
        if (c.toObject().value(s("system")).toString() == system)
            out << c.toObject().value(s("code")).toString();
    return out;
}

QString FhirReader::wordsOf(const QJsonObject& codeable)
{
    if (const QString t = codeable.value(s("text")).toString().trimmed(); !t.isEmpty())
        return t;
    for (const QJsonValue& c : codeable.value(s("coding")).toArray())
        if (const QString d = c.toObject().value(s("display")).toString().trimmed(); !d.isEmpty())
            return d;
    for (const QJsonValue& c : codeable.value(s("coding")).toArray())
        if (const QString d = c.toObject().value(s("code")).toString().trimmed(); !d.isEmpty())
            return d;
    return {};
}

bool FhirReader::estimatedMark(const QJsonObject& o, const QString& key)
{
    for (const QJsonValue& x : o.value(QLatin1Char('_') + key).toObject().value(s("extension")).toArray())
        if (x.toObject().value(s("url")).toString() == FhirCodes::extension(s("estimated")))
            return x.toObject().value(s("valueBoolean")).toBool();
    return false;
}

FhirProvenance FhirReader::provenance(const FhirEntries::Entry& e)
{
    return FhirProvenance{e.type, e.id, e.fullUrl, e.path()};
}

PartialDate FhirReader::partialDate(const QString& text, bool estimated)
{
    auto d = PartialDate::parse(text.left(10));
    if (!d)
        return {};
    d->setEstimated(estimated);
    return *d;
}

std::optional<Indication> FhirReader::indicationOfIcd10(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    struct Prefix
    {
        const char* prefix;
        Indication indication;
    };
    // INTAKE.md §4; the longest prefixes first
    static const Prefix table[] = {{"C90.0", Indication::MultipleMyeloma},
                                   {"C83.3", Indication::LargeBCellLymphoma},
                                   {"C85.2", Indication::LargeBCellLymphoma},
                                   {"C83.1", Indication::MantleCellLymphoma},
                                   {"C88.4", Indication::MarginalZoneLymphoma},
                                   {"C83.0", Indication::MarginalZoneLymphoma},
                                   {"C91.1", Indication::CllSll},
                                   {"C91.0", Indication::BAll},
                                   {"C82", Indication::FollicularLymphoma}};
    for (const Prefix& p : table)
        if (c.startsWith(QLatin1String(p.prefix)))
            return p.indication;
    return std::nullopt;
}

Result<FhirReferral> FhirReader::read(const QByteArray& json) const
{
    auto entries = FhirEntries::parse(json);
    if (!entries.ok())
        return entries.error();
    return read(*entries);
}

Result<FhirReferral> FhirReader::read(const FhirEntries& entries) const
{
    FhirReferral out;
    out.bundleId = entries.bundleId();
    out.bundleType = entries.bundleType();
    if (auto st = readPatient(entries, out); !st.ok())
        return st.error();
    readCondition(entries, out);
    if (auto st = readObservations(entries, out); !st.ok())
        return st.error();
    // the stage in words, when no stage Observation says it
    if (out.history.staging.isEmpty())
        out.history.staging.text = out.stageSummary;
    if (auto st = FhirTherapyReader(m_drugs).read(entries, out); !st.ok())
        return st.error();
    for (const auto& e : entries.ofType(s("Composition"))) {
        for (const QJsonValue& a : e.resource.value(s("author")).toArray())
            if (out.author.isEmpty())
                out.author = a.toObject().value(s("display")).toString().trimmed();
        out.custodian = e.resource.value(s("custodian")).toObject().value(s("display")).toString().trimmed();
    }
    QStringList ignored;
    static const QStringList read{
        s("Patient"),           s("Condition"),           s("Observation"),
        s("MedicationRequest"), s("MedicationStatement"), s("MedicationAdministration"),
        s("Procedure"),         s("Composition"),         s("DocumentReference")};
    for (const auto& e : entries.entries())
        if (!read.contains(e.type) && !ignored.contains(e.type))
            ignored << e.type;
    if (!ignored.isEmpty())
        out.warnings << tr("Not imported (CellBoard does not read them): %1.").arg(ignored.join(s(", ")));
    return out;
}

Status FhirReader::readPatient(const FhirEntries& entries, FhirReferral& out) const
{
    const FhirEntries::Entry& e = entries.patient();
    const QJsonObject& r = e.resource;
    out.patientFrom = provenance(e);
    Patient& p = out.patient;
    static const QStringList v2{s("MR"), s("NH"), s("NI"), s("PPN"), s("PI")};
    for (const QJsonValue& v : r.value(s("identifier")).toArray()) {
        const QJsonObject id = v.toObject();
        PatientIdentifier pid;
        pid.authority = FhirCodes::authorityOf(id.value(s("system")).toString());
        const QStringList types = codesIn(id.value(s("type")).toObject(), FhirCodes::identifierType());
        pid.type = !types.isEmpty() && v2.contains(types.first()) ? types.first() : s("other");
        pid.value = id.value(s("value")).toString().trimmed();
        pid.alias = id.value(s("use")).toString() == QLatin1String("old");
        if (!p.identifiers.contains(pid))
            p.identifiers << pid;
    }
    for (const QJsonValue& v : r.value(s("name")).toArray()) {
        const QJsonObject n = v.toObject();
        const QString family = n.value(s("family")).toString().trimmed();
        QStringList given;
        for (const QJsonValue& g : n.value(s("given")).toArray())
            given << g.toString().trimmed();
        const QString text = n.value(s("text")).toString().trimmed();
        if ((!family.isEmpty() || !given.isEmpty()) && p.familyName.isEmpty() && p.givenName.isEmpty()) {
            p.familyName = family;
            p.givenName = given.join(QLatin1Char(' '));
        } else if (!text.isEmpty() && hasHan(text) && p.nameZh.isEmpty()) {
            p.nameZh = text;
        } else if (!text.isEmpty() && p.familyName.isEmpty() && p.givenName.isEmpty()) {
            p.familyName = text; // a name given only as text: kept whole
        }
    }
    p.sex = fromId(sexes(), r.value(s("gender")).toString()).value_or(Sex::Unknown);
    if (r.contains(s("birthDate"))) {
        p.birth = partialDate(r.value(s("birthDate")).toString(), estimatedMark(r, s("birthDate")));
        p.birthDate = p.birth.earliest();
    }
    p.mrn = p.identifiers.isEmpty() ? QString() : p.identifiers.first().value;
    return {};
}

void FhirReader::readCondition(const FhirEntries& entries, FhirReferral& out) const
{
    for (const auto& e : entries.ofType(s("Condition"))) {
        const QJsonObject& r = e.resource;
        const QJsonObject code = r.value(s("code")).toObject();
        std::optional<Indication> indication;
        if (const QStringList local = codesIn(code, FhirCodes::localSystem(s("indication")));
            !local.isEmpty())
            indication = fromId(indications(), local.first());
        if (!indication)
            for (const QString& icd : codesIn(code, FhirCodes::icd10cm()))
                if ((indication = indicationOfIcd10(icd)))
                    break;
        const bool cancer = indication.has_value() || !codesIn(code, FhirCodes::icd10cm()).isEmpty();
        if (out.hasCondition || !cancer) {
            out.keptAsText << FhirTextItem{tr("Condition: %1").arg(wordsOf(code)), provenance(e)};
            continue;
        }
        out.hasCondition = true;
        out.conditionFrom = provenance(e);
        out.history.diagnosis = code.value(s("text")).toString().trimmed();
        if (out.history.diagnosis.isEmpty())
            out.history.diagnosis = wordsOf(code);
        if (r.contains(s("onsetDateTime")))
            out.history.diagnosisDate =
                partialDate(r.value(s("onsetDateTime")).toString(), estimatedMark(r, s("onsetDateTime")));
        for (const QJsonValue& n : r.value(s("note")).toArray()) {
            const QString text = n.toObject().value(s("text")).toString();
            if (text.startsWith(QLatin1String("Subtype: ")))
                out.subtype = text.mid(9).trimmed().replace(QLatin1Char(' '), QLatin1Char('_'));
        }
        if (indication && *indication != Indication::Other) {
            out.indication = *indication;
        } else {
            out.indication = Indication::Other;
            if (out.subtype.isEmpty())
                out.subtype = wordsOf(code).left(200);
            out.warnings
                << tr("The disease \"%1\" is not one of CellBoard's indications: recorded as \"other\", "
                      "named in the subtype.")
                       .arg(wordsOf(code));
        }
        for (const QJsonValue& st : r.value(s("stage")).toArray())
            if (out.stageSummary.isEmpty())
                out.stageSummary =
                    st.toObject().value(s("summary")).toObject().value(s("text")).toString().trimmed();
    }
}

bool FhirReader::readStage(const QJsonObject& r, FhirReferral& out) const
{
    const QStringList codes = codesIn(r.value(s("code")).toObject(), FhirCodes::localSystem(s("stage")));
    if (codes.isEmpty())
        return false;
    const QString system = codes.first();
    QString value = s("unknown");
    if (r.contains(s("valueCodeableConcept"))) {
        const QStringList v = codesIn(r.value(s("valueCodeableConcept")).toObject(),
                                      FhirCodes::localSystem(s("stage-") + system));
        value = v.isEmpty() ? wordsOf(r.value(s("valueCodeableConcept")).toObject()) : v.first();
    }
    Staging& st = out.history.staging;
    if (system == QLatin1String("iss"))
        st.iss = value;
    else if (system == QLatin1String("riss"))
        st.riss = value;
    else if (system == QLatin1String("ann_arbor"))
        st.annArbor = value;
    else if (system == QLatin1String("cns_status"))
        st.cnsStatus = value;
    else if (system == QLatin1String("ph_status"))
        st.phStatus = value;
    else if (system == QLatin1String("text"))
        st.text = r.value(s("valueString")).toString();
    else
        return false;
    for (const QJsonValue& c : r.value(s("component")).toArray()) {
        const QJsonObject comp = c.toObject();
        if (codesIn(comp.value(s("code")).toObject(), FhirCodes::localSystem(s("stage")))
                .contains(s("bulky")))
            st.bulky = comp.contains(s("valueBoolean"))
                           ? (comp.value(s("valueBoolean")).toBool() ? s("yes") : s("no"))
                           : s("unknown");
    }
    return true;
}

Status FhirReader::readObservations(const FhirEntries& entries, FhirReferral& out) const
{
    for (const auto& e : entries.ofType(s("Observation"))) {
        const QJsonObject& r = e.resource;
        const QString status = r.value(s("status")).toString();
        if (status == QLatin1String("entered-in-error") || status == QLatin1String("cancelled")) {
            out.warnings << tr("%1 is %2: not imported.").arg(provenance(e).reference(), status);
            continue;
        }
        if (readStage(r, out))
            continue;
        const QJsonObject code = r.value(s("code")).toObject();
        const ObservationDefinition* def = nullptr;
        if (const QStringList local = codesIn(code, FhirCodes::localSystem(s("observation")));
            !local.isEmpty())
            def = m_observations.find(local.first());
        if (!def)
            for (const QString& loinc : codesIn(code, FhirCodes::loinc()))
                if ((def = m_observations.findByLoinc(loinc)))
                    break;
        const QString when = effectiveOf(r);
        const QString text =
            (wordsOf(code) + s(": ") + valueWords(r) + (when.isEmpty() ? QString() : s(" (") + when + s(")")))
                .trimmed();
        auto keep = [&](const QString& why) {
            out.keptAsText << FhirTextItem{text, provenance(e)};
            out.warnings << tr("%1: %2; kept as text.").arg(provenance(e).reference(), why);
        };
        if (!def) {
            keep(tr("\"%1\" is not an observation CellBoard codes").arg(wordsOf(code)));
            continue;
        }
        FhirObservationItem item;
        item.code = def->code;
        item.from = provenance(e);
        if (r.contains(s("valueInteger"))) {
            item.value = r.value(s("valueInteger")).toDouble();
            item.unit = def->unit;
        } else if (r.contains(s("valueQuantity"))) {
            const QJsonObject q = r.value(s("valueQuantity")).toObject();
            item.value = q.value(s("value")).toDouble();
            item.comparator = q.value(s("comparator")).toString();
            const QString ucum = q.value(s("code")).toString();
            const QString unit = q.value(s("unit")).toString();
            if (!ucum.isEmpty() && ucum == def->ucum &&
                q.value(s("system")).toString(FhirCodes::ucum()) == FhirCodes::ucum())
                item.unit = def->unit; // the canonical unit, in UCUM
            else if (!unit.isEmpty() && ObservationCatalog::factorFor(*def, unit))
                item.unit = unit;
            else if (!ucum.isEmpty() && ObservationCatalog::factorFor(*def, ucum))
                item.unit = ucum;
            else if (unit.isEmpty() && ucum.isEmpty())
                item.unit = def->unit;
            else {
                keep(tr("the unit \"%1\" is not one %2 accepts")
                         .arg(unit.isEmpty() ? ucum : unit, def->labelEn));
                continue;
            }
        } else {
            keep(tr("%1 has no number").arg(def->labelEn));
            continue;
        }
        if (when.size() < 10) {
            keep(tr("%1 has no day it was measured").arg(def->labelEn));
            continue;
        }
        item.date = when;
        for (const QJsonValue& n : r.value(s("note")).toArray()) {
            QString note = n.toObject().value(s("text")).toString().trimmed();
            if (note.startsWith(QLatin1String("Source: ")))
                note = note.mid(8).trimmed();
            if (item.source.isEmpty())
                item.source = note;
        }
        if (auto n = m_observations.normalise(item.code, item.value, item.unit); !n.ok())
            return Error::badInput(e.path() + s(": ") + n.error().message);
        out.observations << item;
    }
    return {};
}

} // namespace cb::core

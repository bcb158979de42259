#include "core/exchange/FhirTherapyReader.h"

#include "core/exchange/FhirCodes.h"
#include "core/exchange/FhirReader.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace cb::core {

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList codesIn(const QJsonObject& codeable, const QString& system)
{
    return FhirReader::codesIn(codeable, system);
}

QString wordsOf(const QJsonObject& codeable)
{
    return FhirReader::wordsOf(codeable);
}

// The value of one of CellBoard's extensions (the JSON object of the extension), empty when absent.
QJsonObject extension(const QJsonObject& r, const char* name)
{
    for (const QJsonValue& x : r.value(s("extension")).toArray())
        if (x.toObject().value(s("url")).toString() == FhirCodes::extension(s(name)))
            return x.toObject();
    return {};
}

PartialDate dateIn(const QJsonObject& o, const QString& key)
{
    return o.contains(key)
               ? FhirReader::partialDate(o.value(key).toString(), FhirReader::estimatedMark(o, key))
               : PartialDate();
}

// A reason stopped from a statusReason: CellBoard's code, else the words.
QString reasonOf(const QJsonObject& statusReason)
{
    if (const QStringList local = codesIn(statusReason, FhirCodes::localSystem(s("reason-stopped")));
        !local.isEmpty())
        return local.first();
    const QString w = wordsOf(statusReason).toLower();
    if (w.contains(QLatin1String("progress")) || w.contains(QLatin1String("relapse")) ||
        w.contains(QLatin1String("refractory")))
        return s("progression");
    if (w.contains(QLatin1String("toxic")) || w.contains(QLatin1String("adverse")) ||
        w.contains(QLatin1String("intoleran")))
        return s("toxicity");
    if (w.contains(QLatin1String("patient")))
        return s("patient_choice");
    if (w.contains(QLatin1String("complet")))
        return s("completed");
    return w.isEmpty() ? s("unknown") : s("other");
}

// One drug of a line as the bundle gives it.
struct BundleDrug
{
    FhirProvenance from;
    QString key;
    int lineNumber = 0;
    QString regimen;
    PartialDate start, end, progression;
    bool ongoing = false;
    QString reason;
    QString intent;
    QString bestResponse, responseScheme;
    QString drugName; // as the bundle names it
    QJsonObject medication;
    QString drugClass; // CellBoard's extension: one class, or legacy classes joined by commas
    std::optional<bool> refractory;
};

} // namespace

Status FhirTherapyReader::read(const FhirEntries& entries, FhirReferral& out) const
{
    readMedications(entries, out);
    readProcedures(entries, out);
    return {};
}

void FhirTherapyReader::readMedications(const FhirEntries& entries, FhirReferral& out) const
{
    QList<BundleDrug> drugs;
    for (const auto& e : entries.entries()) {
        if (e.type != QLatin1String("MedicationRequest") && e.type != QLatin1String("MedicationStatement") &&
            e.type != QLatin1String("MedicationAdministration"))
            continue;
        const QJsonObject& r = e.resource;
        const QString status = r.value(s("status")).toString();
        static const QStringList skipped{s("entered-in-error"), s("not-taken"), s("not-done"),
                                         s("cancelled"),        s("draft"),     s("intended")};
        if (skipped.contains(status)) {
            out.warnings << tr("%1 is %2: not imported.").arg(FhirReader::provenance(e).reference(), status);
            continue;
        }
        BundleDrug d;
        d.from = FhirReader::provenance(e);
        d.medication = r.value(s("medicationCodeableConcept")).toObject();
        d.drugName =
            r.contains(s("medicationReference"))
                ? r.value(s("medicationReference")).toObject().value(s("display")).toString().trimmed()
                : wordsOf(d.medication);
        QJsonObject period;
        if (e.type == QLatin1String("MedicationRequest")) {
            const QJsonObject dosage = r.value(s("dosageInstruction")).toArray().first().toObject();
            d.regimen = dosage.value(s("text")).toString().trimmed();
            period = dosage.value(s("timing"))
                         .toObject()
                         .value(s("repeat"))
                         .toObject()
                         .value(s("boundsPeriod"))
                         .toObject();
            d.start = dateIn(period, s("start"));
            if (d.start.isNull())
                d.start = dateIn(r, s("authoredOn"));
            d.key = r.value(s("groupIdentifier")).toObject().value(s("value")).toString();
        } else {
            period = r.value(s("effectivePeriod")).toObject();
            d.start = dateIn(period, s("start"));
            if (d.start.isNull())
                d.start = dateIn(r, s("effectiveDateTime"));
        }
        d.end = dateIn(period, s("end"));
        if (e.type == QLatin1String("MedicationAdministration") && d.end.isNull() &&
            r.contains(s("effectiveDateTime")))
            d.end = d.start; // one administration: given that day
        d.ongoing = (status == QLatin1String("active") || status == QLatin1String("on-hold") ||
                     status == QLatin1String("in-progress")) &&
                    d.end.isNull();
        // a request has one status reason, a statement a list of them
        const QJsonValue why = r.value(s("statusReason"));
        const QJsonObject statusReason = why.isArray() ? why.toArray().first().toObject() : why.toObject();
        if (!d.ongoing)
            d.reason = r.contains(s("statusReason"))          ? reasonOf(statusReason)
                       : status == QLatin1String("completed") ? s("completed")
                                                              : QString(); // stopped, not said why
        for (const QJsonValue& c : r.value(s("category")).toArray())
            if (const QStringList i = codesIn(c.toObject(), FhirCodes::localSystem(s("treatment-intent")));
                !i.isEmpty())
                d.intent = i.first();
        d.lineNumber = extension(r, "line-number").value(s("valueInteger")).toInt();
        d.drugClass = extension(r, "drug-class").value(s("valueString")).toString();
        if (const QJsonObject x = extension(r, "refractory"); x.contains(s("valueBoolean")))
            d.refractory = x.value(s("valueBoolean")).toBool();
        if (const QJsonObject x = extension(r, "best-response"); !x.isEmpty()) {
            const QJsonObject coding =
                x.value(s("valueCodeableConcept")).toObject().value(s("coding")).toArray().first().toObject();
            d.bestResponse = coding.value(s("code")).toString();
            const QString system = coding.value(s("system")).toString();
            const QString prefix = FhirCodes::localSystem(s("response-"));
            if (system.startsWith(prefix))
                d.responseScheme = system.mid(prefix.size());
        }
        if (const QJsonObject x = extension(r, "progression-date"); !x.isEmpty())
            d.progression = dateIn(x, s("valueDateTime"));
        if (d.key.isEmpty() && d.lineNumber > 0)
            d.key = QStringLiteral("line %1").arg(d.lineNumber);
        if (d.key.isEmpty())
            d.key = d.start.toString() + QLatin1Char('|') + d.end.toString();
        drugs << d;
    }

    // the lines in bundle order, each with its drugs
    QList<QString> order;
    QMap<QString, QList<BundleDrug>> byLine;
    for (const BundleDrug& d : drugs) {
        if (!byLine.contains(d.key))
            order << d.key;
        byLine[d.key] << d;
    }
    QList<FhirLineItem> lines;
    for (const QString& key : order) {
        const QList<BundleDrug>& group = byLine.value(key);
        const BundleDrug& first = group.first();
        if (first.start.isNull()) {
            for (const BundleDrug& d : group) {
                out.keptAsText << FhirTextItem{tr("Medication: %1 (no start date)").arg(d.drugName), d.from};
                out.warnings << tr("%1 has no start date: kept as text.").arg(d.from.reference());
            }
            continue;
        }
        FhirLineItem item;
        TherapyLine& line = item.line;
        line.lineNumber = first.lineNumber;
        line.startDate = first.start;
        line.endDate = first.end;
        line.ongoing = first.ongoing;
        line.reasonStopped = first.reason;
        line.intent = first.intent;
        line.bestResponse = first.bestResponse;
        line.responseScheme = first.responseScheme;
        line.progressionDate = first.progression;
        QStringList unknown, names;
        for (const BundleDrug& d : group) {
            item.from << d.from;
            QString id;
            if (const QStringList local = codesIn(d.medication, FhirCodes::localSystem(s("drug")));
                !local.isEmpty())
                id = local.first();
            const core::DrugEntry* known = m_drugs.findDrug(id.isEmpty() ? d.drugName : id);
            if (known) {
                const bool oneClass = !d.drugClass.isEmpty() && !d.drugClass.contains(QLatin1Char(',')) &&
                                      m_drugs.findClass(d.drugClass);
                line.drugs << LineDrug{known->id, oneClass ? d.drugClass : known->classId, d.refractory};
                names << known->labelEn;
            } else if (!d.drugClass.isEmpty() &&
                       (d.drugClass.contains(QLatin1Char(',')) || d.drugName == d.regimen)) {
                // a line recorded by its classes, not its drugs (CellBoard's older records)
                line.drugClasses = d.drugClass.split(QLatin1Char(','));
            } else if (!d.drugClass.isEmpty() && m_drugs.findClass(d.drugClass)) {
                line.drugs << LineDrug{d.drugName, d.drugClass, d.refractory};
                names << d.drugName;
            } else if (!d.drugName.isEmpty()) {
                unknown << d.drugName;
            }
        }
        line.regimen = first.regimen.isEmpty() ? names.join(s(" + ")) : first.regimen;
        QStringList added;
        for (const QString& u : unknown)
            if (!line.regimen.contains(u, Qt::CaseInsensitive))
                added << u;
        if (!added.isEmpty()) {
            line.regimen =
                (line.regimen.isEmpty() ? added : QStringList{line.regimen} + added).join(s(" + "));
            out.warnings << tr("%1: drug %2 is not in the drug vocabulary; kept in the regimen's words.")
                                .arg(first.from.reference(), added.join(s(", ")));
        }
        lines << item;
    }
    // lines without a number are numbered after those with one, by their start
    std::stable_sort(lines.begin(), lines.end(), [](const FhirLineItem& a, const FhirLineItem& b) {
        return a.line.startDate.earliest() < b.line.startDate.earliest();
    });
    int next = 0;
    for (const FhirLineItem& l : lines)
        next = std::max(next, l.line.lineNumber);
    for (FhirLineItem& l : lines)
        if (l.line.lineNumber <= 0)
            l.line.lineNumber = ++next;
    out.lines << lines;
}

void FhirTherapyReader::readProcedures(const FhirEntries& entries, FhirReferral& out) const
{
    for (const auto& e : entries.ofType(s("Procedure"))) {
        const QJsonObject& r = e.resource;
        const FhirProvenance from = FhirReader::provenance(e);
        const QString status = r.value(s("status")).toString();
        const QJsonObject code = r.value(s("code")).toObject();
        const QString words = wordsOf(code);
        PartialDate date = dateIn(r, s("performedDateTime"));
        if (date.isNull())
            date = dateIn(r.value(s("performedPeriod")).toObject(), s("start"));
        if (status == QLatin1String("entered-in-error") || status == QLatin1String("not-done")) {
            out.warnings << tr("%1 is %2: not imported.").arg(from.reference(), status);
            continue;
        }
        const QStringList local = codesIn(code, FhirCodes::localSystem(s("procedure")));
        const QString w = words.toLower();
        const bool transplant = w.contains(QLatin1String("transplant")) ||
                                w.contains(QLatin1String("hsct")) || w.contains(QLatin1String("sct"));
        QString kind;
        if (local.contains(s("autologous_hsct")) || (transplant && w.contains(QLatin1String("autolog"))))
            kind = s("autologous");
        else if (local.contains(s("allogeneic_hsct")) || (transplant && w.contains(QLatin1String("allogen"))))
            kind = s("allogeneic");
        const QString when = date.isNull() ? QString() : s(" (") + date.toString() + s(")");
        if (kind.isEmpty() || date.isNull() || status != QLatin1String("completed")) {
            out.keptAsText << FhirTextItem{tr("Procedure: %1%2").arg(words, when), from};
            out.warnings
                << (local.contains(s("car_t_infusion"))
                        ? tr("%1: a CAR-T infusion; kept as text (record a prior CAR-T as a therapy line).")
                              .arg(from.reference())
                        : tr("%1: \"%2\" is not a transplant CellBoard records; kept as text.")
                              .arg(from.reference(), words));
            continue;
        }
        FhirTransplantItem item;
        item.from = from;
        Transplant& t = item.transplant;
        t.kind = kind;
        t.date = date;
        if (kind == QLatin1String("allogeneic")) {
            t.donor = extension(r, "donor").value(s("valueCode")).toString();
            t.gvhd = extension(r, "gvhd").value(s("valueCode")).toString();
        }
        QStringList notes;
        for (const QJsonValue& n : r.value(s("note")).toArray()) {
            const QString text = n.toObject().value(s("text")).toString().trimmed();
            if (text.startsWith(QLatin1String("Conditioning: ")))
                t.conditioning = text.mid(14).trimmed();
            else if (!text.isEmpty())
                notes << text;
        }
        t.notes = notes.join(QLatin1Char('\n'));
        out.transplants << item;
    }
}

} // namespace cb::core

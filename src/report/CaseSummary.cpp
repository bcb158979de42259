#include "report/CaseSummary.h"

#include "report/ReportInfo.h"
#include "report/ReportText.h"
#include "report/TreatmentSection.h"

#include <QJsonArray>
#include <QLocale>

namespace cb::report {

using namespace text;

namespace {

// Long item ids ("HEM-18.rapidly_progressive") may break after their separators, not mid-word.
QString breakable(QString id)
{
    id.replace(QLatin1Char('.'), QStringLiteral(".\u200B"));
    id.replace(QLatin1Char('_'), QStringLiteral("_\u200B"));
    return id;
}

QString observationValue(const core::Observation& o)
{
    if (o.value)
        return QLocale().toString(*o.value, 'g', 6);
    return o.valueText;
}

QString signatureRole(const core::Signature& s)
{
    if (s.recordType == QLatin1String("decision"))
        return tr("Board chair — verdict");
    const auto d = core::fromId(core::disciplines(), s.discipline);
    return d ? tr("%1 — opinion").arg(core::label(*d)) : s.role;
}

QString opinionState(const core::DossierOpinion& o)
{
    if (!o.opinion)
        return tr("No opinion recorded");
    if (!o.opinion->isSigned)
        return tr("DRAFT — not signed (version %1)").arg(o.opinion->version);
    return tr("Signed (version %1)").arg(o.opinion->version);
}

QString patientSection(const core::CaseDossier& d)
{
    const auto& r = d.record;
    const auto& p = r.patient;
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("1. Patient and referral")));
    const QString age = p.birthDate.isValid() && d.generatedAt.isValid()
                            ? tr("%1 (age %2)")
                                  .arg(date(p.birthDate))
                                  .arg(p.ageOn(d.generatedAt.toTimeZone(d.timeZone).date()))
                            : date(p.birthDate);
    h += keyTable(
        {{tr("Patient"), QStringLiteral("<b>%1</b>").arg(esc(p.displayName()))},
         {tr("MRN"), esc(p.mrn)},
         {tr("Date of birth"), esc(age)},
         {tr("Sex"), esc(core::label(p.sex))},
         {tr("Indication"), esc(core::label(r.indication))},
         {tr("Intended product"), esc(r.intendedProduct)},
         {tr("Referring physician"), esc(r.referrer)},
         {tr("Referral date"), esc(date(r.referralDate))},
         {tr("Referrer's question"), esc(r.referrerQuestion)},
         {tr("Case state"),
          esc(core::label(r.state)) +
              (r.closeReason ? esc(QStringLiteral(" (") + core::label(*r.closeReason) + QStringLiteral(")"))
                             : QString())}});
    if (!r.closeDetail.isEmpty())
        h += QStringLiteral("<p>%1 %2</p>\n").arg(esc(tr("Closure:")), esc(r.closeDetail));
    return h;
}

QString diseaseSection(const core::CaseDossier& d)
{
    const auto& r = d.record;
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("2. Disease and prior treatment")));
    QString emd = r.extramedullaryDisease ? QStringLiteral("<b>%1</b>").arg(esc(tr("Yes"))) : esc(tr("No"));
    if (r.extramedullaryDisease && !r.extramedullarySites.isEmpty())
        emd += QStringLiteral(": ") + esc(r.extramedullarySites);
    h += keyTable({{tr("Diagnosis"), esc(r.diagnosis)},
                   {tr("Diagnosis date"), esc(r.diagnosisDate.toString())},
                   {tr("Staging"), esc(r.staging)},
                   {tr("Cytogenetic risk"), esc(r.cytogeneticRisk)},
                   {tr("Extramedullary disease"), emd},
                   {tr("CNS disease"), esc(cnsDisease(r.cnsDisease))}});

    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Prior therapy lines (%1)").arg(r.therapyLines.size())));
    if (r.therapyLines.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("None recorded.")));
    } else {
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
        h += headerRow({tr("#"), tr("Regimen"), tr("Drug classes"), tr("Start"), tr("End"),
                        tr("Best response"), tr("Refractory")},
                       {4, 35, 17, 9, 9, 11, 15});
        for (const auto& l : r.therapyLines) {
            QString refractory =
                l.refractory ? QStringLiteral("<b>%1</b>").arg(esc(tr("Yes"))) : esc(tr("No"));
            if (l.lenalidomideRefractory)
                refractory += QStringLiteral("<br/>") + esc(tr("lenalidomide-refractory"));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</"
                                "td><td>%7</td></tr>\n")
                     .arg(l.lineNumber)
                     .arg(esc(l.regimen), esc(drugClasses(l.drugClasses)), esc(l.startDate.toString()),
                          esc(l.endDate.toString()), esc(l.bestResponse), refractory);
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Transplants")));
    if (r.transplants.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("None recorded.")));
    } else {
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
        h += headerRow({tr("Type"), tr("Date"), tr("Notes")}, {18, 12, 70});
        for (const auto& t : r.transplants) {
            const QString kind = t.kind == QLatin1String("autologous")   ? tr("Autologous")
                                 : t.kind == QLatin1String("allogeneic") ? tr("Allogeneic")
                                                                         : t.kind;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                     .arg(esc(kind), esc(t.date.toString()), esc(t.notes));
        }
        h += QStringLiteral("</table>\n");
    }

    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Key observations")));
    if (r.observations.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("None recorded.")));
    } else {
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
        h += headerRow({tr("Observation"), tr("Value"), tr("Unit"), tr("Date")}, {40, 20, 20, 20});
        for (const auto& o : r.observations)
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td>%4</td></tr>\n")
                     .arg(esc(observationLabel(o.code)), esc(observationValue(o)), esc(o.unit),
                          esc(date(o.observedOn)));
        h += QStringLiteral("</table>\n");
    }
    return h;
}

QString itemsTable(const QList<core::DossierItem>& items)
{
    QString h = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    h += headerRow({tr("Item"), tr("Question"), tr("Answer"), tr("Date"), tr("Status"), tr("Why")},
                   {11, 27, 15, 11, 18, 18});
    for (const auto& it : items) {
        QString cls;
        if (it.status == core::ChecklistStatus::Contraindication)
            cls = QStringLiteral(" class=\"ci\"");
        else if (it.status == core::ChecklistStatus::Concern)
            cls = QStringLiteral(" class=\"concern\"");
        QString question = esc(it.question);
        if (it.unverified)
            question += QStringLiteral(" <i>%1</i>").arg(esc(tr("[unverified]")));
        QString answer = esc(it.answer);
        if (!it.answer.isEmpty() && !it.unit.isEmpty())
            answer += QStringLiteral("&nbsp;") + esc(it.unit);
        if (it.answer.isEmpty())
            answer = QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(tr("not answered")));
        QString status = esc(statusText(it.status));
        if (it.status == core::ChecklistStatus::Concern ||
            it.status == core::ChecklistStatus::Contraindication)
            status =
                QStringLiteral("<b>%1</b>").arg(status.replace(QLatin1Char(' '), QStringLiteral("<br/>")));
        if (it.stale)
            status += QStringLiteral("<br/>") + esc(tr("stale value"));
        h += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td "
                            "class=\"nowrap\">%5</td><td>%6</td><td>%7</td></tr>\n")
                 .arg(cls, breakable(esc(it.id)), question, answer, esc(it.date), status,
                      esc(it.reasons.join(QStringLiteral("; "))));
    }
    return h + QStringLiteral("</table>\n");
}

QString opinionsSection(const core::CaseDossier& d)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("3. Discipline opinions")));
    for (const auto& o : d.opinions) {
        QString heading = esc(core::label(o.discipline));
        if (o.opinion && o.opinion->recommendation)
            heading += QStringLiteral(" — ") + esc(core::label(*o.opinion->recommendation));
        h += QStringLiteral("<h3 class=\"disc\">%1</h3>\n").arg(heading);
        QString meta = esc(opinionState(o));
        if (!o.required)
            meta += QStringLiteral(" · ") + esc(tr("optional discipline"));
        if (o.opinion) {
            meta += QStringLiteral(" · ") + esc(tr("by %1").arg(o.opinion->authorName));
            if (!o.checklistTitle.isEmpty())
                meta += QStringLiteral(" · ") +
                        esc(tr("checklist %1, version %2").arg(o.checklistTitle, o.opinion->templateVersion));
            if (o.opinion->concerns > 0 || o.opinion->contraindications > 0)
                meta += QStringLiteral(" · <b>%1</b>")
                            .arg(esc(tr("%1 contraindication(s), %2 concern(s)")
                                         .arg(o.opinion->contraindications)
                                         .arg(o.opinion->concerns)));
        }
        h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(meta);
        if (!o.opinion)
            continue;
        const auto& op = *o.opinion;
        if (op.version > 1 && !op.amendReason.isEmpty())
            h += QStringLiteral("<p class=\"amend\"><b>%1</b> %2</p>\n")
                     .arg(esc(tr("Amended (version %1 supersedes version %2). Reason:")
                                  .arg(op.version)
                                  .arg(op.version - 1)),
                          esc(op.amendReason));
        if (!op.conditions.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Conditions:")), esc(op.conditions));
        if (!op.comment.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Comment:")), esc(op.comment));
        if (!o.items.isEmpty())
            h += itemsTable(o.items);
        for (const auto& v : o.earlierVersions) {
            QString line = tr("Version %1").arg(v.version);
            if (v.signature)
                line += QStringLiteral(", ") +
                        tr("signed by %1 on %2")
                            .arg(v.signature->printedName, dateTime(v.signature->signedAt, d.timeZone));
            if (v.recommendation)
                line += QStringLiteral(": ") + core::label(*v.recommendation);
            line += QStringLiteral(" — ") + tr("superseded");
            h += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(line));
        }
    }
    if (d.opinions.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(esc(tr("No discipline is required or has an opinion.")));
    return h;
}

QString decisionSection(const core::CaseDossier& d)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("4. Board verdict")));
    if (!d.decision) {
        h += QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                 .arg(esc(tr("The board has not recorded a verdict.")));
        return h;
    }
    const auto& dec = *d.decision;
    h += QStringLiteral("<p class=\"verdict\">%1 %2</p>\n")
             .arg(esc(tr("Verdict:")), esc(core::label(dec.verdict).toUpper()));
    if (!dec.isSigned)
        h +=
            QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                .arg(esc(tr("DRAFT — the chair has not signed this verdict (version %1).").arg(dec.version)));
    else if (dec.version > 1 && !dec.amendReason.isEmpty())
        h +=
            QStringLiteral("<p class=\"amend\"><b>%1</b> %2</p>\n")
                .arg(esc(tr("Amended verdict (version %1). Reason:").arg(dec.version)), esc(dec.amendReason));
    QList<std::pair<QString, QString>> rows{{tr("Conditions"), esc(dec.conditions)},
                                            {tr("Product"), esc(dec.product)},
                                            {tr("Bridging plan"), esc(dec.bridgingPlan)}};
    if (dec.verdict == core::Verdict::Deferred)
        rows << std::pair{tr("Reason for deferral"), esc(dec.deferReason)}
             << std::pair{tr("Reassess on"), esc(date(dec.reassessDate))};
    rows << std::pair{tr("Rationale"), esc(dec.rationale)};
    if (!dec.overrideApprover.isEmpty())
        rows << std::pair{
            tr("Contraindication override"),
            QStringLiteral("<b>%1</b><br/>%2")
                .arg(esc(tr("Approved by %1").arg(dec.overrideApprover)), esc(dec.overrideReason))};
    rows << std::pair{tr("Consent"), esc(dec.consentStatus)}
         << std::pair{tr("Patient preference"), esc(dec.patientPreference)};
    // where the verdict was taken: a verdict outside a meeting says so, in bold
    const core::VerdictMeeting where = d.verdictMeeting.value_or(core::VerdictMeeting::of(dec));
    const QString meetingText = esc(where.meetingText(d.timeZone));
    rows << std::pair{tr("Meeting"), where.where == core::VerdictMeeting::Where::Outside
                                         ? QStringLiteral("<b>%1</b>").arg(meetingText)
                                         : meetingText}
         << std::pair{tr("Attendance"), esc(where.attendanceText())};
    if (!dec.quorum.isEmpty()) {
        QStringList signers;
        for (const QJsonValue& v : dec.quorum.value(QStringLiteral("opinions")).toArray()) {
            const QJsonObject o = v.toObject();
            const auto disc =
                core::fromId(core::disciplines(), o.value(QStringLiteral("discipline")).toString());
            signers << QStringLiteral("%1 (%2)").arg(disc ? core::label(*disc)
                                                          : o.value(QStringLiteral("discipline")).toString(),
                                                     o.value(QStringLiteral("signer")).toString());
        }
        const bool met = dec.quorum.value(QStringLiteral("met")).toBool();
        rows << std::pair{tr("Review quorum"),
                          esc((met ? tr("Met when the verdict was signed: ") : tr("Not met: ")) +
                              signers.join(QStringLiteral(", ")))};
    }
    h += keyTable(rows);

    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Dissent")));
    if (dec.dissents.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No dissent recorded.")));
    } else {
        for (const auto& x : dec.dissents) {
            const auto disc = core::fromId(core::disciplines(), x.discipline);
            h += QStringLiteral("<p class=\"meta\">%1</p>\n<blockquote class=\"dissent\">%2</blockquote>\n")
                     .arg(esc(tr("%1 (%2), %3, verbatim:")
                                  .arg(x.memberName, disc ? core::label(*disc) : x.discipline,
                                       dateTime(x.createdAt, d.timeZone))),
                          esc(x.text));
        }
    }

    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Actions")));
    if (dec.actions.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No actions recorded.")));
    } else {
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
        h += headerRow({tr("Action"), tr("Owner"), tr("Due"), tr("Status")}, {55, 17, 14, 14});
        for (const auto& a : dec.actions)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                     .arg(esc(a.description), esc(a.owner), esc(date(a.dueDate)),
                          esc(core::DecisionAction::statusLabel(a.status)));
        h += QStringLiteral("</table>\n");
    }
    if (!dec.communications.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Communication to the referring physician")));
        for (const auto& c : dec.communications)
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(
                         tr("Sent %1 by %2 (%3).").arg(dateTime(c.sentAt, d.timeZone), c.sentBy, c.method)));
    }
    return h;
}

QString signaturesSection(const core::CaseDossier& d, int number)
{
    QList<core::Signature> signatures;
    for (const auto& o : d.opinions) {
        for (const auto& v : o.earlierVersions)
            if (v.signature)
                signatures << *v.signature;
        if (o.opinion && o.opinion->signature)
            signatures << *o.opinion->signature;
    }
    if (d.decision && d.decision->signature)
        signatures << *d.decision->signature;
    // the sign-off starts a page: its heading never stays alone at the foot of one
    QString h = QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>\n")
                    .arg(esc(tr("%1. Signatures").arg(number)));
    if (signatures.isEmpty())
        return h + QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                       .arg(esc(tr("Nothing in this case is signed yet.")));
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    h += headerRow({tr("Printed name"), tr("Discipline / role"), tr("Signed"), tr("Meaning")},
                   {20, 20, 20, 40});
    for (const auto& s : signatures)
        h += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                 .arg(esc(s.printedName), esc(signatureRole(s)), esc(dateTime(s.signedAt, d.timeZone)),
                      esc(s.meaning));
    return h + QStringLiteral("</table>\n");
}

QString verificationSection(const core::CaseDossier& d, int number)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("%1. Verification").arg(number)));
    h += keyTable(
        {{tr("Record fingerprint (SHA-256)"),
          QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(d.fingerprint))},
         {tr("Audit entry at export"), QStringLiteral("<span class=\"mono\">%1</span>")
                                           .arg(esc(tr("#%1  %2").arg(d.auditSeq).arg(d.auditHash)))},
         {tr("Renderer"), esc(ReportInfo::rendererVersion())}});
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(tr("To check this paper against the database: \"cellboard-cli audit verify\" must "
                         "report an intact "
                         "chain, \"cellboard-cli audit entry %1\" must print the hash above, and an export "
                         "of the same "
                         "case must print the same record fingerprint unless the record changed since.")
                          .arg(d.auditSeq)));
    return h;
}

} // namespace

QString CaseSummary::title()
{
    return tr("CAR-T Board Case Summary");
}

QString CaseSummary::styleSheet()
{
    return QStringLiteral(
        "body { color: #111111; }\n"
        "h1 { font-size: 16pt; color: #0b3d6b; margin-top: 0px; margin-bottom: 2px; }\n"
        "h2 { font-size: 12pt; color: #0b3d6b; margin-top: 14px; margin-bottom: 4px; }\n"
        "h3 { font-size: 10pt; color: #222222; margin-top: 10px; margin-bottom: 3px; }\n"
        "h3.disc { font-size: 10.5pt; color: #0b3d6b; background-color: #e6edf5; margin-top: 14px; }\n"
        "p { margin-top: 2px; margin-bottom: 4px; }\n"
        "table.grid { border-collapse: collapse; border-color: #8a8f98; border-style: solid; "
        "margin-top: 2px; margin-bottom: 6px; }\n"
        "table.grid td, table.grid th { border: 1px solid #8a8f98; vertical-align: top; font-size: 8pt; }\n"
        "td.nowrap { white-space: nowrap; }\n"
        "p.lp { margin-bottom: 7px; }\n"
        "p.callout { font-size: 12pt; font-weight: bold; color: #0b3d6b; margin-top: 4px; margin-bottom: "
        "8px; }\n"
        "th.key { background-color: #eef2f6; font-weight: bold; text-align: left; }\n"
        "th.col { background-color: #dde5ee; font-weight: bold; text-align: left; }\n"
        "tr.concern td { background-color: #fff3d6; }\n"
        "tr.ci td { background-color: #fde0dc; }\n"
        ".muted { color: #666666; }\n"
        ".meta { color: #444444; font-size: 8pt; }\n"
        ".amend { background-color: #f1ecf8; }\n"
        ".verdict { font-size: 13pt; font-weight: bold; color: #0b3d6b; }\n"
        ".draftnote { font-weight: bold; color: #a4161a; }\n"
        ".status { font-size: 10pt; font-weight: bold; }\n"
        "blockquote.dissent { margin-left: 16px; margin-right: 8px; font-style: italic; }\n"
        ".mono { font-family: 'DejaVu Sans Mono'; font-size: 7.5pt; }\n");
}

ReportDocument CaseSummary::build(const core::CaseDossier& d)
{
    ReportDocument doc;
    doc.frame.institution = d.institution;
    doc.frame.title = title();
    doc.frame.patientLine = patientLine(d);
    doc.frame.generatedLine = tr("Generated %1").arg(dateTime(d.generatedAt, d.timeZone));
    doc.frame.confidentiality = confidentialityLine();
    doc.frame.draft = !d.isFinal();
    doc.bodyPointSize = 8.5;

    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>\n")
                    .arg(esc(title()));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title()));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(tr("%1 · case %2 · %3")
                          .arg(d.institution, QString::number(d.record.id), doc.frame.generatedLine)));
    if (doc.frame.draft) {
        QStringList why = d.readinessProblems;
        if (!d.decision)
            why << tr("no verdict recorded");
        else if (!d.decision->isSigned)
            why << tr("the verdict is not signed");
        h += QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                 .arg(esc(tr("DRAFT — this case is not complete and signed; not valid as the board's record. "
                             "Missing: %1.")
                              .arg(why.join(QStringLiteral("; ")))));
    } else {
        h += QStringLiteral("<p class=\"status\">%1</p>\n")
                 .arg(esc(tr("Final — every required opinion and the verdict are signed.")));
    }
    h += patientSection(d);
    h += diseaseSection(d);
    h += opinionsSection(d);
    h += decisionSection(d);
    int next = 5; // a treated patient's summary gains the treatment as section 5
    if (d.treatment)
        h += TreatmentSection::summaryHtml(d, next++);
    h += signaturesSection(d, next++);
    h += verificationSection(d, next);
    h += QStringLiteral("</body></html>\n");
    doc.html = h;
    return doc;
}

} // namespace cb::report

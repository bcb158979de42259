#include "report/OutcomeLetter.h"

#include "report/ReportText.h"
#include "report/TreatmentSection.h"

namespace cb::report {

using namespace text;

namespace {

QString para(const QString& plain)
{
    return QStringLiteral("<p class=\"lp\">%1</p>\n").arg(esc(plain));
}

QString verdictParagraph(const core::CaseDossier& d, const core::Decision& dec)
{
    const QString product = dec.product.isEmpty() ? d.record.intendedProduct : dec.product;
    switch (dec.verdict) {
    case core::Verdict::Eligible:
        return tr("The board found your patient eligible for CAR-T cell therapy with %1.").arg(product);
    case core::Verdict::EligibleWithConditions:
        return tr("The board found your patient eligible for CAR-T cell therapy with %1, provided the "
                  "conditions "
                  "below are met before treatment goes ahead.")
            .arg(product);
    case core::Verdict::Deferred:
        return tr("The board has not decided yet and will look at the case again%1. The reason is: %2")
            .arg(dec.reassessDate.isValid() ? tr(" on %1").arg(date(dec.reassessDate)) : QString(),
                 dec.deferReason);
    case core::Verdict::NotEligible:
        return tr(
            "The board concluded that CAR-T cell therapy is not a suitable treatment for your patient at "
            "this time.");
    }
    return {};
}

} // namespace

QString OutcomeLetter::title()
{
    return tr("CAR-T Board Outcome Letter");
}

ReportDocument OutcomeLetter::build(const core::CaseDossier& d)
{
    ReportDocument doc;
    doc.frame.institution = d.institution;
    doc.frame.title = title();
    doc.frame.patientLine = patientLine(d);
    doc.frame.generatedLine = tr("Generated %1").arg(dateTime(d.generatedAt, d.timeZone));
    doc.frame.confidentiality = confidentialityLine();
    doc.frame.draft = !d.decision || !d.decision->isSigned;
    doc.bodyPointSize = 10;

    const auto& r = d.record;
    const auto& p = r.patient;
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>\n")
                    .arg(esc(title()));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(d.generatedAt.toTimeZone(d.timeZone).date().toString(Qt::ISODate)));
    h += QStringLiteral("<p class=\"lp\">%1<br/><b>%2</b></p>\n").arg(esc(tr("To:")), esc(r.referrer));
    h += QStringLiteral("<p class=\"lp\"><b>%1</b></p>\n")
             .arg(esc(tr("Re: %1, born %2, MRN %3 — referred on %4")
                          .arg(p.displayName(), date(p.birthDate), p.mrn, date(r.referralDate))));
    h += para(tr("Dear colleague,"));
    h += para(tr("Thank you for referring your patient to the CAR-T cell therapy board of %1 for %2.")
                  .arg(d.institution, core::label(r.indication)));
    if (!r.referrerQuestion.isEmpty())
        h += QStringLiteral("<p class=\"lp\">%1 <i>%2</i></p>\n")
                 .arg(esc(tr("You asked:")), esc(r.referrerQuestion));

    if (!d.decision) {
        h += QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                 .arg(esc(tr("The board has not reached a decision yet. This draft is not a decision and "
                             "must not be sent.")));
    } else {
        const auto& dec = *d.decision;
        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("The board's decision")));
        const core::VerdictMeeting where = d.verdictMeeting.value_or(core::VerdictMeeting::of(dec));
        if (dec.signature && where.inMeeting() && where.startsAt.isValid())
            h += para(tr("The board discussed the case at its meeting of %1 and the chair signed its verdict "
                         "on %2.")
                          .arg(date(where.startsAt.toTimeZone(d.timeZone).date()),
                               dateTime(dec.signature->signedAt, d.timeZone)));
        else if (dec.signature && where.where == core::VerdictMeeting::Where::Outside)
            h += para(tr("The chair signed the board's verdict on %1, outside a board meeting.")
                          .arg(dateTime(dec.signature->signedAt, d.timeZone)));
        else if (dec.signature)
            h += para(tr("The board discussed the case and the chair signed its verdict on %1.")
                          .arg(dateTime(dec.signature->signedAt, d.timeZone)));
        else
            h += QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                     .arg(esc(tr("DRAFT: the chair has not signed this verdict; it may still change.")));
        h += QStringLiteral("<p class=\"callout\">%1</p>\n").arg(esc(verdictParagraph(d, dec)));
        if (!dec.conditions.isEmpty())
            h += QStringLiteral("<p class=\"lp\"><b>%1</b> %2</p>\n")
                     .arg(esc(tr("Conditions:")), esc(dec.conditions));
        if (!dec.rationale.isEmpty())
            h +=
                QStringLiteral("<p class=\"lp\"><b>%1</b> %2</p>\n").arg(esc(tr("Why:")), esc(dec.rationale));
        if (!dec.dissents.isEmpty())
            h += para(
                tr("Not every board member agreed; the dissent is recorded in full in the case summary."));

        h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Next steps")));
        QString steps;
        for (const auto& a : dec.actions)
            if (a.status != QLatin1String("cancelled"))
                steps += QStringLiteral("<li>%1</li>\n")
                             .arg(esc(a.dueDate.isValid()
                                          ? tr("%1 — %2, by %3").arg(a.description, a.owner, date(a.dueDate))
                                          : tr("%1 — %2").arg(a.description, a.owner)) +
                                  (a.status == QLatin1String("done") ? esc(tr(" (done)")) : QString()));
        if (!dec.bridgingPlan.isEmpty())
            steps +=
                QStringLiteral("<li>%1 %2</li>\n").arg(esc(tr("Bridging therapy:")), esc(dec.bridgingPlan));
        if (dec.verdict == core::Verdict::Deferred && dec.reassessDate.isValid())
            steps +=
                QStringLiteral("<li>%1</li>\n")
                    .arg(esc(tr("The board looks at the case again on %1.").arg(date(dec.reassessDate))));
        if (steps.isEmpty())
            h += para(tr("No further steps are planned by the board; your patient stays in your care."));
        else
            h += QStringLiteral("<ul>\n%1</ul>\n").arg(steps);

        if (dec.verdict == core::Verdict::Eligible || dec.verdict == core::Verdict::EligibleWithConditions) {
            h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Caregiver and distance from the centre")));
            h += para(d.caregiverRequirements);
        }
    }

    h += TreatmentSection::letterHtml(d); // a treated patient's course so far
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Contact")));
    h += para(
        tr("For questions, results to send us or a change in your patient's condition, please contact: %1.")
            .arg(d.coordinatorContact));
    h += para(tr("Yours sincerely,"));
    if (d.decision && d.decision->signature) {
        const auto& s = *d.decision->signature;
        h += QStringLiteral("<p><b>%1</b><br/>%2<br/><span class=\"meta\">%3</span></p>\n")
                 .arg(esc(s.printedName), esc(tr("Chair, CAR-T cell therapy board")),
                      esc(tr("Signed electronically on %1; record fingerprint %2")
                              .arg(dateTime(s.signedAt, d.timeZone), d.fingerprint)));
    } else {
        h += QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                 .arg(esc(tr("Not signed: the chair has not signed the verdict.")));
    }
    h += QStringLiteral("</body></html>\n");
    doc.html = h;
    return doc;
}

} // namespace cb::report

#include "report/TreatmentSection.h"

#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/ResponseCriteria.h"
#include "report/ReportText.h"

#include <QLocale>

namespace cb::report {

using namespace text;

namespace {

const QList<core::PathwayEventType> kSteps{
    core::PathwayEventType::Apheresis,      core::PathwayEventType::Bridging,
    core::PathwayEventType::ProductReceipt, core::PathwayEventType::Lymphodepletion,
    core::PathwayEventType::Infusion,       core::PathwayEventType::Discharge};

// "day −42", "day 0", "day +13".
QString dayText(int day)
{
    if (day == 0)
        return tr("day 0");
    return day < 0 ? tr("day −%1").arg(-day) : tr("day +%1").arg(day);
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

QString detailText(const core::PathwayEvent& e, const QString& product)
{
    const QJsonObject& d = e.details;
    const auto text = [&d](const char* key) { return d.value(QLatin1String(key)).toString().trimmed(); };
    QStringList parts;
    switch (e.type) {
    case core::PathwayEventType::Apheresis:
        if (d.contains(QLatin1String("alc_per_ul")))
            parts << tr("ALC %1/µL").arg(number(d.value(QLatin1String("alc_per_ul")).toDouble()));
        if (d.contains(QLatin1String("cd3_per_ul")))
            parts << tr("CD3 %1/µL").arg(number(d.value(QLatin1String("cd3_per_ul")).toDouble()));
        break;
    case core::PathwayEventType::Bridging:
        parts << text("regimen");
        if (!text("response").isEmpty())
            parts << tr("response: %1").arg(text("response"));
        break;
    case core::PathwayEventType::ProductReceipt:
        if (!text("lot").isEmpty())
            parts << tr("lot %1").arg(text("lot"));
        break;
    case core::PathwayEventType::Lymphodepletion:
        parts << text("regimen");
        break;
    case core::PathwayEventType::Infusion:
        parts << (text("product").isEmpty() ? product : text("product")) << text("dose");
        if (!text("lot").isEmpty())
            parts << tr("lot %1").arg(text("lot"));
        break;
    case core::PathwayEventType::Discharge:
        if (d.contains(QLatin1String("caregiver_confirmed")))
            parts << (d.value(QLatin1String("caregiver_confirmed")).toBool() ? tr("caregiver confirmed")
                                                                             : tr("caregiver not confirmed"));
        if (!text("driving_restriction_until").isEmpty())
            parts << tr("no driving until %1").arg(text("driving_restriction_until"));
        break;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("; "));
}

QString pathwayTable(const core::CaseDossier& d, const core::TreatmentSummary& t)
{
    QString h = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    h += headerRow({tr("Step"), tr("Date"), tr("Day"), tr("Details")}, {19, 20, 21, 40});
    for (const core::PathwayEventType type : kSteps) {
        bool recorded = false;
        for (const auto& e : t.steps) {
            if (e.type != type)
                continue;
            recorded = true;
            QString when = date(e.date);
            QString day = dayText(t.dayOf(e.date));
            if (e.endDate.isValid() && e.endDate != e.date) {
                when = tr("%1 to %2").arg(date(e.date), date(e.endDate));
                day = tr("%1 to %2").arg(dayText(t.dayOf(e.date)), dayText(t.dayOf(e.endDate)));
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                     .arg(esc(core::label(type)), esc(when), esc(day),
                          esc(detailText(e, d.record.intendedProduct)));
        }
        if (!recorded)
            h +=
                QStringLiteral("<tr><td>%1</td><td colspan=\"3\"><span class=\"muted\">%2</span></td></tr>\n")
                    .arg(esc(core::label(type)), esc(tr("not recorded")));
    }
    return h + QStringLiteral("</table>\n");
}

QString peakText(const core::ToxicityPeak& p, const QString& none)
{
    if (!p.occurred())
        return none;
    return tr("Grade %1, first reached on %2 (%3)").arg(p.grade).arg(dayText(p.day), date(p.date));
}

QString givenText(const core::Interventions& i)
{
    QStringList parts;
    if (i.tocilizumabMg > 0)
        parts << tr("tocilizumab %1 mg").arg(number(i.tocilizumabMg));
    if (!i.steroid.trimmed().isEmpty())
        parts << i.steroid.trimmed();
    if (i.icuTransfer)
        parts << tr("transfer to the ICU");
    if (!i.other.trimmed().isEmpty())
        parts << i.other.trimmed();
    return parts.join(QStringLiteral("; "));
}

QString tocilizumabText(const core::TreatmentSummary& t)
{
    if (t.tocilizumabDoses == 0)
        return tr("Not given");
    return tr("%1 dose(s), %2 mg in total").arg(t.tocilizumabDoses).arg(number(t.tocilizumabTotalMg));
}

QString toxicityPart(const core::TreatmentSummary& t)
{
    QString h = QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Toxicity and its treatment (ASTCT 2019)")));
    if (t.assessments == 0)
        return h + QStringLiteral("<p class=\"muted\">%1</p>\n")
                       .arg(esc(tr("No monitoring assessment recorded.")));
    h += keyTable(
        {{tr("Monitoring"),
          esc(tr("%1 assessments, day 0 to %2").arg(t.assessments).arg(dayText(t.lastDay)))},
         {tr("Maximum CRS grade"),
          QStringLiteral("<b>%1</b>").arg(esc(peakText(t.crs, tr("No CRS (grade 0)"))))},
         {tr("Maximum ICANS grade"),
          QStringLiteral("<b>%1</b>").arg(esc(peakText(t.icans, tr("No ICANS (grade 0)"))))},
         {tr("Tocilizumab"), esc(tocilizumabText(t))},
         {tr("Corticosteroids"),
          esc(t.steroids.isEmpty() ? tr("Not given") : t.steroids.join(QStringLiteral("; ")))},
         {tr("ICU transfer"), esc(t.icuTransferDay ? tr("Yes, %1 (%2)")
                                                         .arg(dayText(*t.icuTransferDay),
                                                              date(t.infusionDate.addDays(*t.icuTransferDay)))
                                                   : tr("No"))}});
    if (t.given.isEmpty())
        return h;
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(tr("Treatment given, with the grades of that assessment:")));
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
    h += headerRow({tr("Date"), tr("Day"), tr("CRS"), tr("ICANS"), tr("Given")}, {16, 12, 9, 9, 54});
    for (const auto& g : t.given)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                 .arg(esc(date(g.date)), esc(dayText(g.day)), QString::number(g.crsGrade),
                      QString::number(g.icansGrade), esc(givenText(g.given)));
    return h + QStringLiteral("</table>\n");
}

QString riskText(const QString& risk)
{
    return risk == QLatin1String("high") ? tr("high risk (HT-high)") : tr("low risk (HT-low)");
}

QString pointsText(const QJsonObject& points)
{
    const QList<std::pair<const char*, QString>> names{{"platelets", tr("platelets")},
                                                       {"anc", tr("ANC")},
                                                       {"hemoglobin", tr("hemoglobin")},
                                                       {"crp", tr("CRP")},
                                                       {"ferritin", tr("ferritin")}};
    QStringList parts;
    for (const auto& [key, name] : names)
        if (points.contains(QLatin1String(key)))
            parts << name + QLatin1Char(' ') + QString::number(points.value(QLatin1String(key)).toInt());
    return parts.join(QStringLiteral(" · "));
}

QString hematotoxPart(const core::TreatmentSummary& t)
{
    QString h = QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("CAR-HEMATOTOX before lymphodepletion")));
    if (!t.hematotox)
        return h + QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("Not recorded.")));
    const auto& x = *t.hematotox;
    return h +
           keyTable(
               {{tr("Score"),
                 QStringLiteral("<b>%1</b>").arg(esc(tr("%1 of 7: %2").arg(x.score).arg(riskText(x.risk))))},
                {tr("Points"), esc(pointsText(x.points))},
                {tr("Labs of"), esc(date(x.labsDate))},
                {tr("Rule version"), esc(x.ruleVersion)}});
}

QString mrdText(core::ResponseScheme scheme, const core::FollowUpVisit& v)
{
    return core::ResponseCriteria::recordsMrd(scheme) ? core::label(v.mrd) : QString();
}

QString responsesPart(const core::CaseDossier& d, const core::TreatmentSummary& t)
{
    const core::ResponseScheme scheme = core::ResponseCriteria::schemeFor(d.record.indication);
    QString h = QStringLiteral("<h3>%1</h3>\n")
                    .arg(esc(tr("Follow-up responses: %1").arg(core::ResponseCriteria::schemeLabel(scheme))));
    if (t.responses.isEmpty()) {
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("No follow-up visit recorded yet.")));
    } else {
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");
        h += headerRow({tr("Visit"), tr("Done"), tr("Day"), tr("Response"), tr("MRD")}, {12, 15, 11, 44, 18});
        for (const auto& v : t.responses)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td><b>%4</b></td><td>%5</td></tr>\n")
                     .arg(esc(core::FollowUpSchedule::visitLabel(v.visit)), esc(date(v.doneDate)),
                          esc(dayText(t.dayOf(v.doneDate))),
                          esc(core::ResponseCriteria::label(scheme, v.response)), esc(mrdText(scheme, v)));
        h += QStringLiteral("</table>\n");
    }
    if (t.nextVisit)
        h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                 .arg(esc(tr("Next visit: %1, due %2.")
                              .arg(core::FollowUpSchedule::visitLabel(t.nextVisit->visit),
                                   date(t.nextVisit->dueDate))));
    return h;
}

QString productOf(const core::CaseDossier& d, const core::TreatmentSummary& t)
{
    if (const auto* infusion = t.step(core::PathwayEventType::Infusion)) {
        const QString given = infusion->details.value(QLatin1String("product")).toString().trimmed();
        if (!given.isEmpty())
            return given;
    }
    if (d.decision && !d.decision->product.isEmpty())
        return d.decision->product;
    return d.record.intendedProduct;
}

// Free functions, not members, so lupdate files their texts under "cb::report" where text::tr
// looks them up.
QString summaryPart(const core::CaseDossier& d, const core::TreatmentSummary& t, int number)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("%1. Treatment").arg(number)));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(tr("%1 infused on %2 (day 0); days below count from the infusion.")
                          .arg(productOf(d, t), date(t.infusionDate))));
    h += QStringLiteral("<h3>%1</h3>\n").arg(esc(tr("Pathway")));
    h += pathwayTable(d, t);
    h += toxicityPart(t);
    h += hematotoxPart(t);
    h += responsesPart(d, t);
    return h;
}

QString letterPart(const core::CaseDossier& d, const core::TreatmentSummary& t)
{
    const core::ResponseScheme scheme = core::ResponseCriteria::schemeFor(d.record.indication);
    QStringList items;
    items << tr("CAR-T infusion (day 0): %1, %2.").arg(date(t.infusionDate), productOf(d, t));
    if (const auto* discharge = t.step(core::PathwayEventType::Discharge))
        items << tr("Discharged on %1 (%2).").arg(date(discharge->date), dayText(t.dayOf(discharge->date)));
    if (t.assessments > 0) {
        items << (t.crs.occurred() ? tr("Cytokine release syndrome: highest grade %1, on %2 (%3).")
                                         .arg(t.crs.grade)
                                         .arg(dayText(t.crs.day), date(t.crs.date))
                                   : tr("No cytokine release syndrome was graded."));
        items << (t.icans.occurred() ? tr("Neurotoxicity (ICANS): highest grade %1, on %2 (%3).")
                                           .arg(t.icans.grade)
                                           .arg(dayText(t.icans.day), date(t.icans.date))
                                     : tr("No neurotoxicity (ICANS) was graded."));
        QStringList given;
        if (t.tocilizumabDoses > 0)
            given << tr("tocilizumab, %1").arg(tocilizumabText(t));
        given << t.steroids;
        if (t.icuTransferDay)
            given << tr("transfer to the ICU on %1").arg(dayText(*t.icuTransferDay));
        items << (given.isEmpty() ? tr("Neither tocilizumab nor corticosteroids were needed.")
                                  : tr("Treatment given: %1.").arg(given.join(QStringLiteral("; "))));
    }
    if (t.hematotox)
        items << tr("CAR-HEMATOTOX before lymphodepletion: score %1, %2.")
                     .arg(t.hematotox->score)
                     .arg(riskText(t.hematotox->risk));
    for (const auto& v : t.responses) {
        const QString mrd = mrdText(scheme, v);
        items << (mrd.isEmpty() ? tr("Response at the %1 visit (%2): %3.")
                                      .arg(core::FollowUpSchedule::visitLabel(v.visit), date(v.doneDate),
                                           core::ResponseCriteria::label(scheme, v.response))
                                : tr("Response at the %1 visit (%2): %3, %4.")
                                      .arg(core::FollowUpSchedule::visitLabel(v.visit), date(v.doneDate),
                                           core::ResponseCriteria::label(scheme, v.response), mrd));
    }
    if (t.nextVisit)
        items << tr("Next follow-up visit: %1, due %2.")
                     .arg(core::FollowUpSchedule::visitLabel(t.nextVisit->visit), date(t.nextVisit->dueDate));
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Treatment so far")));
    h += QStringLiteral("<ul>\n");
    for (const QString& item : items)
        h += QStringLiteral("<li>%1</li>\n").arg(esc(item));
    return h + QStringLiteral("</ul>\n");
}

} // namespace

QString TreatmentSection::summaryHtml(const core::CaseDossier& d, int number)
{
    return d.treatment ? summaryPart(d, *d.treatment, number) : QString();
}

QString TreatmentSection::letterHtml(const core::CaseDossier& d)
{
    return d.treatment ? letterPart(d, *d.treatment) : QString();
}

} // namespace cb::report

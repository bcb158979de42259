#include "report/MeetingMinutes.h"

#include "report/ReportText.h"

namespace cb::report {

using namespace text;

namespace {

QString row(const QString& key, const QString& valueHtml)
{
    return QStringLiteral("<tr><th class=\"key\">%1</th><td>%2</td></tr>\n").arg(esc(key), valueHtml);
}

QString disciplineList(const QList<core::Discipline>& list)
{
    QStringList out;
    for (const auto d : list)
        out << core::label(d);
    return out.join(QStringLiteral(", "));
}

QString ruleText(const core::AttendanceRule& rule)
{
    QString t =
        tr("Present: %1")
            .arg(rule.required.isEmpty() ? tr("no specialty required") : disciplineList(rule.required));
    if (rule.anyOfCount > 0)
        t += tr("; and at least %1 of: %2").arg(rule.anyOfCount).arg(disciplineList(rule.anyOf));
    t += QStringLiteral(". ") + (rule.blocksVerdict ? tr("A verdict that misses it is refused.")
                                                    : tr("A shortfall is recorded with the verdict."));
    return t;
}

} // namespace

QString MeetingMinutes::title()
{
    return tr("Minutes of the CAR-T Board Meeting");
}

ReportDocument MeetingMinutes::build(const core::MinutesDossier& d)
{
    const auto& m = d.meeting;
    ReportDocument doc;
    doc.frame.institution = d.institution;
    doc.frame.title = title();
    doc.frame.patientLine =
        tr("Meeting %1 — %2, %3").arg(m.id).arg(core::label(m.type), dateTime(m.startsAt, d.timeZone));
    doc.frame.generatedLine = tr("Generated %1").arg(dateTime(d.generatedAt, d.timeZone));
    doc.frame.confidentiality = confidentialityLine();
    doc.frame.draft = !d.isFinal();
    doc.bodyPointSize = 9;

    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head><body>\n")
                    .arg(esc(title()));
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(title()));
    if (!d.isFinal()) {
        const bool held = m.startsAt <= d.generatedAt;
        h +=
            QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                .arg(esc(
                    m.status == core::MeetingStatus::Cancelled
                        ? tr("DRAFT: this meeting was cancelled (%1).").arg(m.cancelReason)
                    : held
                        ? tr("DRAFT: the chair has not signed these minutes; they may still change.")
                        : tr("DRAFT: this meeting has not been held yet; the attendance and agenda below are "
                             "as planned.")));
    }
    h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellpadding=\"3\">\n");
    h += row(tr("Meeting"), esc(tr("%1 (id %2)").arg(core::label(m.type)).arg(m.id)));
    h += row(tr("Date and time"),
             esc(tr("%1, %2 minutes").arg(dateTime(m.startsAt, d.timeZone)).arg(m.durationMinutes)));
    h += row(tr("Mode"), esc(core::label(m.mode) +
                             (m.location.isEmpty() ? QString() : QStringLiteral(" — ") + m.location)));
    h += row(tr("Chair"), esc(m.chairName));
    h += row(tr("Status"),
             esc(m.status == core::MeetingStatus::Cancelled ? tr("Cancelled: %1").arg(m.cancelReason)
                 : m.isPast(d.generatedAt)                  ? tr("Held")
                                                            : tr("Scheduled")));
    h += QStringLiteral("</table>\n");

    // Attendance
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Attendance")));
    h += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(tr("Attendance rule: %1").arg(ruleText(d.rule))));
    h += QStringLiteral(
             "<table class=\"grid\" width=\"100%\" cellpadding=\"3\">\n<tr><th class=\"col\">%1</th>"
             "<th class=\"col\">%2</th><th class=\"col\">%3</th><th class=\"col\">%4</th>"
             "<th class=\"col\">%5</th></tr>\n")
             .arg(esc(tr("Member")), esc(tr("Specialty or role")), esc(tr("Presence")), esc(tr("Arrived")),
                  esc(tr("Left")));
    for (const auto& a : m.attendees) {
        const QString role =
            a.discipline ? core::label(*a.discipline)
                         : core::label(core::fromId(core::roles(), a.role).value_or(core::Role::Viewer));
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                 .arg(esc(a.printedName), esc(role), esc(core::label(a.presence)),
                      esc(a.arrivedAt.isValid() ? dateTime(a.arrivedAt, d.timeZone) : QString()),
                      esc(a.leftAt.isValid() ? dateTime(a.leftAt, d.timeZone) : QString()));
    }
    h += QStringLiteral("</table>\n");

    // The cases
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Cases discussed")));
    if (d.cases.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(tr("The agenda is empty.")));
    for (const auto& c : d.cases) {
        h += QStringLiteral("<h3 class=\"disc\">%1</h3>\n")
                 .arg(esc(tr("%1. %2 — MRN %3 — case %4 — %5")
                              .arg(c.item.position)
                              .arg(c.item.patientName, c.item.mrn)
                              .arg(c.item.caseId)
                              .arg(core::label(c.indication))));
        if (!c.item.presenter.isEmpty())
            h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                     .arg(esc(tr("Presented by %1").arg(c.item.presenter)));
        if (!c.excludedMembers.isEmpty())
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(tr("Excluded for a conflict of interest: %1")
                                  .arg(c.excludedMembers.join(QStringLiteral(", ")))));
        if (!c.decision) {
            h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(esc(c.item.readinessProblems.isEmpty()
                                  ? tr("No verdict was recorded for this case in this meeting.")
                                  : tr("No verdict in this meeting. Still open: %1")
                                        .arg(c.item.readinessProblems.join(QStringLiteral("; ")))));
            continue;
        }
        const auto& dec = *c.decision;
        h += QStringLiteral("<p class=\"verdict\">%1</p>\n")
                 .arg(esc(tr("Verdict: %1%2")
                              .arg(core::label(dec.verdict), dec.isSigned ? QString() : tr(" (draft)"))));
        if (!dec.conditions.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Conditions:")), esc(dec.conditions));
        if (!dec.product.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Product:")), esc(dec.product));
        if (!dec.rationale.isEmpty())
            h += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(esc(tr("Rationale:")), esc(dec.rationale));
        const QJsonObject att = dec.quorum.value(QStringLiteral("attendance")).toObject();
        if (!att.isEmpty())
            h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                     .arg(esc(att.value(QStringLiteral("met")).toBool()
                                  ? tr("Attendance rule met at the verdict.")
                                  : tr("Attendance rule NOT met at the verdict (recorded).")));
        for (const auto& dis : dec.dissents)
            h += QStringLiteral("<p><b>%1</b></p><blockquote class=\"dissent\">“%2”</blockquote>\n")
                     .arg(esc(tr("Dissent — %1 (%2):").arg(dis.memberName, dis.discipline)), esc(dis.text));
        if (!dec.actions.isEmpty()) {
            h += QStringLiteral(
                     "<table class=\"grid\" width=\"100%\" cellpadding=\"3\">\n<tr><th class=\"col\">%1</th>"
                     "<th class=\"col\">%2</th><th class=\"col\">%3</th><th class=\"col\">%4</th></tr>\n")
                     .arg(esc(tr("Action")), esc(tr("Owner")), esc(tr("Due")), esc(tr("Status")));
            for (const auto& a : dec.actions)
                h +=
                    QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"nowrap\">%3</td><td>%4</td></tr>\n")
                        .arg(esc(a.description), esc(a.owner), esc(date(a.dueDate)),
                             esc(core::DecisionAction::statusLabel(a.status)));
            h += QStringLiteral("</table>\n");
        }
        if (dec.signature)
            h += QStringLiteral("<p class=\"meta\">%1</p>\n")
                     .arg(esc(tr("Verdict signed by %1 on %2.")
                                  .arg(dec.signature->printedName,
                                       dateTime(dec.signature->signedAt, d.timeZone))));
    }

    // Sign-off
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Signature")));
    if (m.minutesSignature) {
        const auto& s = *m.minutesSignature;
        h += QStringLiteral("<table class=\"grid\" width=\"100%\" cellpadding=\"3\">\n");
        h += row(tr("Signed by"), esc(s.printedName));
        h += row(tr("Role"), esc(tr("Board chair")));
        h += row(tr("Date and time"), esc(dateTime(s.signedAt, d.timeZone)));
        h += row(tr("Meaning"), esc(s.meaning));
        h += row(tr("SHA-256 of the signed minutes"),
                 QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(s.contentSha256)));
        h += QStringLiteral("</table>\n");
    } else {
        h += QStringLiteral("<p class=\"draftnote\">%1</p>\n")
                 .arg(esc(tr("Not signed: the chair has not signed these minutes.")));
    }
    h +=
        QStringLiteral("<p class=\"meta\">%1</p>\n")
            .arg(esc(tr("Audit chain at export: entry %1, hash %2 (check with cellboard-cli audit entry %1).")
                         .arg(d.auditSeq)
                         .arg(d.auditHash)));
    h += QStringLiteral("</body></html>\n");
    doc.html = h;
    return doc;
}

} // namespace cb::report

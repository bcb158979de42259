#include "report/ReportText.h"

#include <QCoreApplication>
#include <QLocale>
#include <array>
#include <utility>

namespace cb::report::text {

namespace {

using Pair = std::pair<const char*, const char*>;

constexpr std::array kObservations{
    Pair{"ecog", QT_TRANSLATE_NOOP("cb::report", "ECOG performance status")},
    Pair{"lvef", QT_TRANSLATE_NOOP("cb::report", "LVEF")},
    Pair{"spo2", QT_TRANSLATE_NOOP("cb::report", "SpO₂ (room air)")},
    Pair{"bilirubin", QT_TRANSLATE_NOOP("cb::report", "Bilirubin")},
    Pair{"ast_uln", QT_TRANSLATE_NOOP("cb::report", "AST")},
    Pair{"alt_uln", QT_TRANSLATE_NOOP("cb::report", "ALT")},
    Pair{"crcl", QT_TRANSLATE_NOOP("cb::report", "Creatinine clearance")},
    Pair{"anc", QT_TRANSLATE_NOOP("cb::report", "ANC")},
    Pair{"platelets", QT_TRANSLATE_NOOP("cb::report", "Platelets")},
    Pair{"hemoglobin", QT_TRANSLATE_NOOP("cb::report", "Hemoglobin")},
    Pair{"alc", QT_TRANSLATE_NOOP("cb::report", "ALC")},
    Pair{"crp", QT_TRANSLATE_NOOP("cb::report", "CRP")},
    Pair{"ferritin", QT_TRANSLATE_NOOP("cb::report", "Ferritin")},
    Pair{"marrow_plasma_cells", QT_TRANSLATE_NOOP("cb::report", "Marrow plasma cells")},
    Pair{"troponin", QT_TRANSLATE_NOOP("cb::report", "Troponin")},
    Pair{"nt_probnp", QT_TRANSLATE_NOOP("cb::report", "NT-proBNP")},
    Pair{"igg", QT_TRANSLATE_NOOP("cb::report", "IgG")},
    Pair{"ice_baseline", QT_TRANSLATE_NOOP("cb::report", "ICE score (baseline)")},
    Pair{"life_expectancy_weeks", QT_TRANSLATE_NOOP("cb::report", "Life expectancy")},
    Pair{"hematotox", QT_TRANSLATE_NOOP("cb::report", "CAR-HEMATOTOX score")},
};

constexpr std::array kDrugClasses{
    Pair{"pi", QT_TRANSLATE_NOOP("cb::report", "PI")},
    Pair{"imid", QT_TRANSLATE_NOOP("cb::report", "IMiD")},
    Pair{"anti_cd38", QT_TRANSLATE_NOOP("cb::report", "anti-CD38")},
    Pair{"bcma_directed", QT_TRANSLATE_NOOP("cb::report", "BCMA-directed")},
    Pair{"anti_cd20", QT_TRANSLATE_NOOP("cb::report", "anti-CD20")},
    Pair{"alkylator", QT_TRANSLATE_NOOP("cb::report", "alkylator")},
    Pair{"anthracycline", QT_TRANSLATE_NOOP("cb::report", "anthracycline")},
    Pair{"chemotherapy", QT_TRANSLATE_NOOP("cb::report", "chemotherapy")},
    Pair{"bispecific", QT_TRANSLATE_NOOP("cb::report", "bispecific")},
    Pair{"adc", QT_TRANSLATE_NOOP("cb::report", "ADC")},
    Pair{"btki", QT_TRANSLATE_NOOP("cb::report", "BTKi")},
    Pair{"bcl2i", QT_TRANSLATE_NOOP("cb::report", "BCL2i")},
    Pair{"car_t", QT_TRANSLATE_NOOP("cb::report", "CAR-T")},
    Pair{"xpo1i", QT_TRANSLATE_NOOP("cb::report", "XPO1i")},
    Pair{"other", QT_TRANSLATE_NOOP("cb::report", "other")},
};

constexpr std::array kCnsDisease{
    Pair{"none", QT_TRANSLATE_NOOP("cb::report", "None")},
    Pair{"treated", QT_TRANSLATE_NOOP("cb::report", "Treated (history of CNS disease)")},
    Pair{"active", QT_TRANSLATE_NOOP("cb::report", "Active")},
};

template <std::size_t N> QString lookUp(const std::array<Pair, N>& table, const QString& key)
{
    for (const auto& [id, label] : table)
        if (key == QLatin1String(id))
            return tr(label);
    return key;
}

} // namespace

QString tr(const char* source, const char* disambiguation, int n)
{
    // lupdate files a text called from this layer's free functions under "cb::report" or, where
    // it resolves the call through this namespace, "cb::report::text": look in both.
    const QString t = QCoreApplication::translate("cb::report", source, disambiguation, n);
    if (t != QString::fromUtf8(source))
        return t;
    return QCoreApplication::translate("cb::report::text", source, disambiguation, n);
}

QString esc(const QString& s)
{
    QString out = s.toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

QString dateTime(const QDateTime& utc, const QTimeZone& zone)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    QString zoneText = QStringLiteral("UTC");
    if (offset != 0)
        zoneText += QStringLiteral("%1%2:%3")
                        .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                        .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                        .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + zoneText;
}

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString observationLabel(const QString& code)
{
    return lookUp(kObservations, code);
}

QString drugClasses(const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids)
        out << lookUp(kDrugClasses, id);
    return out.join(QStringLiteral(", "));
}

QString cnsDisease(const QString& id)
{
    return id.isEmpty() ? QString() : lookUp(kCnsDisease, id);
}

QString statusText(core::ChecklistStatus status)
{
    switch (status) {
    case core::ChecklistStatus::Ok:
        return QCoreApplication::translate("cb::report::text", "OK");
    case core::ChecklistStatus::NotAssessed:
        return QCoreApplication::translate("cb::report::text", "Not assessed");
    case core::ChecklistStatus::Concern:
        return QCoreApplication::translate("cb::report::text", "⚠ CONCERN");
    case core::ChecklistStatus::Contraindication:
        return QCoreApplication::translate("cb::report::text", "✖ Contraindication");
    }
    return {};
}

QString keyTable(const QList<std::pair<QString, QString>>& rows)
{
    QString h = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (const auto& [label, value] : rows)
        h += QStringLiteral("<tr><th class=\"key\" width=\"28%\">%1</th><td>%2</td></tr>\n")
                 .arg(esc(label), value.isEmpty() ? QStringLiteral("<span class=\"muted\">—</span>") : value);
    return h + QStringLiteral("</table>\n");
}

QString headerRow(const QStringList& labels, const QList<int>& widths)
{
    QString h = QStringLiteral("<thead><tr>");
    for (int i = 0; i < labels.size(); ++i)
        h += widths.size() > i ? QStringLiteral("<th class=\"col\" width=\"%1%\">%2</th>")
                                     .arg(widths.at(i))
                                     .arg(esc(labels.at(i)))
                               : QStringLiteral("<th class=\"col\">%1</th>").arg(esc(labels.at(i)));
    return h + QStringLiteral("</tr></thead>\n");
}

QString patientLine(const core::CaseDossier& d)
{
    const auto& p = d.record.patient;
    return QCoreApplication::translate("cb::report::text", "%1  ·  MRN %2  ·  born %3  ·  case %4")
        .arg(p.displayName(), p.mrn, date(p.birthDate), QString::number(d.record.id));
}

QString confidentialityLine()
{
    return QCoreApplication::translate(
        "cb::report::text",
        "Confidential: contains personal health information. For the treating team and the patient's "
        "record only; do not copy or forward.");
}

QStringList fontFamilies()
{
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
}

QFont font(double pointSize, bool bold)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleHint(QFont::SansSerif);
    // Any letter spacing makes Qt shape without ligatures, so "fi" stays two letters a reader can
    // search and copy from the PDF (Qt 6.4 has no font-feature switch); 1/64 px is invisible.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64.0);
    return f;
}

} // namespace cb::report::text

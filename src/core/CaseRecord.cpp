#include "core/CaseRecord.h"

#include <QCoreApplication>

namespace cb::core {

QString stagingText(const Staging& s)
{
    QStringList parts;
    const auto unknownOr = [](const QString& v) {
        return v == QLatin1String("unknown") ? QCoreApplication::translate("cb::core", "unknown") : v;
    };
    if (!s.iss.isEmpty())
        parts << QStringLiteral("ISS ") + unknownOr(s.iss);
    if (!s.riss.isEmpty())
        parts << QStringLiteral("R-ISS ") + unknownOr(s.riss);
    if (!s.annArbor.isEmpty()) {
        QString t = QStringLiteral("Ann Arbor ") + unknownOr(s.annArbor);
        if (s.bulky == QLatin1String("yes"))
            t += QCoreApplication::translate("cb::core", ", bulky");
        parts << t;
    }
    if (!s.cnsStatus.isEmpty())
        parts << (s.cnsStatus == QLatin1String("unknown")
                      ? QCoreApplication::translate("cb::core", "CNS status unknown")
                      : s.cnsStatus.toUpper());
    if (!s.phStatus.isEmpty()) {
        if (s.phStatus == QLatin1String("positive"))
            parts << QStringLiteral("Ph+");
        else if (s.phStatus == QLatin1String("negative"))
            parts << QStringLiteral("Ph−");
        else
            parts << QCoreApplication::translate("cb::core", "Ph status unknown");
    }
    if (!s.text.isEmpty())
        parts << s.text;
    return parts.join(QStringLiteral(" · "));
}

QString cytogeneticsText(const DiseaseHistory& h)
{
    QStringList markers;
    for (const QString& m : h.cytogenetics) {
        if (m == QLatin1String("del17p"))
            markers << QStringLiteral("del(17p)");
        else if (m == QLatin1String("t4_14"))
            markers << QStringLiteral("t(4;14)");
        else if (m == QLatin1String("t14_16"))
            markers << QStringLiteral("t(14;16)");
        else if (m == QLatin1String("gain1q"))
            markers << QStringLiteral("gain/amp(1q)");
        else if (m == QLatin1String("tp53"))
            markers << QStringLiteral("TP53");
        else if (m == QLatin1String("none"))
            markers << QCoreApplication::translate("cb::core", "no high-risk marker");
        else if (m == QLatin1String("unknown"))
            markers << QCoreApplication::translate("cb::core", "not known");
        else
            markers << m;
    }
    QStringList parts;
    if (!markers.isEmpty())
        parts << markers.join(QStringLiteral(", "));
    if (!h.cytogeneticsNote.isEmpty())
        parts << h.cytogeneticsNote;
    return parts.join(QStringLiteral(" · "));
}

} // namespace cb::core

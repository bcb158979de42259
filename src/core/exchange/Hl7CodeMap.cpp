#include "core/exchange/Hl7CodeMap.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cb::core {

Result<Hl7CodeMap> Hl7CodeMap::parse(const QByteArray& json, const ObservationCatalog& catalog)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::badInput(tr("hl7_codes.json is not a JSON object: %1").arg(pe.errorString()));
    Hl7CodeMap out;
    out.m_version = doc.object().value(QStringLiteral("version")).toString();
    const QJsonArray codes = doc.object().value(QStringLiteral("local_codes")).toArray();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject o = codes.at(i).toObject();
        LocalCode c;
        c.code = o.value(QStringLiteral("code")).toString().trimmed().toUpper();
        c.observation = o.value(QStringLiteral("observation")).toString().trimmed();
        for (const QJsonValue& sys : o.value(QStringLiteral("systems")).toArray())
            c.systems << sys.toString().trimmed().toUpper();
        if (c.systems.isEmpty())
            c.systems << QStringLiteral("*");
        if (c.code.isEmpty() || !catalog.find(c.observation))
            return Error::badInput(tr("hl7_codes.json, local_codes[%1]: a code and an observation code of "
                                      "observations.json are needed.")
                                       .arg(i));
        out.m_codes << c;
    }
    return out;
}

QString Hl7CodeMap::observationOf(const Hl7Result& r, const ObservationCatalog& catalog) const
{
    const auto loinc = [&](const QString& code, const QString& system) -> QString {
        if (system.compare(QLatin1String("LN"), Qt::CaseInsensitive) != 0 || code.isEmpty())
            return {};
        const ObservationDefinition* d = catalog.findByLoinc(code);
        return d ? d->code : QString();
    };
    if (QString c = loinc(r.code, r.codeSystem); !c.isEmpty())
        return c;
    if (QString c = loinc(r.altCode, r.altCodeSystem); !c.isEmpty())
        return c;
    const auto local = [&](const QString& code, const QString& system) -> QString {
        if (code.isEmpty() || system.compare(QLatin1String("LN"), Qt::CaseInsensitive) == 0)
            return {};
        const QString key = code.trimmed().toUpper();
        const QString sys = system.trimmed().toUpper();
        for (const LocalCode& lc : m_codes)
            if (lc.code == key && (lc.systems.contains(QStringLiteral("*")) || lc.systems.contains(sys)))
                return lc.observation;
        if (const ObservationDefinition* d = catalog.find(code.trimmed().toLower()))
            return d->code;
        return {};
    };
    if (QString c = local(r.code, r.codeSystem); !c.isEmpty())
        return c;
    return local(r.altCode, r.altCodeSystem);
}

} // namespace cb::core

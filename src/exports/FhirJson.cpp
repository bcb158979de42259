#include "exports/FhirJson.h"

#include "core/exchange/FhirCodes.h"

#include <QStringList>

namespace cb::exports {

QJsonObject FhirJson::coding(const QString& system, const QString& code, const QString& display)
{
    QJsonObject c{{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    put(c, QStringLiteral("display"), display);
    return c;
}

QJsonObject FhirJson::codeable(const QJsonArray& codings, const QString& text)
{
    QJsonObject c;
    if (!codings.isEmpty())
        c.insert(QStringLiteral("coding"), codings);
    put(c, QStringLiteral("text"), text);
    return c;
}

QJsonObject FhirJson::codeable(const QJsonObject& coding, const QString& text)
{
    return codeable(QJsonArray{coding}, text);
}

QJsonObject FhirJson::textCodeable(const QString& text)
{
    return QJsonObject{{QStringLiteral("text"), text}};
}

QJsonObject FhirJson::reference(const QString& url, const QString& display)
{
    QJsonObject r{{QStringLiteral("reference"), url}};
    put(r, QStringLiteral("display"), display);
    return r;
}

QJsonObject FhirJson::displayReference(const QString& display)
{
    return QJsonObject{{QStringLiteral("display"), display}};
}

QJsonObject FhirJson::entry(const QString& fullUrl, const QJsonObject& resource)
{
    return QJsonObject{{QStringLiteral("fullUrl"), fullUrl}, {QStringLiteral("resource"), resource}};
}

QJsonObject FhirJson::extension(const QString& url, const QString& valueKey, const QJsonValue& value)
{
    return QJsonObject{{QStringLiteral("url"), url}, {valueKey, value}};
}

QJsonObject FhirJson::unknown()
{
    return codeable(
        coding(core::FhirCodes::dataAbsentReason(), QStringLiteral("unknown"), QStringLiteral("Unknown")));
}

void FhirJson::put(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.trimmed().isEmpty())
        o.insert(key, value);
}

void FhirJson::putDate(QJsonObject& o, const QString& key, const core::PartialDate& date)
{
    const QString text = core::FhirCodes::date(date);
    if (text.isEmpty())
        return;
    o.insert(key, text);
    if (date.isEstimated())
        o.insert(QLatin1Char('_') + key,
                 QJsonObject{{QStringLiteral("extension"),
                              QJsonArray{extension(core::FhirCodes::extension(QStringLiteral("estimated")),
                                                   QStringLiteral("valueBoolean"), true)}}});
}

QJsonObject FhirJson::narrative(const QStringList& paragraphs)
{
    QString div = QStringLiteral("<div xmlns=\"http://www.w3.org/1999/xhtml\">");
    for (const QString& p : paragraphs)
        if (!p.trimmed().isEmpty())
            div += QStringLiteral("<p>") + p.toHtmlEscaped() + QStringLiteral("</p>");
    div += QStringLiteral("</div>");
    return QJsonObject{{QStringLiteral("status"), QStringLiteral("generated")}, {QStringLiteral("div"), div}};
}

} // namespace cb::exports

#include "core/exchange/FhirCodes.h"

#include <QRegularExpression>
#include <QUrl>

namespace cb::core {

namespace {

const QString kAuthorityPrefix = QStringLiteral("urn:cellboard:authority:");

} // namespace

QString FhirCodes::localSystem(const QString& name)
{
    return QStringLiteral("urn:cellboard:code:") + name;
}

QString FhirCodes::extension(const QString& name)
{
    return QStringLiteral("urn:cellboard:extension:") + name;
}

QString FhirCodes::identifierSystem(const QString& authority)
{
    static const QRegularExpression uri(QStringLiteral("^(urn:[A-Za-z0-9][A-Za-z0-9-]*:|https?://)\\S+$"));
    const QString a = authority.trimmed();
    if (uri.match(a).hasMatch())
        return a;
    return kAuthorityPrefix + QString::fromLatin1(QUrl::toPercentEncoding(a));
}

QString FhirCodes::authorityOf(const QString& system)
{
    if (system.startsWith(kAuthorityPrefix))
        return QUrl::fromPercentEncoding(system.mid(kAuthorityPrefix.size()).toLatin1());
    return system;
}

std::optional<FhirCodes::Code> FhirCodes::icd10cm(Indication indication)
{
    // INTAKE.md §4; the category level, since remission status and site are not recorded.
    switch (indication) {
    case Indication::MultipleMyeloma:
        return Code{QStringLiteral("C90.0"), QStringLiteral("Multiple myeloma")};
    case Indication::LargeBCellLymphoma:
        return Code{QStringLiteral("C83.3"), QStringLiteral("Diffuse large B-cell lymphoma")};
    case Indication::FollicularLymphoma:
        return Code{QStringLiteral("C82"), QStringLiteral("Follicular lymphoma")};
    case Indication::MantleCellLymphoma:
        return Code{QStringLiteral("C83.1"), QStringLiteral("Mantle cell lymphoma")};
    case Indication::MarginalZoneLymphoma:
        // [U] INTAKE §4: C88.4 extranodal (MALT), C83.0x nodal; the record does not say which
        return Code{QStringLiteral("C88.4"),
                    QStringLiteral("Extranodal marginal zone B-cell lymphoma of mucosa-associated lymphoid "
                                   "tissue [MALT-lymphoma]")};
    case Indication::CllSll:
        return Code{QStringLiteral("C91.1"), QStringLiteral("Chronic lymphocytic leukemia of B-cell type")};
    case Indication::BAll:
        return Code{QStringLiteral("C91.0"), QStringLiteral("Acute lymphoblastic leukemia")};
    case Indication::Other:
        return std::nullopt;
    }
    return std::nullopt;
}

QString FhirCodes::date(const PartialDate& date)
{
    if (date.isNull())
        return {};
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
    case PartialDate::Precision::Month:
        return QStringLiteral("%1-%2")
            .arg(date.year(), 4, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'));
    case PartialDate::Precision::Day:
        return FhirCodes::date(QDate(date.year(), date.month(), date.day()));
    }
    return {};
}

QString FhirCodes::date(const QDate& day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString FhirCodes::instant(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    // milliseconds only when there are some (a signature's time is kept to the millisecond)
    return utc.toString(utc.time().msec() != 0 ? QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")
                                               : QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString FhirCodes::words(const QString& id)
{
    QString s = id;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s;
}

} // namespace cb::core

#include "core/pathway/ResponseCriteria.h"

#include <QCoreApplication>

namespace cb::core {

namespace {

struct Category
{
    const char* id;
    const char* label;
};

// IMWG 2016 (S18) [V].
constexpr Category kImwg[] = {
    {"scr", QT_TRANSLATE_NOOP("cb::core", "sCR — stringent complete response")},
    {"cr", QT_TRANSLATE_NOOP("cb::core", "CR — complete response")},
    {"vgpr", QT_TRANSLATE_NOOP("cb::core", "VGPR — very good partial response")},
    {"pr", QT_TRANSLATE_NOOP("cb::core", "PR — partial response")},
    {"mr", QT_TRANSLATE_NOOP("cb::core", "MR — minimal response")},
    {"sd", QT_TRANSLATE_NOOP("cb::core", "SD — stable disease")},
    {"pd", QT_TRANSLATE_NOOP("cb::core", "PD — progressive disease")},
    {"not_evaluable", QT_TRANSLATE_NOOP("cb::core", "Not evaluable")},
};

// Lugano 2014 PET-CT (S19) [V].
constexpr Category kLugano[] = {
    {"cmr", QT_TRANSLATE_NOOP("cb::core", "CMR — complete metabolic response")},
    {"pmr", QT_TRANSLATE_NOOP("cb::core", "PMR — partial metabolic response")},
    {"nmr", QT_TRANSLATE_NOOP("cb::core", "NMR — no metabolic response")},
    {"pmd", QT_TRANSLATE_NOOP("cb::core", "PMD — progressive metabolic disease")},
    {"not_evaluable", QT_TRANSLATE_NOOP("cb::core", "Not evaluable")},
};

// B-ALL: CR [V], CRi [U]; no response and relapse complete the list.
constexpr Category kAll[] = {
    {"cr", QT_TRANSLATE_NOOP("cb::core", "CR — marrow blasts <5% with count recovery")},
    {"cri", QT_TRANSLATE_NOOP("cb::core", "CRi — CR with incomplete count recovery [unverified]")},
    {"no_response", QT_TRANSLATE_NOOP("cb::core", "No response")},
    {"relapse", QT_TRANSLATE_NOOP("cb::core", "Relapse")},
    {"not_evaluable", QT_TRANSLATE_NOOP("cb::core", "Not evaluable")},
};

std::span<const Category> table(ResponseScheme scheme)
{
    switch (scheme) {
    case ResponseScheme::Imwg2016:
        return kImwg;
    case ResponseScheme::Lugano2014:
        return kLugano;
    case ResponseScheme::BAll:
        return kAll;
    }
    return kLugano;
}

} // namespace

ResponseScheme ResponseCriteria::schemeFor(Indication indication)
{
    switch (indication) {
    case Indication::MultipleMyeloma:
        return ResponseScheme::Imwg2016;
    case Indication::BAll:
        return ResponseScheme::BAll;
    default:
        return ResponseScheme::Lugano2014;
    }
}

QString ResponseCriteria::ruleVersion(ResponseScheme scheme)
{
    switch (scheme) {
    case ResponseScheme::Imwg2016:
        return QStringLiteral("IMWG-2016");
    case ResponseScheme::Lugano2014:
        return QStringLiteral("Lugano-2014");
    case ResponseScheme::BAll:
        return QStringLiteral("ALL-CR-MRD");
    }
    return {};
}

QString ResponseCriteria::schemeLabel(ResponseScheme scheme)
{
    switch (scheme) {
    case ResponseScheme::Imwg2016:
        return QCoreApplication::translate("cb::core", "IMWG 2016 (myeloma) with MRD");
    case ResponseScheme::Lugano2014:
        return QCoreApplication::translate("cb::core", "Lugano 2014 PET-CT (lymphoma)");
    case ResponseScheme::BAll:
        return QCoreApplication::translate("cb::core", "B-ALL: CR/CRi with MRD");
    }
    return {};
}

QStringList ResponseCriteria::categories(ResponseScheme scheme)
{
    QStringList out;
    for (const auto& c : table(scheme))
        out << QString::fromLatin1(c.id);
    return out;
}

bool ResponseCriteria::isCategory(ResponseScheme scheme, const QString& id)
{
    return categories(scheme).contains(normaliseId(id));
}

QString ResponseCriteria::label(ResponseScheme scheme, const QString& id)
{
    for (const auto& c : table(scheme))
        if (normaliseId(id) == QLatin1String(c.id))
            return QCoreApplication::translate("cb::core", c.label);
    return id;
}

QString ResponseCriteria::labelEn(ResponseScheme scheme, const QString& id)
{
    for (const auto& c : table(scheme))
        if (normaliseId(id) == QLatin1String(c.id))
            return QString::fromUtf8(c.label);
    return id;
}

bool ResponseCriteria::recordsMrd(ResponseScheme scheme)
{
    return scheme != ResponseScheme::Lugano2014;
}

} // namespace cb::core

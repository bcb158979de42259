#pragma once

#include "core/Vocabulary.h"
#include "core/pathway/PathwayVocabulary.h"

#include <QString>
#include <QStringList>

namespace cb::core {

// The response categories of a follow-up visit (SPEC §5.1) as stable ids: IMWG 2016 for myeloma
// (with MRD), Lugano 2014 PET-CT for lymphoma, CR/CRi (with MRD) for B-ALL.
class ResponseCriteria
{
public:
    static ResponseScheme schemeFor(Indication indication);
    static QString ruleVersion(ResponseScheme scheme); // IMWG-2016, Lugano-2014, ALL-CR-MRD
    static QString schemeLabel(ResponseScheme scheme);
    // The category ids of the scheme, best response first, then "not_evaluable".
    static QStringList categories(ResponseScheme scheme);
    static bool isCategory(ResponseScheme scheme, const QString& id);
    // The display label of a category id ("VGPR — very good partial response"); the id itself
    // when unknown.
    static QString label(ResponseScheme scheme, const QString& id);
    // The same label in English whatever the interface language (what exports write).
    static QString labelEn(ResponseScheme scheme, const QString& id);
    // Whether the scheme asks for MRD with the response (myeloma and ALL).
    static bool recordsMrd(ResponseScheme scheme);
};

} // namespace cb::core

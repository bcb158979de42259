#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cb::core {

struct DrugClassEntry
{
    QString id; // e.g. proteasome_inhibitor, imid, anti_cd38 (INTAKE.md §5)
    QString labelEn, labelZh;
    QString evidence; // V2, or CONV for a local addition

    QString label() const; // in the interface language (QLocale()'s)
};

struct DrugEntry
{
    QString id; // lower-case INN, e.g. "lenalidomide", "ciltacabtagene autoleucel"
    QString classId;
    QString labelEn, labelZh;
    QStringList synonyms; // abbreviations and brand names, e.g. "cilta-cel", "len", "dara", "Revlimid"

    QString label() const; // in the interface language (QLocale()'s)
};

struct RegimenEntry
{
    QString id;          // e.g. d_vrd
    QString name;        // as written in clinic, e.g. "D-VRd"
    QStringList drugs;   // drug ids: "VRd" → bortezomib, lenalidomide, dexamethasone
    QStringList aliases; // other spellings of the same regimen, e.g. "Dara-Rd" for DRd
};

// The versioned drug vocabulary of resources/intake/drugs.json: classes, drugs and regimens.
class DrugVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(cb::core::DrugVocabulary)
public:
    // Parses drugs.json; a bad file names the entry and the field that is wrong (also a drug of
    // an unknown class, a regimen naming an unknown drug, or a name that means two things).
    static Result<DrugVocabulary> parse(const QByteArray& json, const QString& sourceName);

    QString version() const { return m_version; }
    QList<DrugClassEntry> classes() const { return m_classes; }
    QList<DrugEntry> drugs() const { return m_drugs; }
    QList<RegimenEntry> regimens() const { return m_regimens; }

    // By id, synonym or label (English or Chinese); case-insensitive, spaces and hyphens ignored.
    const DrugEntry* findDrug(const QString& nameOrSynonym) const;
    // By name, alias or id; case-insensitive, spaces and hyphens ignored ("D-VRd" == "dvrd").
    const RegimenEntry* findRegimen(const QString& name) const;
    const DrugClassEntry* findClass(const QString& id) const;

    // The drugs of a regimen as LineDrug rows with their classes (refractory unknown); empty when
    // not a known regimen.
    QList<LineDrug> expandRegimen(const QString& name) const;
    // A drug as typed, as a LineDrug: the vocabulary id and class when known, else the text as
    // typed with no class (to be chosen by hand).
    LineDrug lineDrug(const QString& nameOrSynonym) const;

    // The comparison form of a name: lower case, without spaces, hyphens and underscores.
    static QString key(const QString& name);

private:
    QString m_version;
    QList<DrugClassEntry> m_classes;
    QList<DrugEntry> m_drugs;
    QList<RegimenEntry> m_regimens;
    QHash<QString, qsizetype> m_drugIndex;    // key → index in m_drugs
    QHash<QString, qsizetype> m_regimenIndex; // key → index in m_regimens
};

} // namespace cb::core

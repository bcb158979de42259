#include "core/intake/DrugVocabulary.h"

#include "core/checklist/JsonReader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

namespace cb::core {

namespace {

bool chinese()
{
    return QLocale().name().startsWith(QLatin1String("zh"));
}

} // namespace

QString DrugClassEntry::label() const
{
    return chinese() && !labelZh.isEmpty() ? labelZh : labelEn;
}

QString DrugEntry::label() const
{
    return chinese() && !labelZh.isEmpty() ? labelZh : labelEn;
}

QString DrugVocabulary::key(const QString& name)
{
    QString k = name.trimmed().toLower();
    k.remove(QLatin1Char(' '));
    k.remove(QLatin1Char('-'));
    k.remove(QLatin1Char('_'));
    k.remove(QChar(0x2010)); // hyphen
    k.remove(QChar(0x2011)); // non-breaking hyphen
    k.remove(QChar(0x2013)); // en dash
    return k;
}

Result<DrugVocabulary> DrugVocabulary::parse(const QByteArray& json, const QString& sourceName)
{
    JsonReader r(QStringLiteral("Drug vocabulary ") + sourceName);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        r.fail({}, QStringLiteral("not a JSON object (%1)").arg(pe.errorString()));
        return r.error();
    }
    const QJsonObject root = doc.object();
    r.allowOnly(root,
                {QStringLiteral("version"), QStringLiteral("about"), QStringLiteral("classes"),
                 QStringLiteral("drugs"), QStringLiteral("regimens")},
                {});
    DrugVocabulary v;
    v.m_version = r.string(root, QStringLiteral("version"), {});

    QSet<QString> classIds;
    for (const QJsonValue& value : r.array(root, QStringLiteral("classes"), {}, true)) {
        const QJsonObject o = value.toObject();
        DrugClassEntry c;
        c.id = r.string(o, QStringLiteral("id"), QStringLiteral("a class"));
        const QString where = QStringLiteral("class ") + c.id;
        r.allowOnly(o,
                    {QStringLiteral("id"), QStringLiteral("label_en"), QStringLiteral("label_zh"),
                     QStringLiteral("evidence"), QStringLiteral("unverified")},
                    where);
        c.labelEn = r.string(o, QStringLiteral("label_en"), where);
        c.labelZh = r.string(o, QStringLiteral("label_zh"), where);
        c.evidence = r.evidence(o, where, nullptr);
        if (classIds.contains(c.id))
            r.fail(where, QStringLiteral("the id is listed twice"));
        classIds.insert(c.id);
        v.m_classes << c;
    }

    for (const QJsonValue& value : r.array(root, QStringLiteral("drugs"), {}, true)) {
        const QJsonObject o = value.toObject();
        DrugEntry d;
        d.id = r.string(o, QStringLiteral("id"), QStringLiteral("a drug"));
        const QString where = QStringLiteral("drug ") + d.id;
        r.allowOnly(o,
                    {QStringLiteral("id"), QStringLiteral("class"), QStringLiteral("label_en"),
                     QStringLiteral("label_zh"), QStringLiteral("synonyms")},
                    where);
        if (d.id != d.id.toLower())
            r.fail(where, QStringLiteral("the id must be lower case"));
        d.classId = r.string(o, QStringLiteral("class"), where);
        if (!d.classId.isEmpty() && !classIds.contains(d.classId))
            r.fail(where, QStringLiteral("unknown class \"%1\"").arg(d.classId));
        d.labelEn = r.string(o, QStringLiteral("label_en"), where);
        d.labelZh = r.string(o, QStringLiteral("label_zh"), where);
        d.synonyms = r.stringList(o, QStringLiteral("synonyms"), where);
        const qsizetype index = v.m_drugs.size();
        for (const QString& name : QStringList{d.id, d.labelEn, d.labelZh} + d.synonyms) {
            const QString k = key(name);
            if (const auto it = v.m_drugIndex.constFind(k);
                it != v.m_drugIndex.constEnd() && it.value() != index)
                r.fail(where, QStringLiteral("\"%1\" also names %2").arg(name, v.m_drugs.at(it.value()).id));
            v.m_drugIndex.insert(k, index);
        }
        v.m_drugs << d;
    }

    for (const QJsonValue& value : r.array(root, QStringLiteral("regimens"), {}, true)) {
        const QJsonObject o = value.toObject();
        RegimenEntry g;
        g.id = r.string(o, QStringLiteral("id"), QStringLiteral("a regimen"));
        const QString where = QStringLiteral("regimen ") + g.id;
        r.allowOnly(o,
                    {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("drugs"),
                     QStringLiteral("aliases")},
                    where);
        g.name = r.string(o, QStringLiteral("name"), where);
        g.drugs = r.stringList(o, QStringLiteral("drugs"), where);
        g.aliases = r.stringList(o, QStringLiteral("aliases"), where);
        if (g.drugs.isEmpty())
            r.fail(where, QStringLiteral("\"drugs\" is missing or empty"));
        for (const QString& drug : g.drugs)
            if (!v.m_drugIndex.contains(key(drug)) || v.m_drugs.at(v.m_drugIndex.value(key(drug))).id != drug)
                r.fail(where, QStringLiteral("unknown drug id \"%1\"").arg(drug));
        const qsizetype index = v.m_regimens.size();
        for (const QString& name : QStringList{g.id, g.name} + g.aliases) {
            const QString k = key(name);
            if (const auto it = v.m_regimenIndex.constFind(k);
                it != v.m_regimenIndex.constEnd() && it.value() != index)
                r.fail(where,
                       QStringLiteral("\"%1\" also names %2").arg(name, v.m_regimens.at(it.value()).id));
            v.m_regimenIndex.insert(k, index);
        }
        v.m_regimens << g;
    }
    if (!r.ok())
        return r.error();
    return v;
}

const DrugEntry* DrugVocabulary::findDrug(const QString& nameOrSynonym) const
{
    const auto it = m_drugIndex.constFind(key(nameOrSynonym));
    return it == m_drugIndex.constEnd() ? nullptr : &m_drugs.at(it.value());
}

const RegimenEntry* DrugVocabulary::findRegimen(const QString& name) const
{
    const auto it = m_regimenIndex.constFind(key(name));
    return it == m_regimenIndex.constEnd() ? nullptr : &m_regimens.at(it.value());
}

const DrugClassEntry* DrugVocabulary::findClass(const QString& id) const
{
    const QString wanted = id.trimmed().toLower();
    for (const auto& c : m_classes)
        if (c.id == wanted)
            return &c;
    return nullptr;
}

QList<LineDrug> DrugVocabulary::expandRegimen(const QString& name) const
{
    QList<LineDrug> out;
    const RegimenEntry* regimen = findRegimen(name);
    if (!regimen)
        return out;
    for (const QString& id : regimen->drugs)
        out << lineDrug(id);
    return out;
}

LineDrug DrugVocabulary::lineDrug(const QString& nameOrSynonym) const
{
    LineDrug d;
    if (const DrugEntry* e = findDrug(nameOrSynonym)) {
        d.name = e->id;
        d.drugClass = e->classId;
    } else {
        d.name = nameOrSynonym.trimmed();
    }
    return d;
}

} // namespace cb::core

#pragma once

// Loads the checklist templates and product labels from the source tree for the checklist tests
// (core itself never reads files: the test reads them and passes the bytes).

#include "core/checklist/ChecklistTemplate.h"
#include "core/checklist/ChecklistTemplateParser.h"
#include "core/checklist/labels/ProductLabelRules.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cb::test {

inline QString checklistPath(const QString& file)
{
    return QStringLiteral(CB_SOURCE_DIR "/resources/checklists/") + file;
}

inline QByteArray readChecklistFile(const QString& file)
{
    QFile f(checklistPath(file));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline QStringList disciplineIds()
{
    return {QStringLiteral("hematology"),         QStringLiteral("cardiology"), QStringLiteral("neurology"),
            QStringLiteral("pulmonology"),        QStringLiteral("icu"),        QStringLiteral("nursing"),
            QStringLiteral("infectious_disease"), QStringLiteral("pharmacy")};
}

inline QJsonObject templateJson(const QString& discipline)
{
    return QJsonDocument::fromJson(readChecklistFile(discipline + QStringLiteral(".json"))).object();
}

// Parsed once per test process; an empty template (no items) when it does not parse, so a test
// fails on its own checks rather than crashing.
inline const core::ChecklistTemplate& loadedTemplate(const QString& discipline)
{
    static QHash<QString, core::ChecklistTemplate> cache;
    if (!cache.contains(discipline)) {
        const QString file = discipline + QStringLiteral(".json");
        auto parsed = core::ChecklistTemplateParser::parse(readChecklistFile(file), file);
        cache.insert(discipline, parsed ? parsed.value() : core::ChecklistTemplate{});
    }
    return cache[discipline];
}

inline const core::ProductLabelRules& loadedLabels()
{
    static const core::ProductLabelRules rules = [] {
        auto parsed =
            core::ProductLabelRules::parse(readChecklistFile(QStringLiteral("product_labels.json")));
        return parsed ? parsed.value() : core::ProductLabelRules{};
    }();
    return rules;
}

inline bool hasHan(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

} // namespace cb::test

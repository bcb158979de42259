#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cb::presentation {

// Readable labels for the stable codes the case page shows (observation codes, drug classes,
// CNS status, audit actions). Display text only: no clinical rule lives here.
class ClinicalLabels
{
    Q_DECLARE_TR_FUNCTIONS(cb::presentation::ClinicalLabels)
public:
    static QString observationLabel(const QString& code);
    static QString drugClassLabel(const QString& id);
    static QString drugClassesText(const QStringList& ids);
    static QString cnsDiseaseLabel(const QString& id);
    static QString auditActionLabel(const QString& action);
    // The audit actions whose label, in the reader's language, holds `text` (case-insensitive).
    static QStringList auditActionsMatching(const QString& text);
    // A checklist unit as the reader writes it ("days" → 天); symbols (mg/dL, %) stay as they are.
    static QString unitLabel(const QString& unit);
};

} // namespace cb::presentation

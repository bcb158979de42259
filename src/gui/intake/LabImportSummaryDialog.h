#pragma once

#include "services/Hl7ImportService.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cb::gui {

// The summary of a lab results import (HL7 ORU^R01): the counts (accepted, superseded, retracted,
// held, refused …) and one row per message or result with its status and reason.
class LabImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    LabImportSummaryDialog(const services::Hl7ImportSummary& summary, QWidget* parent = nullptr);

    // The status id in the interface language.
    static QString statusLabel(const QString& status);

private:
    QLabel* m_counts = nullptr;
    QTableWidget* m_items = nullptr;
};

} // namespace cb::gui

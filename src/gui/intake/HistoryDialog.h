#pragma once

#include "core/CaseRecord.h"
#include "core/UserIdentity.h"
#include "gui/intake/RecordDialog.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

class PartialDateEdit;

// The patient's disease history, shared by all their cases: diagnosis and its date, staging for
// the indication (ISS/R-ISS; Ann Arbor/Lugano with bulky; B-ALL CNS and Ph status), cytogenetic
// risk markers, extramedullary and CNS disease, the target antigen after the last line. Every
// change is kept in the audit with before and after.
class HistoryDialog : public RecordDialog
{
    Q_OBJECT
public:
    HistoryDialog(services::Workspace& ws, const core::UserIdentity& user, const core::CaseRecord& record,
                  QWidget* parent = nullptr);

protected:
    QString save() override;

private:
    QComboBox* choice(const QString& objectName, const QList<std::pair<QString, QString>>& items,
                      const QString& current);

    services::Workspace& m_ws;
    const core::UserIdentity& m_user;
    qint64 m_caseId = 0;
    core::DiseaseHistory m_base;
    QLineEdit* m_diagnosis = nullptr;
    PartialDateEdit* m_diagnosisDate = nullptr;
    QComboBox* m_iss = nullptr;
    QComboBox* m_riss = nullptr;
    QComboBox* m_annArbor = nullptr;
    QComboBox* m_bulky = nullptr;
    QComboBox* m_cnsStatus = nullptr;
    QComboBox* m_ph = nullptr;
    QLineEdit* m_stagingText = nullptr;
    QMap<QString, QCheckBox*> m_markers;
    QPlainTextEdit* m_cytoNote = nullptr;
    QComboBox* m_emd = nullptr;
    QLineEdit* m_emdSites = nullptr;
    QComboBox* m_cns = nullptr;
    QComboBox* m_antigen = nullptr;
    QComboBox* m_antigenStatus = nullptr;
    PartialDateEdit* m_antigenDate = nullptr;
    QLineEdit* m_antigenMethod = nullptr;
};

} // namespace cb::gui

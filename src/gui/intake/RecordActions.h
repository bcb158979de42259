#pragma once

#include "core/CaseRecord.h"
#include "core/Result.h"
#include "core/UserIdentity.h"

#include <QObject>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QBoxLayout;
class QDialog;
class QWidget;

namespace cb::services {
class Workspace;
}

namespace cb::gui {

// Where the patient's record is edited on the case page: Start work-up and Reopen… in the
// toolbar; Edit history… and Add transplant… under the history (each transplant with Correct… and
// Entered in error… links); Add, Correct… and Entered in error… above the therapy lines and the
// observations (acting on the selected row). Every button asks the services; none edits in place.
class RecordActions : public QObject
{
    Q_OBJECT
public:
    struct Places
    {
        QWidget* page = nullptr;
        QBoxLayout* toolbar = nullptr;
        int toolbarIndex = 0;
        QBoxLayout* history = nullptr;
        QBoxLayout* therapyTab = nullptr;
        QTableView* therapyLines = nullptr;
        QBoxLayout* observationsTab = nullptr;
        QTableView* observations = nullptr;
    };
    RecordActions(services::Workspace& ws, const core::UserIdentity& user, const Places& places,
                  QObject* parent = nullptr);

    void setCase(const core::CaseRecord& record);
    // The transplants as rich text with their Correct… / Entered in error… links.
    QString transplantsHtml(const core::CaseRecord& record) const;
    // The label showing transplantsHtml(); its links run the acts.
    void attachTransplantLabel(QLabel* label);

signals:
    void recordChanged(qint64 caseId);

private:
    void startWorkUp();
    void reopen();
    void mergePatient();
    void editHistory();
    void addLine();
    void correctLine();
    void voidLine();
    void addTransplant();
    void transplantLink(const QString& link);
    void addObservation();
    void correctObservation();
    void voidObservation();
    int selectedRow(QTableView* view) const;
    // Asks for a reason (ReasonDialog, window-modal), then runs the act with it.
    void askReason(const QString& title, const QString& question, std::function<Status(const QString&)> act,
                   const QString& failure);
    // Opens an entry form; its Save refreshes the page.
    void showDialog(QDialog* dialog);
    void changed();

    services::Workspace& m_ws;
    const core::UserIdentity& m_user;
    Places m_places;
    core::CaseRecord m_record;
    QPushButton* m_startWorkUp = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_editHistory = nullptr;
    QPushButton* m_addTransplant = nullptr;
    QPushButton* m_addLine = nullptr;
    QPushButton* m_correctLine = nullptr;
    QPushButton* m_voidLine = nullptr;
    QPushButton* m_addObservation = nullptr;
    QPushButton* m_correctObservation = nullptr;
    QPushButton* m_voidObservation = nullptr;
};

} // namespace cb::gui

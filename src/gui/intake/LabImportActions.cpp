#include "gui/intake/LabImportActions.h"

#include "core/PermissionPolicy.h"
#include "gui/intake/LabImportQueueDialog.h"
#include "gui/intake/LabImportSummaryDialog.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/Hl7ImportService.h"
#include "services/Workspace.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QMenu>

namespace cb::gui {

LabImportActions::LabImportActions(services::Workspace& ws, const core::UserIdentity& user, QWidget* window,
                                   QMenu* menu, QAction* after)
    : QObject(window), m_ws(ws), m_user(user), m_window(window)
{
    m_import = new QAction(tr("Import &lab results…"), window);
    m_import->setObjectName(QStringLiteral("actionImportLabResults"));
    m_import->setStatusTip(tr("Read HL7 v2 lab result messages (ORU^R01) into the patients' records"));
    m_queue = new QAction(tr("Lab results import &queue…"), window);
    m_queue->setObjectName(QStringLiteral("actionLabImportQueue"));
    m_queue->setStatusTip(tr("Lab messages held because their patient matched nobody"));
    const QList<QAction*> actions = menu->actions();
    const qsizetype at = actions.indexOf(after);
    QAction* before = at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
    menu->insertAction(before, m_import);
    menu->insertAction(before, m_queue);
    connect(m_import, &QAction::triggered, this, &LabImportActions::importFile);
    connect(m_queue, &QAction::triggered, this, &LabImportActions::showQueue);
    setEnabled(true);
}

void LabImportActions::setEnabled(bool enabled)
{
    const bool may = core::PermissionPolicy::allows(m_user, core::Action::EditCaseData);
    m_import->setEnabled(enabled && may);
    m_queue->setEnabled(enabled && may);
}

void LabImportActions::importFile()
{
    services::Hl7ImportService importer(m_ws.database(), m_ws.clock(), m_ws.intake(), m_ws.settings());
    if (auto st = importer.requireImport(m_user); !st.ok()) {
        MessageBox::warning(m_window, tr("Import lab results"), st.error().message);
        return;
    }
    const QString path =
        FileDialog::getOpenFileName(m_window, tr("Import lab results"), {},
                                    tr("HL7 v2 messages (*.hl7 *.txt *.msg *.oru);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        MessageBox::warning(m_window, tr("Import lab results"),
                            tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), f.errorString()));
        return;
    }
    if (f.size() > 64 * 1024 * 1024) {
        MessageBox::warning(m_window, tr("Import lab results"), tr("%1 is larger than 64 MB.").arg(path));
        return;
    }
    auto s = importer.importFile(m_user, f.readAll(), QFileInfo(path).fileName());
    if (!s.ok()) {
        MessageBox::warning(m_window, tr("Import lab results"), s.error().message);
        return;
    }
    emit resultsImported();
    auto* summary = new LabImportSummaryDialog(*s, m_window);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
}

void LabImportActions::showQueue()
{
    auto* dialog = new LabImportQueueDialog(m_ws, m_user, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LabImportQueueDialog::resultsImported, this, &LabImportActions::resultsImported);
    dialog->open();
}

} // namespace cb::gui

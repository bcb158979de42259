#include "gui/intake/LabImportQueueDialog.h"

#include "gui/intake/LabImportSummaryDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::gui {

LabImportQueueDialog::LabImportQueueDialog(services::Workspace& ws, const core::UserIdentity& user,
                                           QWidget* parent)
    : QDialog(parent), m_ws(ws), m_user(user)
{
    setObjectName(QStringLiteral("labImportQueueDialog"));
    setWindowTitle(tr("Lab results import queue"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("These lab messages name no registered patient (or more than one), so they wait "
                      "here: they are never attached to a guessed patient. Check the patient with the "
                      "laboratory, then assign the message to the patient's record."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_empty = new QLabel(tr("No lab message is waiting."), this);
    m_empty->setObjectName(QStringLiteral("labQueueEmpty"));
    layout->addWidget(m_empty);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("labQueueTable"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Received"), tr("Facility / message"),
                                        tr("Patient in the message"), tr("Results"), tr("Why held")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("labQueueDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_detail);

    auto* form = new QFormLayout;
    m_patient = new QSpinBox(this);
    m_patient->setObjectName(QStringLiteral("labQueuePatientId"));
    m_patient->setRange(0, 999999999);
    m_patient->setSpecialValueText(tr("(patient number)"));
    m_patient->setToolTip(tr("The patient's number, as the case page and `patient find` show it."));
    form->addRow(tr("Assign to patient number:"), m_patient);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("labQueueReason"));
    m_reason->setMaxLength(2000);
    m_reason->setPlaceholderText(
        tr("How the patient was confirmed, e.g. the laboratory corrected the MRN by phone"));
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_assign = buttons->addButton(tr("Assign and import"), QDialogButtonBox::ActionRole);
    m_assign->setObjectName(QStringLiteral("labQueueAssignButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_assign, &QPushButton::clicked, this, &LabImportQueueDialog::assignSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LabImportQueueDialog::updateButtons);
    connect(m_patient, &QSpinBox::valueChanged, this, &LabImportQueueDialog::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &LabImportQueueDialog::updateButtons);
    resize(980, 520);
    reload();
}

void LabImportQueueDialog::reload()
{
    services::Hl7ImportService importer(m_ws.database(), m_ws.clock(), m_ws.intake(), m_ws.settings());
    auto queue = importer.queue(m_user);
    m_entries = queue.ok() ? *queue : QList<services::Hl7QueueEntry>{};
    if (!queue.ok())
        m_empty->setText(queue.error().message);
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const auto& e = m_entries.at(row);
        const QString birth = e.birthDate.size() == 8
                                  ? e.birthDate.left(4) + QLatin1Char('-') + e.birthDate.mid(4, 2) +
                                        QLatin1Char('-') + e.birthDate.mid(6, 2)
                                  : e.birthDate;
        const QString patient = QStringList{e.familyName + QLatin1Char(' ') + e.givenName, birth,
                                            e.identifiers.join(QStringLiteral(", "))}
                                    .join(QStringLiteral(" · "));
        const QStringList cells{QString::number(e.id),
                                e.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                e.facility + QLatin1Char(' ') + e.controlId,
                                patient.trimmed(),
                                QString::number(e.results),
                                e.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(5, qMax(m_table->columnWidth(5), 280));
    m_table->resizeRowsToContents();
    m_empty->setVisible(queue.ok() ? m_entries.isEmpty() : true);
    if (!m_entries.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void LabImportQueueDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_detail->setText(
        row >= 0 && row < m_entries.size()
            ? tr("Why message %1 is held: %2").arg(m_entries.at(row).id).arg(m_entries.at(row).reason)
            : QString());
    m_assign->setEnabled(row >= 0 && row < m_entries.size() && m_patient->value() > 0 &&
                         !m_reason->text().trimmed().isEmpty());
}

void LabImportQueueDialog::assignSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size())
        return;
    services::Hl7ImportService importer(m_ws.database(), m_ws.clock(), m_ws.intake(), m_ws.settings());
    auto s = importer.assign(m_user, m_entries.at(row).id, m_patient->value(), m_reason->text());
    if (!s.ok()) {
        MessageBox::warning(this, tr("Assign a lab message"), s.error().message);
        return;
    }
    m_reason->clear();
    m_patient->setValue(0);
    reload();
    emit resultsImported();
    auto* summary = new LabImportSummaryDialog(*s, this);
    summary->setAttribute(Qt::WA_DeleteOnClose);
    summary->open();
}

} // namespace cb::gui

#include "gui/intake/LabImportSummaryDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cb::gui {

QString LabImportSummaryDialog::statusLabel(const QString& status)
{
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("superseded"))
        return tr("Supersedes an earlier result");
    if (status == QLatin1String("retracted"))
        return tr("Retracts an earlier result");
    if (status == QLatin1String("held"))
        return tr("Held in the queue");
    if (status == QLatin1String("refused"))
        return tr("Refused");
    if (status == QLatin1String("kept"))
        return tr("Kept with the message");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled by the lab");
    if (status == QLatin1String("ignored"))
        return tr("Not recorded");
    if (status == QLatin1String("duplicate"))
        return tr("Already imported");
    return status;
}

LabImportSummaryDialog::LabImportSummaryDialog(const services::Hl7ImportSummary& s, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("labImportSummaryDialog"));
    setWindowTitle(s.dryRun ? tr("Lab results: what an import would do") : tr("Lab results imported"));
    auto* layout = new QVBoxLayout(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("labImportCounts"));
    m_counts->setWordWrap(true);
    m_counts->setText(
        tr("%n message(s): ", nullptr, s.messages) +
        tr("%1 accepted, %2 superseded, %3 retracted, %4 held, %5 refused.")
            .arg(s.accepted)
            .arg(s.superseded)
            .arg(s.retracted)
            .arg(s.held)
            .arg(s.refused) +
        QLatin1Char(' ') +
        tr("Also: %1 kept with the message only, %2 cancelled, %3 not recorded, %4 already imported.")
            .arg(s.kept)
            .arg(s.cancelled)
            .arg(s.ignored)
            .arg(s.duplicates));
    layout->addWidget(m_counts);
    m_items = new QTableWidget(int(s.items.size()), 4, this);
    m_items->setObjectName(QStringLiteral("labImportItems"));
    m_items->setHorizontalHeaderLabels({tr("Message"), tr("Result"), tr("Status"), tr("Reason")});
    m_items->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_items->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_items->setWordWrap(true);
    m_items->verticalHeader()->setVisible(false);
    m_items->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < s.items.size(); ++row) {
        const auto& i = s.items.at(row);
        const QString result =
            i.setId.isEmpty() && i.code.isEmpty()
                ? QString()
                : tr("OBX %1 %2").arg(i.setId, i.code) +
                      (i.observation.isEmpty() ? QString() : QStringLiteral(" → ") + i.observation);
        const QStringList cells{i.messageId, result, statusLabel(i.status), i.reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_items->setItem(row, c, item);
        }
    }
    m_items->resizeColumnsToContents();
    m_items->setColumnWidth(3, qMax(m_items->columnWidth(3), 320));
    m_items->resizeRowsToContents();
    layout->addWidget(m_items, 1);
    auto* detail = new QLabel(this);
    detail->setObjectName(QStringLiteral("labImportDetail"));
    detail->setWordWrap(true);
    detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(detail);
    connect(m_items, &QTableWidget::currentCellChanged, this, [this, detail](int row) {
        const QTableWidgetItem* reason = m_items->item(row, 3);
        detail->setText(reason && !reason->text().isEmpty() ? reason->text() : QString());
    });
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (m_items->item(row, 3) && !m_items->item(row, 3)->text().isEmpty()) {
            m_items->setCurrentCell(row, 3);
            break;
        }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace cb::gui

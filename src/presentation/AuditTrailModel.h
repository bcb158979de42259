#pragma once

#include "core/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace cb::presentation {

// A case's audit trail, newest first: local time with its zone, user, action, details.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, ActionColumn, DetailsColumn, ColumnCount };

    explicit AuditTrailModel(QObject* parent = nullptr);
    void setEntries(QList<core::AuditEntry> entries);
    // Adds older entries below the ones shown (the next page).
    void appendEntries(QList<core::AuditEntry> entries);
    const core::AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-03-01 14:05:09 CET": the entry's UTC time in this workstation's zone.
    static QString localTimeText(const QDateTime& utc);
    // The before/after values and the reason, readable.
    static QString detailsText(const core::AuditEntry& entry);

private:
    QList<core::AuditEntry> m_entries;
};

} // namespace cb::presentation

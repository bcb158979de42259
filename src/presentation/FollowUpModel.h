#pragma once

#include "core/pathway/FollowUpSchedule.h"
#include "core/pathway/FollowUpVisit.h"
#include "core/pathway/PathwayVocabulary.h"

#include <QAbstractTableModel>

namespace cb::presentation {

// A case's follow-up schedule: visit, due date, status (scheduled, due, overdue, done), the
// response with MRD, late effects and who recorded it.
class FollowUpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VisitColumn,
        DueColumn,
        StatusColumn,
        DoneColumn,
        ResponseColumn,
        MrdColumn,
        LateEffectsColumn,
        RecordedByColumn,
        ColumnCount
    };

    explicit FollowUpModel(QObject* parent = nullptr);
    void setVisits(QList<core::FollowUpVisit> visits, const core::FollowUpSchedule& schedule,
                   const QDate& today, core::ResponseScheme scheme);
    const QList<core::FollowUpVisit>& visits() const { return m_visits; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString lateEffectsText(const QJsonObject& details);
    static QVariant statusBrush(core::VisitStatus status);

private:
    QList<core::FollowUpVisit> m_visits;
    core::FollowUpSchedule m_schedule;
    QDate m_today;
    core::ResponseScheme m_scheme = core::ResponseScheme::Lugano2014;
};

} // namespace cb::presentation

#pragma once

#include "core/pathway/AssessmentJson.h"
#include "services/MonitoringService.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cb::gui {

// The nurse's entry of one monitoring assessment: vital signs, oxygen, the ICE items, the
// neurological findings and the interventions. The CRS, ICE and ICANS grades are computed as
// the fields change (ASTCT 2019, core calculators), before anything is saved.
class MonitoringEntryForm : public QWidget
{
    Q_OBJECT
public:
    explicit MonitoringEntryForm(QWidget* parent = nullptr);

    // The sheet so far (for the age and whether CRS was already treated) and the clock's now.
    void setContext(const services::MonitoringView& view, const QDateTime& now);
    // The entry as the JSON of core::AssessmentJson.
    QJsonObject entry() const;
    void setRecordEnabled(bool enabled, const QString& why);
    void showRefusal(const QString& message);
    // Back to a normal entry after a save (time moves to now).
    void reset(const QDateTime& now);
    // The program's grading conventions (the live grades use them, as the service will).
    void setConventions(const core::GradingOptions& options);
    // Fills the form with a recorded assessment's inputs and turns "Record" into "Record
    // correction" of that assessment; cancelCorrection() (or reset) returns to a new entry.
    void startCorrection(const core::Assessment& original);
    void cancelCorrection();
    qint64 correcting() const { return m_correcting; }
    // Whether the CAPD items are shown (the patient is 12 or younger at the entry's time).
    bool capdShown() const;

signals:
    void recordRequested(const QJsonObject& entry);

private slots:
    void updateGrades();

private:
    void load(const QJsonObject& inputs);
    QCheckBox* check(const QString& name, const QString& text);
    template <typename E>
    QComboBox* combo(const QString& name, std::span<const core::StableIdEntry<E>> table);

    services::MonitoringView m_view;
    QDateTimeEdit* m_time = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QComboBox* m_temperatureUnit = nullptr;
    QCheckBox* m_hypotension = nullptr;
    QHash<QString, QCheckBox*> m_vasopressors;
    QComboBox* m_device = nullptr;
    QDoubleSpinBox* m_flow = nullptr;
    QCheckBox* m_iceDone = nullptr;
    QCheckBox* m_arousable = nullptr;
    QCheckBox* m_year = nullptr;
    QCheckBox* m_month = nullptr;
    QCheckBox* m_city = nullptr;
    QCheckBox* m_hospital = nullptr;
    QSpinBox* m_naming = nullptr;
    QCheckBox* m_follows = nullptr;
    QCheckBox* m_writes = nullptr;
    QCheckBox* m_counts = nullptr;
    QComboBox* m_consciousness = nullptr;
    QComboBox* m_seizure = nullptr;
    QComboBox* m_motor = nullptr;
    QComboBox* m_edema = nullptr;
    QDoubleSpinBox* m_tocilizumab = nullptr;
    QLineEdit* m_steroid = nullptr;
    QCheckBox* m_icu = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_crs = nullptr;
    QLabel* m_icans = nullptr;
    QLabel* m_ice = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_record = nullptr;
    QGroupBox* m_capdGroup = nullptr;
    QSpinBox* m_capdScore = nullptr;
    QCheckBox* m_capdUnable = nullptr;
    QCheckBox* m_deathCrs = nullptr;
    QCheckBox* m_deathIcans = nullptr;
    QPushButton* m_cancelCorrection = nullptr;
    QLabel* m_correctionNote = nullptr;
    core::GradingOptions m_conventions;
    QJsonObject m_carried; // a corrected assessment's inputs the form has no field for (kept as they were)
    qint64 m_correcting = 0;
    bool m_child = false;
};

} // namespace cb::gui

#pragma once

#include "core/pathway/AssessmentJson.h"
#include "gui/widgets/FieldErrors.h"
#include "services/MonitoringService.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>
#include <functional>

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
// the fields change (ASTCT 2019, core calculators), before anything is saved. Every finding
// starts "not assessed" and is left out of the entry until chosen (the service refuses an entry
// without a required one, naming it); the time is now when the form is shown, until she sets it.
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
    // The service's refusal in the error label, with the field's label for its key; the field is outlined.
    void showRefusal(const Error& error);
    void clearRefusal();
    // Back to an empty entry after a save (every finding not assessed, time now).
    void reset(const QDateTime& now);
    // Where "now" comes from when the form is shown (the workspace clock).
    void setClock(std::function<QDateTime()> now);
    static QString notAssessed();
    // Whether anything was entered (a finding, an intervention, a note, or a correction started).
    bool hasEntry() const;
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load(const QJsonObject& inputs);
    void setTimeNow(const QDateTime& now);
    QCheckBox* check(const QString& name, const QString& text);
    template <typename E>
    QComboBox* combo(const QString& name, std::span<const core::StableIdEntry<E>> table);

    services::MonitoringView m_view;
    QDateTimeEdit* m_time = nullptr;
    QLabel* m_timeNote = nullptr;
    std::function<QDateTime()> m_now;
    bool m_timeChosen = false; // she set the time herself (or a correction carries its own)
    bool m_settingTime = false;
    FieldErrors m_fieldErrors;
    QDoubleSpinBox* m_temperature = nullptr;
    QComboBox* m_temperatureUnit = nullptr;
    QComboBox* m_hypotension = nullptr; // not assessed, no, yes
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

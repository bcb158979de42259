#pragma once

#include "core/pathway/Assessment.h"

#include <QChartView>
#include <QDate>

class QLineSeries;
class QValueAxis;

namespace cb::gui {

// Temperature and the CRS and ICANS grades over the days since infusion (Qt Charts): the
// temperature on the left axis (°C, with the 38.0 °C fever line), the grades on the right (0-5).
class MonitoringChart : public QChartView
{
    Q_OBJECT
public:
    explicit MonitoringChart(QWidget* parent = nullptr);
    void setAssessments(const QList<core::Assessment>& assessments, const QDate& infusionDate);

    QLineSeries* temperatureSeries() const { return m_temperature; }
    QLineSeries* crsSeries() const { return m_crs; }
    QLineSeries* icansSeries() const { return m_icans; }

private:
    QLineSeries* m_temperature = nullptr;
    QLineSeries* m_fever = nullptr;
    QLineSeries* m_crs = nullptr;
    QLineSeries* m_icans = nullptr;
    QValueAxis* m_days = nullptr;
};

} // namespace cb::gui

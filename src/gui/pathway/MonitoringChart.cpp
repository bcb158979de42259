#include "gui/pathway/MonitoringChart.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <cmath>

namespace cb::gui {

MonitoringChart::MonitoringChart(QWidget* parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("monitoringChart"));
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Temperature and CRS/ICANS grade by day since infusion"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_temperature = new QLineSeries(chart);
    m_temperature->setName(tr("Temperature (°C)"));
    m_temperature->setPointsVisible(true);
    m_temperature->setPen(QPen(QColor(0x1f, 0x6f, 0xb4), 2));
    m_fever = new QLineSeries(chart);
    m_fever->setName(tr("Fever 38.0 °C"));
    m_fever->setPen(QPen(QColor(0x1f, 0x6f, 0xb4), 1, Qt::DashLine));
    m_crs = new QLineSeries(chart);
    m_crs->setName(tr("CRS grade"));
    m_crs->setPen(QPen(QColor(0xd9, 0x48, 0x1c), 2));
    m_crs->setPointsVisible(true);
    m_icans = new QLineSeries(chart);
    m_icans->setName(tr("ICANS grade"));
    m_icans->setPen(QPen(QColor(0x6a, 0x3d, 0x9a), 2));
    m_icans->setPointsVisible(true);
    for (QLineSeries* s : {m_temperature, m_fever, m_crs, m_icans})
        chart->addSeries(s);

    m_days = new QValueAxis(chart);
    m_days->setTitleText(tr("Days since infusion"));
    m_days->setLabelFormat(QStringLiteral("%d"));
    auto* temperature = new QValueAxis(chart);
    temperature->setTitleText(tr("°C"));
    temperature->setRange(35.0, 41.0);
    temperature->setTickCount(4); // 35, 37, 39, 41: readable even when the chart is short
    temperature->setLabelFormat(QStringLiteral("%.0f"));
    auto* grade = new QValueAxis(chart);
    grade->setTitleText(tr("Grade"));
    grade->setRange(0, 5);
    grade->setTickCount(6);
    grade->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_days, Qt::AlignBottom);
    chart->addAxis(temperature, Qt::AlignLeft);
    chart->addAxis(grade, Qt::AlignRight);
    for (QLineSeries* s : {m_temperature, m_fever}) {
        s->attachAxis(m_days);
        s->attachAxis(temperature);
    }
    for (QLineSeries* s : {m_crs, m_icans}) {
        s->attachAxis(m_days);
        s->attachAxis(grade);
    }
    setChart(chart);
    setMinimumHeight(240);
    setAssessments({}, {});
}

void MonitoringChart::setAssessments(const QList<core::Assessment>& assessments, const QDate& infusionDate)
{
    QList<QPointF> temperature;
    QList<QPointF> crs;
    QList<QPointF> icans;
    double last = 14.0;
    const QDateTime day0 =
        infusionDate.isValid() ? QDateTime(infusionDate, QTime(0, 0), Qt::UTC) : QDateTime();
    for (const core::Assessment& a : assessments) {
        // fractional days from midnight of day 0 (UTC), so two entries of a day sit apart
        const double x = day0.isValid() ? double(day0.secsTo(a.assessedAt)) / 86400.0 : double(a.day);
        temperature << QPointF(x, a.temperatureC);
        crs << QPointF(x, a.crsGrade);
        icans << QPointF(x, a.icansGrade);
        last = std::max(last, std::ceil(x));
    }
    m_temperature->replace(temperature);
    m_crs->replace(crs);
    m_icans->replace(icans);
    m_fever->replace({QPointF(0, 38.0), QPointF(last, 38.0)});
    m_days->setRange(0, last);
    m_days->setTickCount(int(last) + 1 <= 15 ? int(last) + 1 : 8);
}

} // namespace cb::gui

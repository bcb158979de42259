#include "gui/pathway/MonitoringEntryForm.h"

#include "core/TextLimits.h"
#include "core/grading/GradingVocabulary.h"
#include "core/grading/IcansGrader.h"
#include "core/grading/IceScorer.h"
#include "gui/widgets/TextLimit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cb::gui {

QString MonitoringEntryForm::notAssessed()
{
    return tr("— not assessed —");
}

QCheckBox* MonitoringEntryForm::check(const QString& name, const QString& text)
{
    auto* box = new QCheckBox(text, this);
    box->setObjectName(name);
    connect(box, &QCheckBox::toggled, this, &MonitoringEntryForm::updateGrades);
    return box;
}

template <typename E>
QComboBox* MonitoringEntryForm::combo(const QString& name, std::span<const core::StableIdEntry<E>> table)
{
    auto* box = new QComboBox(this);
    box->setObjectName(name);
    box->addItem(notAssessed(), QString()); // nothing is recorded until someone chooses
    for (const auto& e : table)
        box->addItem(core::labelOf(table, e.value), QString::fromLatin1(e.id));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(14);
    connect(box, &QComboBox::currentIndexChanged, this, &MonitoringEntryForm::updateGrades);
    return box;
}

MonitoringEntryForm::MonitoringEntryForm(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monitoringEntry"));
    auto* layout = new QVBoxLayout(this);

    auto* vitals = new QGroupBox(tr("Vital signs and oxygen"), this);
    auto* vf = new QFormLayout(vitals);
    m_time = new QDateTimeEdit(this);
    m_time->setObjectName(QStringLiteral("entryTime"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_time->setCalendarPopup(true);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_settingTime)
            m_timeChosen = true; // she set the time of the assessment herself: kept until saved
        updateGrades();
    });
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    m_timeNote = new QLabel(tr("(now, when the form opened)"), this);
    m_timeNote->setObjectName(QStringLiteral("entryTimeNote"));
    timeRow->addWidget(m_timeNote, 1);
    vf->addRow(tr("Time"), timeRow);
    m_fieldErrors.add(QStringLiteral("time"), m_time);
    auto* tempRow = new QHBoxLayout;
    m_temperature = new QDoubleSpinBox(this);
    m_temperature->setObjectName(QStringLiteral("entryTemperature"));
    m_temperature->setDecimals(1);
    m_temperature->setSingleStep(0.1);
    m_temperature->setRange(0.0, 113.0); // 0: not assessed; the service checks the range of the unit
    m_temperature->setSpecialValueText(notAssessed());
    m_temperature->setValue(0.0);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &MonitoringEntryForm::updateGrades);
    m_temperatureUnit = new QComboBox(this);
    m_temperatureUnit->setObjectName(QStringLiteral("entryTemperatureUnit"));
    m_temperatureUnit->addItem(QStringLiteral("°C"), QStringLiteral("temperature_c"));
    m_temperatureUnit->addItem(QStringLiteral("°F"), QStringLiteral("temperature_f"));
    connect(m_temperatureUnit, &QComboBox::currentIndexChanged, this, &MonitoringEntryForm::updateGrades);
    tempRow->addWidget(m_temperature, 1);
    tempRow->addWidget(m_temperatureUnit);
    vf->addRow(tr("Temperature"), tempRow);
    m_fieldErrors.add(QStringLiteral("temperature_c"), m_temperature);
    m_fieldErrors.add(QStringLiteral("temperature_f"), m_temperature);
    m_hypotension = new QComboBox(this);
    m_hypotension->setObjectName(QStringLiteral("entryHypotension"));
    m_hypotension->addItem(notAssessed());
    m_hypotension->addItem(tr("No hypotension"), false);
    m_hypotension->addItem(tr("Hypotension (e.g. SBP < 90 mmHg, adult)"), true);
    connect(m_hypotension, &QComboBox::currentIndexChanged, this, &MonitoringEntryForm::updateGrades);
    vf->addRow(tr("Blood pressure"), m_hypotension);
    m_fieldErrors.add(QStringLiteral("hypotension"), m_hypotension);
    auto* vaso = new QGridLayout;
    int i = 0;
    for (const auto& e : core::vasoactiveAgents()) {
        auto* box = check(QStringLiteral("entryVaso_") + QString::fromLatin1(e.id), core::label(e.value));
        m_vasopressors.insert(QString::fromLatin1(e.id), box);
        vaso->addWidget(box, i / 2, i % 2);
        ++i;
    }
    vf->addRow(tr("Vasoactive agents"), vaso);
    m_device = combo(QStringLiteral("entryOxygenDevice"), core::oxygenDevices());
    vf->addRow(tr("Oxygen"), m_device);
    m_fieldErrors.add(QStringLiteral("oxygen"), m_device);
    m_fieldErrors.add(QStringLiteral("oxygen.device"), m_device);
    m_flow = new QDoubleSpinBox(this);
    m_flow->setObjectName(QStringLiteral("entryOxygenFlow"));
    m_flow->setRange(-1, 100); // -1: not assessed (none needed on room air)
    m_flow->setDecimals(1);
    m_flow->setSpecialValueText(notAssessed());
    m_flow->setValue(-1);
    m_flow->setSuffix(QStringLiteral(" L/min"));
    connect(m_flow, &QDoubleSpinBox::valueChanged, this, &MonitoringEntryForm::updateGrades);
    vf->addRow(tr("Flow"), m_flow);
    m_fieldErrors.add(QStringLiteral("oxygen.flow_l_min"), m_flow);
    layout->addWidget(vitals);

    auto* ice = new QGroupBox(tr("ICE score and neurology"), this);
    auto* nf = new QFormLayout(ice);
    // Not assessed until ticked; then every item starts as not achieved (0 points), so a score
    // is only ever what was ticked.
    m_iceDone = check(QStringLiteral("entryIceDone"), tr("ICE assessed"));
    m_arousable = check(QStringLiteral("entryArousable"), tr("Arousable, able to perform ICE"));
    nf->addRow(m_iceDone, m_arousable);
    auto* orient = new QHBoxLayout;
    m_year = check(QStringLiteral("entryOrientYear"), tr("Year"));
    m_month = check(QStringLiteral("entryOrientMonth"), tr("Month"));
    m_city = check(QStringLiteral("entryOrientCity"), tr("City"));
    m_hospital = check(QStringLiteral("entryOrientHospital"), tr("Hospital"));
    for (QCheckBox* b : {m_year, m_month, m_city, m_hospital})
        orient->addWidget(b);
    nf->addRow(tr("Orientation"), orient);
    m_naming = new QSpinBox(this);
    m_naming->setObjectName(QStringLiteral("entryNaming"));
    m_naming->setRange(0, 3);
    m_naming->setSuffix(tr(" of 3 objects"));
    connect(m_naming, &QSpinBox::valueChanged, this, &MonitoringEntryForm::updateGrades);
    nf->addRow(tr("Naming"), m_naming);
    m_follows = check(QStringLiteral("entryFollows"), tr("Follows commands"));
    m_writes = check(QStringLiteral("entryWrites"), tr("Writes a standard sentence"));
    m_counts = check(QStringLiteral("entryCounts"), tr("Counts back from 100 by 10"));
    for (QCheckBox* b : {m_follows, m_writes, m_counts})
        nf->addRow(QString(), b);
    m_consciousness = combo(QStringLiteral("entryConsciousness"), core::consciousnessLevels());
    nf->addRow(tr("Consciousness"), m_consciousness);
    m_seizure = combo(QStringLiteral("entrySeizure"), core::seizures());
    nf->addRow(tr("Seizure"), m_seizure);
    m_motor = combo(QStringLiteral("entryMotor"), core::motorFindings());
    nf->addRow(tr("Motor"), m_motor);
    m_edema = combo(QStringLiteral("entryEdema"), core::cerebralEdemaFindings());
    nf->addRow(tr("Raised ICP / edema"), m_edema);
    m_fieldErrors.add(QStringLiteral("consciousness"), m_consciousness);
    m_fieldErrors.add(QStringLiteral("seizure"), m_seizure);
    m_fieldErrors.add(QStringLiteral("motor"), m_motor);
    m_fieldErrors.add(QStringLiteral("cerebral_edema"), m_edema);
    layout->addWidget(ice);

    // Children 12 and under: CAPD replaces the ICE score (SPEC §1.3); shown from the age at the entry's time.
    m_capdGroup = new QGroupBox(tr("CAPD (children 12 and under, instead of ICE)"), this);
    m_capdGroup->setObjectName(QStringLiteral("entryCapdGroup"));
    auto* cf = new QFormLayout(m_capdGroup);
    m_capdScore = new QSpinBox(this);
    m_capdScore->setObjectName(QStringLiteral("entryCapdScore"));
    m_capdScore->setRange(-1, 32); // -1: not assessed
    m_capdScore->setSpecialValueText(notAssessed());
    m_capdScore->setValue(-1);
    m_capdScore->setSuffix(tr(" of 32"));
    connect(m_capdScore, &QSpinBox::valueChanged, this, &MonitoringEntryForm::updateGrades);
    cf->addRow(tr("CAPD total score"), m_capdScore);
    m_fieldErrors.add(QStringLiteral("capd_score"), m_capdScore);
    m_capdUnable = check(QStringLiteral("entryCapdUnable"), tr("Unable to perform CAPD"));
    cf->addRow(QString(), m_capdUnable);
    m_capdGroup->hide();
    layout->addWidget(m_capdGroup);

    auto* given = new QGroupBox(tr("Interventions"), this);
    auto* gf = new QFormLayout(given);
    m_tocilizumab = new QDoubleSpinBox(this);
    m_tocilizumab->setObjectName(QStringLiteral("entryTocilizumab"));
    m_tocilizumab->setRange(0, 800);
    m_tocilizumab->setDecimals(0);
    m_tocilizumab->setSuffix(QStringLiteral(" mg"));
    m_tocilizumab->setSpecialValueText(tr("none"));
    gf->addRow(tr("Tocilizumab"), m_tocilizumab);
    m_fieldErrors.add(QStringLiteral("interventions.tocilizumab_mg"), m_tocilizumab);
    m_steroid = new QLineEdit(this);
    m_steroid->setObjectName(QStringLiteral("entrySteroid"));
    m_steroid->setPlaceholderText(tr("e.g. dexamethasone 10 mg IV"));
    gf->addRow(tr("Steroid"), m_steroid);
    TextLimit::apply(m_steroid, core::TextLimits::kShort);
    m_fieldErrors.add(QStringLiteral("interventions.steroid"), m_steroid);
    m_icu = check(QStringLiteral("entryIcu"), tr("Transferred to ICU"));
    gf->addRow(QString(), m_icu);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("entryNote"));
    gf->addRow(tr("Note"), m_note);
    TextLimit::apply(m_note, core::TextLimits::kLong);
    m_fieldErrors.add(QStringLiteral("free_text"), m_note);
    layout->addWidget(given);

    auto* death = new QGroupBox(tr("Death (grade 5)"), this);
    death->setObjectName(QStringLiteral("entryDeathGroup"));
    auto* df = new QVBoxLayout(death);
    m_deathCrs = check(QStringLiteral("entryDeathCrs"), tr("Death due to CRS (no other principal cause)"));
    m_deathIcans =
        check(QStringLiteral("entryDeathIcans"), tr("Death due to ICANS (no other principal cause)"));
    df->addWidget(m_deathCrs);
    df->addWidget(m_deathIcans);
    layout->addWidget(death);

    auto* result = new QGroupBox(tr("Grades (ASTCT 2019), as entered"), this);
    auto* rg = new QGridLayout(result);
    m_crs = new QLabel(this);
    m_crs->setObjectName(QStringLiteral("liveCrsGrade"));
    m_icans = new QLabel(this);
    m_icans->setObjectName(QStringLiteral("liveIcansGrade"));
    m_ice = new QLabel(this);
    m_ice->setObjectName(QStringLiteral("liveIceScore"));
    for (QLabel* l : {m_crs, m_icans, m_ice})
        l->setStyleSheet(QStringLiteral("QLabel { font-size: 15px; font-weight: 600; }"));
    rg->addWidget(m_crs, 0, 0);
    rg->addWidget(m_icans, 0, 1);
    rg->addWidget(m_ice, 0, 2);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("liveExplanation"));
    m_explanation->setWordWrap(true);
    rg->addWidget(m_explanation, 1, 0, 1, 3);
    layout->addWidget(result);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("entryError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a4161a; font-weight: 600; }"));
    layout->addWidget(m_error);
    m_correctionNote = new QLabel(this);
    m_correctionNote->setObjectName(QStringLiteral("entryCorrectionNote"));
    m_correctionNote->setWordWrap(true);
    m_correctionNote->hide();
    layout->addWidget(m_correctionNote);
    m_record = new QPushButton(tr("Record assessment"), this);
    m_record->setObjectName(QStringLiteral("recordAssessmentButton"));
    connect(m_record, &QPushButton::clicked, this, [this] { emit recordRequested(entry()); });
    layout->addWidget(m_record);
    m_cancelCorrection = new QPushButton(tr("Cancel correction"), this);
    m_cancelCorrection->setObjectName(QStringLiteral("cancelCorrectionButton"));
    m_cancelCorrection->hide();
    connect(m_cancelCorrection, &QPushButton::clicked, this, &MonitoringEntryForm::cancelCorrection);
    layout->addWidget(m_cancelCorrection);
    layout->addStretch(1);
    updateGrades();
}

void MonitoringEntryForm::setContext(const services::MonitoringView& view, const QDateTime& now)
{
    m_view = view;
    m_time->setMaximumDateTime(now.toLocalTime());
    if (view.infusionDate.isValid())
        m_time->setMinimumDateTime(QDateTime(view.infusionDate, QTime(0, 0)));
    updateGrades();
}

void MonitoringEntryForm::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void MonitoringEntryForm::showEvent(QShowEvent* event)
{
    // the time of an entry is when the form is opened, unless she chose one
    if (m_now && m_correcting == 0 && !m_timeChosen)
        setTimeNow(m_now());
    QWidget::showEvent(event);
}

void MonitoringEntryForm::setTimeNow(const QDateTime& now)
{
    m_settingTime = true;
    m_time->setMaximumDateTime(now.toLocalTime()); // a long session moves "now" on
    m_time->setDateTime(now.toLocalTime());
    m_settingTime = false;
    m_timeChosen = false;
    m_timeNote->show();
}

void MonitoringEntryForm::reset(const QDateTime& now)
{
    setTimeNow(now);
    // every finding back to "not assessed": nothing is carried into the next entry
    for (QComboBox* box :
         {m_temperatureUnit, m_hypotension, m_device, m_consciousness, m_seizure, m_motor, m_edema})
        box->setCurrentIndex(0);
    m_temperature->setValue(m_temperature->minimum());
    m_flow->setValue(m_flow->minimum());
    m_capdScore->setValue(m_capdScore->minimum());
    for (QCheckBox* b : {m_iceDone, m_arousable, m_year, m_month, m_city, m_hospital, m_follows, m_writes,
                         m_counts, m_capdUnable})
        b->setChecked(false);
    for (QCheckBox* b : m_vasopressors)
        b->setChecked(false);
    m_naming->setValue(0);
    m_tocilizumab->setValue(0);
    m_steroid->clear();
    m_icu->setChecked(false);
    m_note->clear();
    clearRefusal();
    m_deathCrs->setChecked(false);
    m_deathIcans->setChecked(false);
    cancelCorrection();
    updateGrades();
}

void MonitoringEntryForm::setConventions(const core::GradingOptions& options)
{
    m_conventions = options;
    updateGrades();
}

bool MonitoringEntryForm::hasEntry() const
{
    bool any = m_correcting != 0 || m_temperature->value() > m_temperature->minimum() ||
               m_capdScore->value() > m_capdScore->minimum() || m_tocilizumab->value() > 0 ||
               !m_steroid->text().trimmed().isEmpty() || !m_note->text().trimmed().isEmpty();
    for (const QComboBox* box : {m_hypotension, m_device, m_consciousness, m_seizure, m_motor, m_edema})
        any = any || box->currentIndex() > 0;
    for (const QCheckBox* b : {m_iceDone, m_icu, m_capdUnable, m_deathCrs, m_deathIcans})
        any = any || b->isChecked();
    for (const QCheckBox* b : m_vasopressors)
        any = any || b->isChecked();
    return any;
}

bool MonitoringEntryForm::capdShown() const
{
    return m_child;
}

void MonitoringEntryForm::startCorrection(const core::Assessment& original)
{
    m_correcting = original.id;
    load(original.inputs);
    m_record->setText(tr("Record correction"));
    m_correctionNote->setText(
        tr("Correcting the assessment of %1 (day %2): the original stays on the sheet, "
           "marked as corrected.")
            .arg(QLocale().toString(original.assessedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")))
            .arg(original.day));
    m_correctionNote->show();
    m_cancelCorrection->show();
    m_error->clear();
    updateGrades();
}

void MonitoringEntryForm::cancelCorrection()
{
    m_correcting = 0;
    m_carried = {};
    m_record->setText(tr("Record assessment"));
    m_correctionNote->hide();
    m_cancelCorrection->hide();
}

void MonitoringEntryForm::load(const QJsonObject& in)
{
    m_carried = in;
    for (const char* own : {"time",
                            "temperature_c",
                            "temperature_f",
                            "hypotension",
                            "vasopressors",
                            "oxygen",
                            "arousable",
                            "orientation",
                            "naming_correct_count",
                            "follows_commands",
                            "writes_standard_sentence",
                            "counts_back_from_100_by_10",
                            "consciousness",
                            "seizure",
                            "motor",
                            "cerebral_edema",
                            "capd_score",
                            "capd_unable",
                            "death_due_to_crs",
                            "death_due_to_icans",
                            "free_text"})
        m_carried.remove(QLatin1String(own));
    auto setCombo = [](QComboBox* box, const QJsonValue& v) {
        const int i = box->findData(v.toString());
        if (i >= 0)
            box->setCurrentIndex(i);
    };
    const QDateTime t = QDateTime::fromString(in.value(QStringLiteral("time")).toString(), Qt::ISODate);
    if (t.isValid()) {
        m_settingTime = true;
        m_time->setDateTime(t.toLocalTime());
        m_settingTime = false;
        m_timeChosen = true; // the corrected assessment's own time
        m_timeNote->hide();
    }
    const bool fahrenheit = in.contains(QStringLiteral("temperature_f"));
    m_temperatureUnit->setCurrentIndex(fahrenheit ? 1 : 0);
    m_temperature->setValue(
        in.value(fahrenheit ? QStringLiteral("temperature_f") : QStringLiteral("temperature_c"))
            .toDouble(m_temperature->minimum()));
    const QJsonValue hypotension = in.value(QStringLiteral("hypotension"));
    m_hypotension->setCurrentIndex(hypotension.isBool() ? (hypotension.toBool() ? 2 : 1) : 0);
    QStringList vaso;
    for (const QJsonValue& v : in.value(QStringLiteral("vasopressors")).toArray())
        vaso << v.toString();
    for (auto it = m_vasopressors.begin(); it != m_vasopressors.end(); ++it)
        it.value()->setChecked(vaso.contains(it.key()));
    const QJsonObject oxygen = in.value(QStringLiteral("oxygen")).toObject();
    setCombo(m_device, oxygen.value(QStringLiteral("device")));
    m_flow->setValue(oxygen.value(QStringLiteral("flow_l_min")).toDouble(m_flow->minimum()));
    const bool iceItems = in.contains(QStringLiteral("arousable"));
    m_iceDone->setChecked(iceItems);
    if (iceItems) {
        m_arousable->setChecked(in.value(QStringLiteral("arousable")).toBool());
        const QJsonObject o = in.value(QStringLiteral("orientation")).toObject();
        m_year->setChecked(o.value(QStringLiteral("year")).toBool());
        m_month->setChecked(o.value(QStringLiteral("month")).toBool());
        m_city->setChecked(o.value(QStringLiteral("city")).toBool());
        m_hospital->setChecked(o.value(QStringLiteral("hospital")).toBool());
        m_naming->setValue(in.value(QStringLiteral("naming_correct_count")).toInt());
        m_follows->setChecked(in.value(QStringLiteral("follows_commands")).toBool());
        m_writes->setChecked(in.value(QStringLiteral("writes_standard_sentence")).toBool());
        m_counts->setChecked(in.value(QStringLiteral("counts_back_from_100_by_10")).toBool());
    }
    setCombo(m_consciousness, in.value(QStringLiteral("consciousness")));
    setCombo(m_seizure, in.value(QStringLiteral("seizure")));
    setCombo(m_motor, in.value(QStringLiteral("motor")));
    setCombo(m_edema, in.value(QStringLiteral("cerebral_edema")));
    m_capdScore->setValue(in.value(QStringLiteral("capd_score")).toInt(m_capdScore->minimum()));
    m_capdUnable->setChecked(in.value(QStringLiteral("capd_unable")).toBool());
    m_deathCrs->setChecked(in.value(QStringLiteral("death_due_to_crs")).toBool());
    m_deathIcans->setChecked(in.value(QStringLiteral("death_due_to_icans")).toBool());
    const core::Interventions given =
        core::AssessmentJson::interventionsFromJson(in.value(QStringLiteral("interventions")).toObject());
    m_tocilizumab->setValue(given.tocilizumabMg);
    m_steroid->setText(given.steroid);
    m_icu->setChecked(given.icuTransfer);
    m_note->setText(in.value(QStringLiteral("free_text")).toString());
}

void MonitoringEntryForm::setRecordEnabled(bool enabled, const QString& why)
{
    m_record->setEnabled(enabled);
    m_record->setToolTip(why);
}

void MonitoringEntryForm::showRefusal(const Error& error)
{
    m_error->setText(tr("Not recorded: %1").arg(m_fieldErrors.present(error)));
}

void MonitoringEntryForm::clearRefusal()
{
    m_error->clear();
    m_fieldErrors.clear();
}

QJsonObject MonitoringEntryForm::entry() const
{
    const QDateTime t = m_time->dateTime();
    QJsonObject o = m_carried; // what a corrected entry had beyond the form's fields
    o.remove(QStringLiteral("interventions"));
    if (m_iceDone->isChecked()) {
        o.remove(QStringLiteral("ice_score"));
        o.remove(QStringLiteral("ice_unable_unarousable"));
    }
    o.insert(QStringLiteral("time"), t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate));
    // a finding not assessed is left out: the service refuses the entry, naming it
    if (m_temperature->value() > m_temperature->minimum())
        o.insert(m_temperatureUnit->currentData().toString(), m_temperature->value());
    if (m_hypotension->currentIndex() > 0)
        o.insert(QStringLiteral("hypotension"), m_hypotension->currentData().toBool());
    QJsonArray vaso;
    for (auto it = m_vasopressors.begin(); it != m_vasopressors.end(); ++it)
        if (it.value()->isChecked())
            vaso << it.key();
    o.insert(QStringLiteral("vasopressors"), vaso);
    const QString device = m_device->currentData().toString();
    if (!device.isEmpty()) {
        QJsonObject oxygen{{QStringLiteral("device"), device}};
        if (device == QLatin1String("none"))
            oxygen.insert(QStringLiteral("flow_l_min"), 0); // room air: no flow to give
        else if (m_flow->value() > m_flow->minimum())
            oxygen.insert(QStringLiteral("flow_l_min"), m_flow->value());
        o.insert(QStringLiteral("oxygen"), oxygen);
    }
    if (m_iceDone->isChecked()) {
        o.insert(QStringLiteral("arousable"), m_arousable->isChecked());
        if (m_arousable->isChecked()) {
            o.insert(QStringLiteral("orientation"),
                     QJsonObject{{QStringLiteral("year"), m_year->isChecked()},
                                 {QStringLiteral("month"), m_month->isChecked()},
                                 {QStringLiteral("city"), m_city->isChecked()},
                                 {QStringLiteral("hospital"), m_hospital->isChecked()}});
            o.insert(QStringLiteral("naming_correct_count"), m_naming->value());
            o.insert(QStringLiteral("follows_commands"), m_follows->isChecked());
            o.insert(QStringLiteral("writes_standard_sentence"), m_writes->isChecked());
            o.insert(QStringLiteral("counts_back_from_100_by_10"), m_counts->isChecked());
        }
    }
    for (const auto& [key, box] :
         {std::pair{"consciousness", m_consciousness}, std::pair{"seizure", m_seizure},
          std::pair{"motor", m_motor}, std::pair{"cerebral_edema", m_edema}})
        if (!box->currentData().toString().isEmpty())
            o.insert(QLatin1String(key), box->currentData().toString());
    if (m_child) {
        o.insert(QStringLiteral("capd_unable"), m_capdUnable->isChecked());
        if (!m_capdUnable->isChecked() && m_capdScore->value() > m_capdScore->minimum())
            o.insert(QStringLiteral("capd_score"), m_capdScore->value());
    }
    if (m_deathCrs->isChecked())
        o.insert(QStringLiteral("death_due_to_crs"), true);
    if (m_deathIcans->isChecked())
        o.insert(QStringLiteral("death_due_to_icans"), true);
    core::Interventions given;
    given.tocilizumabMg = m_tocilizumab->value();
    given.steroid = m_steroid->text().trimmed();
    given.icuTransfer = m_icu->isChecked();
    given.other = core::AssessmentJson::interventionsFromJson(
                      m_carried.value(QStringLiteral("interventions")).toObject())
                      .other;
    const QJsonObject interventions = core::AssessmentJson::interventionsToJson(given);
    if (!interventions.isEmpty())
        o.insert(QStringLiteral("interventions"), interventions);
    if (!m_note->text().trimmed().isEmpty())
        o.insert(QStringLiteral("free_text"), m_note->text().trimmed());
    return o;
}

void MonitoringEntryForm::updateGrades()
{
    if (!m_record || !m_cancelCorrection) // still building
        return;
    const int age = m_view.ageOn(m_time->dateTime().date());
    const bool child = age >= 0 && core::IcansGrader::usesCapd(age);
    if (child != m_child) {
        m_child = child;
        m_capdGroup->setVisible(child);
        if (child && m_correcting == 0)
            m_iceDone->setChecked(false); // CAPD replaces the ICE at this age
    }
    m_capdScore->setEnabled(!m_capdUnable->isChecked());
    for (QWidget* w :
         QList<QWidget*>{m_year, m_month, m_city, m_hospital, m_naming, m_follows, m_writes, m_counts})
        w->setEnabled(m_iceDone->isChecked() && m_arousable->isChecked());
    m_arousable->setEnabled(m_iceDone->isChecked());
    m_flow->setEnabled(m_device->currentData().toString() != QLatin1String("none"));
    const QJsonObject e = entry();
    auto input = core::AssessmentJson::parse(e, m_view.defaultsAt(m_time->dateTime(), m_correcting));
    if (!input.ok()) {
        m_crs->setText(tr("CRS –"));
        m_icans->setText(tr("ICANS –"));
        m_ice->setText(tr("ICE –"));
        m_explanation->setText(m_fieldErrors.describe(input.error()));
        return;
    }
    const core::AssessmentResult r = core::AssessmentJson::evaluate(*input, m_conventions);
    m_crs->setText(tr("CRS grade %1").arg(r.crs.grade));
    m_icans->setText(tr("ICANS grade %1").arg(r.icans.grade));
    m_ice->setText(r.iceDone ? tr("ICE %1/10").arg(r.ice.score) : tr("ICE not done"));
    QStringList lines{r.crs.explanation, r.icans.explanation};
    lines << input->crs.conversions;
    if (m_view.infusionDate.isValid())
        lines.prepend(tr("Day %1 after infusion.").arg(m_view.dayOf(input->time)));
    m_explanation->setText(lines.join(QLatin1Char('\n')));
}

} // namespace cb::gui

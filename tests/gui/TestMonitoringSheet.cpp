// The case page's Pathway, Monitoring and Follow-up tabs and the worklist's follow-ups due, on
// the demo program (offscreen, by objectName): a nurse enters a day of monitoring and sees the
// grades computed as she types, then in the sheet, the day's worst grade and the chart; a step
// out of order is refused in its dialog; the worklist lists the visits due and overdue.
// With CB_SCREENSHOT_DIR set, the tabs are saved as PNG files there.

#include "GuiTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/case/CasePage.h"
#include "gui/pathway/MonitoringChart.h"
#include "gui/pathway/MonitoringEntryForm.h"
#include "gui/pathway/MonitoringPanel.h"
#include "gui/pathway/PathwayStepDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/widgets/WheelGuard.h"
#include "gui/worklist/WorklistPage.h"
#include "presentation/AssessmentModel.h"
#include "presentation/FollowUpDueModel.h"
#include "presentation/FollowUpModel.h"
#include "presentation/MonitoringDayModel.h"
#include "presentation/PathwayEventModel.h"
#include "services/CaseService.h"
#include "services/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QWheelEvent>

using cb::core::CaseState;
using cb::core::Indication;

namespace {

void saveShot(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents(); // the layout requests of what was just shown
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

// Chooses a value for every finding of the form, as a nurse does at the bedside: afebrile,
// normotensive, room air, ICE 10/10, alert, no seizure, motor or edema finding.
void enterNormalFindings(QWidget* form)
{
    auto choose = [form](const char* name, const QVariant& data) {
        auto* box = form->findChild<QComboBox*>(QString::fromLatin1(name));
        QVERIFY2(box, name);
        box->setCurrentIndex(box->findData(data));
        QVERIFY2(box->currentIndex() > 0, name);
    };
    form->findChild<QDoubleSpinBox*>(QStringLiteral("entryTemperature"))->setValue(36.8);
    choose("entryHypotension", false);
    choose("entryOxygenDevice", QStringLiteral("none"));
    form->findChild<QCheckBox*>(QStringLiteral("entryIceDone"))->setChecked(true);
    for (const char* item : {"entryArousable", "entryOrientYear", "entryOrientMonth", "entryOrientCity",
                             "entryOrientHospital", "entryFollows", "entryWrites", "entryCounts"})
        form->findChild<QCheckBox*>(QString::fromLatin1(item))->setChecked(true);
    form->findChild<QSpinBox*>(QStringLiteral("entryNaming"))->setValue(3);
    choose("entryConsciousness", QStringLiteral("alert"));
    choose("entrySeizure", QStringLiteral("none"));
    choose("entryMotor", QStringLiteral("none"));
    choose("entryEdema", QStringLiteral("none"));
}

} // namespace

class TestMonitoringSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldGradeADayOfMonitoringAsTheNurseTypesAndKeepIt();
    void shouldNotChangeAFindingUnderAScrollingWheel();
    void shouldStartWithNothingAssessedAndRefuseAnEntryWithoutAFinding();
    void shouldRecordNoFollowUpResponseByDefault();
    void shouldAskBeforeLeavingAnUnrecordedEntry();
    void shouldShowARefusedStepInItsDialog();
    void shouldListTheFollowUpsDueOnTheWorklist();
    void cleanupTestCase();

private:
    qint64 caseIn(CaseState state, Indication indication);
    template <typename T> T* child(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    std::unique_ptr<cb::test::DemoDatabase> m_db;
};

void TestMonitoringSheet::initTestCase()
{
    m_db = std::make_unique<cb::test::DemoDatabase>();
    QVERIFY2(m_db->ok(), m_db->error().constData());
    cb::gui::WheelGuard::install(*qApp); // as main() does
}

void TestMonitoringSheet::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestMonitoringSheet::caseIn(CaseState state, Indication indication)
{
    auto list = m_db->workspace().cases().listCases(m_db->logIn(QStringLiteral("coordinator")), state);
    if (list.ok())
        for (const auto& c : *list)
            if (c.indication == indication)
                return c.caseId;
    return 0;
}

void TestMonitoringSheet::shouldGradeADayOfMonitoringAsTheNurseTypesAndKeepIt()
{
    // GIVEN the nurse on the monitoring tab of the lymphoma patient in treatment (infused 9 days ago)
    const qint64 id = caseIn(CaseState::Treatment, Indication::LargeBCellLymphoma);
    QVERIFY(id);
    const auto nurse = m_db->logIn(QStringLiteral("nursing"));
    QVERIFY(nurse.isValid());
    cb::gui::CasePage page(m_db->workspace(), nurse);
    page.resize(1500, 950);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showCase(id));
    auto* tabs = child<QTabWidget>(&page, "caseTabs");
    auto* panel = child<cb::gui::MonitoringPanel>(&page, "monitoringPanel");
    QVERIFY(tabs && panel);
    tabs->setCurrentWidget(panel);
    QAbstractItemModelTester sheetTester(panel->sheet());
    QAbstractItemModelTester daysTester(panel->days());
    const int before = panel->sheet()->rowCount();
    QVERIFY2(before >= 10, "the demo case has its monitoring since day 0");
    saveShot(&page, QStringLiteral("monitoring-demo"));
    // the tabs do not squeeze the case header on a 1500×950 window
    QVERIFY2(page.minimumSizeHint().height() <= page.height(),
             qPrintable(QStringLiteral("minimum height %1, tabs %2")
                            .arg(page.minimumSizeHint().height())
                            .arg(tabs->minimumSizeHint().height())));
    auto* name = child<QLabel>(&page, "patientNameLabel");
    QVERIFY2(name->width() >= name->sizeHint().width(),
             qPrintable(QStringLiteral("name %1 < %2").arg(name->width()).arg(name->sizeHint().width())));

    // WHEN she enters this morning: 39.2 °C on 3 L/min nasal cannula, two of three objects named
    auto* form = panel->entryForm();
    enterNormalFindings(form);
    auto* time = child<QDateTimeEdit>(form, "entryTime");
    time->setDateTime(cb::test::DemoDatabase::now().addSecs(-3600).toLocalTime());
    auto* temperature = child<QDoubleSpinBox>(form, "entryTemperature");
    temperature->selectAll();
    QTest::keyClicks(temperature, QStringLiteral("39.2"));
    auto* device = child<QComboBox>(form, "entryOxygenDevice");
    device->setCurrentIndex(device->findData(QStringLiteral("nasal_cannula")));
    auto* flow = child<QDoubleSpinBox>(form, "entryOxygenFlow");
    flow->setValue(3);
    auto* naming = child<QSpinBox>(form, "entryNaming");
    naming->setValue(2);

    // THEN the grades show before anything is saved
    QCOMPARE(child<QLabel>(form, "liveCrsGrade")->text(), QStringLiteral("CRS grade 2"));
    QCOMPARE(child<QLabel>(form, "liveIcansGrade")->text(), QStringLiteral("ICANS grade 1"));
    QCOMPARE(child<QLabel>(form, "liveIceScore")->text(), QStringLiteral("ICE 9/10"));
    QVERIFY(child<QLabel>(form, "liveExplanation")->text().contains(QLatin1String("Day 9")));
    QCOMPARE(panel->sheet()->rowCount(), before);

    // WHEN she records it THEN it is a new row of the sheet with the grades, the day's worst
    // grade and a point of the chart
    QTest::mouseClick(child<QPushButton>(form, "recordAssessmentButton"), Qt::LeftButton);
    QCOMPARE(panel->sheet()->rowCount(), before + 1);
    const int last = before;
    QCOMPARE(panel->sheet()->index(last, cb::presentation::AssessmentModel::CrsColumn).data().toString(),
             QStringLiteral("2"));
    QCOMPARE(panel->sheet()->index(last, cb::presentation::AssessmentModel::IcansColumn).data().toString(),
             QStringLiteral("1"));
    QCOMPARE(panel->sheet()->index(last, cb::presentation::AssessmentModel::AssessorColumn).data().toString(),
             nurse.printedName);
    auto* days = panel->days();
    const int lastDay = days->rowCount() - 1;
    QCOMPARE(days->index(lastDay, cb::presentation::MonitoringDayModel::DayColumn).data().toInt(), 9);
    QCOMPARE(days->index(lastDay, cb::presentation::MonitoringDayModel::WorstCrsColumn).data().toInt(), 2);
    QCOMPARE(panel->chart()->crsSeries()->count(), before + 1);
    QCOMPARE(panel->chart()->temperatureSeries()->at(before).y(), 39.2);
    QVERIFY(child<QLabel>(panel, "monitoringOverall")->text().contains(QLatin1String("worst CRS grade 2")));
    QVERIFY(child<QLabel>(form, "entryError")->text().isEmpty());
    saveShot(&page, QStringLiteral("monitoring-recorded"));

    // WHEN the thermometer reads °F and 60 is typed THEN nothing is graded or saved, and she is told why
    auto* unit = child<QComboBox>(form, "entryTemperatureUnit");
    unit->setCurrentIndex(unit->findData(QStringLiteral("temperature_f")));
    temperature->setValue(60);
    QCOMPARE(child<QLabel>(form, "liveCrsGrade")->text(), QStringLiteral("CRS –"));
    QTest::mouseClick(child<QPushButton>(form, "recordAssessmentButton"), Qt::LeftButton);
    // (named by its label in the form, not by its key)
    const QString refusal = child<QLabel>(form, "entryError")->text();
    QVERIFY2(refusal.contains(QLatin1String("Temperature: 60 is not possible")) &&
                 !refusal.contains(QLatin1String("temperature_f")),
             qPrintable(refusal));
    QVERIFY(temperature->property("fieldError").toBool());
    QCOMPARE(panel->sheet()->rowCount(), before + 1);

    // AND the other tabs show the pathway and the schedule
    auto* pathway = child<QTableView>(&page, "pathwayTable");
    QAbstractItemModelTester pathwayTester(pathway->model());
    QCOMPARE(pathway->model()->rowCount(), 5);
    tabs->setCurrentIndex(1);
    saveShot(&page, QStringLiteral("pathway-tab"));
    auto* followUps = child<QTableView>(&page, "followUpTable");
    QAbstractItemModelTester followUpTester(followUps->model());
    QCOMPARE(followUps->model()->rowCount(), 18);
    tabs->setCurrentIndex(3);
    saveShot(&page, QStringLiteral("follow-up-tab"));
}

void TestMonitoringSheet::shouldNotChangeAFindingUnderAScrollingWheel()
{
    // GIVEN the nurse's monitoring form, the pointer over the ICANS motor finding, which has no focus
    const qint64 id = caseIn(CaseState::Treatment, Indication::LargeBCellLymphoma);
    QVERIFY(id);
    cb::gui::CasePage page(m_db->workspace(), m_db->logIn(QStringLiteral("nursing")));
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showCase(id));
    auto* panel = child<cb::gui::MonitoringPanel>(&page, "monitoringPanel");
    child<QTabWidget>(&page, "caseTabs")->setCurrentWidget(panel);
    for (const char* name : {"entryMotor", "entrySeizure", "entryTemperature", "entryNaming", "entryTime"}) {
        auto* w = child<QWidget>(panel->entryForm(), name);
        QVERIFY(w);
        QVERIFY2(!w->hasFocus(), name);
        const char* property = qobject_cast<QComboBox*>(w)       ? "currentIndex"
                               : qobject_cast<QDateTimeEdit*>(w) ? "dateTime"
                                                                 : "value";
        const QVariant before = w->property(property);
        QVERIFY(before.isValid());
        // WHEN the wheel turns over it, one way then the other (a bound stops one of them)
        for (const int delta : {-120, 120}) {
            for (int notch = 0; notch < 2; ++notch) {
                const QPointF at = QPointF(w->rect().center());
                QWheelEvent wheel(at, w->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                                  Qt::NoModifier, Qt::NoScrollPhase, false);
                QApplication::sendEvent(w, &wheel);
            }
            // THEN nothing changed, and the wheel does not give it the focus
            QCOMPARE(w->property(property), before);
        }
        QVERIFY2(w->focusPolicy() == Qt::StrongFocus, name);
    }
}

void TestMonitoringSheet::shouldStartWithNothingAssessedAndRefuseAnEntryWithoutAFinding()
{
    // GIVEN the workspace clock at 09:00 and the nurse opening the monitoring tab
    const qint64 id = caseIn(CaseState::Treatment, Indication::LargeBCellLymphoma);
    QVERIFY(id);
    cb::gui::CasePage page(m_db->workspace(), m_db->logIn(QStringLiteral("nursing")));
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showCase(id));
    auto* panel = child<cb::gui::MonitoringPanel>(&page, "monitoringPanel");
    child<QTabWidget>(&page, "caseTabs")->setCurrentWidget(panel);
    auto* form = panel->entryForm();
    QVERIFY(form->isVisible());
    // THEN no finding is recorded by default
    for (const char* name : {"entryHypotension", "entryOxygenDevice", "entryConsciousness", "entrySeizure",
                             "entryMotor", "entryEdema"}) {
        auto* box = child<QComboBox>(form, name);
        QCOMPARE(box->currentIndex(), 0);
        QVERIFY2(!box->currentData().isValid() || box->currentData().toString().isEmpty(), name);
        QCOMPARE(box->currentText(), cb::gui::MonitoringEntryForm::notAssessed());
    }
    auto* temperature = child<QDoubleSpinBox>(form, "entryTemperature");
    QCOMPARE(temperature->text(), cb::gui::MonitoringEntryForm::notAssessed());
    QVERIFY(!child<QCheckBox>(form, "entryIceDone")->isChecked());
    const QJsonObject empty = form->entry();
    for (const char* key : {"temperature_c", "hypotension", "oxygen", "consciousness", "seizure", "motor",
                            "cerebral_edema", "arousable"})
        QVERIFY2(!empty.contains(QLatin1String(key)), key);
    QCOMPARE(child<QLabel>(form, "liveCrsGrade")->text(), QStringLiteral("CRS –"));
    // AND the time is now, from the workspace clock, and shown
    auto* time = child<QDateTimeEdit>(form, "entryTime");
    QCOMPARE(time->dateTime().toUTC().toString(Qt::ISODate).left(16),
             cb::test::DemoDatabase::now().toString(Qt::ISODate).left(16));
    QVERIFY(child<QLabel>(form, "entryTimeNote")->isVisible());

    // WHEN she records with every finding but the consciousness entered
    const int rows = panel->sheet()->rowCount();
    enterNormalFindings(form);
    auto* consciousness = child<QComboBox>(form, "entryConsciousness");
    consciousness->setCurrentIndex(0);
    QTest::mouseClick(child<QPushButton>(form, "recordAssessmentButton"), Qt::LeftButton);
    // THEN nothing is recorded and she is told which finding is missing, by its label, at the field
    QCOMPARE(panel->sheet()->rowCount(), rows);
    const QString error = child<QLabel>(form, "entryError")->text();
    QVERIFY2(error.contains(QLatin1String("Consciousness")) &&
                 !error.contains(QLatin1String("consciousness:")),
             qPrintable(error));
    QVERIFY(consciousness->property("fieldError").toBool());
    saveShot(&page, QStringLiteral("monitoring-refused-missing"));
    // WHEN she chooses it THEN it is recorded, and the form is empty again for the next one
    consciousness->setCurrentIndex(consciousness->findData(QStringLiteral("alert")));
    QTest::mouseClick(child<QPushButton>(form, "recordAssessmentButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(form, "entryError")->text().isEmpty(),
             qPrintable(child<QLabel>(form, "entryError")->text()));
    QCOMPARE(panel->sheet()->rowCount(), rows + 1);
    QVERIFY(!consciousness->property("fieldError").toBool());
    QCOMPARE(consciousness->currentIndex(), 0);
    QCOMPARE(temperature->text(), cb::gui::MonitoringEntryForm::notAssessed());
}

void TestMonitoringSheet::shouldRecordNoFollowUpResponseByDefault()
{
    // GIVEN the hematologist on the follow-up tab of the myeloma patient in follow-up
    const qint64 id = caseIn(CaseState::FollowUp, Indication::MultipleMyeloma);
    QVERIFY(id);
    cb::gui::CasePage page(m_db->workspace(), m_db->logIn(QStringLiteral("hematology")));
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showCase(id));
    auto* panel = child<QWidget>(&page, "followUpPanel");
    child<QTabWidget>(&page, "caseTabs")->setCurrentWidget(panel);
    auto* response = child<QComboBox>(panel, "followUpResponse");
    auto* mrd = child<QComboBox>(panel, "followUpMrd");
    // THEN neither the response nor the MRD is chosen
    QCOMPARE(response->currentText(), cb::gui::MonitoringEntryForm::notAssessed());
    QCOMPARE(mrd->currentText(), cb::gui::MonitoringEntryForm::notAssessed());
    // WHEN she records the visit without a response THEN it is refused, naming the response
    const qint64 before = m_db->headSeq();
    QTest::mouseClick(child<QPushButton>(panel, "recordVisitButton"), Qt::LeftButton);
    const QString error = child<QLabel>(panel, "followUpError")->text();
    QVERIFY2(error.contains(QLatin1String("Response")), qPrintable(error));
    QVERIFY(response->property("fieldError").toBool());
    // WHEN she chooses a response but no MRD THEN it is refused, naming the MRD
    response->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(panel, "recordVisitButton"), Qt::LeftButton);
    QVERIFY2(child<QLabel>(panel, "followUpError")->text().contains(QLatin1String("MRD")),
             qPrintable(child<QLabel>(panel, "followUpError")->text()));
    QVERIFY(mrd->property("fieldError").toBool());
    QVERIFY(!response->property("fieldError").toBool());
    QVERIFY(!m_db->auditActionsAfter(before).contains(QStringLiteral("follow_up.record")));
    saveShot(&page, QStringLiteral("follow-up-refused-missing"));
}

void TestMonitoringSheet::shouldAskBeforeLeavingAnUnrecordedEntry()
{
    // GIVEN the nurse in the main window, a temperature typed on the monitoring tab, not recorded
    const qint64 id = caseIn(CaseState::Treatment, Indication::LargeBCellLymphoma);
    QVERIFY(id);
    cb::gui::MainWindow window(m_db->workspace(), m_db->logIn(QStringLiteral("nursing")));
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startSession();
    window.openCase(id);
    auto* page = window.casePage();
    auto* panel = child<cb::gui::MonitoringPanel>(page, "monitoringPanel");
    child<QTabWidget>(page, "caseTabs")->setCurrentWidget(panel);
    child<QDoubleSpinBox>(panel->entryForm(), "entryTemperature")->setValue(38.6);
    // WHEN she goes back to the worklist THEN she is asked; Cancel keeps the case and the entry
    const int asked = cb::gui::MessageBox::askedCount();
    cb::gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.showWorklist();
    QCOMPARE(cb::gui::MessageBox::askedCount(), asked + 1);
    QVERIFY(page->isVisible());
    QCOMPARE(child<QDoubleSpinBox>(panel->entryForm(), "entryTemperature")->value(), 38.6);
    // WHEN she discards it THEN the worklist shows
    cb::gui::MessageBox::setNextAnswer(QMessageBox::Discard);
    window.showWorklist();
    QVERIFY(!page->isVisible());
    // AND with nothing entered, the case is left without a question
    window.openCase(id);
    window.showWorklist();
    QCOMPARE(cb::gui::MessageBox::askedCount(), asked + 2);
    window.endSession();
}

void TestMonitoringSheet::shouldShowARefusedStepInItsDialog()
{
    // GIVEN the coordinator and the myeloma case the board found eligible
    const qint64 id = caseIn(CaseState::Decided, Indication::MultipleMyeloma);
    QVERIFY(id);
    const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
    auto timings = cb::services::PathwayService::productTimings();
    QVERIFY(timings.ok());
    cb::gui::PathwayStepDialog dialog(m_db->workspace(), coordinator, id,
                                      timings->forProduct(QStringLiteral("ide-cel")),
                                      cb::core::PathwayEventType::Infusion);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // WHEN the infusion is recorded before any other step
    QTest::keyClicks(child<QLineEdit>(&dialog, "field_lot"), QStringLiteral("IDE-1"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "field_dose"), QStringLiteral("450e6"));
    QTest::mouseClick(child<QPushButton>(&dialog, "recordStepButton"), Qt::LeftButton);
    // THEN the dialog stays open and says what to do
    auto* error = child<QLabel>(&dialog, "stepError");
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QLatin1String("Record the Lymphodepletion before")),
             qPrintable(error->text()));
    saveShot(&dialog, QStringLiteral("step-refused"));

    // WHEN the apheresis has letters in its ALC THEN the letters stay and the refusal names the
    // field by its label, beside it (not by its key)
    auto* event = child<QComboBox>(&dialog, "stepEvent");
    event->setCurrentIndex(event->findData(int(cb::core::PathwayEventType::Apheresis)));
    QVERIFY(!error->isVisible());
    child<QCheckBox>(&dialog, "field_washouts_met")->setChecked(true);
    auto* alc = child<QLineEdit>(&dialog, "field_alc_per_ul");
    QTest::keyClicks(alc, QStringLiteral("six hundred"));
    QCOMPARE(alc->text(), QStringLiteral("six hundred"));
    QTest::mouseClick(child<QPushButton>(&dialog, "recordStepButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("ALC (/µL): must be a number")) &&
                 !error->text().contains(QLatin1String("alc_per_ul")),
             qPrintable(error->text()));
    QVERIFY(alc->property("fieldError").toBool());
    saveShot(&dialog, QStringLiteral("step-letters-refused"));
    // WHEN the number is typed THEN the apheresis is accepted
    alc->setText(QStringLiteral("640"));
    QTest::mouseClick(child<QPushButton>(&dialog, "recordStepButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.recorded().event.type, cb::core::PathwayEventType::Apheresis);
}

void TestMonitoringSheet::shouldListTheFollowUpsDueOnTheWorklist()
{
    const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
    cb::gui::WorklistPage page(m_db->workspace(), coordinator);
    page.resize(1400, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.activate();
    auto* view = child<QTableView>(&page, "followUpDueView");
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model());
    QVERIFY(view->isVisible());
    QVERIFY(view->model()->rowCount() >= 2);
    QStringList statuses;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        statuses
            << view->model()->index(r, cb::presentation::FollowUpDueModel::StatusColumn).data().toString();
    QVERIFY2(statuses.contains(QStringLiteral("Due")), qPrintable(statuses.join(QLatin1Char(','))));
    QVERIFY2(statuses.filter(QStringLiteral("Overdue by")).size() >= 1,
             qPrintable(statuses.join(QLatin1Char(','))));
    saveShot(&page, QStringLiteral("worklist-due"));
    // WHEN a due visit is double-clicked THEN its case opens
    qint64 opened = 0;
    connect(&page, &cb::gui::WorklistPage::caseOpened, this, [&](qint64 id) { opened = id; });
    const QModelIndex first = view->model()->index(0, 1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(first).center());
    QCOMPARE(opened, first.data(cb::presentation::FollowUpDueModel::CaseIdRole).toLongLong());
}

QTEST_MAIN(TestMonitoringSheet)
#include "TestMonitoringSheet.moc"

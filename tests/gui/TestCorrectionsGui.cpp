// Correcting and voiding on the case page, by objectName on the demo program (offscreen): the
// nurse voids an assessment (it stays on the sheet, struck through, and leaves the day's worst
// grade) and corrects another through the entry form; the coordinator voids a pathway step; the
// entry form shows the CAPD items for a child and grades a death as grade 5.
// With CB_SCREENSHOT_DIR set, the screens are saved as PNG files there.

#include "GuiTestSupport.h"
#include "gui/case/CasePage.h"
#include "gui/pathway/MonitoringEntryForm.h"
#include "gui/pathway/MonitoringPanel.h"
#include "gui/pathway/PathwayPanel.h"
#include "gui/pathway/VoidReasonDialog.h"
#include "gui/widgets/MessageBox.h"
#include "presentation/AssessmentModel.h"
#include "presentation/PathwayEventModel.h"
#include "services/CaseService.h"
#include "services/MonitoringService.h"
#include "services/Workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using cb::core::CaseState;
using cb::core::Indication;
using cb::presentation::AssessmentModel;

namespace {

void saveShot(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestCorrectionsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldVoidAndCorrectAssessmentsOnTheSheet();
    void shouldVoidAPathwayStepWithAReason();
    void shouldShowCapdForAChildAndGradeADeath();
    void cleanupTestCase();

private:
    qint64 caseIn(CaseState state, Indication indication);
    template <typename T> T* child(QObject* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    std::unique_ptr<cb::test::DemoDatabase> m_db;
};

void TestCorrectionsGui::initTestCase()
{
    m_db = std::make_unique<cb::test::DemoDatabase>();
    QVERIFY2(m_db->ok(), m_db->error().constData());
}

void TestCorrectionsGui::cleanupTestCase()
{
    m_db.reset();
}

qint64 TestCorrectionsGui::caseIn(CaseState state, Indication indication)
{
    auto list = m_db->workspace().cases().listCases(m_db->logIn(QStringLiteral("coordinator")), state);
    if (list.ok())
        for (const auto& c : *list)
            if (c.indication == indication)
                return c.caseId;
    return 0;
}

void TestCorrectionsGui::shouldVoidAndCorrectAssessmentsOnTheSheet()
{
    // GIVEN the nurse on the monitoring tab of the lymphoma patient in treatment
    const qint64 id = caseIn(CaseState::Treatment, Indication::LargeBCellLymphoma);
    QVERIFY(id);
    const auto nurse = m_db->logIn(QStringLiteral("nursing"));
    cb::gui::CasePage page(m_db->workspace(), nurse);
    page.resize(1500, 950);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showCase(id));
    auto* tabs = child<QTabWidget>(&page, "caseTabs");
    auto* panel = child<cb::gui::MonitoringPanel>(&page, "monitoringPanel");
    QVERIFY(tabs && panel);
    tabs->setCurrentWidget(panel);
    QAbstractItemModelTester tester(panel->sheet());
    auto* sheet = child<QTableView>(panel, "monitoringSheet");
    auto* voidButton = child<QPushButton>(panel, "voidAssessmentButton");
    auto* correctButton = child<QPushButton>(panel, "correctAssessmentButton");
    QVERIFY(sheet && voidButton && correctButton);
    QVERIFY(!voidButton->isEnabled()); // nothing selected yet

    // GIVEN the row with the worst CRS grade
    const int rows = panel->sheet()->rowCount();
    int worst = 0;
    for (int r = 0; r < rows; ++r)
        if (panel->sheet()->assessmentAt(r)->crsGrade > panel->sheet()->assessmentAt(worst)->crsGrade)
            worst = r;
    const int worstGrade = panel->sheet()->assessmentAt(worst)->crsGrade;
    QVERIFY2(worstGrade > 0, "the demo case had CRS");
    const qint64 worstId = panel->sheet()->assessmentAt(worst)->id;

    // WHEN she voids it with a reason
    sheet->selectRow(worst);
    QVERIFY(voidButton->isEnabled());
    cb::gui::VoidReasonDialog::setNextReason(QStringLiteral("entered on the wrong patient"));
    QTest::mouseClick(voidButton, Qt::LeftButton);

    // THEN it stays on the sheet, struck through and marked, and no longer counts
    QCOMPARE(panel->sheet()->rowCount(), rows);
    int row = -1;
    for (int r = 0; r < rows; ++r)
        if (panel->sheet()->assessmentAt(r)->id == worstId)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex status = panel->sheet()->index(row, AssessmentModel::StatusColumn);
    QVERIFY2(status.data().toString().contains(QLatin1String("entered on the wrong patient")),
             qPrintable(status.data().toString()));
    QVERIFY(status.data().toString().contains(nurse.printedName));
    QVERIFY(
        panel->sheet()->index(row, AssessmentModel::CrsColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    auto view = m_db->workspace().monitoring().monitoring(nurse, id);
    QVERIFY(view.ok());
    QVERIFY(child<QLabel>(panel, "monitoringOverall")
                ->text()
                .contains(QStringLiteral("worst CRS grade %1").arg(view->summary.worstCrs)));
    sheet->selectRow(row);
    QVERIFY2(!voidButton->isEnabled() && !correctButton->isEnabled(),
             "a voided row is not voided or corrected again");
    sheet->scrollTo(status);
    saveShot(&page, QStringLiteral("monitoring-voided"));

    // WHEN she corrects the first current assessment: the temperature was 39.5 °C
    int first = 0;
    while (!panel->sheet()->assessmentAt(first)->isCurrent())
        ++first;
    const qint64 firstId = panel->sheet()->assessmentAt(first)->id;
    sheet->selectRow(first);
    QTest::mouseClick(correctButton, Qt::LeftButton);
    auto* form = panel->entryForm();
    QCOMPARE(form->correcting(), firstId);
    QVERIFY(child<QLabel>(form, "entryCorrectionNote")->isVisibleTo(form));
    child<QDoubleSpinBox>(form, "entryTemperature")->setValue(39.5);
    QTest::mouseClick(child<QPushButton>(form, "recordAssessmentButton"), Qt::LeftButton);

    // THEN the replacement is a new row and the original is kept, marked as corrected
    QVERIFY2(child<QLabel>(form, "entryError")->text().isEmpty(),
             qPrintable(child<QLabel>(form, "entryError")->text()));
    QCOMPARE(panel->sheet()->rowCount(), rows + 1);
    QCOMPARE(form->correcting(), qint64(0));
    bool replaced = false;
    for (int r = 0; r < panel->sheet()->rowCount(); ++r) {
        const auto* a = panel->sheet()->assessmentAt(r);
        if (a->id == firstId)
            QVERIFY(panel->sheet()
                        ->index(r, AssessmentModel::StatusColumn)
                        .data()
                        .toString()
                        .contains(QString::number(a->correction.supersededBy)));
        replaced = replaced || (a->correction.supersedes == firstId && a->temperatureC == 39.5);
    }
    QVERIFY(replaced);
}

void TestCorrectionsGui::shouldVoidAPathwayStepWithAReason()
{
    // GIVEN the coordinator on the pathway tab of the lymphoma patient in treatment
    const qint64 id = caseIn(CaseState::Treatment, Indication::LargeBCellLymphoma);
    QVERIFY(id);
    const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
    cb::gui::CasePage page(m_db->workspace(), coordinator);
    page.resize(1500, 950);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.showCase(id));
    auto* panel = child<cb::gui::PathwayPanel>(&page, "pathwayPanel");
    auto* table = child<QTableView>(&page, "pathwayTable");
    auto* voidButton = child<QPushButton>(&page, "voidStepButton");
    QVERIFY(panel && table && voidButton);
    child<QTabWidget>(&page, "caseTabs")->setCurrentWidget(panel);
    const int rows = panel->model()->rowCount();
    int bridging = -1;
    int receipt = -1;
    for (int r = 0; r < rows; ++r) {
        if (panel->model()->eventAt(r)->type == cb::core::PathwayEventType::Bridging)
            bridging = r;
        if (panel->model()->eventAt(r)->type == cb::core::PathwayEventType::ProductReceipt)
            receipt = r;
    }
    QVERIFY(bridging >= 0 && receipt >= 0);

    // WHEN the product receipt is voided while the lymphodepletion needs it THEN she is told what to do
    table->selectRow(receipt);
    cb::gui::MessageBox::setNextAnswer(QMessageBox::Ok);
    cb::gui::VoidReasonDialog::setNextReason(QStringLiteral("wrong lot"));
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QVERIFY2(cb::gui::MessageBox::lastText().contains(QLatin1String("first")),
             qPrintable(cb::gui::MessageBox::lastText()));
    QVERIFY(panel->model()->eventAt(receipt)->isCurrent());

    // WHEN the bridging is voided THEN it stays listed, struck through, with who and why
    table->selectRow(bridging);
    cb::gui::VoidReasonDialog::setNextReason(QStringLiteral("bridging was not given"));
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QCOMPARE(panel->model()->rowCount(), rows);
    const QModelIndex status =
        panel->model()->index(bridging, cb::presentation::PathwayEventModel::StatusColumn);
    QVERIFY2(status.data().toString().contains(QLatin1String("bridging was not given")),
             qPrintable(status.data().toString()));
    QVERIFY(panel->model()->index(bridging, 0).data(Qt::FontRole).value<QFont>().strikeOut());
    // AND cancelling the reason dialog voids nothing
    table->selectRow(receipt);
    cb::gui::VoidReasonDialog::setNextReason(QString());
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QVERIFY(panel->model()->eventAt(receipt)->isCurrent());
    saveShot(&page, QStringLiteral("pathway-voided"));
}

void TestCorrectionsGui::shouldShowCapdForAChildAndGradeADeath()
{
    // GIVEN the entry form for an 8-year-old infused 3 days ago
    cb::services::MonitoringView view;
    const QDateTime now = cb::test::DemoDatabase::now();
    view.caseId = 1;
    view.state = CaseState::Treatment;
    view.infusionDate = now.date().addDays(-3);
    view.birthDate = now.date().addYears(-8);
    QScrollArea scroll;
    auto* entryForm = new cb::gui::MonitoringEntryForm; // owned by the scroll area
    cb::gui::MonitoringEntryForm& form = *entryForm;
    scroll.setWidget(entryForm);
    scroll.setWidgetResizable(true);
    scroll.resize(form.sizeHint().width() + 30, 1150);
    form.setContext(view, now);
    form.reset(now);
    scroll.show();
    QVERIFY(QTest::qWaitForWindowExposed(&scroll));

    // THEN the CAPD items are shown instead of the ICE
    QVERIFY(form.capdShown());
    auto* capd = child<QGroupBox>(&form, "entryCapdGroup");
    QVERIFY(capd && capd->isVisible());
    QVERIFY(!child<QCheckBox>(&form, "entryIceDone")->isChecked());
    // WHEN the other findings are entered (nothing is assumed) and the CAPD total is 10 THEN ICANS
    // is grade 3 as she types
    child<QDoubleSpinBox>(&form, "entryTemperature")->setValue(36.8);
    for (const auto& [name, value] :
         {std::pair{"entryHypotension", QVariant(false)}, std::pair{"entryOxygenDevice", QVariant("none")},
          std::pair{"entryConsciousness", QVariant("alert")}, std::pair{"entrySeizure", QVariant("none")},
          std::pair{"entryMotor", QVariant("none")}, std::pair{"entryEdema", QVariant("none")}}) {
        auto* box = child<QComboBox>(&form, name);
        box->setCurrentIndex(box->findData(value));
        QVERIFY2(box->currentIndex() > 0, name);
    }
    child<QSpinBox>(&form, "entryCapdScore")->setValue(10);
    QCOMPARE(child<QLabel>(&form, "liveIcansGrade")->text(), QStringLiteral("ICANS grade 3"));
    QCOMPARE(form.entry().value(QStringLiteral("capd_score")).toInt(), 10);
    saveShot(&scroll, QStringLiteral("entry-capd"));
    // WHEN the patient died of CRS THEN CRS is grade 5
    child<QCheckBox>(&form, "entryDeathCrs")->setChecked(true);
    QCOMPARE(child<QLabel>(&form, "liveCrsGrade")->text(), QStringLiteral("CRS grade 5"));
    QCOMPARE(form.entry().value(QStringLiteral("death_due_to_crs")).toBool(), true);

    // AND an adult's form has no CAPD
    view.birthDate = now.date().addYears(-40);
    form.setContext(view, now);
    QVERIFY(!form.capdShown());
    QVERIFY(!capd->isVisible());
    QVERIFY(!form.entry().contains(QStringLiteral("capd_score")));
}

QTEST_MAIN(TestCorrectionsGui)
#include "TestCorrectionsGui.moc"

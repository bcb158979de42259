// Intake in the GUI as a coordinator does it: File → New referral… registers a new patient and the
// referral; on the case page Start work-up, two therapy lines, an LVEF and an ECOG; then the
// cardiology and hematology checklists show them prefilled "(from record)" with their dates.

#include "GuiTestSupport.h"
#include "gui/case/CasePage.h"
#include "gui/intake/NewReferralDialog.h"
#include "gui/intake/ObservationDialog.h"
#include "gui/intake/PartialDateEdit.h"
#include "gui/intake/PatientMergeDialog.h"
#include "gui/intake/TherapyLineDialog.h"
#include "gui/intake/TransplantDialog.h"
#include "gui/review/OpinionEditorDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace cb;

namespace {

// With CB_SCREENSHOT_DIR set (under Xvfb), saves what the user sees, to look at.
void shoot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QCoreApplication::processEvents();
    w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void choose(QComboBox* combo, const QString& data)
{
    QVERIFY(combo);
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

// The text of every answer cell of the editor's checklist, with its date cell.
QStringList answersWithDates(gui::OpinionEditorDialog& dialog)
{
    QStringList out;
    auto* view = dialog.findChild<QTableView*>(QStringLiteral("checklistView"));
    if (!view)
        return out;
    QAbstractItemModel* m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c)
            cells << m->index(r, c).data().toString();
        out << cells.join(QStringLiteral(" | "));
    }
    return out;
}

} // namespace

class TestIntakeGui : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DemoDatabase> m_db;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
    }

    void shouldRegisterAReferralAndEnterTheRecordTheChecklistsUse()
    {
        auto& ws = m_db->workspace();
        const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
        QVERIFY(coordinator.isValid());

        // WHEN the coordinator searches for the patient first and finds nobody
        gui::NewReferralDialog referral(ws, coordinator);
        child<QLineEdit>(&referral, "findIdentifierEdit")->setText(QStringLiteral("GUI-0001"));
        QTest::mouseClick(child<QPushButton>(&referral, "searchButton"), Qt::LeftButton);
        auto* hits = child<QListWidget>(&referral, "patientHitsList");
        QCOMPARE(hits->count(), 1);
        QVERIFY(hits->item(0)->text().contains(QStringLiteral("No patient found")));
        // AND saving with the required fields empty is refused with the reason shown
        referral.accept();
        QVERIFY(referral.isVisible() || referral.result() != QDialog::Accepted);
        QVERIFY(!child<QLabel>(&referral, "problemLabel")->text().isEmpty());
        // WHEN the new patient and the referral are typed in
        child<QLineEdit>(&referral, "identifierValueEdit")->setText(QStringLiteral("GUI-0001"));
        child<QLineEdit>(&referral, "familyNameEdit")->setText(QStringLiteral("Lindqvist"));
        child<QLineEdit>(&referral, "givenNameEdit")->setText(QStringLiteral("Maja"));
        choose(child<QComboBox>(&referral, "sexCombo"), QStringLiteral("female"));
        auto* birth = child<gui::PartialDateEdit>(&referral, "birthDateEdit");
        birth->setText(QStringLiteral("1961-07"));
        QVERIFY(birth->problem().isEmpty());
        child<QLineEdit>(&referral, "referrerEdit")->setText(QStringLiteral("Dr Referrer"));
        choose(child<QComboBox>(&referral, "indicationCombo"), QStringLiteral("multiple_myeloma"));
        choose(child<QComboBox>(&referral, "urgencyCombo"), QStringLiteral("urgent"));
        child<QLineEdit>(&referral, "productEdit")->setText(QStringLiteral("cilta-cel"));
        shoot(&referral, "new-referral");
        referral.accept();
        QVERIFY2(referral.registeredCaseId() > 0,
                 qPrintable(child<QLabel>(&referral, "problemLabel")->text()));
        const qint64 caseId = referral.registeredCaseId();

        // THEN the case exists, referred, with the patient's identifier and month-precision birth
        auto rec = ws.cases().openCase(coordinator, caseId);
        QVERIFY(rec.ok());
        QCOMPARE(rec->state, core::CaseState::Referred);
        QCOMPARE(rec->patient.identifiers.size(), 1);
        QCOMPARE(rec->patient.birth.toString(), QStringLiteral("1961-07"));
        QCOMPARE(rec->urgency, QStringLiteral("urgent"));

        // WHEN the case page starts the work-up
        gui::CasePage page(ws, coordinator);
        page.resize(1366, 768);
        QVERIFY(page.showCase(caseId));
        auto* start = child<QPushButton>(&page, "startWorkUpButton");
        QVERIFY(start && !start->isHidden());
        QTest::mouseClick(start, Qt::LeftButton);
        QCOMPARE(page.record().state, core::CaseState::WorkUp);
        QVERIFY(start->isHidden());

        // AND two therapy lines are added: VRd expands to its drugs, a refractory DPd
        for (int n = 1; n <= 2; ++n) {
            QTest::mouseClick(child<QPushButton>(&page, "addLineButton"), Qt::LeftButton);
            auto* dialog = page.findChild<gui::TherapyLineDialog*>(QStringLiteral("therapyLineDialog"));
            QVERIFY(dialog);
            QCOMPARE(child<QSpinBox>(dialog, "lineNumberSpin")->value(), n);
            auto* regimen = child<QComboBox>(dialog, "regimenCombo");
            regimen->setEditText(n == 1 ? QStringLiteral("VRd") : QStringLiteral("DPd"));
            emit regimen->lineEdit()->editingFinished();
            child<gui::PartialDateEdit>(dialog, "startDateEdit")
                ->setText(n == 1 ? QStringLiteral("2019-03") : QStringLiteral("2021"));
            child<gui::PartialDateEdit>(dialog, "stopDateEdit")
                ->setText(n == 1 ? QStringLiteral("2020-11") : QStringLiteral("2022-06-30"));
            if (n == 2) {
                child<gui::PartialDateEdit>(dialog, "progressionDateEdit")
                    ->setText(QStringLiteral("2022-07-20"));
                QTest::mouseClick(child<QPushButton>(dialog, "proposeRefractoryButton"), Qt::LeftButton);
                QVERIFY(!child<QLabel>(dialog, "proposalLabel")->text().isEmpty());
            }
            if (n == 2)
                shoot(dialog, "therapy-line");
            const core::TherapyLine line = dialog->line();
            QCOMPARE(line.drugs.size(), 3);
            if (n == 2)
                QVERIFY(line.drugs.first().refractory.value_or(false));
            dialog->accept();
            QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->problem()));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        QCOMPARE(page.record().therapyLines.size(), 2);

        // AND an LVEF and an ECOG are entered with the day they were taken
        const QDate taken = m_db->now().date().addDays(-3);
        for (const auto& [code, value] : {std::pair{QStringLiteral("lvef"), QStringLiteral("52")},
                                          std::pair{QStringLiteral("ecog"), QStringLiteral("1")}}) {
            QTest::mouseClick(child<QPushButton>(&page, "addObservationButton"), Qt::LeftButton);
            auto* dialog = page.findChild<gui::ObservationDialog*>(QStringLiteral("observationDialog"));
            QVERIFY(dialog);
            choose(child<QComboBox>(dialog, "codeCombo"), code);
            child<QLineEdit>(dialog, "valueEdit")->setText(value);
            child<QDateTimeEdit>(dialog, "takenEdit")->setDateTime(QDateTime(taken, QTime(9, 30)));
            dialog->accept();
            QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(dialog->problem()));
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        // AND an implausible LVEF is refused with the range named beside the field
        QTest::mouseClick(child<QPushButton>(&page, "addObservationButton"), Qt::LeftButton);
        auto* bad = page.findChild<gui::ObservationDialog*>(QStringLiteral("observationDialog"));
        choose(child<QComboBox>(bad, "codeCombo"), QStringLiteral("lvef"));
        child<QLineEdit>(bad, "valueEdit")->setText(QStringLiteral("120"));
        QVERIFY(child<QLabel>(bad, "valueHint")->text().contains(QStringLiteral("85")));
        bad->accept();
        QVERIFY(bad->problem().contains(QStringLiteral("85")));
        shoot(bad, "observation-refused");
        gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        bad->reject(); // typed input: asked first, then discarded
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(page.record().observations.size(), 2);
        QVERIFY(child<QLabel>(&page, "derivedFactsValue")->text().contains(QStringLiteral("2")));
        shoot(&page, "case-page");

        // THEN the cardiology checklist shows the LVEF from the record with its date
        const auto cardiologist = m_db->logIn(QStringLiteral("cardiology"));
        auto current = ws.cases().openCase(cardiologist, caseId);
        QVERIFY(current.ok());
        gui::OpinionEditorDialog cardiology(ws, cardiologist, *current, core::Discipline::Cardiology);
        const QStringList rows = answersWithDates(cardiology);
        const QString day = taken.toString(Qt::ISODate);
        bool lvefShown = false;
        for (const QString& r : rows)
            if (r.contains(QStringLiteral("52")) && r.contains(QStringLiteral("(from record)")) &&
                r.contains(day))
                lvefShown = true;
        QVERIFY2(lvefShown, qPrintable(rows.join(QLatin1Char('\n'))));
        // AND the hematology checklist the ECOG and the two prior lines
        const auto hematologist = m_db->logIn(QStringLiteral("hematology"));
        gui::OpinionEditorDialog hematology(ws, hematologist, *current, core::Discipline::Hematology);
        const QStringList hem = answersWithDates(hematology);
        bool ecogShown = false;
        for (const QString& r : hem)
            if (r.contains(QStringLiteral("(from record)")) && r.contains(day) &&
                r.contains(QStringLiteral("1")))
                ecogShown = true;
        QVERIFY2(ecogShown, qPrintable(hem.join(QLatin1Char('\n'))));
    }

    void shouldReuseAKnownPatientAndRefuseASecondOpenCase()
    {
        auto& ws = m_db->workspace();
        const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
        gui::NewReferralDialog referral(ws, coordinator);
        // WHEN the patient registered above is searched by name and chosen
        child<QLineEdit>(&referral, "findNameEdit")->setText(QStringLiteral("Lindq"));
        QTest::mouseClick(child<QPushButton>(&referral, "searchButton"), Qt::LeftButton);
        auto* hits = child<QListWidget>(&referral, "patientHitsList");
        QVERIFY(hits->count() >= 1);
        QVERIFY(hits->item(0)->text().contains(QStringLiteral("Lindqvist")));
        emit hits->itemActivated(hits->item(0));
        QVERIFY(referral.chosenPatientId() > 0);
        QVERIFY(!child<QWidget>(&referral, "patientBox")->isEnabled());
        // AND a second myeloma referral is asked for
        child<QLineEdit>(&referral, "referrerEdit")->setText(QStringLiteral("Dr Other"));
        choose(child<QComboBox>(&referral, "indicationCombo"), QStringLiteral("multiple_myeloma"));
        choose(child<QComboBox>(&referral, "urgencyCombo"), QStringLiteral("routine"));
        referral.accept();
        // THEN it is refused naming the open case
        QCOMPARE(referral.registeredCaseId(), qint64(0));
        QVERIFY2(child<QLabel>(&referral, "problemLabel")->text().contains(QStringLiteral("open case")),
                 qPrintable(child<QLabel>(&referral, "problemLabel")->text()));
        gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        referral.reject();
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void shouldMoveToTheNextFieldOnEnterAndSaveOnCtrlEnter()
    {
        auto& ws = m_db->workspace();
        const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
        gui::TransplantDialog dialog(ws, coordinator, 1, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* conditioning = child<QLineEdit>(&dialog, "conditioningEdit");
        conditioning->setFocus();
        QTest::keyClicks(conditioning, QStringLiteral("BEAM"));
        // WHEN Enter is pressed in a field
        QTest::keyClick(conditioning, Qt::Key_Return);
        // THEN the form stays open and the next field has the focus
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(QApplication::focusWidget() != conditioning);
        QVERIFY(child<QLabel>(&dialog, "problemLabel")->isHidden());
        // WHEN Ctrl+Enter is pressed, THEN it saves: here refused, the date is missing
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(&dialog, "problemLabel")->isHidden());
        QCOMPARE(dialog.savedId(), qint64(0));
        gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void shouldMergeTwoRecordsWithAnAdministratorsApproval()
    {
        auto& ws = m_db->workspace();
        const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
        QVERIFY(coordinator.isValid());
        // GIVEN two records of one person: the kept one with an open case, the other closed
        core::CaseRecord r;
        r.patient.identifiers << core::PatientIdentifier{QStringLiteral("local"), QStringLiteral("MR"),
                                                         QStringLiteral("GUI-MERGE-1")};
        r.patient.familyName = QStringLiteral("Sandberg");
        r.patient.givenName = QStringLiteral("Eva");
        r.patient.sex = core::Sex::Female;
        r.patient.birth = *core::PartialDate::parse(QStringLiteral("1955-02"));
        r.indication = core::Indication::MultipleMyeloma;
        r.referrer = QStringLiteral("Dr Referrer");
        r.referralDate = test::DemoDatabase::now().date().addDays(-2);
        auto keep = ws.intake().registerReferral(coordinator, r);
        QVERIFY2(keep.ok(), qPrintable(keep.error().message));
        r.patient.identifiers = {
            {QStringLiteral("local"), QStringLiteral("MR"), QStringLiteral("GUI-MERGE-2")},
            {QStringLiteral("CN-NHC"), QStringLiteral("NH"), QStringLiteral("NH-GUI-2")}};
        r.indication = core::Indication::LargeBCellLymphoma;
        auto gone = ws.intake().registerReferral(coordinator, r);
        QVERIFY2(gone.ok(), qPrintable(gone.error().message));
        QVERIFY(!gone->warnings.isEmpty()); // the near duplicate was reported
        QVERIFY(ws.cases().closeCase(coordinator, gone->caseId, core::CloseReason::Withdrawn, {}).ok());

        // WHEN the coordinator opens the kept case and asks to merge
        gui::CasePage page(ws, coordinator);
        page.resize(1366, 768);
        QVERIFY(page.showCase(keep->caseId));
        auto* merge = child<QPushButton>(&page, "mergePatientButton");
        QVERIFY(merge && !merge->isHidden());
        QTest::mouseClick(merge, Qt::LeftButton);
        auto* dialog = page.findChild<gui::PatientMergeDialog*>(QStringLiteral("patientMergeDialog"));
        QVERIFY(dialog);
        // THEN this record is shown with its identifier, and the approval is asked for
        QVERIFY(child<QLabel>(dialog, "thisRecordLabel")->text().contains(QStringLiteral("GUI-MERGE-1")));
        QVERIFY(child<QGroupBox>(dialog, "approvalGroup")->isVisibleTo(dialog));
        // WHEN the other record is found by its identifier
        child<QLineEdit>(dialog, "mergeFindEdit")->setText(QStringLiteral("GUI-MERGE-2"));
        QTest::mouseClick(child<QPushButton>(dialog, "mergeFindButton"), Qt::LeftButton);
        // THEN it is shown beside, with both identifiers and its closed case
        QCOMPARE(child<QComboBox>(dialog, "mergeHitsCombo")->count(), 1);
        const QString other = child<QLabel>(dialog, "otherRecordLabel")->text();
        QVERIFY2(other.contains(QStringLiteral("GUI-MERGE-2")) && other.contains(QStringLiteral("NH-GUI-2")),
                 qPrintable(other));
        QVERIFY(other.contains(QString::number(gone->caseId)));
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog->show();
            QCoreApplication::processEvents();
            dialog->grab().save(dir + QStringLiteral("/patient-merge.png"));
        }
        // WHEN merging without a reason THEN it is refused beside the fields
        dialog->accept();
        QVERIFY(dialog->result() != QDialog::Accepted);
        QVERIFY(child<QLabel>(dialog, "problemLabel")->text().contains(QStringLiteral("reason")));
        // WHEN the administrator's password is wrong
        child<QPlainTextEdit>(dialog, "mergeReasonEdit")
            ->setPlainText(QStringLiteral("same person, two numbers"));
        child<QLineEdit>(dialog, "approverEdit")->setText(QStringLiteral("admin"));
        auto* password = child<QLineEdit>(dialog, "approverPasswordEdit");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QStringLiteral("not-the-password"));
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->accept();
        // THEN nothing is merged, the refusal is shown and the password is gone from the field
        QVERIFY(dialog->result() != QDialog::Accepted);
        QVERIFY(!child<QLabel>(dialog, "problemLabel")->text().isEmpty());
        QVERIFY(password->text().isEmpty());
        QCOMPARE(ws.intake().showPatient(coordinator, gone->patientId)->patient.mergedInto, qint64(0));
        // WHEN the administrator types the right password and the merge is confirmed
        password->setText(test::DemoDatabase::password());
        gui::MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->accept();
        // THEN the records are merged into the kept one, found by the old identifier
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(dialog->keptPatientId(), keep->patientId);
        auto hits = ws.intake().findPatients(coordinator, QStringLiteral("NH-GUI-2"), {}, {});
        QVERIFY(hits.ok() && hits->size() == 1);
        QCOMPARE(hits->first().patient.id, keep->patientId);
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);

        // AND a user who is an administrator too is not asked for an approval
        core::UserIdentity both = coordinator;
        both.roles << core::Role::Administrator;
        gui::PatientMergeDialog alone(ws, both, keep->patientId);
        QVERIFY(!child<QGroupBox>(&alone, "approvalGroup")->isVisibleTo(&alone));
    }
};

QTEST_MAIN(TestIntakeGui)
#include "TestIntakeGui.moc"

// File → Import referral… (issue 15, item 3) by objectName, offscreen on a 1366×768 screen: the
// file is answered through gui::FileDialog, the preview lists what the service's dry run plans (the
// patient, observations with values and units, prior lines, transplants, what is kept as text, the
// warnings, the bundle's provenance); Cancel writes nothing, Import registers the referral and opens
// its case, a malformed file or an invalid resource shows the JSON path of its first problem and
// cannot be imported. Only users who may register referrals get the action; others see why.
// ctest runs it in English and in Chinese (TestFhirImportGuiZh); with CB_SCREENSHOT_DIR set, the
// preview is saved there as fhir-import-preview-<language>.png.
#include "GuiTestSupport.h"
#include "core/PermissionPolicy.h"
#include "exports/FhirExport.h"
#include "gui/MainWindow.h"
#include "gui/case/CasePage.h"
#include "gui/intake/FhirImportPreviewDialog.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "gui/worklist/WorklistPage.h"
#include "platform/Language.h"
#include "services/CaseService.h"
#include "services/FhirImportService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScreen>
#include <QTreeWidget>

using namespace cb;
using namespace Qt::StringLiterals;

namespace {

// The bundle's resources of a type, with the index of their entry.
QList<QPair<int, QJsonObject>> resourcesOf(const QJsonObject& bundle, const QString& type)
{
    QList<QPair<int, QJsonObject>> out;
    const QJsonArray entries = bundle.value(u"entry"_s).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject r = entries.at(i).toObject().value(u"resource"_s).toObject();
        if (r.value(u"resourceType"_s).toString() == type)
            out << qMakePair(i, r);
    }
    return out;
}

void replaceResource(QJsonObject& bundle, int index, const QJsonObject& resource)
{
    QJsonArray entries = bundle.value(u"entry"_s).toArray();
    QJsonObject e = entries.at(index).toObject();
    e.insert(u"resource"_s, resource);
    entries.replace(index, e);
    bundle.insert(u"entry"_s, entries);
}

} // namespace

class TestFhirImportGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    QTemporaryDir m_dir;
    QJsonObject m_bundle; // a demo case's record, its patient given identifiers no one has
    int m_serial = 0;

    template <typename T> static T* child(QObject* w, const char* name)
    {
        return w->findChild<T*>(QString::fromLatin1(name));
    }

    qsizetype caseCount()
    {
        auto list = m_db->workspace().cases().listCases(m_db->logIn(u"coordinator"_s), std::nullopt);
        return list.ok() ? list->size() : -1;
    }

    // The bundle with its patient's identifiers made unique (a patient CellBoard does not know).
    QJsonObject freshBundle()
    {
        QJsonObject bundle = m_bundle;
        const auto patients = resourcesOf(bundle, u"Patient"_s);
        QJsonObject patient = patients.first().second;
        QJsonArray ids = patient.value(u"identifier"_s).toArray();
        ++m_serial;
        for (int i = 0; i < ids.size(); ++i) {
            QJsonObject id = ids.at(i).toObject();
            id.insert(u"value"_s, id.value(u"value"_s).toString() + u"-IMP"_s + QString::number(m_serial));
            ids.replace(i, id);
        }
        patient.insert(u"identifier"_s, ids);
        replaceResource(bundle, patients.first().first, patient);
        return bundle;
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(bytes);
        return path;
    }

    // File → Import referral… with the file answered through the seam; the preview it opens.
    gui::FhirImportPreviewDialog* openPreview(gui::MainWindow& window, const QString& file)
    {
        auto* action = child<QAction>(&window, "importReferralAction");
        if (!action || !action->isEnabled())
            return nullptr;
        gui::FileDialog::setNextFileName(file);
        action->trigger();
        auto* dialog = window.findChild<gui::FhirImportPreviewDialog*>();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    static QTreeWidgetItem* groupOf(QTreeWidget* tree, int row) { return tree->topLevelItem(row); }

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1366, 768));
        if (qEnvironmentVariable("CB_TEST_LANGUAGE") == "zh_CN"_L1)
            QCOMPARE(platform::Language::install(platform::Language::chinese()),
                     platform::Language::chinese());
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
        // GIVEN a demo case's record as another hospital would send it: with prior lines and
        // observations, and one observation CellBoard does not code
        const auto coordinator = m_db->logIn(u"coordinator"_s);
        auto list = m_db->workspace().cases().listCases(coordinator, std::nullopt);
        QVERIFY(list.ok());
        for (const auto& c : *list) {
            auto exported = exports::FhirExport(m_db->workspace())
                                .build(coordinator, c.caseId, exports::FhirExport::Variant::Collection);
            QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error().message));
            if (!resourcesOf(exported->bundle, u"MedicationRequest"_s).isEmpty() &&
                resourcesOf(exported->bundle, u"Observation"_s).size() > 3 &&
                !resourcesOf(exported->bundle, u"Procedure"_s).isEmpty()) {
                m_bundle = exported->bundle;
                break;
            }
        }
        QVERIFY2(!m_bundle.isEmpty(), "no demo case has prior lines, observations and a procedure");
        const QString patientUrl =
            m_bundle.value(u"entry"_s).toArray().at(0).toObject().value(u"fullUrl"_s).toString();
        QJsonArray entries = m_bundle.value(u"entry"_s).toArray();
        entries.append(QJsonObject{
            {u"fullUrl"_s, u"urn:uuid:5f0c2b7e-1111-4c8e-9d7a-0000000000aa"_s},
            {u"resource"_s,
             QJsonObject{{u"resourceType"_s, u"Observation"_s},
                         {u"id"_s, u"cholesterol-1"_s},
                         {u"status"_s, u"final"_s},
                         {u"code"_s, QJsonObject{{u"coding"_s,
                                                  QJsonArray{QJsonObject{{u"system"_s, u"http://loinc.org"_s},
                                                                         {u"code"_s, u"2093-3"_s}}}},
                                                 {u"text"_s, u"Cholesterol"_s}}},
                         {u"subject"_s, QJsonObject{{u"reference"_s, patientUrl}}},
                         {u"effectiveDateTime"_s, u"2026-02-20"_s},
                         {u"valueQuantity"_s, QJsonObject{{u"value"_s, 212}, {u"unit"_s, u"mg/dL"_s}}}}}});
        m_bundle.insert(u"entry"_s, entries);
    }

    void cleanup()
    {
        gui::FileDialog::setNextFileName(QString());
        gui::FileDialog::getOpenFileName(nullptr, QString()); // take an unused answer back
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void shouldPreviewWhatTheBundleCreates()
    {
        // GIVEN the coordinator's main window and a bundle of a patient CellBoard does not know
        const QJsonObject bundle = freshBundle();
        const QString file = write(u"referral.json"_s, QJsonDocument(bundle).toJson());
        const auto user = m_db->logIn(u"coordinator"_s);
        gui::MainWindow window(m_db->workspace(), user);
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        // and what the service's dry run plans for it
        services::FhirImportOptions preview;
        preview.referrerLater = true;
        auto plan = services::FhirImportService(m_db->workspace().database(), m_db->workspace().clock(),
                                                m_db->workspace().intake())
                        .plan(user, QJsonDocument(bundle).toJson(), preview);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QVERIFY(!plan->attaches());

        // WHEN File → Import referral… is chosen and the file answered
        gui::FhirImportPreviewDialog* dialog = openPreview(window, file);
        QVERIFY(dialog);

        // THEN the file dialog asked for a FHIR file, and the preview shows the file and bundle
        QCOMPARE(gui::FileDialog::lastCaption(), gui::MainWindow::tr("Import referral"));
        QVERIFY(dialog->hasPlan());
        QVERIFY(dialog->problem().isEmpty());
        const QString provenance = child<QLabel>(dialog, "provenanceLabel")->text();
        QVERIFY2(provenance.contains(u"referral.json"_s), qPrintable(provenance));
        QVERIFY2(provenance.contains(plan->referral.bundleId), qPrintable(provenance));
        // the patient, new, with the bundle's identifiers
        const QString patient = child<QLabel>(dialog, "patientLabel")->text();
        QVERIFY2(
            patient.contains(gui::FhirImportPreviewDialog::tr("New patient: %1").arg(QString()).trimmed()),
            qPrintable(patient));
        QVERIFY2(patient.contains(plan->caseRecord.patient.familyName), qPrintable(patient));
        QVERIFY2(patient.contains(plan->caseRecord.patient.identifiers.first().value), qPrintable(patient));
        // each planned item under its heading, with the resource it comes from
        auto* tree = child<QTreeWidget>(dialog, "itemsTree");
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 5);
        QTreeWidgetItem* observations = groupOf(tree, 1);
        QCOMPARE(observations->childCount(), plan->observations.size());
        QVERIFY(observations->childCount() > 0);
        for (int i = 0; i < observations->childCount(); ++i) {
            const auto& o = plan->observations.at(i);
            QTreeWidgetItem* row = observations->child(i);
            QCOMPARE(row->toolTip(3), o.from.reference());
            QVERIFY2(!row->text(1).isEmpty() && !row->text(2).isEmpty(), qPrintable(row->text(0)));
            if (!o.unit.isEmpty())
                QVERIFY2(row->text(1).endsWith(o.unit) || row->text(1).contains(u' '),
                         qPrintable(row->text(1)));
        }
        QTreeWidgetItem* lines = groupOf(tree, 2);
        QCOMPARE(lines->childCount(), plan->lines.size());
        QVERIFY(lines->childCount() > 0);
        QVERIFY2(lines->child(0)->text(0).contains(plan->lines.first().line.regimen),
                 qPrintable(lines->child(0)->text(0)));
        QCOMPARE(groupOf(tree, 3)->childCount(), plan->transplants.size());
        // the observation CellBoard does not code is kept as text, with a warning naming it
        QTreeWidgetItem* kept = groupOf(tree, 4);
        QCOMPARE(kept->childCount(), plan->referral.keptAsText.size());
        bool cholesterol = false;
        for (int i = 0; i < kept->childCount(); ++i)
            cholesterol = cholesterol || (kept->child(i)->text(0).contains(u"Cholesterol"_s) &&
                                          kept->child(i)->toolTip(3) == u"Observation/cholesterol-1"_s);
        QVERIFY(cholesterol);
        auto* warnings = child<QListWidget>(dialog, "warningsList");
        QCOMPARE(warnings->count(), plan->warnings.size());
        bool warned = false;
        for (int i = 0; i < warnings->count(); ++i)
            warned = warned || warnings->item(i)->text().contains(u"Observation/cholesterol-1"_s);
        QVERIFY(warned);
        // Import waits for the referrer and the urgency (a collection bundle names no author)
        auto* import = child<QPushButton>(dialog, "importButton");
        QVERIFY(import && !import->isEnabled());
        QCOMPARE(import->toolTip(), gui::FhirImportPreviewDialog::tr("Name the referring clinician first."));
        QTest::keyClicks(child<QLineEdit>(dialog, "referrerEdit"), u"Dr Sender"_s);
        QVERIFY(!import->isEnabled());
        child<QComboBox>(dialog, "urgencyCombo")->setCurrentIndex(2);
        QVERIFY(import->isEnabled());
        // AND it fits the screen, every button's text whole
        QCoreApplication::processEvents();
        const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size() - QSize(16, 40);
        QVERIFY2(dialog->width() <= screen.width() && dialog->height() <= screen.height(),
                 qPrintable(u"%1×%2"_s.arg(dialog->width()).arg(dialog->height())));
        for (QPushButton* b : dialog->findChildren<QPushButton*>())
            if (b->isVisible())
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->text()));
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QDir().mkpath(dir);
            const QString language = qEnvironmentVariable("CB_TEST_LANGUAGE").isEmpty()
                                         ? u"en"_s
                                         : qEnvironmentVariable("CB_TEST_LANGUAGE");
            dialog->grab().save(dir + u"/fhir-import-preview-"_s + language + u".png"_s);
            window.grab().save(dir + u"/fhir-import-window-"_s + language + u".png"_s);
        }
        dialog->reject();
    }

    void shouldWriteNothingWhenCancelled()
    {
        const QString file = write(u"cancelled.json"_s, QJsonDocument(freshBundle()).toJson());
        gui::MainWindow window(m_db->workspace(), m_db->logIn(u"coordinator"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        const qsizetype cases = caseCount();
        const qint64 head = m_db->headSeq();
        gui::FhirImportPreviewDialog* dialog = openPreview(window, file);
        QVERIFY(dialog && dialog->hasPlan());
        QTest::keyClicks(child<QLineEdit>(dialog, "referrerEdit"), u"Dr Sender"_s);
        child<QComboBox>(dialog, "urgencyCombo")->setCurrentIndex(1);
        // WHEN the coordinator cancels the preview
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        // THEN nothing is written: no case, no audit row of an import or a registration
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        const QStringList actions = m_db->auditActionsAfter(head);
        QVERIFY2(!actions.contains(u"case.import"_s) && !actions.contains(u"case.register"_s),
                 qPrintable(actions.join(u", "_s)));
        QCOMPARE(caseCount(), cases);
        QVERIFY(window.worklistPage()->isVisible());
    }

    void shouldRegisterTheReferralAndOpenItsCase()
    {
        const QJsonObject bundle = freshBundle();
        const QString file = write(u"imported.json"_s, QJsonDocument(bundle).toJson());
        gui::MainWindow window(m_db->workspace(), m_db->logIn(u"coordinator"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        const qsizetype cases = caseCount();
        const qint64 head = m_db->headSeq();
        gui::FhirImportPreviewDialog* dialog = openPreview(window, file);
        QVERIFY(dialog && dialog->hasPlan());
        const int observations = child<QTreeWidget>(dialog, "itemsTree")->topLevelItem(1)->childCount();
        QTest::keyClicks(child<QLineEdit>(dialog, "referrerEdit"), u"Dr Sender"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, "institutionEdit"), u"Referring Hospital"_s);
        child<QComboBox>(dialog, "urgencyCombo")->setCurrentIndex(2);
        // WHEN Import is clicked
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        // THEN the referral is registered, audited as an import, and its case is open
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const qint64 caseId = dialog->importedCaseId();
        QVERIFY(caseId > 0);
        QCOMPARE(caseCount(), cases + 1);
        QVERIFY(m_db->auditActionsAfter(head).contains(u"case.import"_s));
        QCOMPARE(window.casePage()->caseId(), caseId);
        QVERIFY(window.casePage()->isVisible());
        const core::CaseRecord& record = window.casePage()->record();
        QCOMPARE(record.referrerDetail.name, u"Dr Sender"_s);
        QCOMPARE(record.referrerDetail.institution, u"Referring Hospital"_s);
        QCOMPARE(record.urgency, u"urgent"_s);
        QVERIFY(record.patient.identifiers.first().value.contains(u"-IMP"_s));
        QVERIFY(observations > 0);
    }

    void shouldShowTheFirstProblemAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray(R"({"resourceType": "Bundle", "entry": [ {)") << u"$: "_s;
        QJsonObject wrongType{{u"resourceType"_s, u"Patient"_s}};
        QTest::newRow("not a bundle") << QJsonDocument(wrongType).toJson() << u"$"_s;
        // an invalid resource: a birth date that is no date
        QJsonObject bundle = freshBundle();
        const auto patients = resourcesOf(bundle, u"Patient"_s);
        QJsonObject patient = patients.first().second;
        patient.insert(u"birthDate"_s, u"1960-13-45"_s);
        replaceResource(bundle, patients.first().first, patient);
        QTest::newRow("invalid Patient.birthDate")
            << QJsonDocument(bundle).toJson()
            << u"$.entry[%1].resource.birthDate"_s.arg(patients.first().first);
    }

    void shouldShowTheFirstProblemAndWriteNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = write(u"broken.json"_s, bytes);
        gui::MainWindow window(m_db->workspace(), m_db->logIn(u"coordinator"_s));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        const qsizetype cases = caseCount();
        const qint64 head = m_db->headSeq();
        gui::FhirImportPreviewDialog* dialog = openPreview(window, file);
        QVERIFY(dialog);
        // THEN the problem is shown with where it is, and nothing can be imported
        QVERIFY(!dialog->hasPlan());
        auto* problem = child<QLabel>(dialog, "importProblemLabel");
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(expected), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(u"broken.json"_s), qPrintable(problem->text()));
        QVERIFY(!child<QPushButton>(dialog, "importButton")->isEnabled());
        QVERIFY(!child<QTreeWidget>(dialog, "itemsTree")->isVisible());
        const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
        if (!dir.isEmpty() && qstrcmp(QTest::currentDataTag(), "invalid Patient.birthDate") == 0)
            dialog->grab().save(dir + u"/fhir-import-problem.png"_s);
        dialog->reject();
        const QStringList actions = m_db->auditActionsAfter(head);
        QVERIFY2(!actions.contains(u"case.import"_s), qPrintable(actions.join(u", "_s)));
        QCOMPARE(caseCount(), cases);
    }

    void shouldOfferTheImportOnlyToWhoMayRegisterReferrals_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("offered");
        QTest::newRow("coordinator") << u"coordinator"_s << true;
        QTest::newRow("cardiology member") << u"cardiology"_s << false;
    }

    void shouldOfferTheImportOnlyToWhoMayRegisterReferrals()
    {
        QFETCH(QString, username);
        QFETCH(bool, offered);
        const auto user = m_db->logIn(username);
        QCOMPARE(core::PermissionPolicy::allows(user, core::Action::EditCaseData), offered);
        gui::MainWindow window(m_db->workspace(), user);
        window.startSession();
        auto* action = child<QAction>(&window, "importReferralAction");
        QVERIFY(action);
        QCOMPARE(action->isEnabled(), offered);
        if (!offered)
            QCOMPARE(action->toolTip(),
                     core::PermissionPolicy::check(user, core::Action::EditCaseData).error().message);
        // and the lock screen greys it out for everyone
        window.lockSession();
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestFhirImportGui)
#include "TestFhirImportGui.moc"

// File → Import lab results… and File → Lab results import queue… (offscreen): an HL7 file chosen
// through the file-dialog seam is imported and summarised (counts and reasons); a message whose
// patient matches nobody is held and assigned from the queue dialog to a patient. Then the same
// screens in Simplified Chinese. With CB_SCREENSHOT_DIR set, each dialog is saved there as a PNG.
#include "GuiTestSupport.h"
#include "gui/MainWindow.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "platform/Language.h"
#include "services/IntakeService.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace cb;

namespace {

const QString kFixtures = QStringLiteral(CB_SOURCE_DIR "/tests/fixtures/hl7/");

template <typename T> T* topLevel(const QString& name)
{
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            if (auto* t = qobject_cast<T*>(w))
                return t;
    return nullptr;
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestLabImportGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    QTemporaryDir m_dir;
    qint64 m_patientId = 0;

    QString write(const QString& name, QByteArray bytes, const QByteArray& mrn,
                  const QByteArray& controlPrefix)
    {
        bytes.replace("MRN1001", mrn);
        bytes.replace("|CBC-0001|", "|" + controlPrefix + "-CBC-0001|");
        bytes.replace("|FIL100|", "|" + controlPrefix + "-FIL100|");
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    static QByteArray fixture(const QString& name)
    {
        QFile f(kFixtures + name);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void closeTopLevel(const QString& name)
    {
        if (auto* d = topLevel<QDialog>(name))
            d->close();
    }

    void importAndAssign(const QString& lang);

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
        QVERIFY(m_dir.isValid());
        const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
        core::CaseRecord r;
        r.patient.identifiers << core::PatientIdentifier{QStringLiteral("HOSPA"), QStringLiteral("MR"),
                                                         QStringLiteral("MRN-GUI-1")};
        r.patient.familyName = QStringLiteral("Lab");
        r.patient.givenName = QStringLiteral("Patient");
        r.patient.sex = core::Sex::Male;
        r.patient.birth = *core::PartialDate::parse(QStringLiteral("1980-01-01"));
        r.patient.birthDate = r.patient.birth.earliest();
        r.indication = core::Indication::MultipleMyeloma;
        r.referrerDetail.name = QStringLiteral("Dr Referrer");
        r.referrer = r.referrerDetail.name;
        r.referralDate = QDate(2026, 2, 1);
        r.urgency = QStringLiteral("routine");
        auto reg = m_db->workspace().intake().registerReferral(coordinator, r);
        QVERIFY2(reg.ok(), qPrintable(reg.ok() ? QString() : reg.error().message));
        m_patientId = reg->patientId;
    }

    void shouldImportSummariseHoldAndAssign() { importAndAssign(QStringLiteral("en")); }
    void shouldShowTheSameScreensInChinese()
    {
        QCOMPARE(platform::Language::install(platform::Language::chinese()), platform::Language::chinese());
        importAndAssign(QStringLiteral("zh"));
        platform::Language::install(QStringLiteral("en"));
    }

    void shouldOfferNothingToASpecialist()
    {
        const auto specialist = m_db->logIn(QStringLiteral("hematology"));
        gui::MainWindow window(m_db->workspace(), specialist);
        window.startSession();
        auto* import = window.findChild<QAction*>(QStringLiteral("actionImportLabResults"));
        QVERIFY(import);
        QVERIFY(!import->isEnabled());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionLabImportQueue"))->isEnabled());
    }
};

void TestLabImportGui::importAndAssign(const QString& lang)
{
    const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
    gui::MainWindow window(m_db->workspace(), coordinator);
    window.resize(1366, 768);
    window.startSession();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* import = window.findChild<QAction*>(QStringLiteral("actionImportLabResults"));
    QVERIFY(import && import->isEnabled());
    // WHEN the coordinator imports a file of final results for a registered patient
    gui::FileDialog::setNextFileName(write(lang + QStringLiteral("-cbc.hl7"),
                                           fixture(QStringLiteral("cbc_cr.hl7")), "MRN-GUI-1",
                                           lang.toUtf8() + "A"));
    import->trigger();
    auto* summary = topLevel<QDialog>(QStringLiteral("labImportSummaryDialog"));
    QVERIFY(summary);
    QVERIFY(QTest::qWaitForWindowExposed(summary));
    // THEN the summary gives the counts and a row per result with its reason
    auto* counts = summary->findChild<QLabel*>(QStringLiteral("labImportCounts"));
    QVERIFY(counts);
    QVERIFY2(counts->text().contains(QStringLiteral("3")), qPrintable(counts->text()));
    auto* items = summary->findChild<QTableWidget*>(QStringLiteral("labImportItems"));
    QCOMPARE(items->rowCount(), 4);
    screenshot(summary, QStringLiteral("lab-import-summary-") + lang);
    summary->close();
    // WHEN a file names a patient nobody has: held
    gui::FileDialog::setNextFileName(write(lang + QStringLiteral("-held.hl7"),
                                           fixture(QStringLiteral("cbc_cr.hl7")),
                                           "MRN-NOBODY-" + lang.toUtf8(), lang.toUtf8() + "H"));
    import->trigger();
    summary = topLevel<QDialog>(QStringLiteral("labImportSummaryDialog"));
    QVERIFY(summary);
    QCOMPARE(summary->findChild<QTableWidget*>(QStringLiteral("labImportItems"))->rowCount(), 1);
    summary->close();
    // AND the queue shows it; assigning it to the patient imports its results
    auto* queueAction = window.findChild<QAction*>(QStringLiteral("actionLabImportQueue"));
    QVERIFY(queueAction && queueAction->isEnabled());
    queueAction->trigger();
    auto* queue = topLevel<QDialog>(QStringLiteral("labImportQueueDialog"));
    QVERIFY(queue);
    QVERIFY(QTest::qWaitForWindowExposed(queue));
    auto* table = queue->findChild<QTableWidget*>(QStringLiteral("labQueueTable"));
    QCOMPARE(table->rowCount(), 1);
    auto* assign = queue->findChild<QPushButton*>(QStringLiteral("labQueueAssignButton"));
    QVERIFY(!assign->isEnabled());
    queue->findChild<QSpinBox*>(QStringLiteral("labQueuePatientId"))->setValue(int(m_patientId));
    test::typeText(queue->findChild<QLineEdit*>(QStringLiteral("labQueueReason")),
                   QStringLiteral("MRN confirmed"));
    QVERIFY(assign->isEnabled());
    screenshot(queue, QStringLiteral("lab-import-queue-") + lang);
    QTest::mouseClick(assign, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(queue->findChild<QLabel*>(QStringLiteral("labQueueEmpty"))->isVisible());
    summary = topLevel<QDialog>(QStringLiteral("labImportSummaryDialog"));
    QVERIFY(summary);
    QVERIFY2(
        summary->findChild<QLabel*>(QStringLiteral("labImportCounts"))->text().contains(QStringLiteral("3")),
        qPrintable(summary->findChild<QLabel*>(QStringLiteral("labImportCounts"))->text()));
    summary->close();
    queue->close();
    closeTopLevel(QStringLiteral("labImportSummaryDialog"));
}

QTEST_MAIN(TestLabImportGui)
#include "TestLabImportGui.moc"

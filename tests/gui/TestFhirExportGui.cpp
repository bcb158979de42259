// Export FHIR on the case page (offscreen): the record as a bundle and the signed verdict as a
// document, each saved where the file dialog (its test seam) says, owner-only, audited, keeping
// CellBoard's mCODE rules; the document is offered only once the verdict is signed.
#include "GuiTestSupport.h"
#include "exports/FhirRules.h"
#include "gui/case/CasePage.h"
#include "gui/case/FhirExportMenu.h"
#include "gui/widgets/FileDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>

using namespace cb;

class TestFhirExportGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    QTemporaryDir m_dir;

    static int exportsInAuditTrail(services::Workspace& ws, const core::UserIdentity& user, qint64 caseId)
    {
        int n = 0;
        auto trail = ws.cases().auditTrail(user, caseId);
        if (trail.ok())
            for (const auto& e : *trail)
                n += e.action == QLatin1String("case.export");
        return n;
    }

    qint64 caseIn(core::CaseState state)
    {
        auto list = m_db->workspace().cases().listCases(m_db->logIn(QStringLiteral("coordinator")), state);
        return list.ok() && !list->isEmpty() ? list->first().caseId : 0;
    }

    static QJsonObject readJson(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

    // Opens the menu of Export FHIR (as a click would) and returns its actions.
    static QMenu* openMenu(gui::CasePage& page)
    {
        auto* button = page.findChild<QPushButton*>(QStringLiteral("exportFhirButton"));
        if (!button || !button->isVisible() || !button->isEnabled() || !button->menu())
            return nullptr;
        QMetaObject::invokeMethod(button->menu(), "aboutToShow"); // what showing it does first
        return button->menu();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
        QVERIFY(m_dir.isValid());
    }

    void shouldSaveTheRecordAsABundleWhereTheDialogSays()
    {
        // GIVEN the coordinator on a case in follow-up
        const auto user = m_db->logIn(QStringLiteral("coordinator"));
        const qint64 id = caseIn(core::CaseState::FollowUp);
        QVERIFY(id > 0);
        gui::CasePage page(m_db->workspace(), user);
        page.resize(1366, 740);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(id));
        const int before = exportsInAuditTrail(m_db->workspace(), user, id);
        QMenu* menu = openMenu(page);
        QVERIFY(menu);
        auto* bundle = menu->findChild<QAction*>(QStringLiteral("actionExportFhirBundle"));
        QVERIFY(bundle && bundle->isEnabled());
        if (const QByteArray dir = qgetenv("CB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            menu->popup(
                page.findChild<QPushButton*>(QStringLiteral("exportFhirButton"))->mapToGlobal(QPoint(0, 30)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            page.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/case-page-fhir.png"));
            menu->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/fhir-menu.png"));
            menu->hide();
        }

        // WHEN FHIR bundle… is chosen and the file dialog answers a name without ".json"
        const QString path = m_dir.filePath(QStringLiteral("record.json"));
        gui::FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("record")));
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        const int asked = gui::MessageBox::askedCount();
        bundle->trigger();

        // THEN the dialog proposed a name a clinician recognises, the bundle is there, owner-only,
        // keeps the rules, and the export is in the case's audit trail
        QCOMPARE(gui::FileDialog::lastCaption(), gui::FhirExportMenu::tr("Export FHIR bundle"));
        QVERIFY2(gui::FileDialog::lastProposed().endsWith(gui::FhirExportMenu::defaultFileName(
                     page.record(), false, test::DemoDatabase::now().toLocalTime().date())),
                 qPrintable(gui::FileDialog::lastProposed()));
        QVERIFY(gui::FileDialog::lastProposed().contains(page.record().patient.mrn));
        const QJsonObject saved = readJson(path);
        QCOMPARE(saved.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        const QStringList problems = test::fhirBundleProblems(saved);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(exportsInAuditTrail(m_db->workspace(), user, id), before + 1);
        QCOMPARE(gui::MessageBox::askedCount(), asked + 1);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("record.json")),
                 qPrintable(gui::MessageBox::lastText()));
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    void shouldOfferTheDocumentOnlyOnceTheVerdictIsSigned_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("offered");
        QTest::newRow("in review: no verdict yet") << int(core::CaseState::InReview) << false;
        QTest::newRow("decided: signed verdict") << int(core::CaseState::Decided) << true;
        QTest::newRow("in treatment") << int(core::CaseState::Treatment) << true;
    }

    void shouldOfferTheDocumentOnlyOnceTheVerdictIsSigned()
    {
        QFETCH(int, state);
        QFETCH(bool, offered);
        const auto chair = m_db->logIn(QStringLiteral("chair"));
        const qint64 id = caseIn(core::CaseState(state));
        QVERIFY(id > 0);
        gui::CasePage page(m_db->workspace(), chair);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(id));
        QMenu* menu = openMenu(page);
        QVERIFY(menu);
        auto* document = menu->findChild<QAction*>(QStringLiteral("actionExportFhirDocument"));
        QVERIFY(document);
        QCOMPARE(document->isEnabled(), offered);
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("actionExportFhirBundle"))->isEnabled());
        if (!offered) {
            QCOMPARE(document->toolTip(), gui::FhirExportMenu::tr("Needs the board's signed verdict."));
            return;
        }
        // WHEN the document is exported
        const QString path = m_dir.filePath(QStringLiteral("verdict-%1.json").arg(id));
        gui::FileDialog::setNextFileName(path);
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        document->trigger();
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
        // THEN it is a document, its Composition first, carrying the summary PDF
        const QJsonObject saved = readJson(path);
        QCOMPARE(saved.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        const QStringList problems = test::fhirBundleProblems(saved);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        const QList<QJsonObject> refs = test::fhirResources(saved, QStringLiteral("DocumentReference"));
        QCOMPARE(refs.size(), 1);
        const QByteArray pdf = QByteArray::fromBase64(
            refs.first()
                .value(QStringLiteral("content"))[0][QStringLiteral("attachment")][QStringLiteral("data")]
                .toString()
                .toLatin1());
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 10000);
    }

    void shouldWriteNothingWhenTheDialogIsCancelled()
    {
        const auto user = m_db->logIn(QStringLiteral("coordinator"));
        const qint64 id = caseIn(core::CaseState::Decided);
        gui::CasePage page(m_db->workspace(), user);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(id));
        const int before = exportsInAuditTrail(m_db->workspace(), user, id);
        const int asked = gui::MessageBox::askedCount();
        QMenu* menu = openMenu(page);
        QVERIFY(menu);
        gui::FileDialog::setNextFileName(QString()); // cancelled
        menu->findChild<QAction*>(QStringLiteral("actionExportFhirBundle"))->trigger();
        QCOMPARE(exportsInAuditTrail(m_db->workspace(), user, id), before);
        QCOMPARE(gui::MessageBox::askedCount(), asked);
    }

    void shouldRefuseAnExportIntoAMissingFolder()
    {
        const auto user = m_db->logIn(QStringLiteral("coordinator"));
        const qint64 id = caseIn(core::CaseState::Decided);
        gui::CasePage page(m_db->workspace(), user);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(id));
        const int before = exportsInAuditTrail(m_db->workspace(), user, id);
        QMenu* menu = openMenu(page);
        QVERIFY(menu);
        gui::FileDialog::setNextFileName(m_dir.filePath(QStringLiteral("no-such-folder/x.json")));
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        menu->findChild<QAction*>(QStringLiteral("actionExportFhirBundle"))->trigger();
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);
        QVERIFY2(gui::MessageBox::lastText().contains(QStringLiteral("does not exist")),
                 qPrintable(gui::MessageBox::lastText()));
        QCOMPARE(exportsInAuditTrail(m_db->workspace(), user, id), before);
    }
};

QTEST_MAIN(TestFhirExportGui)
#include "TestFhirExportGui.moc"

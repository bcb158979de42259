// GUI test: the settings dialog by objectName. An administrator changes the review quorum and
// the institution (audited by SettingsService); a specialist sees them read-only and the service
// refuses them anyway; this workstation's language and database wait for the next start.

#include "GuiTestSupport.h"
#include "core/grading/GradingOptionsJson.h"
#include "gui/MainWindow.h"
#include "gui/settings/SettingsDialog.h"
#include "platform/Language.h"
#include "platform/LocalSettings.h"
#include "services/SettingsService.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace cb;
using platform::LocalSettings;
using Key = services::SettingsService::Key;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;

    template <typename T> static T* child(QWidget* w, const char* name)
    {
        return w->findChild<T*>(QString::fromLatin1(name));
    }

    static void save(gui::SettingsDialog& dialog)
    {
        QTest::mouseClick(child<QPushButton>(&dialog, "saveSettingsButton"), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
    }

    void init()
    {
        LocalSettings local;
        local.setValue(LocalSettings::Key::Language, platform::Language::system());
        local.setValue(LocalSettings::Key::LastDatabase, QString());
    }

    void shouldLetAnAdministratorChangeTheQuorumWithAnAuditRecord()
    {
        // GIVEN the administrator in the settings dialog
        const auto admin = m_db->logIn(QStringLiteral("admin"));
        gui::SettingsDialog dialog(m_db->workspace(), admin);
        dialog.show();
        auto* pulmonology = child<QCheckBox>(&dialog, "requiredDiscipline_pulmonology");
        auto* pharmacy = child<QCheckBox>(&dialog, "requiredDiscipline_pharmacy");
        QVERIFY(pulmonology && pharmacy);
        QVERIFY(pulmonology->isEnabled());
        QVERIFY(pulmonology->isChecked());
        QVERIFY(!pharmacy->isChecked());
        const qint64 mark = m_db->headSeq();
        // WHEN pulmonology is no longer required, pharmacy is, and the idle lock is 30 minutes
        pulmonology->setChecked(false);
        pharmacy->setChecked(true);
        child<QSpinBox>(&dialog, "idleLockSpin")->setValue(30);
        save(dialog);
        // THEN the service holds the new quorum and each change is one audit record
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto required = m_db->workspace().settings().requiredDisciplines();
        QVERIFY(!required.contains(core::Discipline::Pulmonology));
        QVERIFY(required.contains(core::Discipline::Pharmacy));
        QCOMPARE(m_db->workspace().settings().idleLockMinutes(), 30);
        QCOMPARE(m_db->auditActionsAfter(mark),
                 (QStringList{QStringLiteral("setting.change"), QStringLiteral("setting.change")}));
        QVERIFY(!dialog.needsRestart());
    }

    void shouldLetAnAdministratorChooseTheGradingConventions()
    {
        // GIVEN the administrator on the Grading tab, which shows the SPEC defaults
        const auto admin = m_db->logIn(QStringLiteral("admin"));
        gui::SettingsDialog dialog(m_db->workspace(), admin);
        dialog.show();
        auto* vasopressin = child<QComboBox>(&dialog, "vasopressinAloneCombo");
        auto* anc = child<QComboBox>(&dialog, "tie_anc_at_1200");
        QVERIFY(vasopressin && anc && vasopressin->isEnabled());
        QCOMPARE(vasopressin->currentData().toInt(), 3);
        QCOMPARE(anc->currentData().toInt(), int(core::TieBin::HigherRisk));
        const qint64 mark = m_db->headSeq();
        // WHEN vasopressin alone becomes grade 2 and an ANC of exactly 1200 the lower-risk side
        vasopressin->setCurrentIndex(vasopressin->findData(2));
        anc->setCurrentIndex(anc->findData(int(core::TieBin::LowerRisk)));
        save(dialog);
        // THEN the setting holds them, in one audited change
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const core::GradingOptions o = m_db->workspace().settings().gradingOptions();
        QCOMPARE(o.vasopressinAloneGrade, 2);
        QCOMPARE(o.hematotoxTies.ancAt1200, core::TieBin::LowerRisk);
        QCOMPARE(o.hematotoxTies.crpAt3, core::TieBin::HigherRisk);
        QCOMPARE(m_db->auditActionsAfter(mark), QStringList{QStringLiteral("setting.change")});
        QVERIFY(m_db->workspace()
                    .settings()
                    .setValue(admin, Key::GradingConventions, core::GradingOptionsJson::toText({}))
                    .ok()); // back to the defaults for the other tests
    }

    void shouldLetOnlyAnAdministratorRequireAMeetingForTheVerdict_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("may");
        QTest::newRow("administrator") << "admin" << true;
        QTest::newRow("board chair") << "chair" << false;
        QTest::newRow("coordinator") << "coordinator" << false;
    }
    void shouldLetOnlyAnAdministratorRequireAMeetingForTheVerdict()
    {
        QFETCH(QString, user);
        QFETCH(bool, may);
        // GIVEN the settings dialog on the review tab: by default a verdict outside a meeting is recorded
        const auto who = m_db->logIn(user);
        auto& settings = m_db->workspace().settings();
        QVERIFY(!settings.meetingRequiredForVerdict());
        gui::SettingsDialog dialog(m_db->workspace(), who);
        dialog.show();
        auto* check = child<QCheckBox>(&dialog, "meetingRequiredCheck");
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        QCOMPARE(check->isEnabled(), may);
        QCOMPARE(check->toolTip().isEmpty(), may);
        QVERIFY(child<QLabel>(&dialog, "meetingRequiredNote")->isVisibleTo(&dialog));
        if (const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR"); !dir.isEmpty() && may) {
            auto* tabs = child<QTabWidget>(&dialog, "settingsTabs");
            tabs->setCurrentWidget(child<QWidget>(&dialog, "reviewTab"));
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/settings-meeting-required.png")));
        }
        if (!may)
            return;
        // WHEN the administrator requires a meeting and saves
        const qint64 mark = m_db->headSeq();
        check->setChecked(true);
        save(dialog);
        // THEN the program requires it, in one audited change, and the dialog shows it next time
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(settings.meetingRequiredForVerdict());
        QCOMPARE(settings.value(Key::MeetingRequired), QStringLiteral("true"));
        QCOMPARE(m_db->auditActionsAfter(mark), QStringList{QStringLiteral("setting.change")});
        gui::SettingsDialog again(m_db->workspace(), who);
        QVERIFY(child<QCheckBox>(&again, "meetingRequiredCheck")->isChecked());
        // AND unchecked it is only recorded again (the default, for the other tests)
        child<QCheckBox>(&again, "meetingRequiredCheck")->setChecked(false);
        again.show();
        save(again);
        QVERIFY(!settings.meetingRequiredForVerdict());
    }

    void shouldShowProgramSettingsReadOnlyToASpecialistAndTheServiceRefusesThem()
    {
        // GIVEN a hematologist in the settings dialog
        const auto hematologist = m_db->logIn(QStringLiteral("hematology"));
        gui::SettingsDialog dialog(m_db->workspace(), hematologist);
        dialog.show();
        // THEN the quorum and institution are read-only, with a tooltip that says why
        for (const char* name : {"requiredDisciplinesGroup", "institutionNameEdit", "institutionPhoneEdit",
                                 "idleLockSpin", "paperSizeCombo", "gradingConventionsEditor"}) {
            QWidget* w = child<QWidget>(&dialog, name);
            QVERIFY2(w && !w->isEnabled(), name);
            QVERIFY2(!w->toolTip().isEmpty(), name);
        }
        QVERIFY(!child<QCheckBox>(&dialog, "requiredDiscipline_cardiology")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "adminNote")->isVisibleTo(&dialog));
        // WHEN they save anyway THEN no program setting changes and nothing is audited
        const qint64 mark = m_db->headSeq();
        const QString quorum = m_db->workspace().settings().value(Key::RequiredDisciplines);
        save(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_db->workspace().settings().value(Key::RequiredDisciplines), quorum);
        QVERIFY(m_db->auditActionsAfter(mark).isEmpty());
        // AND the service itself refuses the specialist, recording the refusal
        const auto st = m_db->workspace().settings().setValue(hematologist, Key::RequiredDisciplines,
                                                              QStringLiteral("hematology"));
        QVERIFY(!st.ok());
        QCOMPARE(st.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(m_db->auditActionsAfter(mark), QStringList{QStringLiteral("permission.denied")});
    }

    void shouldExplainAWrongValueAndSaveNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty institution name") << "institutionNameEdit"
                                                << ""
                                                << "The institution name cannot be empty.";
        QTest::newRow("telephone with letters") << "institutionPhoneEdit"
                                                << "call the ward"
                                                << "A telephone number holds digits";
        QTest::newRow("no discipline required") << "requiredDisciplinesGroup"
                                                << ""
                                                << "At least one discipline must be required for the quorum.";
        QTest::newRow("password in the database address") << "databaseEdit"
                                                          << "postgresql://cb:secret@db.example.org/cellboard"
                                                          << "Do not put the password";
    }

    void shouldExplainAWrongValueAndSaveNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        // GIVEN the administrator with a valid change pending (the address) and one wrong field
        const auto admin = m_db->logIn(QStringLiteral("admin"));
        gui::SettingsDialog dialog(m_db->workspace(), admin);
        dialog.show();
        child<QLineEdit>(&dialog, "institutionAddressEdit")
            ->setText(QStringLiteral("1 Hospital Road, Shanghai"));
        if (field == QLatin1String("requiredDisciplinesGroup")) {
            for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
                box->setChecked(false);
        } else {
            child<QLineEdit>(&dialog, qPrintable(field))->setText(value);
        }
        const qint64 mark = m_db->headSeq();
        // WHEN they save
        save(dialog);
        // THEN the dialog stays open, says what is wrong, and saved nothing
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().startsWith(message), qPrintable(dialog.errorText()));
        QVERIFY(m_db->auditActionsAfter(mark).isEmpty());
        QVERIFY(m_db->workspace().settings().value(Key::InstitutionAddress).isEmpty());
        QVERIFY(LocalSettings().value(LocalSettings::Key::LastDatabase).toString().isEmpty());
    }

    void shouldKeepLanguageAndDatabaseForTheNextStart()
    {
        // GIVEN a cardiologist choosing Chinese and another database file
        const auto cardiologist = m_db->logIn(QStringLiteral("cardiology"));
        gui::SettingsDialog dialog(m_db->workspace(), cardiologist);
        dialog.show();
        auto* language = child<QComboBox>(&dialog, "languageCombo");
        QCOMPARE(language->count(), 3);
        language->setCurrentIndex(language->findData(platform::Language::chinese()));
        child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("/srv/cellboard/board.sqlite"));
        save(dialog);
        // THEN both are this workstation's settings, and the dialog knows a restart applies them
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const LocalSettings local;
        QCOMPARE(local.value(LocalSettings::Key::Language).toString(), platform::Language::chinese());
        QCOMPARE(local.value(LocalSettings::Key::LastDatabase).toString(),
                 QStringLiteral("/srv/cellboard/board.sqlite"));
        QVERIFY(dialog.needsRestart());
        // AND the language in use did not change under the user's feet
        QCOMPARE(platform::Language::current(), platform::Language::english());
    }

    void shouldOpenFromTheFileMenuWithCtrlComma()
    {
        // GIVEN a session's main window
        const auto admin = m_db->logIn(QStringLiteral("admin"));
        gui::MainWindow window(m_db->workspace(), admin);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("actionSettings"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+,")));
        // WHEN it is triggered THEN the settings dialog opens over the window
        action->trigger();
        auto* dialog = window.findChild<gui::SettingsDialog*>(QStringLiteral("settingsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
        window.endSession();
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"

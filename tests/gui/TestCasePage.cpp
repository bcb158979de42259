// The case page shows one case at a glance, and offers Close case… only to those the
// permission policy allows, with the service's message when the close is refused.
#include "GuiTestSupport.h"
#include "core/PermissionPolicy.h"
#include "gui/case/CasePage.h"
#include "gui/case/CloseCaseDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/CaseService.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace cb;

class TestCasePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;

    static QString label(QWidget* page, const char* name)
    {
        auto* l = page->findChild<QLabel*>(QString::fromLatin1(name));
        return l ? l->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
    }

    static gui::CloseCaseDialog* openCloseDialog(gui::CasePage& page)
    {
        auto* button = page.findChild<QPushButton*>(QStringLiteral("closeCaseButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto* dialog = page.findChild<gui::CloseCaseDialog*>();
        return dialog && QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
    }

    static void chooseReason(gui::CloseCaseDialog* dialog, core::CloseReason reason, const QString& detail)
    {
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("reasonCombo"));
        combo->setCurrentIndex(combo->findData(core::toId(reason)));
        auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("detailEdit"));
        edit->clear();
        QTest::keyClicks(edit, detail);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("confirmCloseButton")),
                          Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
    }

    void shouldShowTheIndexCaseAtAGlance()
    {
        gui::CasePage page(m_db->workspace(), m_db->logIn(QStringLiteral("hematology")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(1));
        QCOMPARE(label(&page, "patientNameLabel"), QStringLiteral("王建国"));
        QCOMPARE(label(&page, "mrnValue"), QStringLiteral("SH-2026-003412"));
        QVERIFY(label(&page, "sexAgeValue").startsWith(QStringLiteral("Male, ")));
        QCOMPARE(label(&page, "indicationValue"), QStringLiteral("Multiple myeloma"));
        QCOMPARE(label(&page, "stateChip"), QStringLiteral("In review"));
        QCOMPARE(label(&page, "productValue"), QStringLiteral("cilta-cel"));
        QVERIFY(label(&page, "referrerValue").startsWith(QStringLiteral("Dr Fang Qiang")));
        QVERIFY(label(&page, "referralDateValue").contains(QStringLiteral("35 days ago")));
        QVERIFY(label(&page, "extramedullaryValue").startsWith(QStringLiteral("Yes — T8")));
        QCOMPARE(label(&page, "transplantsValue").count(QStringLiteral("Autologous")), 2);

        auto* observations = page.findChild<QTableView*>(QStringLiteral("observationsView"))->model();
        QVERIFY(observations->rowCount() > 5);
        for (int row = 1; row < observations->rowCount(); ++row)
            QVERIFY(observations->index(row - 1, 0).data().toString() >=
                    observations->index(row, 0).data().toString());
        QStringList codes;
        for (int row = 0; row < observations->rowCount(); ++row)
            codes << observations->index(row, 1).data().toString();
        QVERIFY(codes.contains(QStringLiteral("LVEF")));
    }

    void shouldGreyOutCloseCaseAndSayWhy_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("enabled");
        QTest::newRow("coordinator may close") << QStringLiteral("coordinator") << true;
        QTest::newRow("board chair may close") << QStringLiteral("chair") << true;
        QTest::newRow("cardiologist may not") << QStringLiteral("cardiology") << false;
        QTest::newRow("nurse specialist may not") << QStringLiteral("nursing") << false;
    }

    void shouldGreyOutCloseCaseAndSayWhy()
    {
        QFETCH(QString, username);
        QFETCH(bool, enabled);
        const core::UserIdentity user = m_db->logIn(username);
        gui::CasePage page(m_db->workspace(), user);
        QVERIFY(page.showCase(3));
        auto* button = page.findChild<QPushButton*>(QStringLiteral("closeCaseButton"));
        QCOMPARE(button->isEnabled(), enabled);
        if (!enabled)
            QCOMPARE(button->toolTip(),
                     core::PermissionPolicy::check(user, core::Action::CloseCase).error().message);
    }

    void shouldCloseACaseWithAReasonAndShowItClosed()
    {
        gui::CasePage page(m_db->workspace(), m_db->logIn(QStringLiteral("coordinator")));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(8));
        QSignalSpy changed(&page, &gui::CasePage::caseChanged);
        gui::CloseCaseDialog* dialog = openCloseDialog(page);
        QVERIFY(dialog);
        // no reason is chosen for her, and the case cannot be closed without one
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("reasonCombo"));
        QVERIFY(combo->currentData().toString().isEmpty());
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("confirmCloseButton"))->isEnabled());

        chooseReason(dialog, core::CloseReason::Transferred, QStringLiteral("to the referring hospital"));

        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(label(&page, "stateChip"), QStringLiteral("Closed"));
        QCOMPARE(label(&page, "closureValue"), QStringLiteral("Transferred — to the referring hospital"));
        auto* button = page.findChild<QPushButton*>(QStringLiteral("closeCaseButton"));
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->toolTip(), QStringLiteral("This case is already closed."));
        auto* audit = page.findChild<QTableView*>(QStringLiteral("auditTrailView"))->model();
        QStringList actions;
        for (int row = 0; row < audit->rowCount(); ++row)
            actions << audit->index(row, 2).data().toString();
        QVERIFY(actions.contains(QStringLiteral("Closed the case")));
    }

    void shouldShowTheServicesMessageWhenTheCloseIsRefused_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("changedMeanwhile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("death without a cause")
            << int(core::CloseReason::Deceased) << QString() << false << QStringLiteral("cause");
        QTest::newRow("changed on another workstation")
            << int(core::CloseReason::Withdrawn) << QString() << true
            << QStringLiteral("Someone else changed this case");
    }

    void shouldShowTheServicesMessageWhenTheCloseIsRefused()
    {
        QFETCH(int, reason);
        QFETCH(QString, detail);
        QFETCH(bool, changedMeanwhile);
        QFETCH(QString, expected);
        const core::UserIdentity coordinator = m_db->logIn(QStringLiteral("coordinator"));
        gui::CasePage page(m_db->workspace(), coordinator);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showCase(7)); // Kim, Min-jun, in work-up
        if (changedMeanwhile)
            QVERIFY(m_db->workspace().cases().moveCase(coordinator, 7, core::CaseState::InReview).ok());
        gui::CloseCaseDialog* dialog = openCloseDialog(page);
        QVERIFY(dialog);
        chooseReason(dialog, core::CloseReason(reason), detail);
        QVERIFY2(dialog->errorText().contains(expected), qPrintable(dialog->errorText()));
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void shouldTellWhenACaseCannotBeOpened()
    {
        gui::CasePage page(m_db->workspace(), m_db->logIn(QStringLiteral("coordinator")));
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!page.showCase(424242));
        QVERIFY(gui::MessageBox::lastText().contains(QStringLiteral("424242")));
    }

    void shouldGoBackWithAltLeftOrEscape_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Alt+Left") << int(Qt::Key_Left) << int(Qt::AltModifier);
        QTest::newRow("Escape") << int(Qt::Key_Escape) << int(Qt::NoModifier);
    }

    void shouldGoBackWithAltLeftOrEscape()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        gui::CasePage page(m_db->workspace(), m_db->logIn(QStringLiteral("coordinator")));
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.showCase(2));
        QSignalSpy back(&page, &gui::CasePage::backRequested);
        QTest::keyClick(page.findChild<QWidget*>(QStringLiteral("backButton")), Qt::Key(key),
                        Qt::KeyboardModifiers(modifiers));
        QCOMPARE(back.count(), 1);
    }
};

QTEST_MAIN(TestCasePage)
#include "TestCasePage.moc"

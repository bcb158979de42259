// GUI test: a case walks from "in review" to a signed verdict offscreen, driven through the
// review panel, the opinion editor and the verdict dialog by objectName.

#include "core/PermissionPolicy.h"
#include "gui/review/DecisionDialog.h"
#include "gui/review/OpinionEditorDialog.h"
#include "gui/review/ReviewPanel.h"
#include "gui/review/SignatureDialog.h"
#include "gui/widgets/InputDialog.h"
#include "gui/widgets/MessageBox.h"
#include "services/AuthService.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/DemoProgram.h"
#include "services/ReviewService.h"
#include "services/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;

namespace {
const QString kPassword = QStringLiteral("demo-password-for-gui-tests");
}

class TestReviewFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<services::Workspace> m_ws;
    qint64 m_caseId = 0;

    core::UserIdentity login(const QString& username)
    {
        auto r = m_ws->auth().login(username, kPassword);
        if (!r.ok())
            qFatal("login failed");
        return r->user;
    }

    // The in-review case with the fewest opinions: Becker (lbcl-stale-echo) has three.
    qint64 caseInReview()
    {
        auto coordinator = login(QStringLiteral("coordinator"));
        auto list = m_ws->cases().listCases(coordinator, core::CaseState::InReview);
        for (const auto& c : *list)
            if (c.patientName.startsWith(QLatin1String("O'Connor")))
                return c.caseId;
        return list->first().caseId;
    }

    // CB_SCREENSHOT_DIR: the panel at the smallest supported window's page size
    static void screenshot(QWidget& w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        w.resize(1366, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        if (auto* scroll = w.findChild<QScrollArea*>(QStringLiteral("reviewScroll")))
            scroll->ensureWidgetVisible(w.findChild<QLabel*>(QStringLiteral("decisionMeetingLabel")));
        QVERIFY(w.grab().save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = services::Workspace::open(m_dir.filePath(QStringLiteral("review.sqlite")),
                                            services::Workspace::OpenMode::CreateIfMissing);
        QVERIFY(ws.ok());
        m_ws = std::move(ws).value();
        QVERIFY(services::DemoProgram(*m_ws).load(kPassword).ok());
        m_caseId = caseInReview();
    }

    void shouldShowOneCardPerRequiredDisciplineWithMissingSignatures()
    {
        // GIVEN a coordinator looking at a case in review
        auto coordinator = login(QStringLiteral("coordinator"));
        auto rec = m_ws->cases().openCase(coordinator, m_caseId);
        QVERIFY(rec.ok());
        gui::ReviewPanel panel(*m_ws, coordinator);
        panel.setCase(*rec);
        // THEN every required discipline has a card and the verdict is out of reach
        for (const auto d : core::coreDisciplines())
            QVERIFY2(panel.findChild<QWidget*>(QStringLiteral("card_") + core::toId(d)),
                     qPrintable(core::toId(d)));
        auto* decide = panel.findChild<QPushButton*>(QStringLiteral("recordVerdictButton"));
        QVERIFY(decide);
        QVERIFY(!decide->isEnabled());
        QVERIFY(!decide->toolTip().isEmpty());
    }

    void shouldRefuseEditingAnotherDisciplinesOpinion()
    {
        auto cardiologist = login(QStringLiteral("cardiology"));
        auto rec = m_ws->cases().openCase(cardiologist, m_caseId);
        gui::OpinionEditorDialog dialog(*m_ws, cardiologist, *rec, core::Discipline::Neurology);
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveDraftButton"));
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        QVERIFY(save->toolTip().contains(QStringLiteral("Neurology")));
    }

    void shouldWalkTheCaseToASignedVerdict()
    {
        // WHEN each required discipline records and signs its opinion in the editor
        for (const auto d : core::coreDisciplines()) {
            const auto specialist = login(core::toId(d));
            auto rec = m_ws->cases().openCase(specialist, m_caseId);
            QVERIFY(rec.ok());
            gui::OpinionEditorDialog dialog(*m_ws, specialist, *rec, d);
            auto overview = m_ws->reviews().overview(specialist, m_caseId);
            const auto* card = overview->find(d);
            if (card && card->current && card->current->isSigned)
                continue; // already signed in the demo
            auto* recommendation = dialog.findChild<QComboBox*>(QStringLiteral("recommendationCombo"));
            QVERIFY(recommendation && recommendation->isEnabled());
            recommendation->setCurrentIndex(recommendation->findData(QStringLiteral("supports")));
            dialog.findChild<QPlainTextEdit*>(QStringLiteral("commentEdit"))
                ->setPlainText(QStringLiteral("Fit."));
            QVERIFY2(dialog.saveDraft(), qPrintable(gui::MessageBox::lastText()));
            gui::SignatureDialog::setNextPassword(kPassword);
            QVERIFY2(dialog.sign(), qPrintable(core::toId(d)));
        }
        // THEN the case is ready for the board
        auto chair = login(QStringLiteral("chair"));
        auto rec = m_ws->cases().openCase(chair, m_caseId);
        QCOMPARE(rec->state, core::CaseState::ReadyForBoard);

        // WHEN the chair records and signs an eligible-with-conditions verdict in the dialog
        gui::DecisionDialog dialog(*m_ws, chair, *rec);
        auto* verdict = dialog.findChild<QComboBox*>(QStringLiteral("verdictCombo"));
        verdict->setCurrentIndex(verdict->findData(QStringLiteral("eligible_with_conditions")));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("decisionConditionsEdit"))
            ->setPlainText(QStringLiteral("Repeat TTE before lymphodepletion"));
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("rationaleEdit"))
            ->setPlainText(QStringLiteral("Concerns discussed; benefit outweighs risk."));
        const auto ov = m_ws->reviews().overview(chair, m_caseId);
        if (ov->standingContraindications > 0) {
            dialog.findChild<QLineEdit*>(QStringLiteral("overrideApproverEdit"))
                ->setText(QStringLiteral("Dr Helen Zhang"));
            dialog.findChild<QLineEdit*>(QStringLiteral("overrideReasonEdit"))
                ->setText(QStringLiteral("Named-patient access."));
        }
        // the case is on no meeting's agenda: the dialog says the verdict is taken outside a meeting
        QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("decisionWhereLabel"))
                     ->text()
                     .contains(QStringLiteral("outside a meeting")),
                 qPrintable(dialog.findChild<QLabel*>(QStringLiteral("decisionWhereLabel"))->text()));
        gui::MessageBox::setNextAnswer(QMessageBox::Ok);
        gui::SignatureDialog::setNextPassword(kPassword);
        QVERIFY2(dialog.sign(), qPrintable(gui::MessageBox::lastText()));
        gui::MessageBox::setNextAnswer(QMessageBox::NoButton);

        // THEN the case is decided and the verdict carries the chair's signature
        rec = m_ws->cases().openCase(chair, m_caseId);
        QCOMPARE(rec->state, core::CaseState::Decided);
        auto decisions = m_ws->decisions().decisions(chair, m_caseId);
        QVERIFY(decisions->last().isSigned);
        QCOMPARE(decisions->last().signature->printedName, chair.printedName);
        QCOMPARE(decisions->last().verdict, core::Verdict::EligibleWithConditions);

        // WHEN the cardiologist adds a dissent through the panel (the input dialog answered
        // through its test seam) THEN it is recorded verbatim
        const auto cardiologist = login(QStringLiteral("cardiology"));
        rec = m_ws->cases().openCase(cardiologist, m_caseId);
        gui::ReviewPanel panel(*m_ws, cardiologist);
        panel.setCase(*rec);
        // AND the panel states that the verdict was taken outside a meeting
        auto* where = panel.findChild<QLabel*>(QStringLiteral("decisionMeetingLabel"));
        QVERIFY(where && !where->isHidden());
        QVERIFY2(where->text().contains(QStringLiteral("Outside a meeting")), qPrintable(where->text()));
        QVERIFY(where->text().contains(QStringLiteral("no meeting attendance was checked")));
        screenshot(panel, QStringLiteral("verdict-outside-meeting.png"));
        auto* dissent = panel.findChild<QPushButton*>(QStringLiteral("addDissentButton"));
        QVERIFY(dissent && dissent->isEnabled());
        const int asked = gui::InputDialog::askedCount();
        gui::InputDialog::setNextText(QStringLiteral("LVEF 45 %: I would repeat the echo first."));
        QTest::mouseClick(dissent, Qt::LeftButton);
        QCOMPARE(gui::InputDialog::askedCount(), asked + 1);
        QVERIFY(gui::InputDialog::lastLabel().contains(QLatin1String("verbatim")));
        decisions = m_ws->decisions().decisions(chair, m_caseId);
        QCOMPARE(decisions->last().dissents.size(), 1);
        QCOMPARE(decisions->last().dissents.first().text,
                 QStringLiteral("LVEF 45 %: I would repeat the echo first."));
        // AND a cancelled dialog records nothing
        gui::InputDialog::setNextCancel();
        QTest::mouseClick(dissent, Qt::LeftButton);
        QCOMPARE(m_ws->decisions().decisions(chair, m_caseId)->last().dissents.size(), 1);
    }

    void shouldStateTheMeetingAndAttendanceOfAVerdictTakenInOne()
    {
        // GIVEN a demo case decided in last week's screening meeting (demo_meetings.json)
        const auto coordinator = login(QStringLiteral("coordinator"));
        auto decided = m_ws->cases().listCases(coordinator, core::CaseState::Decided);
        QVERIFY(decided.ok());
        qint64 caseId = 0;
        for (const auto& c : *decided) {
            auto d = m_ws->decisions().decisions(coordinator, c.caseId);
            if (d.ok() && !d->isEmpty() && m_ws->decisions().verdictMeeting(d->last()).inMeeting())
                caseId = c.caseId;
        }
        QVERIFY(caseId > 0);
        // WHEN its review panel is shown
        auto rec = m_ws->cases().openCase(coordinator, caseId);
        QVERIFY(rec.ok());
        gui::ReviewPanel panel(*m_ws, coordinator);
        panel.setCase(*rec);
        // THEN the verdict names its meeting, the chair and who was present
        auto* where = panel.findChild<QLabel*>(QStringLiteral("decisionMeetingLabel"));
        QVERIFY(where && !where->isHidden());
        const QString text = where->text();
        QVERIFY2(text.contains(QStringLiteral("Meeting of ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("chaired by ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Present: ")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Outside a meeting")));
        screenshot(panel, QStringLiteral("verdict-in-meeting.png"));
    }

    void shouldAskBeforeClosingAnEditorWithUnsavedChanges_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("opinion editor") << QStringLiteral("opinion");
        QTest::newRow("verdict dialog") << QStringLiteral("verdict");
    }

    void shouldAskBeforeClosingAnEditorWithUnsavedChanges()
    {
        QFETCH(QString, form);
        // GIVEN the ICU specialist's opinion editor, or the chair's verdict dialog, on a case in review
        auto coordinator = login(QStringLiteral("coordinator"));
        auto list = m_ws->cases().listCases(coordinator, core::CaseState::InReview);
        QVERIFY(!list->isEmpty());
        const qint64 id = list->first().caseId;
        const bool opinion = form == QLatin1String("opinion");
        const auto user = login(opinion ? QStringLiteral("icu") : QStringLiteral("chair"));
        auto rec = m_ws->cases().openCase(user, id);
        QVERIFY(rec.ok());
        std::unique_ptr<QDialog> dialog;
        if (opinion)
            dialog = std::make_unique<gui::OpinionEditorDialog>(*m_ws, user, *rec, core::Discipline::Icu);
        else
            dialog = std::make_unique<gui::DecisionDialog>(*m_ws, user, *rec);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        // WHEN it is closed untouched THEN it closes without a question
        const int asked = gui::MessageBox::askedCount();
        dialog->reject();
        QVERIFY(!dialog->isVisible());
        QCOMPARE(gui::MessageBox::askedCount(), asked);
        // WHEN text is typed and it is closed THEN she is asked, and Cancel keeps it open with the text
        dialog->show();
        auto* text = dialog->findChild<QPlainTextEdit*>(opinion ? QStringLiteral("commentEdit")
                                                                : QStringLiteral("rationaleEdit"));
        QVERIFY(text);
        QTest::keyClicks(text, QStringLiteral("Half-written thought"));
        gui::MessageBox::setNextAnswer(QMessageBox::Cancel);
        dialog->reject();
        QCOMPARE(gui::MessageBox::askedCount(), asked + 1);
        QVERIFY2(gui::MessageBox::lastText().contains(QLatin1String("not saved")),
                 qPrintable(gui::MessageBox::lastText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("Half-written thought"));
        // WHEN she discards them THEN it closes
        gui::MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog->reject();
        QVERIFY(!dialog->isVisible());
    }

    void shouldKeepTheEditorOpenOnAWrongSigningPassword()
    {
        // GIVEN a draft opinion on another case in review
        auto coordinator = login(QStringLiteral("coordinator"));
        auto list = m_ws->cases().listCases(coordinator, core::CaseState::InReview);
        QVERIFY(!list->isEmpty());
        const qint64 id = list->first().caseId;
        auto icu = login(QStringLiteral("icu"));
        auto rec = m_ws->cases().openCase(icu, id);
        gui::OpinionEditorDialog dialog(*m_ws, icu, *rec, core::Discipline::Icu);
        auto* recommendation = dialog.findChild<QComboBox*>(QStringLiteral("recommendationCombo"));
        recommendation->setCurrentIndex(recommendation->findData(QStringLiteral("needs_more_information")));
        QVERIFY(dialog.saveDraft());
        // WHEN the signer gives a wrong password
        gui::SignatureDialog::setNextPassword(QStringLiteral("not-the-password"));
        QVERIFY(!dialog.sign());
        // THEN nothing is signed
        auto ov = m_ws->reviews().overview(icu, id);
        QVERIFY(!ov->find(core::Discipline::Icu)->current->isSigned);
    }
};

QTEST_MAIN(TestReviewFlow)
#include "TestReviewFlow.moc"

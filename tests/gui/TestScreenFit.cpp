// Every page and dialog fits a 1366×768 screen (issue 14, item 5): no dialog is larger than
// the screen's working area, no button's text is clipped, at the size each opens with. Offscreen,
// by objectName; with CB_SCREENSHOT_DIR set, each screen is saved as a PNG there.

#include "GuiTestSupport.h"
#include "core/pathway/PathwayVocabulary.h"
#include "gui/MainWindow.h"
#include "gui/case/CasePage.h"
#include "gui/case/CloseCaseDialog.h"
#include "gui/case/ExportPdfDialog.h"
#include "gui/intake/HistoryDialog.h"
#include "gui/intake/NewReferralDialog.h"
#include "gui/intake/ObservationDialog.h"
#include "gui/intake/TherapyLineDialog.h"
#include "gui/intake/TransplantDialog.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/pathway/PathwayStepDialog.h"
#include "gui/pathway/VoidReasonDialog.h"
#include "gui/review/DecisionDialog.h"
#include "gui/review/FollowThroughDialogs.h"
#include "gui/review/OpinionEditorDialog.h"
#include "gui/review/SignatureDialog.h"
#include "gui/session/ChangePasswordDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "platform/Language.h"
#include "services/CaseService.h"
#include "services/PathwayService.h"

#include <QAbstractButton>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QScreen>
#include <QTabWidget>
#include <QTextDocument>

using namespace cb;

namespace {

// The working area of the test's 1366×768 screen (offscreen:configfile=screen-1366x768.json),
// less a window frame and title bar.
QSize workingArea()
{
    return QGuiApplication::primaryScreen()->availableGeometry().size() - QSize(16, 40);
}

QStringList problemsOf(QWidget* root, const QString& screen)
{
    QCoreApplication::processEvents(); // pending layouts, as before a paint
    const QSize kScreen = workingArea();
    QStringList problems;
    const QSize size = root->size(); // the title bar and frame are in kScreen's margins
    if (size.width() > kScreen.width() || size.height() > kScreen.height())
        problems << QStringLiteral("%1 opens at %2×%3, larger than the screen's %4×%5")
                        .arg(screen)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(kScreen.width())
                        .arg(kScreen.height());
    const QSize least = root->minimumSizeHint();
    if (least.width() > kScreen.width() || least.height() > kScreen.height())
        problems
            << QStringLiteral("%1 needs at least %2×%3").arg(screen).arg(least.width()).arg(least.height());
    const auto buttons = root->findChildren<QAbstractButton*>();
    for (QAbstractButton* b : buttons) {
        if (!b->isVisibleTo(root) || b->text().isEmpty())
            continue;
        if (b->width() < b->sizeHint().width())
            problems << QStringLiteral("%1: button \"%2\" (%3) is %4 px wide, its text needs %5")
                            .arg(screen, b->text(), b->objectName())
                            .arg(b->width())
                            .arg(b->sizeHint().width());
    }
    // a mnemonic without a buddy is drawn as a literal "&" ("Stop(&P)")
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    const auto labels = root->findChildren<QLabel*>();
    for (QLabel* l : labels)
        if (l->isVisibleTo(root) && !l->buddy() && l->textFormat() != Qt::RichText &&
            !Qt::mightBeRichText(l->text()) && l->text().contains(mnemonic))
            problems << QStringLiteral("%1: label \"%2\" shows its \"&\" (no buddy)").arg(screen, l->text());
    const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        root->grab().save(dir + QStringLiteral("/fit-") + screen + QStringLiteral(".png"));
    }
    return problems;
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::DemoDatabase> m_db;

    qint64 caseIn(core::CaseState state)
    {
        auto list = m_db->workspace().cases().listCases(m_db->logIn(QStringLiteral("coordinator")), state);
        return list.ok() && !list->isEmpty() ? list->first().caseId : 0;
    }

    void look(QWidget* w, const QString& screen)
    {
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        const QStringList problems = problemsOf(w, screen);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1366, 768));
        // the same screens in Chinese (ctest TestScreenFitZh): other words, other widths
        if (qEnvironmentVariable("CB_TEST_LANGUAGE") == QLatin1String("zh_CN"))
            QCOMPARE(platform::Language::install(platform::Language::chinese()),
                     platform::Language::chinese());
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());
    }

    void shouldFitEveryPageOfTheMainWindow_data()
    {
        QTest::addColumn<QString>("page");
        for (const char* p : {"worklist", "meetings", "actions", "case"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void shouldFitEveryPageOfTheMainWindow()
    {
        QFETCH(QString, page);
        gui::MainWindow window(m_db->workspace(), m_db->logIn(QStringLiteral("coordinator")));
        window.resize(workingArea());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        if (page == QLatin1String("meetings"))
            window.showMeetings();
        else if (page == QLatin1String("actions"))
            window.showActions();
        else if (page == QLatin1String("case"))
            window.openCase(caseIn(core::CaseState::FollowUp));
        if (page != QLatin1String("case")) {
            look(&window, page);
        } else {
            auto* tabs = window.casePage()->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
            QVERIFY(tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(&window, QStringLiteral("case-tab%1").arg(i));
            }
        }
        window.endSession();
    }

    void shouldFitEveryDialog_data()
    {
        QTest::addColumn<QString>("dialog");
        for (const char* d : {"close case",
                              "opinion",
                              "verdict",
                              "action",
                              "communication",
                              "void",
                              "meeting",
                              "signature",
                              "password",
                              "settings",
                              "step apheresis",
                              "step bridging",
                              "step product_receipt",
                              "step lymphodepletion",
                              "step infusion",
                              "step discharge",
                              "new referral",
                              "history",
                              "therapy line",
                              "transplant",
                              "observation"})
            QTest::newRow(d) << QString::fromLatin1(d);
    }

    void shouldFitEveryDialog()
    {
        QFETCH(QString, dialog);
        const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
        const qint64 inReview = caseIn(core::CaseState::InReview);
        auto rec = m_db->workspace().cases().openCase(coordinator, inReview);
        QVERIFY(rec.ok());
        std::unique_ptr<QDialog> d;
        if (dialog == QLatin1String("close case"))
            d = std::make_unique<gui::CloseCaseDialog>(m_db->workspace(), coordinator, inReview,
                                                       rec->rowVersion, rec->patient.displayName());
        else if (dialog == QLatin1String("opinion"))
            d = std::make_unique<gui::OpinionEditorDialog>(m_db->workspace(),
                                                           m_db->logIn(QStringLiteral("cardiology")), *rec,
                                                           core::Discipline::Cardiology);
        else if (dialog == QLatin1String("verdict"))
            d = std::make_unique<gui::DecisionDialog>(m_db->workspace(), m_db->logIn(QStringLiteral("chair")),
                                                      *rec);
        else if (dialog == QLatin1String("action"))
            d = std::make_unique<gui::ActionDialog>(test::DemoDatabase::now().date());
        else if (dialog == QLatin1String("communication"))
            d = std::make_unique<gui::CommunicationDialog>(QStringLiteral("Dr Chair"),
                                                           test::DemoDatabase::now());
        else if (dialog == QLatin1String("void"))
            d = std::make_unique<gui::VoidReasonDialog>(
                QStringLiteral("assessment of 2026-03-01 08:00 (day 3)"));
        else if (dialog == QLatin1String("meeting"))
            d = std::make_unique<gui::MeetingDialog>(test::DemoDatabase::now().addDays(7));
        else if (dialog == QLatin1String("signature"))
            d = std::make_unique<gui::SignatureDialog>(QStringLiteral("Dr Chen Hao"),
                                                       QStringLiteral("Board chair"),
                                                       QStringLiteral("I approve this verdict."));
        else if (dialog == QLatin1String("password"))
            d = std::make_unique<gui::ChangePasswordDialog>(m_db->workspace(), coordinator, true);
        else if (dialog == QLatin1String("settings"))
            d = std::make_unique<gui::SettingsDialog>(m_db->workspace(),
                                                      m_db->logIn(QStringLiteral("admin")));
        else if (dialog == QLatin1String("export"))
            d = std::make_unique<gui::ExportPdfDialog>(
                m_db->workspace(), m_db->logIn(QStringLiteral("chair")), caseIn(core::CaseState::Decided),
                gui::ExportPdfDialog::Purpose::Save);
        else if (dialog == QLatin1String("new referral"))
            d = std::make_unique<gui::NewReferralDialog>(m_db->workspace(), coordinator);
        else if (dialog == QLatin1String("history"))
            d = std::make_unique<gui::HistoryDialog>(m_db->workspace(), coordinator, *rec);
        else if (dialog == QLatin1String("therapy line"))
            d = std::make_unique<gui::TherapyLineDialog>(m_db->workspace(), coordinator, *rec, nullptr);
        else if (dialog == QLatin1String("transplant"))
            d = std::make_unique<gui::TransplantDialog>(m_db->workspace(), coordinator, inReview, nullptr);
        else if (dialog == QLatin1String("observation"))
            d = std::make_unique<gui::ObservationDialog>(m_db->workspace(), coordinator, inReview, nullptr);
        else if (dialog.startsWith(QLatin1String("step "))) {
            const auto type = core::fromId(core::pathwayEventTypes(), dialog.mid(5));
            QVERIFY(type);
            auto timings = services::PathwayService::productTimings();
            QVERIFY(timings.ok());
            d = std::make_unique<gui::PathwayStepDialog>(
                m_db->workspace(), coordinator, caseIn(core::CaseState::Decided),
                timings->forProduct(QStringLiteral("cilta-cel")), *type);
        }
        QVERIFY(d);
        look(d.get(), dialog.replace(QLatin1Char(' '), QLatin1Char('-')));
    }
};

QTEST_MAIN(TestScreenFit)
#include "TestScreenFit.moc"

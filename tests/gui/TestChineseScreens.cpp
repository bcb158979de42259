// GUI test: the main screens in Simplified Chinese. Loads zh_CN as the program does at start,
// builds the login window, the worklist, the index case with every tab (the board review panel
// first), a specialist's opinion editor and the settings dialog, then reads every visible label,
// button, group box, tab and column header. A text fails when it is an English source the
// translation has another text for (untranslated at run time), or when it holds a Latin word that
// is neither an allowed term (CAR-T, CRS, ICANS, LVEF, units …), an id, nor demo data.
// With CB_SCREENSHOT_DIR set, each screen is also saved there as a PNG (look at them under Xvfb).

#include "GuiTestSupport.h"
#include "core/Vocabulary.h"
#include "gui/MainWindow.h"
#include "gui/case/CasePage.h"
#include "gui/intake/PatientMergeDialog.h"
#include "gui/meetings/ActionsPage.h"
#include "gui/meetings/MeetingModeWindow.h"
#include "gui/meetings/MeetingsPage.h"
#include "gui/pathway/PathwayStepDialog.h"
#include "gui/review/OpinionEditorDialog.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/widgets/Theme.h"
#include "gui/worklist/WorklistPage.h"
#include "i18n/TsCatalog.h"
#include "platform/Language.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "services/PathwayService.h"
#include "services/SettingsService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGlyphRun>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTextDocument>
#include <QTextLayout>

using namespace cb;

namespace {

// Latin words a Chinese hematologist reads as they are: abbreviations, units, names of things.
const char* const kAllowedTerms[] = {
    "CAR",        "T",    "CRS",   "ICANS",  "LVEF",   "ECOG",      "MRN",  "PDF",       "IMWG",
    "ICE",        "CAPD", "ANC",   "ALC",    "CRP",    "IgG",       "NT",   "proBNP",    "BCMA",
    "CD",         "SpO",  "AST",   "ALT",    "ULN",    "HEMATOTOX", "SHA",  "CellBoard", "SQLite",
    "PostgreSQL", "TTE",  "ECG",   "MRI",    "CT",     "PET",       "EEG",  "MRD",       "CTCAE",
    "ASTCT",      "CPAP", "BiPAP", "PI",     "IMiD",   "ADC",       "BTK",  "BCL",       "XPO",
    "Hb",         "QTc",  "HBV",   "HCV",    "HIV",    "CMV",       "EBV",  "eGFR",      "CrCl",
    "NYHA",       "FEV",  "DLCO",  "GVHD",   "HLA",    "CNS",       "IgA",  "IgM",       "kappa",
    "lambda",     "FISH", "mL",    "dL",     "L",      "mg",        "ng",   "g",         "kg",
    "µL",         "min",  "mmol",  "µmol",   "mmHg",   "bpm",       "IU",   "ms",        "pg",
    "U",          "h",    "d",     "mo",     "cm",     "m",         "s",    "A",         "Letter",
    "English",    "Ctrl", "Alt",   "Esc",    "F",      "Left",      "YYYY", "MM",        "DD",
    "ID",         "UTC",  "LDH",   "SUVmax", "Lugano", "CAR-T",     "PD",   "PR",        "CR",
    "VGPR",       "SD",   "sCR",   "µg",     "G-CSF",  "GCSF",      "EHA",  "EBMT",      "FHIR",
    "R4",         "JSON", "Bundle"};

QString plain(QString text)
{
    if (text.contains(QLatin1Char('<'))) {
        QTextDocument doc;
        doc.setHtml(text);
        text = doc.toPlainText();
    }
    static const QRegularExpression accelerator(QStringLiteral("\\(&(\\w)\\)|&(?=\\w)"));
    return text.replace(accelerator, QString()).trimmed();
}

} // namespace

class TestChineseScreens : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::DemoDatabase> m_db;
    QHash<QString, QSet<QString>> m_translationsOf; // English source (plain) → its Chinese texts
    QSet<QString> m_allowed;                        // lower-case Latin words that may stay

    void allowWordsOf(const QString& text)
    {
        static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z'’-]*"));
        for (auto it = word.globalMatch(text); it.hasNext();)
            for (const QString& part :
                 it.next().captured(0).split(QRegularExpression(QStringLiteral("[-'’]")), Qt::SkipEmptyParts))
                m_allowed.insert(part.toLower());
    }

    // Demo data is what clinicians typed (names, regimens, free text): its words may stay. Stable
    // ids in it (drug classes, states, codes …) are not prose: the screens must show their labels.
    void allowDataOf(const QJsonValue& v, const QString& key = {})
    {
        static const QStringList idKeys{
            QStringLiteral("indication"),   QStringLiteral("state"),          QStringLiteral("sex"),
            QStringLiteral("close_reason"), QStringLiteral("code"),           QStringLiteral("unit"),
            QStringLiteral("discipline"),   QStringLiteral("recommendation"), QStringLiteral("verdict"),
            QStringLiteral("roles"),        QStringLiteral("cns_disease")};
        if (key.contains(QLatin1String("class")) || idKeys.contains(key))
            return;
        if (v.isString()) {
            allowWordsOf(v.toString());
        } else if (v.isArray()) {
            for (const QJsonValue& e : v.toArray())
                allowDataOf(e, key);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                allowDataOf(it.value(), it.key());
        }
    }

    void allowChineseTextsOf(const QJsonValue& v)
    {
        if (v.isArray()) {
            for (const QJsonValue& e : v.toArray())
                allowChineseTextsOf(e);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (it.key() == QLatin1String("zh_CN"))
                    allowWordsOf(it.value().toString());
                else
                    allowChineseTextsOf(it.value());
        }
    }

    // What is wrong with one visible text, or an empty string.
    QString problemWith(const QString& raw) const
    {
        const QString text = plain(raw);
        if (text.isEmpty())
            return {};
        // checklist item ids (HEM-12, HEM-12.circulating) name items, they are not prose
        static const QRegularExpression itemId(QStringLiteral("\\b[A-Z]{2,5}-\\d+(\\.[a-z_]+)?\\b"));
        if (const auto it = m_translationsOf.constFind(text);
            it != m_translationsOf.cend() && !it->contains(text))
            return QStringLiteral("untranslated: \"%1\"").arg(text);
        static const QRegularExpression word(QStringLiteral("[A-Za-z0-9µ][A-Za-z0-9µ'’-]*"));
        for (auto it = word.globalMatch(QString(text).remove(itemId)); it.hasNext();) {
            const QString token = it.next().captured(0);
            if (token.contains(QRegularExpression(QStringLiteral("\\d"))))
                continue; // ids, versions, dates, doses
            for (const QString& part :
                 token.split(QRegularExpression(QStringLiteral("[-'’]")), Qt::SkipEmptyParts))
                if (!m_allowed.contains(part.toLower()))
                    return QStringLiteral("English word \"%1\" in \"%2\"").arg(part, text);
        }
        return {};
    }

    QStringList visibleTexts(QWidget* root) const
    {
        QStringList texts{root->windowTitle()};
        const auto widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(root))
                continue;
            if (auto* l = qobject_cast<QLabel*>(w))
                texts << l->text();
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                texts << b->text() << b->toolTip();
            else if (auto* g = qobject_cast<QGroupBox*>(w))
                texts << g->title();
            else if (auto* c = qobject_cast<QComboBox*>(w))
                texts << c->currentText();
            else if (auto* t = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < t->count(); ++i)
                    texts << t->tabText(i);
            else if (auto* h = qobject_cast<QHeaderView*>(w); h && h->model())
                for (int i = 0; i < h->count(); ++i)
                    if (!h->isSectionHidden(i))
                        texts << h->model()->headerData(i, h->orientation()).toString();
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
                for (int r = 0; r < qMin(view->model()->rowCount(), 40); ++r)
                    for (int c = 0; c < view->model()->columnCount(); ++c)
                        texts << view->model()->index(r, c).data().toString();
        }
        return texts;
    }

    // Characters no installed font can draw (they would show as boxes), with the widget's font
    // and Qt's font fallback, as the text would be painted.
    static QString missingGlyphs(const QString& raw, const QFont& font)
    {
        const QString text = plain(raw);
        if (text.isEmpty())
            return {};
        QTextLayout layout(text, font);
        layout.beginLayout();
        while (layout.createLine().isValid()) {
        }
        layout.endLayout();
        QString missing;
        for (const QGlyphRun& run : layout.glyphRuns())
            for (const quint32 glyph : run.glyphIndexes())
                if (glyph == 0) {
                    missing = text;
                    break;
                }
        return missing;
    }

    void look(QWidget* root, const QString& screen)
    {
        QCoreApplication::processEvents(); // pending layout requests, as before a paint
        QStringList problems;
        for (const QString& text : visibleTexts(root))
            if (const QString p = problemWith(text); !p.isEmpty() && !problems.contains(p))
                problems << p;
        const auto widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(root))
                continue;
            QString text;
            if (auto* l = qobject_cast<QLabel*>(w))
                text = l->text();
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                text = b->text();
            if (const QString t = missingGlyphs(text, w->font()); !t.isEmpty())
                problems << QStringLiteral("a character no font draws (a box on screen) in \"%1\"").arg(t);
        }
        const QString dir = qEnvironmentVariable("CB_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(root->grab().save(dir + QLatin1Char('/') + screen + QStringLiteral(".png")));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(screen + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    qint64 caseWithKeyState(core::CaseState state)
    {
        auto list = m_db->workspace().cases().listCases(m_db->logIn(QStringLiteral("coordinator")), state);
        return list.ok() && !list->isEmpty() ? list->first().caseId : 0;
    }

private slots:
    void initTestCase()
    {
        // GIVEN the program started in Chinese, with the demo program
        QCOMPARE(platform::Language::install(platform::Language::chinese()), platform::Language::chinese());
        gui::Theme::apply(*qApp);
        m_db = std::make_unique<test::DemoDatabase>();
        QVERIFY2(m_db->ok(), m_db->error().constData());

        QString error;
        const auto messages =
            test::readTs(QStringLiteral(CB_SOURCE_DIR "/resources/translations/cellboard_zh_CN.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const auto& m : messages)
            for (const QString& t : m.translations)
                m_translationsOf[plain(m.source)].insert(plain(t));

        for (const char* term : kAllowedTerms)
            m_allowed.insert(QString::fromUtf8(term).toLower());
        for (const char* file : {"/resources/demo/demo_program.json", "/resources/demo/demo_reviews.json",
                                 "/resources/demo/demo_meetings.json", "/resources/demo/demo_pathway.json"}) {
            QFile f(QStringLiteral(CB_SOURCE_DIR) + QString::fromLatin1(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            allowDataOf(QJsonDocument::fromJson(f.readAll()).object());
        }
        // Product names and their lymphodepletion regimens are data (INN and brand names, drugs).
        {
            QFile f(QStringLiteral(CB_SOURCE_DIR "/resources/pathway/products.json"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QJsonValue& p :
                 QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("products")).toArray()) {
                allowWordsOf(p.toObject().value(QStringLiteral("name")).toString());
                allowWordsOf(p.toObject().value(QStringLiteral("ld_regimen")).toString());
            }
        }
        // Latin words the clinical authors kept in the Chinese texts of the checklists (RRMM, allo-HSCT …)
        const auto checklists = QDir(QStringLiteral(CB_SOURCE_DIR "/resources/checklists"))
                                    .entryInfoList({QStringLiteral("*.json")}, QDir::Files);
        for (const QFileInfo& info : checklists) {
            QFile f(info.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            allowChineseTextsOf(QJsonDocument::fromJson(f.readAll()).object());
        }
        allowWordsOf(m_db->path());
        allowWordsOf(m_db->workspace().settings().institutionName());
        allowWordsOf(
            services::SettingsService::defaultValue(services::SettingsService::Key::InstitutionName));
    }

    void shouldShowTheLoginWindowInChinese()
    {
        gui::LoginDialog login(m_db->workspace());
        login.show();
        QVERIFY(QTest::qWaitForWindowExposed(&login));
        look(&login, QStringLiteral("login"));
    }

    void shouldShowTheWorklistAndEveryTabOfTheIndexCaseInChinese()
    {
        // GIVEN the chair's session on a large screen
        gui::MainWindow window(m_db->workspace(), m_db->logIn(QStringLiteral("chair")));
        window.resize(1366, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        look(&window, QStringLiteral("worklist"));

        // WHEN the index myeloma case is open THEN each tab reads in Chinese
        window.openCase(1);
        auto* tabs = window.casePage()->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        QVERIFY(tabs->count() >= 4);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            look(&window, QStringLiteral("case-tab%1").arg(i));
        }
        window.endSession();
    }

    void shouldShowTheTreatmentTabsOfATreatedCaseInChinese()
    {
        // GIVEN a case after its infusion: pathway, monitoring sheet and chart, follow-up
        qint64 caseId = caseWithKeyState(core::CaseState::FollowUp);
        if (!caseId)
            caseId = caseWithKeyState(core::CaseState::Treatment);
        QVERIFY(caseId > 0);
        gui::MainWindow window(m_db->workspace(), m_db->logIn(QStringLiteral("nursing")));
        window.resize(1366, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        window.openCase(caseId);
        auto* tabs = window.casePage()->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
        QVERIFY(tabs);
        // WHEN each tab is shown THEN it reads in Chinese
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
            look(&window, QStringLiteral("treated-tab%1").arg(i));
        }
        window.endSession();
    }

    void shouldShowWhereTheVerdictWasTakenInChinese()
    {
        // GIVEN a demo case decided in a meeting, open on its review tab at 1366×768
        const qint64 caseId = caseWithKeyState(core::CaseState::Decided);
        QVERIFY(caseId > 0);
        gui::MainWindow window(m_db->workspace(), m_db->logIn(QStringLiteral("chair")));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        window.openCase(caseId);
        auto* label = window.casePage()->findChild<QLabel*>(QStringLiteral("decisionMeetingLabel"));
        QVERIFY(label && label->isVisibleTo(window.casePage()));
        if (auto* scroll = window.casePage()->findChild<QScrollArea*>(QStringLiteral("reviewScroll")))
            scroll->ensureWidgetVisible(label);
        // THEN the meeting and attendance of the verdict read in Chinese
        QVERIFY2(label->text().contains(QStringLiteral("会议")), qPrintable(label->text()));
        look(&window, QStringLiteral("decided-verdict-meeting"));
        window.endSession();
    }

    void shouldShowTheMeetingsActionsAndMeetingModeInChinese()
    {
        // GIVEN the coordinator's session
        gui::MainWindow window(m_db->workspace(), m_db->logIn(QStringLiteral("coordinator")));
        window.resize(1366, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startSession();
        // WHEN the meetings page opens on the next meeting, then on a held one with signed minutes
        window.showMeetings();
        auto* page = window.meetingsPage();
        QVERIFY(page->currentMeetingId() > 0);
        look(&window, QStringLiteral("meetings-next"));
        auto list = m_db->workspace().meetings().meetings(m_db->logIn(QStringLiteral("coordinator")));
        QVERIFY(list.ok());
        qint64 held = 0;
        for (const auto& m : *list)
            if (m.status != core::MeetingStatus::Cancelled && m.isPast(m_db->workspace().clock().nowUtc()))
                held = m.id;
        QVERIFY(held > 0);
        QVERIFY(page->selectMeeting(held));
        look(&window, QStringLiteral("meetings-held"));
        // AND the actions across meetings, all of them
        window.showActions();
        window.actionsPage()->setShowAll(true);
        look(&window, QStringLiteral("actions"));
        window.endSession();

        // AND meeting mode on the shared screen
        gui::MeetingModeWindow mode(m_db->workspace(), m_db->logIn(QStringLiteral("chair")), held);
        mode.resize(1920, 1080);
        mode.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mode));
        look(&mode, QStringLiteral("meeting-mode"));
    }

    void shouldTellARefusedStepInChineseByTheFieldsLabel()
    {
        // GIVEN the coordinator recording the apheresis of the case the board found eligible
        const qint64 caseId = caseWithKeyState(core::CaseState::Decided);
        QVERIFY(caseId > 0);
        auto timings = services::PathwayService::productTimings();
        QVERIFY(timings.ok());
        gui::PathwayStepDialog dialog(m_db->workspace(), m_db->logIn(QStringLiteral("coordinator")), caseId,
                                      timings->forProduct(QStringLiteral("ide-cel")),
                                      core::PathwayEventType::Apheresis);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // WHEN the ALC holds letters
        dialog.findChild<QCheckBox*>(QStringLiteral("field_washouts_met"))->setChecked(true);
        dialog.findChild<QLineEdit*>(QStringLiteral("field_alc_per_ul"))->setText(QStringLiteral("abc"));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("recordStepButton")), Qt::LeftButton);
        // THEN the refusal is in Chinese, by the field's label, without the raw key
        auto* error = dialog.findChild<QLabel*>(QStringLiteral("stepError"));
        QVERIFY(error->isVisible());
        QVERIFY2(!error->text().contains(QLatin1String("alc_per_ul")) &&
                     !error->text().contains(QLatin1String("apheresis")),
                 qPrintable(error->text()));
        look(&dialog, QStringLiteral("step-refused"));
    }

    void shouldShowThePatientMergeDialogInChinese()
    {
        // GIVEN two demo patients, the second found from the first's merge dialog
        const auto coordinator = m_db->logIn(QStringLiteral("coordinator"));
        auto first =
            m_db->workspace().cases().openCase(coordinator, caseWithKeyState(core::CaseState::InReview));
        auto second =
            m_db->workspace().cases().openCase(coordinator, caseWithKeyState(core::CaseState::Referred));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->patient.id != second->patient.id);
        gui::PatientMergeDialog dialog(m_db->workspace(), coordinator, first->patient.id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit*>(QStringLiteral("mergeFindEdit"))->setText(second->patient.mrn);
        dialog.findChild<QPushButton*>(QStringLiteral("mergeFindButton"))->click();
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("otherRecordLabel"))->text().isEmpty());
        // AND merging is asked for without a reason, so the refusal shows too
        dialog.accept();
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("problemLabel"))->isVisible());
        look(&dialog, QStringLiteral("patient-merge"));
    }

    void shouldShowTheOpinionEditorInChinese()
    {
        // GIVEN a hematologist's opinion on a case in review
        const auto hematologist = m_db->logIn(QStringLiteral("hematology"));
        const qint64 caseId = caseWithKeyState(core::CaseState::InReview);
        QVERIFY(caseId > 0);
        auto record = m_db->workspace().cases().openCase(hematologist, caseId);
        QVERIFY(record.ok());
        gui::OpinionEditorDialog dialog(m_db->workspace(), hematologist, *record,
                                        core::Discipline::Hematology);
        dialog.resize(1200, 800);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        look(&dialog, QStringLiteral("opinion-editor"));
    }

    void shouldShowEveryTabOfTheSettingsDialogInChinese()
    {
        gui::SettingsDialog dialog(m_db->workspace(), m_db->logIn(QStringLiteral("admin")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("settingsTabs"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            look(&dialog, QStringLiteral("settings-tab%1").arg(i));
        }
    }
};

QTEST_MAIN(TestChineseScreens)
#include "TestChineseScreens.moc"

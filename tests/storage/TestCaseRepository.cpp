#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PatientRepository.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QTest>
#include <algorithm>
#include <map>

using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::CloseReason;
using cb::core::Indication;
using cb::core::WorklistQuery;
using cb::storage::CaseRepository;
using cb::storage::Database;
using cb::storage::Transaction;

namespace {

using SortKey = WorklistQuery::SortKey;

struct FixtureCase
{
    const char* family;
    const char* given;
    const char* mrn;
    Indication indication;
    CaseState state;
    QDate referral;
};

// Ten invented patients. MRN digits are only 0, 7 and 8 so that a case-id search (3, 10) can
// never match an MRN by accident on either backend.
const QList<FixtureCase>& fixtureCases()
{
    static const QList<FixtureCase> cases{
        {"Becker", "Thomas", "HX-70800", Indication::LargeBCellLymphoma, CaseState::InReview,
         QDate(2026, 10, 6)},
        {"李", "娜", "HX-70807", Indication::MultipleMyeloma, CaseState::Referred, QDate(2026, 11, 21)},
        {"李", "明", "HX-70870", Indication::FollicularLymphoma, CaseState::WorkUp, QDate(2026, 9, 1)},
        {"王", "建国", "HX-70877", Indication::MultipleMyeloma, CaseState::Decided, QDate(2026, 8, 15)},
        {"张", "娜", "HX-88000", Indication::BAll, CaseState::Closed, QDate(2026, 1, 10)},
        {"Beckett", "Samuel", "HX-88007", Indication::MantleCellLymphoma, CaseState::Treatment,
         QDate(2026, 5, 5)},
        {"O'Connor", "Margaret", "HX-88070", Indication::LargeBCellLymphoma, CaseState::FollowUp,
         QDate(2025, 12, 12)},
        {"Müller", "Anna", "QZ-80800", Indication::CllSll, CaseState::ReadyForBoard, QDate(2026, 7, 7)},
        {"de Vries", "Jan", "QZ-80807", Indication::LargeBCellLymphoma, CaseState::Closed,
         QDate(2025, 11, 30)},
        {"Kim", "Min-jun", "QZ-87000", Indication::MarginalZoneLymphoma, CaseState::WorkUp,
         QDate(2026, 6, 20)},
    };
    return cases;
}

int stateRank(CaseState s)
{
    int i = 0;
    for (const auto& e : cb::core::caseStates()) {
        if (e.value == s)
            return i;
        ++i;
    }
    return -1;
}

// Patients for the fragment search: what people type is a piece of a name or the tail of an
// MRN. The seventh is merged into the sixth (its MRN stays as an alias), so both cases are the
// sixth patient's.
struct SearchPatient
{
    const char* family;
    const char* given;
    const char* nameZh;
    const char* mrn;
};

const QList<SearchPatient>& searchPatients()
{
    static const QList<SearchPatient> patients{
        {"Becker", "Anna", "", "SH-2026-003538"},   {"Zucker", "Paul", "", "SH-2026-004120"},
        {"Zhang", "Wei", "张伟", "SH-2025-000777"}, {"Wang", "Wei", "王伟", "SH-2025-000778"},
        {"García", "Lucía", "", "SH-2024-010203"},  {"Meyer", "Eva", "", "SH-2026-009191"},
        {"Meier", "Eva", "", "OLD-5521"},
    };
    return patients;
}

struct Fixture
{
    std::unique_ptr<cb::test::TestDatabase> tdb;
    std::unique_ptr<Database> db;
    QList<qint64> ids; // case id of fixtureCases()[i]
};

const QDateTime kNow(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

} // namespace

// Patients and cases in storage: inserting and reading a case with its history, and the
// worklist query (filters, sort keys, fragment search through the trigram index on SQLite and
// pg_trgm on PostgreSQL, paging).
class TestCaseRepository : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase()
    {
        m_fixtures.clear();
        m_searchFixtures.clear();
    }

    void shouldStoreACaseWithItsHistory_data() { cb::test::addBackendRows(); }
    void shouldStoreACaseWithItsHistory();
    void shouldRefuseASecondPatientWithTheSameMrn_data() { cb::test::addBackendRows(); }
    void shouldRefuseASecondPatientWithTheSameMrn();
    void shouldFilterTheWorklist_data();
    void shouldFilterTheWorklist();
    void shouldSearchByNameMrnOrCaseId_data();
    void shouldSearchByNameMrnOrCaseId();
    void shouldFindAFragmentOfANameOrIdentifier_data();
    void shouldFindAFragmentOfANameOrIdentifier();
    void shouldFindPatientsRecordedBeforeFragmentSearch_data() { cb::test::addBackendRows(); }
    void shouldFindPatientsRecordedBeforeFragmentSearch();
    void shouldTellAnEmptyDatabase_data() { cb::test::addBackendRows(); }
    void shouldTellAnEmptyDatabase();
    void shouldSortByEveryKeyInBothDirections_data();
    void shouldSortByEveryKeyInBothDirections();
    void shouldPageThroughTheWorklist_data();
    void shouldPageThroughTheWorklist();
    void shouldFillWorklistRows_data() { cb::test::addBackendRows(); }
    void shouldFillWorklistRows();
    void shouldListCasesInIdOrderIncludingClosed_data() { cb::test::addBackendRows(); }
    void shouldListCasesInIdOrderIncludingClosed();

private:
    Fixture* fixture(const QString& backend);
    Fixture* searchFixture(const QString& backend);
    QList<qint64> idsOf(const QString& backend, const QList<int>& indexes);
    std::map<QString, Fixture> m_fixtures;
    std::map<QString, Fixture> m_searchFixtures;
};

Fixture* TestCaseRepository::fixture(const QString& backend)
{
    auto it = m_fixtures.find(backend);
    if (it != m_fixtures.end())
        return &it->second;
    Fixture f;
    f.tdb = std::make_unique<cb::test::TestDatabase>(backend);
    if (!f.tdb->available())
        return nullptr;
    auto url = cb::storage::DatabaseUrl::parse(f.tdb->url());
    auto db = Database::open(*url, Database::OpenMode::CreateIfMissing);
    if (!db.ok() || !(*db)->migrate().ok())
        qFatal("cannot create the worklist fixture on %s", qPrintable(backend));
    f.db = std::move(db).value();
    CaseRepository repo(*f.db);
    Transaction tx(*f.db);
    for (const FixtureCase& c : fixtureCases()) {
        cb::core::CaseRecord r;
        r.patient.familyName = QString::fromUtf8(c.family);
        r.patient.givenName = QString::fromUtf8(c.given);
        r.patient.mrn = QString::fromUtf8(c.mrn);
        r.patient.sex = cb::core::Sex::Female;
        r.patient.birthDate = QDate(1960, 3, 4);
        auto pid = repo.insertPatient(r.patient, kNow);
        if (!pid.ok())
            qFatal("insertPatient: %s", qPrintable(pid.error().message));
        r.patient.id = *pid;
        r.indication = c.indication;
        r.state = c.state;
        if (c.state == CaseState::Closed)
            r.closeReason = CloseReason::Completed;
        r.referralDate = c.referral;
        auto id = repo.insertCase(r, kNow);
        if (!id.ok())
            qFatal("insertCase: %s", qPrintable(id.error().message));
        f.ids << *id;
    }
    if (!tx.commit().ok())
        qFatal("fixture commit failed");
    return &m_fixtures.emplace(backend, std::move(f)).first->second;
}

Fixture* TestCaseRepository::searchFixture(const QString& backend)
{
    auto it = m_searchFixtures.find(backend);
    if (it != m_searchFixtures.end())
        return &it->second;
    Fixture f;
    f.tdb = std::make_unique<cb::test::TestDatabase>(backend);
    if (!f.tdb->available())
        return nullptr;
    auto url = cb::storage::DatabaseUrl::parse(f.tdb->url());
    auto db = Database::open(*url, Database::OpenMode::CreateIfMissing);
    if (!db.ok() || !(*db)->migrate().ok())
        qFatal("cannot create the search fixture on %s", qPrintable(backend));
    f.db = std::move(db).value();
    CaseRepository repo(*f.db);
    Transaction tx(*f.db);
    QList<qint64> patients;
    for (const SearchPatient& sp : searchPatients()) {
        cb::core::CaseRecord r;
        r.patient.familyName = QString::fromUtf8(sp.family);
        r.patient.givenName = QString::fromUtf8(sp.given);
        r.patient.nameZh = QString::fromUtf8(sp.nameZh);
        r.patient.mrn = QString::fromUtf8(sp.mrn);
        r.patient.sex = cb::core::Sex::Female;
        r.patient.birthDate = QDate(1971, 2, 3);
        auto pid = repo.insertPatient(r.patient, kNow);
        if (!pid.ok())
            qFatal("insertPatient: %s", qPrintable(pid.error().message));
        patients << *pid;
        r.patient.id = *pid;
        r.indication = Indication::LargeBCellLymphoma;
        r.state = CaseState::Referred;
        r.referralDate = QDate(2026, 10, 1).addDays(int(patients.size()));
        auto id = repo.insertCase(r, kNow);
        if (!id.ok())
            qFatal("insertCase: %s", qPrintable(id.error().message));
        f.ids << *id;
    }
    if (auto st = cb::storage::PatientRepository(*f.db).merge(patients.at(5), patients.at(6), kNow); !st.ok())
        qFatal("merge: %s", qPrintable(st.error().message));
    if (!tx.commit().ok())
        qFatal("search fixture commit failed");
    return &m_searchFixtures.emplace(backend, std::move(f)).first->second;
}

QList<qint64> TestCaseRepository::idsOf(const QString& backend, const QList<int>& indexes)
{
    QList<qint64> out;
    for (int i : indexes)
        out << m_fixtures.at(backend).ids.at(i - 1);
    std::sort(out.begin(), out.end());
    return out;
}

void TestCaseRepository::shouldStoreACaseWithItsHistory()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto url = cb::storage::DatabaseUrl::parse(tdb.url());
    auto opened = Database::open(*url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok() && (*opened)->migrate().ok());
    Database& db = **opened;
    CaseRepository repo(db);
    // GIVEN a case with prior lines (partial dates), a transplant and observations
    cb::core::CaseRecord r;
    r.patient.mrn = QStringLiteral("SH-2026-000001");
    r.patient.familyName = QStringLiteral("王");
    r.patient.givenName = QStringLiteral("建国");
    r.patient.sex = cb::core::Sex::Male;
    r.patient.birthDate = QDate(1962, 5, 17);
    r.indication = Indication::MultipleMyeloma;
    r.intendedProduct = QStringLiteral("cilta-cel");
    r.referrer = QStringLiteral("Dr. Referrer");
    r.referrerQuestion = QStringLiteral("Eligible after 4 lines?");
    r.referralDate = QDate(2026, 10, 21);
    r.state = CaseState::InReview;
    r.diagnosis = QStringLiteral("IgG kappa multiple myeloma");
    r.diagnosisDate = *cb::core::PartialDate::parse(QStringLiteral("2019-03"));
    r.staging = QStringLiteral("R-ISS II");
    r.cytogeneticRisk = QStringLiteral("high: t(4;14)");
    r.extramedullaryDisease = true;
    r.extramedullarySites = QStringLiteral("paraspinal");
    r.cnsDisease = QStringLiteral("none");
    cb::core::TherapyLine l1;
    l1.lineNumber = 1;
    l1.regimen = QStringLiteral("VRd");
    l1.drugClasses = {QStringLiteral("pi"), QStringLiteral("imid")};
    l1.startDate = *cb::core::PartialDate::parse(QStringLiteral("2019"));
    l1.endDate = *cb::core::PartialDate::parse(QStringLiteral("2020-02-14"));
    l1.bestResponse = QStringLiteral("VGPR");
    cb::core::TherapyLine l2 = l1;
    l2.lineNumber = 2;
    l2.regimen = QStringLiteral("Dara-Kd");
    l2.drugClasses = {QStringLiteral("anti_cd38"), QStringLiteral("pi")};
    l2.refractory = true;
    l2.lenalidomideRefractory = true;
    r.therapyLines = {l2, l1}; // stored in any order, read back by line number
    cb::core::Transplant auto1;
    auto1.kind = QStringLiteral("autologous");
    auto1.date = *cb::core::PartialDate::parse(QStringLiteral("2019-09"));
    auto1.notes = QStringLiteral("Mel200");
    r.transplants << auto1;
    cb::core::Observation lvef;
    lvef.code = QStringLiteral("lvef");
    lvef.value = 58.0;
    lvef.unit = QStringLiteral("%");
    lvef.observedOn = QDate(2026, 10, 1);
    r.observations << lvef;
    cb::core::Observation ecog;
    ecog.code = QStringLiteral("ecog");
    ecog.valueText = QStringLiteral("1");
    ecog.observedOn = QDate(2026, 10, 20);
    r.observations << ecog;
    // WHEN it is stored and read back
    Transaction tx(db);
    auto pid = repo.insertPatient(r.patient, kNow);
    QVERIFY(pid.ok());
    r.patient.id = *pid;
    auto id = repo.insertCase(r, kNow);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
    QVERIFY(tx.commit().ok());
    auto back = repo.caseById(*id);
    QVERIFY(back.ok() && back->has_value());
    const auto& c = **back;
    // THEN every field survives
    QCOMPARE(c.id, *id);
    QCOMPARE(c.patient.id, *pid);
    QCOMPARE(c.patient.mrn, r.patient.mrn);
    QCOMPARE(c.patient.displayName(), QStringLiteral("王建国"));
    QCOMPARE(c.patient.sex, cb::core::Sex::Male);
    QCOMPARE(c.patient.birthDate, QDate(1962, 5, 17));
    QCOMPARE(c.indication, Indication::MultipleMyeloma);
    QCOMPARE(c.state, CaseState::InReview);
    QVERIFY(!c.closeReason.has_value());
    QCOMPARE(c.intendedProduct, r.intendedProduct);
    QCOMPARE(c.referrerQuestion, r.referrerQuestion);
    QCOMPARE(c.referralDate, r.referralDate);
    QCOMPARE(c.diagnosisDate.toString(), QStringLiteral("2019-03"));
    QCOMPARE(c.cytogeneticRisk, r.cytogeneticRisk);
    QVERIFY(c.extramedullaryDisease);
    QCOMPARE(c.extramedullarySites, r.extramedullarySites);
    QCOMPARE(c.rowVersion, qint64(1));
    QCOMPARE(c.therapyLines.size(), 2);
    QCOMPARE(c.therapyLines[0].lineNumber, 1);
    QCOMPARE(c.therapyLines[0].startDate.toString(), QStringLiteral("2019"));
    QCOMPARE(c.therapyLines[0].endDate.toString(), QStringLiteral("2020-02-14"));
    QCOMPARE(c.therapyLines[1].drugClasses, l2.drugClasses);
    QVERIFY(c.therapyLines[1].refractory && c.therapyLines[1].lenalidomideRefractory);
    QVERIFY(!c.therapyLines[0].refractory);
    QCOMPARE(c.transplants.size(), 1);
    QCOMPARE(c.transplants[0].date.toString(), QStringLiteral("2019-09"));
    QCOMPARE(c.observations.size(), 2);
    QCOMPARE(c.observations[0].code, QStringLiteral("ecog")); // newest first
    QVERIFY(!c.observations[0].value.has_value());
    QCOMPARE(c.observations[0].valueText, QStringLiteral("1"));
    QCOMPARE(c.observations[1].value, std::optional<double>(58.0));
    QCOMPARE(c.observations[1].unit, QStringLiteral("%"));
    QCOMPARE(*repo.caseExists(*id), true);
    QCOMPARE(*repo.caseExists(*id + 1000), false);
    auto missing = repo.caseById(*id + 1000);
    QVERIFY(missing.ok() && !missing->has_value());
    auto byMrn = repo.patientIdByMrn(QStringLiteral("SH-2026-000001"));
    QVERIFY(byMrn.ok() && byMrn->has_value());
    QCOMPARE(**byMrn, *pid);
}

void TestCaseRepository::shouldRefuseASecondPatientWithTheSameMrn()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto url = cb::storage::DatabaseUrl::parse(tdb.url());
    auto opened = Database::open(*url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok() && (*opened)->migrate().ok());
    CaseRepository repo(**opened);
    cb::core::Patient p;
    p.mrn = QStringLiteral("MRN-1");
    p.familyName = QStringLiteral("Roe");
    p.givenName = QStringLiteral("Jane");
    p.sex = cb::core::Sex::Female;
    QVERIFY(repo.insertPatient(p, kNow).ok());
    // WHEN another patient is registered with the same MRN
    p.familyName = QStringLiteral("Doe");
    auto again = repo.insertPatient(p, kNow);
    // THEN it is a conflict, with a message about the MRN (and nothing else about the patient)
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.contains(QLatin1String("MRN")), qPrintable(again.error().message));
    QCOMPARE(tdb.count(QStringLiteral("patient")), qint64(1));
}

void TestCaseRepository::shouldFilterTheWorklist_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<std::optional<CaseState>>("state");
    QTest::addColumn<std::optional<Indication>>("indication");
    QTest::addColumn<bool>("includeClosed");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("expected");
    const std::optional<CaseState> anyState;
    const std::optional<Indication> anyIndication;
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s/everything", p.constData()) << b << anyState << anyIndication << true << QString()
                                                      << QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        QTest::addRow("%s/open cases only", p.constData())
            << b << anyState << anyIndication << false << QString() << QList<int>{1, 2, 3, 4, 6, 7, 8, 10};
        QTest::addRow("%s/state work_up", p.constData())
            << b << std::optional(CaseState::WorkUp) << anyIndication << true << QString()
            << QList<int>{3, 10};
        QTest::addRow("%s/state closed wins over open-only", p.constData())
            << b << std::optional(CaseState::Closed) << anyIndication << false << QString()
            << QList<int>{5, 9};
        QTest::addRow("%s/state without a case", p.constData())
            << b << std::optional(CaseState::FollowUp) << std::optional(Indication::BAll) << true << QString()
            << QList<int>{};
        QTest::addRow("%s/indication lbcl", p.constData())
            << b << anyState << std::optional(Indication::LargeBCellLymphoma) << true << QString()
            << QList<int>{1, 7, 9};
        QTest::addRow("%s/indication lbcl, open only", p.constData())
            << b << anyState << std::optional(Indication::LargeBCellLymphoma) << false << QString()
            << QList<int>{1, 7};
        QTest::addRow("%s/state and indication", p.constData())
            << b << std::optional(CaseState::WorkUp) << std::optional(Indication::FollicularLymphoma) << true
            << QString() << QList<int>{3};
        QTest::addRow("%s/search and state", p.constData())
            << b << std::optional(CaseState::Referred) << anyIndication << true << QStringLiteral("李")
            << QList<int>{2};
        QTest::addRow("%s/search, open only", p.constData())
            << b << anyState << anyIndication << false << QStringLiteral("娜") << QList<int>{2};
        QTest::addRow("%s/search and indication", p.constData())
            << b << anyState << std::optional(Indication::MultipleMyeloma) << true << QStringLiteral("hx")
            << QList<int>{2, 4};
    }
}

void TestCaseRepository::shouldFilterTheWorklist()
{
    QFETCH(QString, backend);
    QFETCH(std::optional<CaseState>, state);
    QFETCH(std::optional<Indication>, indication);
    QFETCH(bool, includeClosed);
    QFETCH(QString, search);
    QFETCH(QList<int>, expected);
    Fixture* f = fixture(backend);
    if (!f)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    // GIVEN the ten-case fixture and a worklist query
    WorklistQuery q;
    q.state = state;
    q.indication = indication;
    q.includeClosed = includeClosed;
    q.search = search;
    // WHEN it is counted and fetched
    CaseRepository repo(*f->db);
    auto count = repo.worklistCount(q);
    auto page = repo.worklistPage(q, 0, 100);
    QVERIFY2(count.ok(), qPrintable(count.error().message));
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    // THEN both agree on exactly the expected cases
    QList<qint64> got;
    for (const auto& s : *page)
        got << s.caseId;
    std::sort(got.begin(), got.end());
    QCOMPARE(got, idsOf(backend, expected));
    QCOMPARE(*count, qint64(expected.size()));
}

void TestCaseRepository::shouldSearchByNameMrnOrCaseId_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("expected");
    struct Row
    {
        const char* tag;
        const char* search;
        QList<int> expected;
    };
    const QList<Row> rows{
        {"latin prefix", "beck", {1, 6}},
        {"latin prefix, upper case", "BECK", {1, 6}},
        {"latin prefix, mixed case", "bEcKe", {1, 6}},
        {"latin full family name", "Becker", {1}},
        {"given name", "thomas", {1}},
        {"family and given name", "becker thomas", {1}},
        {"given then family name", "Thomas Becker", {1}},
        {"words that match different patients", "anna thomas", {}},
        {"apostrophe", "O'Connor", {7}},
        {"name with a space", "de vries", {9}},
        {"umlaut", "Müller", {8}},
        {"umlaut, upper case", "MÜLLER", {8}},
        {"hyphenated given name", "min-jun", {10}},
        {"chinese full name", "李娜", {2}},
        {"chinese two-character given name", "建国", {4}},
        {"chinese three characters", "王建国", {4}},
        {"chinese family name alone", "李", {2, 3}},
        {"chinese given name alone", "娜", {2, 5}},
        {"chinese name reversed", "娜李", {}},
        {"chinese name not present", "刘洋", {}},
        {"mrn prefix", "HX-708", {1, 2, 3, 4}},
        {"mrn prefix, lower case", "hx-880", {5, 6, 7}},
        {"mrn prefix, other site", "QZ-808", {8, 9}},
        {"full mrn", "HX-70807", {2}},
        {"case id", "3", {3}},
        {"two-digit case id", "10", {10}},
        {"case id with spaces", " 3 ", {3}},
        {"no match", "zzz", {}},
        {"letters inside a name", "ecker", {1}},
        {"digits inside an mrn", "0807", {2, 9}},
        {"fts operator word", "NOT", {}},
        {"fts syntax characters", "becker* \"(", {1}},
        {"quoted chinese", "\"李娜\"", {2}},
        {"punctuation only", "- * \"", {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}},
    };
    for (const QString& b : cb::test::backendNames())
        for (const Row& r : rows)
            QTest::addRow("%s/%s", qPrintable(b), r.tag) << b << QString::fromUtf8(r.search) << r.expected;
}

void TestCaseRepository::shouldSearchByNameMrnOrCaseId()
{
    QFETCH(QString, backend);
    QFETCH(QString, search);
    QFETCH(QList<int>, expected);
    Fixture* f = fixture(backend);
    if (!f)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    // WHEN the worklist is searched (closed cases included)
    WorklistQuery q;
    q.search = search;
    CaseRepository repo(*f->db);
    auto page = repo.worklistPage(q, 0, 100);
    auto count = repo.worklistCount(q);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QVERIFY2(count.ok(), qPrintable(count.error().message));
    // THEN exactly the matching cases come back
    QList<qint64> got;
    for (const auto& s : *page)
        got << s.caseId;
    std::sort(got.begin(), got.end());
    QCOMPARE(got, idsOf(backend, expected));
    QCOMPARE(*count, qint64(expected.size()));
}

void TestCaseRepository::shouldFindAFragmentOfANameOrIdentifier_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<int>>("expected");
    struct Row
    {
        const char* tag;
        const char* search;
        QList<int> expected;
    };
    const QList<Row> rows{
        {"fragment inside a family name", "cker", {1, 2}},
        {"fragment, upper case", "CKER", {1, 2}},
        {"fragment, mixed case", "uCkE", {2}},
        {"two-letter fragment", "ck", {1, 2}},
        {"fragment of a given name with an accent", "ucí", {5}},
        {"name typed without its accent", "garcia", {5}},
        {"name with its accent, upper case", "GARCÍA", {5}},
        {"MRN tail", "3538", {1}},
        {"MRN pieces across a separator", "2026-0035", {1}},
        {"MRN typed without separators", "sh2026003538", {1}},
        {"MRN in lower case", "sh-2026-003538", {1}},
        {"Chinese two-character name", "张伟", {3}},
        {"Chinese name sharing the given name", "王伟", {4}},
        {"one Chinese character", "伟", {3, 4}},
        {"Chinese and Latin name together", "张伟 zhang", {3}},
        {"Latin fragment of a Chinese patient", "hang", {3}},
        {"alias MRN of a merged patient, its tail", "5521", {6, 7}},
        {"alias MRN of a merged patient", "OLD-5521", {6, 7}},
        {"name of the kept patient", "meyer", {6, 7}},
        {"fragments of two different patients", "cker 0777", {}},
        {"a tail that is not there", "3539", {}},
        {"two letters that are not there", "qx", {}},
        {"Chinese name not there", "张娜", {}},
    };
    for (const QString& b : cb::test::backendNames())
        for (const Row& r : rows)
            QTest::addRow("%s/%s", qPrintable(b), r.tag) << b << QString::fromUtf8(r.search) << r.expected;
}

void TestCaseRepository::shouldFindAFragmentOfANameOrIdentifier()
{
    QFETCH(QString, backend);
    QFETCH(QString, search);
    QFETCH(QList<int>, expected);
    Fixture* f = searchFixture(backend);
    if (!f)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    // GIVEN seven patients with a case each, one merged into another
    // WHEN the worklist is searched for what a user types
    WorklistQuery q;
    q.search = search;
    CaseRepository repo(*f->db);
    auto page = repo.worklistPage(q, 0, 100);
    auto count = repo.worklistCount(q);
    QVERIFY2(page.ok(), qPrintable(page.error().message));
    QVERIFY2(count.ok(), qPrintable(count.error().message));
    // THEN exactly the cases of the patients holding it come back, counted alike
    QList<qint64> got;
    for (const auto& s : *page)
        got << s.caseId;
    std::sort(got.begin(), got.end());
    QList<qint64> want;
    for (int i : expected)
        want << f->ids.at(i - 1);
    QCOMPARE(got, want);
    QCOMPARE(*count, qint64(expected.size()));
}

void TestCaseRepository::shouldFindPatientsRecordedBeforeFragmentSearch()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto url = cb::storage::DatabaseUrl::parse(tdb.url());
    auto opened = Database::open(*url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok());
    Database& db = **opened;
    // GIVEN a database of schema 6 with a patient whose search text has the old form (accents
    // kept, the MRN only in pieces)
    QVERIFY(db.migrateTo(6).ok());
    QCOMPARE(db.schemaVersion(), 6);
    CaseRepository repo(db);
    cb::core::CaseRecord r;
    r.patient.familyName = QStringLiteral("García");
    r.patient.givenName = QStringLiteral("Lucía");
    r.patient.mrn = QStringLiteral("SH-2024-010203");
    r.patient.sex = cb::core::Sex::Female;
    auto pid = repo.insertPatient(r.patient, kNow);
    QVERIFY2(pid.ok(), qPrintable(pid.error().message));
    r.patient.id = *pid;
    r.indication = Indication::LargeBCellLymphoma;
    r.state = CaseState::Referred;
    r.referralDate = QDate(2026, 10, 1);
    auto caseId = repo.insertCase(r, kNow);
    QVERIFY(caseId.ok());
    QString error;
    QVERIFY2(
        tdb.exec(QStringLiteral("UPDATE patient SET search_text = 'garcía lucía sh 2024 010203'"), &error),
        qPrintable(error));
    // WHEN it is migrated to the fragment search
    auto st = db.migrate();
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    // THEN its search text is rewritten and the new index finds it as typed today
    QCOMPARE(tdb.scalar(QStringLiteral("SELECT search_text FROM patient")).toString(),
             QStringLiteral("garcia lucia sh 2024 010203 sh2024010203"));
    for (const QString& typed :
         {QStringLiteral("garcia"), QStringLiteral("0203"), QStringLiteral("sh2024010203"),
          QStringLiteral("rcí"), QStringLiteral("lu")}) {
        WorklistQuery q;
        q.search = typed;
        auto page = repo.worklistPage(q, 0, 10);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QVERIFY2(page->size() == 1 && page->first().caseId == *caseId, qPrintable(typed));
        QCOMPARE(*repo.worklistCount(q), qint64(1));
    }
    // AND a patient registered afterwards is found the same way (the index follows new rows)
    cb::core::Patient later;
    later.familyName = QStringLiteral("Becker");
    later.givenName = QStringLiteral("Anna");
    later.mrn = QStringLiteral("SH-2026-003538");
    later.sex = cb::core::Sex::Female;
    auto laterId = repo.insertPatient(later, kNow);
    QVERIFY(laterId.ok());
    r.patient = later;
    r.patient.id = *laterId;
    QVERIFY(repo.insertCase(r, kNow).ok());
    WorklistQuery q;
    q.search = QStringLiteral("cker 3538");
    QCOMPARE(*repo.worklistCount(q), qint64(1));
}

void TestCaseRepository::shouldTellAnEmptyDatabase()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    auto url = cb::storage::DatabaseUrl::parse(tdb.url());
    auto opened = Database::open(*url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened.ok() && (*opened)->migrate().ok());
    CaseRepository repo(**opened);
    // GIVEN a new database: no case yet
    QCOMPARE(*repo.hasAnyCase(), false);
    // WHEN a closed case is stored THEN the database has cases (closed ones count)
    cb::core::CaseRecord r;
    r.patient.familyName = QStringLiteral("Roe");
    r.patient.givenName = QStringLiteral("Jane");
    r.patient.mrn = QStringLiteral("MRN-1");
    r.patient.sex = cb::core::Sex::Female;
    auto pid = repo.insertPatient(r.patient, kNow);
    QVERIFY(pid.ok());
    r.patient.id = *pid;
    r.indication = Indication::CllSll;
    r.state = CaseState::Closed;
    r.closeReason = CloseReason::Completed;
    r.referralDate = QDate(2026, 1, 2);
    QVERIFY(repo.insertCase(r, kNow).ok());
    QCOMPARE(*repo.hasAnyCase(), true);
}

void TestCaseRepository::shouldSortByEveryKeyInBothDirections_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<SortKey>("key");
    QTest::addColumn<bool>("ascending");
    const QList<std::pair<const char*, SortKey>> keys{{"case id", SortKey::CaseId},
                                                      {"patient", SortKey::Patient},
                                                      {"indication", SortKey::Indication},
                                                      {"state", SortKey::State},
                                                      {"referral date", SortKey::ReferralDate}};
    for (const QString& b : cb::test::backendNames())
        for (const auto& [name, key] : keys)
            for (bool asc : {true, false})
                QTest::addRow("%s/%s %s", qPrintable(b), name, asc ? "asc" : "desc") << b << key << asc;
}

void TestCaseRepository::shouldSortByEveryKeyInBothDirections()
{
    QFETCH(QString, backend);
    QFETCH(SortKey, key);
    QFETCH(bool, ascending);
    Fixture* f = fixture(backend);
    if (!f)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    // GIVEN the expected order: by the key, ties by case id, both in the asked direction
    QList<int> order{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const auto& cases = fixtureCases();
    auto sortKeyOf = [&](int i) -> QString {
        const FixtureCase& c = cases.at(i - 1);
        switch (key) {
        case SortKey::CaseId:
            return QString();
        case SortKey::Patient:
            return (QString::fromUtf8(c.family) + QLatin1Char(' ') + QString::fromUtf8(c.given)).toLower();
        case SortKey::Indication:
            return cb::core::toId(c.indication);
        case SortKey::State:
            return QString::number(stateRank(c.state));
        case SortKey::ReferralDate:
            return c.referral.toString(Qt::ISODate);
        }
        return {};
    };
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int cmp = QString::compare(sortKeyOf(a), sortKeyOf(b));
        const bool less = cmp != 0 ? cmp < 0 : f->ids.at(a - 1) < f->ids.at(b - 1);
        return ascending ? less : !less && a != b;
    });
    QList<qint64> expected;
    for (int i : order)
        expected << f->ids.at(i - 1);
    // WHEN the worklist is fetched in that order
    WorklistQuery q;
    q.sortKey = key;
    q.ascending = ascending;
    auto page = CaseRepository(*f->db).worklistPage(q, 0, 100);
    QVERIFY(page.ok());
    QList<qint64> got;
    for (const auto& s : *page)
        got << s.caseId;
    // THEN the rows come in exactly that order
    QCOMPARE(got, expected);
}

void TestCaseRepository::shouldPageThroughTheWorklist_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("includeClosed");
    QTest::addColumn<int>("pageSize");
    for (const QString& b : cb::test::backendNames()) {
        QTest::addRow("%s/all cases, pages of 3", qPrintable(b)) << b << true << 3;
        QTest::addRow("%s/open cases, pages of 3", qPrintable(b)) << b << false << 3;
        QTest::addRow("%s/all cases, pages of 1", qPrintable(b)) << b << true << 1;
        QTest::addRow("%s/all cases, one big page", qPrintable(b)) << b << true << 50;
    }
}

void TestCaseRepository::shouldPageThroughTheWorklist()
{
    QFETCH(QString, backend);
    QFETCH(bool, includeClosed);
    QFETCH(int, pageSize);
    Fixture* f = fixture(backend);
    if (!f)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    WorklistQuery q;
    q.includeClosed = includeClosed;
    q.sortKey = SortKey::ReferralDate;
    q.ascending = false;
    CaseRepository repo(*f->db);
    auto total = repo.worklistCount(q);
    QVERIFY(total.ok());
    auto whole = repo.worklistPage(q, 0, 1000);
    QVERIFY(whole.ok());
    QCOMPARE(qint64(whole->size()), *total);
    // WHEN the same query is read page by page
    QList<qint64> paged;
    for (qint64 offset = 0; offset < *total; offset += pageSize) {
        auto page = repo.worklistPage(q, offset, pageSize);
        QVERIFY(page.ok());
        // THEN every page is full except perhaps the last
        QCOMPARE(qint64(page->size()), qMin<qint64>(pageSize, *total - offset));
        for (const auto& s : *page)
            paged << s.caseId;
    }
    // AND the pages add up to the whole list, in order, without repeats
    QList<qint64> all;
    for (const auto& s : *whole)
        all << s.caseId;
    QCOMPARE(paged, all);
    // AND reading past the end gives nothing
    QVERIFY(repo.worklistPage(q, *total, pageSize)->isEmpty());
    QVERIFY(repo.worklistPage(q, *total + 100, pageSize)->isEmpty());
}

void TestCaseRepository::shouldFillWorklistRows()
{
    QFETCH(QString, backend);
    Fixture* f = fixture(backend);
    if (!f)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    WorklistQuery q;
    q.search = QStringLiteral("李娜");
    auto page = CaseRepository(*f->db).worklistPage(q, 0, 10);
    QVERIFY(page.ok());
    QCOMPARE(page->size(), 1);
    const auto& s = page->first();
    QCOMPARE(s.caseId, f->ids.at(1));
    QCOMPARE(s.patientName, QStringLiteral("李娜"));
    QCOMPARE(s.mrn, QStringLiteral("HX-70807"));
    QCOMPARE(s.indication, Indication::MultipleMyeloma);
    QCOMPARE(s.state, CaseState::Referred);
    QCOMPARE(s.referralDate, QDate(2026, 11, 21));
    q.search = QStringLiteral("becker");
    auto latin = CaseRepository(*f->db).worklistPage(q, 0, 10);
    QVERIFY(latin.ok() && latin->size() == 1);
    QCOMPARE(latin->first().patientName, QStringLiteral("Becker, Thomas"));
}

void TestCaseRepository::shouldListCasesInIdOrderIncludingClosed()
{
    QFETCH(QString, backend);
    Fixture* f = fixture(backend);
    if (!f)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    CaseRepository repo(*f->db);
    auto all = repo.listCases(std::nullopt);
    QVERIFY(all.ok());
    QList<qint64> got;
    for (const auto& s : *all)
        got << s.caseId;
    QCOMPARE(got, f->ids);
    auto closed = repo.listCases(CaseState::Closed);
    QVERIFY(closed.ok());
    QCOMPARE(closed->size(), 2);
    QCOMPARE(closed->at(0).caseId, f->ids.at(4));
    QCOMPARE(closed->at(1).caseId, f->ids.at(8));
}

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "TestCaseRepository.moc"

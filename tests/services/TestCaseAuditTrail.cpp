// A case's audit trail shows everything about the case, on SQLite and PostgreSQL: its own rows,
// and the rows of its opinions and signatures, its verdicts and meetings, its pathway,
// monitoring, follow-up, exports and the patient's record, each under its kind's filter, never a
// row of another patient's case; newest first a page at a time; filtered by a text. A database of
// schema 7 (rows written before the links existed) gets its earlier rows linked by migration 8,
// by the same rules as rows written today.

#include "PathwayScenario.h"
#include "ReviewWorld.h"
#include "core/AuditKind.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/FollowUpService.h"
#include "services/IntakeService.h"
#include "services/MeetingService.h"
#include "services/MonitoringService.h"
#include "services/ReportService.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <map>
#include <memory>

using cb::core::AuditKind;
using cb::test::PathwayScenario;
using cb::test::ReviewWorld;

namespace {

// Day 2 after the infusion, 08:00 (+01:00): febrile on 2 L/min nasal cannula, ICE 9/10.
QJsonObject dayTwo()
{
    return QJsonDocument::fromJson(R"({
      "time": "2026-12-26T08:00:00+01:00",
      "temperature_c": 38.9, "hypotension": false, "vasopressors": [],
      "oxygen": {"device": "nasal_cannula", "flow_l_min": 2},
      "arousable": true,
      "orientation": {"year": true, "month": true, "city": true, "hospital": false},
      "naming_correct_count": 3, "follows_commands": true, "writes_standard_sentence": true,
      "counts_back_from_100_by_10": true,
      "consciousness": "alert", "seizure": "none", "motor": "none", "cerebral_edema": "none",
      "interventions": {"tocilizumab_mg": 640}
    })")
        .object();
}

cb::services::ObservationInput lvef(double percent)
{
    cb::services::ObservationInput o;
    o.code = QStringLiteral("lvef");
    o.value = percent;
    o.unit = QStringLiteral("%");
    o.date = QStringLiteral("2026-11-20");
    o.source = QStringLiteral("echo");
    return o;
}

// Two patients' cases: A treated and followed (every kind of act), B in work-up with an opinion,
// an observation and the same meeting's agenda.
struct Scenario
{
    std::unique_ptr<cb::test::TestDatabase> tdb;
    std::unique_ptr<ReviewWorld> w;
    qint64 caseA = 0;
    qint64 caseB = 0;
    qint64 observationB = 0;
    QString failure; // why the scenario could not be built
};

template <typename T> bool check(Scenario& s, const cb::Result<T>& r, const char* what)
{
    if (!r.ok() && s.failure.isEmpty())
        s.failure = QString::fromLatin1(what) + QStringLiteral(": ") + r.error().message;
    return r.ok();
}

bool check(Scenario& s, const cb::Status& st, const char* what)
{
    if (!st.ok() && s.failure.isEmpty())
        s.failure = QString::fromLatin1(what) + QStringLiteral(": ") + st.error().message;
    return st.ok();
}

void build(Scenario& s)
{
    ReviewWorld& w = *s.w;
    s.caseA = PathwayScenario::treatedCase(w);
    if (!s.caseA) {
        s.failure = QStringLiteral("treated case");
        return;
    }
    s.caseB = w.newCase();
    if (!s.caseB || !w.recordOpinion(s.caseB, cb::core::Discipline::Cardiology)) {
        s.failure = QStringLiteral("case B");
        return;
    }
    auto obsB = w.ws().intake().addObservation(w.coordinator(), s.caseB, lvef(61));
    if (!check(s, obsB, "observation B"))
        return;
    s.observationB = obsB->id;
    check(s, w.ws().intake().addObservation(w.coordinator(), s.caseA, lvef(55)), "observation A");
    cb::services::MeetingInput meeting;
    meeting.startsAt = w.clock().nowUtc().addDays(2);
    auto m = w.ws().meetings().schedule(w.coordinator(), meeting);
    if (!check(s, m, "meeting"))
        return;
    check(s, w.ws().meetings().addToAgenda(w.coordinator(), *m, s.caseA), "agenda A");
    check(s, w.ws().meetings().addToAgenda(w.coordinator(), *m, s.caseB), "agenda B");
    check(s, w.ws().monitoring().recordAssessment(w.coordinator(), s.caseA, dayTwo()), "assessment");
    cb::services::FollowUpInput visit;
    visit.visit = QStringLiteral("day_28");
    visit.response = QStringLiteral("cmr");
    visit.mrd = std::nullopt;
    check(s, w.ws().followUps().recordVisit(w.specialist(cb::core::Discipline::Hematology), s.caseA, visit),
          "follow-up");
    auto dossier = w.ws().reports().dossier(w.coordinator(), s.caseA);
    if (check(s, dossier, "dossier"))
        check(s,
              w.ws().reports().recordExport(w.coordinator(), *dossier,
                                            cb::services::ReportService::Kind::Summary, QStringLiteral("pdf"),
                                            QStringLiteral("summary.pdf")),
              "export");
    check(s, w.ws().cases().openCase(w.coordinator(), s.caseA), "view");
}

// The whole trail of a case under a query (pages of 1000).
QList<cb::core::AuditEntry> everything(ReviewWorld& w, qint64 caseId, cb::core::AuditQuery q = {})
{
    q.limit = 1000;
    auto page = w.ws().cases().auditTrail(w.coordinator(), caseId, q);
    if (!page.ok())
        qWarning("audit trail of case %lld: %s", caseId, qPrintable(page.error().message));
    return page.ok() ? page->entries : QList<cb::core::AuditEntry>{};
}

QSet<qint64> seqsOf(const QList<cb::core::AuditEntry>& entries)
{
    QSet<qint64> out;
    for (const auto& e : entries)
        out.insert(e.seq);
    return out;
}

// The tables the shipped migrations after `version` create (read from the embedded files).
QStringList tablesCreatedAfter(int version, bool postgres)
{
    const QString dir =
        postgres ? QStringLiteral(":/migrations/postgresql") : QStringLiteral(":/migrations/sqlite");
    static const QRegularExpression file(QStringLiteral("^(\\d{3})_.+\\.sql$"));
    static const QRegularExpression create(QStringLiteral("CREATE TABLE (\\w+)"));
    QStringList tables;
    const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    for (auto it = files.crbegin(); it != files.crend();
         ++it) { // the newest first: links before their targets
        const auto m = file.match(*it);
        if (!m.hasMatch() || m.captured(1).toInt() <= version)
            continue;
        QFile f(dir + QLatin1Char('/') + *it);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(f.readAll());
        QStringList ofFile;
        for (auto c = create.globalMatch(text); c.hasNext();)
            ofFile.prepend(c.next().captured(1));
        tables << ofFile;
    }
    return tables;
}

QStringList actionsOf(const QList<cb::core::AuditEntry>& entries)
{
    QStringList out;
    for (const auto& e : entries)
        out << e.action;
    return out;
}

} // namespace

class TestCaseAuditTrail : public QObject
{
    Q_OBJECT

    std::map<QString, Scenario> m_scenarios;

    // The scenario of a backend, built once for the test class; nullptr when it cannot be.
    Scenario* scenario(const QString& backend)
    {
        auto it = m_scenarios.find(backend);
        if (it == m_scenarios.end()) {
            Scenario s;
            s.tdb = std::make_unique<cb::test::TestDatabase>(backend);
            if (s.tdb->available()) {
                s.w = std::make_unique<ReviewWorld>(s.tdb->url());
                if (s.w->ok())
                    build(s);
                else
                    s.failure = QStringLiteral("workspace");
            }
            it = m_scenarios.emplace(backend, std::move(s)).first;
        }
        return it->second.w ? &it->second : nullptr;
    }

private slots:
    void cleanupTestCase() { m_scenarios.clear(); }

    void shouldShowEveryKindOfActUnderTheCaseAndItsKind_data();
    void shouldShowEveryKindOfActUnderTheCaseAndItsKind();
    void shouldNeverShowAnotherPatientsCase_data() { cb::test::addBackendRows(); }
    void shouldNeverShowAnotherPatientsCase();
    void shouldPageNewestFirst_data() { cb::test::addBackendRows(); }
    void shouldPageNewestFirst();
    void shouldFilterByText_data();
    void shouldFilterByText();
    void shouldLinkEarlierRowsWhenMigratingToSchema8_data() { cb::test::addBackendRows(); }
    void shouldLinkEarlierRowsWhenMigratingToSchema8();
};

void TestCaseAuditTrail::shouldShowEveryKindOfActUnderTheCaseAndItsKind_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("action");
    const QList<std::pair<const char*, const char*>> rows{
        {"opinions", "opinion.record"},
        {"opinions", "opinion.sign"},
        {"verdicts", "decision.record"},
        {"verdicts", "decision.sign"},
        {"verdicts", "agenda.add"},
        {"pathway", "pathway.record"},
        {"monitoring", "assessment.record"},
        {"follow_up", "follow_up.record"},
        {"exports", "case.export"},
        {"record", "record.observation.add"},
        {"case", "case.move"},
        {"case", "case.register"},
        {"case", "case.view"},
    };
    for (const QString& backend : cb::test::backendNames())
        for (const auto& [kind, action] : rows)
            QTest::addRow("%s/%s/%s", qPrintable(backend), kind, action)
                << backend << QString::fromLatin1(kind) << QString::fromLatin1(action);
}

void TestCaseAuditTrail::shouldShowEveryKindOfActUnderTheCaseAndItsKind()
{
    QFETCH(QString, backend);
    QFETCH(QString, kind);
    QFETCH(QString, action);
    Scenario* s = scenario(backend);
    if (!s)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    QVERIFY2(s->failure.isEmpty(), qPrintable(s->failure));
    const auto k = cb::core::fromId(cb::core::auditKinds(), kind);
    QVERIFY(k);

    // WHEN the trail of the case is read with no filter THEN the act is there
    QVERIFY2(actionsOf(everything(*s->w, s->caseA)).contains(action),
             qPrintable(actionsOf(everything(*s->w, s->caseA)).join(QLatin1Char(' '))));
    // AND under its kind, which shows that kind only
    cb::core::AuditQuery q;
    q.kind = *k;
    const auto ofKind = everything(*s->w, s->caseA, q);
    QVERIFY(actionsOf(ofKind).contains(action));
    for (const auto& e : ofKind)
        QVERIFY2(cb::core::auditKindOf(e.action) == *k, qPrintable(e.action));
    // AND the kind's count is what the page holds
    q.limit = 1;
    auto page = s->w->ws().cases().auditTrail(s->w->coordinator(), s->caseA, q);
    QVERIFY(page.ok());
    QCOMPARE(page->total, qint64(ofKind.size()));
    QCOMPARE(page->hasOlder, ofKind.size() > 1);
}

void TestCaseAuditTrail::shouldNeverShowAnotherPatientsCase()
{
    QFETCH(QString, backend);
    Scenario* s = scenario(backend);
    if (!s)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    QVERIFY2(s->failure.isEmpty(), qPrintable(s->failure));
    const auto a = everything(*s->w, s->caseA);
    const auto b = everything(*s->w, s->caseB);
    // GIVEN case B has its own opinion, observation and agenda entry
    QVERIFY(actionsOf(b).contains(QStringLiteral("opinion.record")));
    QVERIFY(actionsOf(b).contains(QStringLiteral("record.observation.add")));
    QVERIFY(actionsOf(b).contains(QStringLiteral("agenda.add")));
    // THEN no row of B's trail is in A's (the two cases are different patients')
    QVERIFY(!seqsOf(a).intersects(seqsOf(b)));
    for (const auto& e : a) {
        QVERIFY2(
            !(e.entity == QLatin1String("observation") && e.entityId == QString::number(s->observationB)),
            qPrintable(e.action));
        QVERIFY2(!e.after.contains(QStringLiteral("\"case_id\":%1,").arg(s->caseB)), qPrintable(e.after));
    }
    // AND every kind of A's trail adds up to the whole (each row in exactly one kind)
    qint64 sum = 0;
    for (const auto& k : cb::core::auditKinds()) {
        if (k.value == AuditKind::All)
            continue;
        cb::core::AuditQuery q;
        q.kind = k.value;
        sum += everything(*s->w, s->caseA, q).size();
    }
    QCOMPARE(sum, qint64(a.size()));
}

void TestCaseAuditTrail::shouldPageNewestFirst()
{
    QFETCH(QString, backend);
    Scenario* s = scenario(backend);
    if (!s)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    QVERIFY2(s->failure.isEmpty(), qPrintable(s->failure));
    const auto all = everything(*s->w, s->caseA);
    QVERIFY(all.size() > 20);
    // WHEN the trail is read 7 rows at a time, each page from below the last one's sequence number
    QList<cb::core::AuditEntry> paged;
    cb::core::AuditQuery q;
    q.limit = 7;
    for (int pages = 0; pages < 100; ++pages) {
        auto page = s->w->ws().cases().auditTrail(s->w->coordinator(), s->caseA, q);
        QVERIFY(page.ok());
        QCOMPARE(page->total, qint64(all.size()));
        QVERIFY(page->entries.size() <= 7);
        paged += page->entries;
        if (!page->hasOlder)
            break;
        QCOMPARE(page->entries.size(), 7);
        q.beforeSeq = page->entries.last().seq;
    }
    // THEN the pages are the whole trail, newest first
    QCOMPARE(paged.size(), all.size());
    for (int i = 0; i < paged.size(); ++i) {
        QCOMPARE(paged.at(i).seq, all.at(i).seq);
        if (i > 0)
            QVERIFY(paged.at(i).seq < paged.at(i - 1).seq);
    }
    // AND the default page holds 200 rows
    QCOMPARE(cb::core::AuditQuery{}.limit, 200);
    // AND a page of no rows is refused
    q.limit = 0;
    QCOMPARE(s->w->ws().cases().auditTrail(s->w->coordinator(), s->caseA, q).error().code,
             cb::ErrorCode::BadInput);
}

void TestCaseAuditTrail::shouldFilterByText_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QString>("expected"); // an action the result holds; empty: no row
    for (const QString& backend : cb::test::backendNames()) {
        const QByteArray b = backend.toLatin1();
        QTest::addRow("%s/user", b.constData())
            << backend << QStringLiteral("fx_coord") << QStringList{} << QStringLiteral("pathway.record");
        QTest::addRow("%s/action-any-case", b.constData())
            << backend << QStringLiteral("ASSESSMENT.") << QStringList{}
            << QStringLiteral("assessment.record");
        QTest::addRow("%s/label", b.constData())
            << backend << QStringLiteral("随访") // the reader's words
            << QStringList{QStringLiteral("follow_up.record")} << QStringLiteral("follow_up.record");
        QTest::addRow("%s/percent-is-literal", b.constData())
            << backend << QStringLiteral("%") << QStringList{} << QString();
        QTest::addRow("%s/underscore-is-literal", b.constData())
            << backend << QStringLiteral("case_") << QStringList{} << QString();
    }
}

void TestCaseAuditTrail::shouldFilterByText()
{
    QFETCH(QString, backend);
    QFETCH(QString, text);
    QFETCH(QStringList, actions);
    QFETCH(QString, expected);
    Scenario* s = scenario(backend);
    if (!s)
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));
    QVERIFY2(s->failure.isEmpty(), qPrintable(s->failure));
    cb::core::AuditQuery q;
    q.text = text;
    q.actions = actions;
    const auto found = everything(*s->w, s->caseA, q);
    if (expected.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(actionsOf(found).join(QLatin1Char(' '))));
        return;
    }
    QVERIFY2(actionsOf(found).contains(expected), qPrintable(actionsOf(found).join(QLatin1Char(' '))));
    // every row holds the text in its action, user or reason, or is one of the named actions
    for (const auto& e : found)
        QVERIFY2(actions.contains(e.action) || e.action.contains(text, Qt::CaseInsensitive) ||
                     e.username.contains(text, Qt::CaseInsensitive) ||
                     e.reason.contains(text, Qt::CaseInsensitive),
                 qPrintable(e.action));
    QVERIFY(found.size() < everything(*s->w, s->caseA).size());
}

void TestCaseAuditTrail::shouldLinkEarlierRowsWhenMigratingToSchema8()
{
    QFETCH(QString, backend);
    CB_TEST_DATABASE(tdb, backend);
    QList<cb::core::AuditEntry> liveA, liveB;
    qint64 caseA = 0, caseB = 0;
    cb::core::UserIdentity reader;
    {
        Scenario s;
        s.w = std::make_unique<ReviewWorld>(tdb.url());
        QVERIFY(s.w->ok());
        build(s);
        QVERIFY2(s.failure.isEmpty(), qPrintable(s.failure));
        caseA = s.caseA;
        caseB = s.caseB;
        reader = s.w->coordinator();
        liveA = everything(*s.w, caseA);
        liveB = everything(*s.w, caseB);
    }
    // GIVEN the same rows in a database of schema 7 (no links yet): the tables of the later
    // migrations dropped, and the migrations forgotten
    QString error;
    for (const QString& table : tablesCreatedAfter(7, tdb.isPostgres()))
        QVERIFY2(tdb.exec(QStringLiteral("DROP TABLE %1%2")
                              .arg(table, tdb.isPostgres() ? QStringLiteral(" CASCADE") : QString()),
                          &error),
                 qPrintable(table + QStringLiteral(": ") + error));
    QVERIFY2(tdb.exec(QStringLiteral("DELETE FROM schema_migration WHERE version > 7"), &error),
             qPrintable(error));
    tdb.closeRaw();

    // WHEN it is opened (and migrated to schema 8)
    auto clock = std::make_shared<cb::core::ManualClock>(ReviewWorld::now());
    auto ws = ReviewWorld::open(tdb.url(), clock);
    QVERIFY(ws);
    QCOMPARE(ws->database().schemaVersion(), cb::storage::Database::latestSchemaVersion());

    // THEN every row the trail showed before is linked again to its case, and the only rows added
    // are the patient's record rows written before the case existed (the record is the patient's)
    const auto patientScoped = [](const cb::core::AuditEntry& e) {
        return e.entity == QLatin1String("patient") || e.entity == QLatin1String("therapy_line") ||
               e.entity == QLatin1String("transplant") || e.entity == QLatin1String("observation");
    };
    for (const auto& [caseId, live] : {std::pair{caseA, liveA}, std::pair{caseB, liveB}}) {
        cb::core::AuditQuery q;
        q.limit = 1000;
        auto page = ws->cases().auditTrail(reader, caseId, q);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        const QSet<qint64> now = seqsOf(page->entries);
        QVERIFY(now.contains(seqsOf(live)));
        for (const auto& e : page->entries)
            if (!seqsOf(live).contains(e.seq))
                QVERIFY2(patientScoped(e), qPrintable(e.action));
    }
    // AND the chain is intact (audit_event unchanged)
    auto v = ws->audit().verify();
    QVERIFY(v.ok());
    QVERIFY2(v->ok(), qPrintable(v->problem));
}

QTEST_GUILESS_MAIN(TestCaseAuditTrail)
#include "TestCaseAuditTrail.moc"

// The dossier behind the PDF summary and letter (ReportService) on both backends: what it holds
// for a decided case and for one still in review, its fingerprint and audit head, the refusal of
// a user without the right to read cases, and the one `case.export` row of every export.

#include "ReviewWorld.h"
#include "core/CaseDossier.h"
#include "services/CaseService.h"
#include "services/IntakeService.h"
#include "services/ReportService.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"
#include "support/TestWorkspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using cb::core::Discipline;
using cb::services::ReportService;
using cb::test::ReviewWorld;

#define GIVEN_A_REVIEW_WORLD(world)                                                                          \
    QFETCH(QString, backend);                                                                                \
    CB_TEST_DATABASE(db, backend);                                                                           \
    ReviewWorld world(db.url());                                                                             \
    QVERIFY(world.ok())

class TestReportService : public QObject
{
    Q_OBJECT

private slots:
    void shouldAssembleASignedDecidedCaseWithItsAuditHead_data() { cb::test::addBackendRows(); }
    void shouldAssembleASignedDecidedCaseWithItsAuditHead();
    void shouldMarkACaseInReviewAsNotFinal_data() { cb::test::addBackendRows(); }
    void shouldMarkACaseInReviewAsNotFinal();
    void shouldFingerprintTheRecordSoAChangeShows_data() { cb::test::addBackendRows(); }
    void shouldFingerprintTheRecordSoAChangeShows();
    void shouldAuditEveryExportWithoutPatientData_data() { cb::test::addBackendRows(); }
    void shouldAuditEveryExportWithoutPatientData();
    void shouldRefuseWhoMayNotReadCases_data() { cb::test::addBackendRows(); }
    void shouldRefuseWhoMayNotReadCases();
};

void TestReportService::shouldAssembleASignedDecidedCaseWithItsAuditHead()
{
    // GIVEN a case with six signed opinions, a signed verdict and a dissent
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.readyCase();
    QVERIFY(id > 0);
    QVERIFY(w.recordDecision(id));
    const QString dissent = QStringLiteral("I would have waited for the MRI.");
    QVERIFY(w.ws().decisions().recordDissent(w.specialist(Discipline::Neurology), id, dissent).ok());
    QVERIFY(w.signDecision(id));
    const qint64 head = cb::test::auditHead(w.ws());

    // WHEN its dossier is read
    auto d = w.ws().reports().dossier(w.coordinator(), id, QTimeZone(8 * 3600));
    QVERIFY2(d.ok(), qPrintable(d.error().message));

    // THEN it holds every signed opinion, the signed verdict with the dissent, and is final
    QCOMPARE(d->record.id, id);
    QCOMPARE(d->opinions.size(), 6);
    for (const auto& o : d->opinions) {
        QVERIFY(o.required);
        QVERIFY(o.opinion && o.opinion->isSigned && o.opinion->signature);
        QVERIFY(!o.checklistTitle.isEmpty());
        QVERIFY(!o.items.isEmpty());
    }
    QVERIFY(d->decision && d->decision->isSigned && d->decision->signature);
    QCOMPARE(d->decision->dissents.size(), 1);
    QCOMPARE(d->decision->dissents.first().text, dissent);
    QVERIFY(d->quorumMet);
    QVERIFY(d->isFinal());
    QCOMPARE(d->generatedAt, w.clock().nowUtc());
    QCOMPARE(d->timeZone, QTimeZone(8 * 3600));
    // the audit head at export, as `audit entry SEQ` shows it; reading wrote no audit row
    QCOMPARE(d->auditSeq, head);
    QCOMPARE(cb::test::auditHead(w.ws()), head);
    QCOMPARE(d->auditHash, cb::test::auditEntries(w.ws(), head - 1).last().hash);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(d->fingerprint).hasMatch());
    QVERIFY(!d->coordinatorContact.isEmpty());
    QVERIFY(!d->caregiverRequirements.isEmpty());
}

void TestReportService::shouldMarkACaseInReviewAsNotFinal()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    QVERIFY(w.recordOpinion(id, Discipline::Cardiology));
    QVERIFY(w.signOpinion(id, Discipline::Cardiology));
    QVERIFY(w.recordOpinion(id, Discipline::Hematology)); // a draft
    auto d = w.ws().reports().dossier(w.specialist(Discipline::Icu), id);
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    QVERIFY(!d->isFinal());
    QVERIFY(!d->decision);
    QVERIFY(!d->quorumMet);
    QCOMPARE(d->missingSignatures.size(), 5);
    QVERIFY(!d->readinessProblems.isEmpty());
}

void TestReportService::shouldFingerprintTheRecordSoAChangeShows()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    auto first = w.ws().reports().dossier(w.coordinator(), id);
    w.clock().advanceSeconds(3600);
    auto again = w.ws().reports().dossier(w.coordinator(), id);
    QVERIFY(first.ok() && again.ok());
    QCOMPARE(again->fingerprint, first->fingerprint); // an hour later, same record: same fingerprint
    cb::services::ObservationInput lvef;
    lvef.code = QStringLiteral("lvef");
    lvef.value = 48;
    lvef.unit = QStringLiteral("%");
    lvef.date = w.clock().todayUtc().toString(Qt::ISODate);
    QVERIFY(w.ws().intake().addObservation(w.coordinator(), id, lvef).ok());
    auto changed = w.ws().reports().dossier(w.coordinator(), id);
    QVERIFY(changed.ok());
    QVERIFY(changed->fingerprint != first->fingerprint);
}

void TestReportService::shouldAuditEveryExportWithoutPatientData()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    auto d = w.ws().reports().dossier(w.coordinator(), id);
    QVERIFY(d.ok());
    const qint64 head = cb::test::auditHead(w.ws());
    QVERIFY(w.ws()
                .reports()
                .recordExport(w.coordinator(), *d, ReportService::Kind::Letter, QStringLiteral("pdf"),
                              QStringLiteral("file"))
                .ok());
    const auto entries = cb::test::auditEntries(w.ws(), head);
    QCOMPARE(entries.size(), 1);
    const auto& e = entries.first();
    QCOMPARE(e.action, QStringLiteral("case.export"));
    QCOMPARE(e.entityId, QString::number(id));
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("kind")).toString(), QStringLiteral("letter"));
    QCOMPARE(after.value(QStringLiteral("format")).toString(), QStringLiteral("pdf"));
    QCOMPARE(after.value(QStringLiteral("fingerprint")).toString(), d->fingerprint);
    QCOMPARE(after.value(QStringLiteral("audit_seq")).toString(), QString::number(d->auditSeq));
    QCOMPARE(after.value(QStringLiteral("draft")).toBool(), true);
    QVERIFY(!e.after.contains(d->record.patient.mrn));
    QVERIFY(!e.after.contains(d->record.patient.familyName));
}

void TestReportService::shouldRefuseWhoMayNotReadCases()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    const auto admin = w.addUser(QStringLiteral("records_admin"), {cb::core::Role::Administrator});
    const qint64 head = cb::test::auditHead(w.ws());
    auto d = w.ws().reports().dossier(admin, id);
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, cb::ErrorCode::PermissionDenied);
    QCOMPARE(cb::test::auditActions(w.ws(), head), QStringList{QStringLiteral("permission.denied")});
    // and a case that does not exist is named as such
    auto none = w.ws().reports().dossier(w.coordinator(), id + 1000);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, cb::ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestReportService)
#include "TestReportService.moc"

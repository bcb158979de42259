// A referral imported from a FHIR R4 bundle (services::FhirImportService, clinical/INTAKE.md §7):
// planned without writing, imported whole through the intake's acts with each entry's provenance in
// the audit trail, attached to the patient an identifier names, refused whole (nothing written)
// at the first bad resource or when it cannot be placed. On SQLite and PostgreSQL.

#include "exports/FhirBundle.h"
#include "exports/FhirFixtures.h"
#include "services/CaseService.h"
#include "services/FhirImportService.h"
#include "services/IntakeService.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using cb::ErrorCode;
using cb::core::Role;
using cb::services::FhirImportOptions;
using cb::services::FhirImportService;
using cb::test::auditEntries;
using cb::test::auditHead;

Q_DECLARE_METATYPE(std::function<void(QJsonObject&)>)

namespace {

using Mutation = std::function<void(QJsonObject&)>;

// The treated case of the FHIR tests with identifiers no other row uses.
cb::exports::FhirCaseData uniqueCase(const QString& tag)
{
    cb::exports::FhirCaseData d = cb::test::treatedCase(tag);
    for (auto& id : d.dossier.record.patient.identifiers)
        if (id.value != tag)
            id.value = id.value + u'-' + tag;
    return d;
}

QByteArray bundleOf(const cb::exports::FhirCaseData& d)
{
    return QJsonDocument(cb::exports::FhirBundle::collection(d)).toJson();
}

FhirImportOptions referrer()
{
    FhirImportOptions o;
    o.referrer = u"Dr Sender"_s;
    o.institution = u"Referring Hospital"_s;
    return o;
}

// Applies `f` to every resource of a type in the bundle.
Mutation onEvery(const QString& type, const std::function<void(QJsonObject&)>& f)
{
    return [type, f](QJsonObject& b) {
        QJsonArray entries = b.value(u"entry"_s).toArray();
        for (int i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            QJsonObject r = e.value(u"resource"_s).toObject();
            if (r.value(u"resourceType"_s).toString() != type)
                continue;
            f(r);
            e.insert(u"resource"_s, r);
            entries.replace(i, e);
        }
        b.insert(u"entry"_s, entries);
    };
}

struct Counts
{
    qint64 audit = 0;
    qsizetype cases = 0;
};

} // namespace

class TestFhirImportService : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowThePlanWithoutWritingAnything_data() { cb::test::addBackendRows(); }
    void shouldShowThePlanWithoutWritingAnything();
    void shouldImportTheReferralWholeWithItsProvenance_data() { cb::test::addBackendRows(); }
    void shouldImportTheReferralWholeWithItsProvenance();
    void shouldAttachToThePatientAnIdentifierNames_data() { cb::test::addBackendRows(); }
    void shouldAttachToThePatientAnIdentifierNames();
    void shouldRefuseTheWholeBundleAtItsFirstProblem_data();
    void shouldRefuseTheWholeBundleAtItsFirstProblem();
    void shouldLeaveNothingWhenAnEntryFailsHalfWay_data() { cb::test::addBackendRows(); }
    void shouldLeaveNothingWhenAnEntryFailsHalfWay();
    void shouldRefuseAUserWhoMayNotEditCases_data() { cb::test::addBackendRows(); }
    void shouldRefuseAUserWhoMayNotEditCases();
    void shouldPlanForThePreviewBeforeTheReferrerIsNamed_data() { cb::test::addBackendRows(); }
    void shouldPlanForThePreviewBeforeTheReferrerIsNamed();
    void cleanupTestCase() { m_shared.clear(); }

private:
    // The audit head, then the number of cases (listing them adds its own audit row, so a later
    // call finds the head one higher when nothing else was written).
    Counts counts(cb::services::Workspace& ws, const cb::core::UserIdentity& user)
    {
        const qint64 head = auditHead(ws);
        auto list = ws.cases().listCases(user, std::nullopt);
        return Counts{head, list.ok() ? list->size() : -1};
    }
    cb::test::SharedWorkspaces m_shared;
};

#define CB_IMPORT_WORKSPACE(backend)                                                                         \
    auto* shared = m_shared.get(backend);                                                                    \
    if (!shared)                                                                                             \
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));                                                  \
    cb::services::Workspace& ws = *shared->t.ws;                                                             \
    const QString tag = cb::test::uniqueName(u"FI-"_s);                                                      \
    const auto coordinator =                                                                                 \
        cb::test::seedUserWithRole(ws.database(), u"coord-"_s + tag, Role::Coordinator);                     \
    FhirImportService importer(ws.database(), ws.clock(), ws.intake())

void TestFhirImportService::shouldShowThePlanWithoutWritingAnything()
{
    QFETCH(QString, backend);
    CB_IMPORT_WORKSPACE(backend);
    const Counts before = counts(ws, coordinator);
    // WHEN the coordinator asks what the bundle would create
    auto plan = importer.plan(coordinator, bundleOf(uniqueCase(tag)), referrer());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    // THEN a new patient with the record's entries, each named by its resource, and nothing written
    QVERIFY(!plan->attaches());
    QCOMPARE(plan->caseRecord.patient.identifiers.size(), 5);
    QCOMPARE(plan->caseRecord.indication, cb::core::Indication::MultipleMyeloma);
    QVERIFY(plan->writesHistory);
    QCOMPARE(plan->lines.size(), 2);
    QCOMPARE(plan->transplants.size(), 1);
    QCOMPARE(plan->observations.size(), 6);
    QCOMPARE(plan->referral.keptAsText.size(), 4);
    const QJsonObject json = plan->toJson();
    QCOMPARE(json.value(u"patient"_s)[u"action"_s].toString(), u"create"_s);
    QVERIFY(json.value(u"patient"_s)[u"id"_s].isNull());
    QCOMPARE(json.value(u"created"_s)[u"observations"_s].toInt(), 6);
    QCOMPARE(json.value(u"kept_as_text"_s).toArray().size(), 4);
    const Counts after = counts(ws, coordinator);
    QCOMPARE(after.audit, before.audit + 1); // only the listing of the cases above
    QCOMPARE(after.cases, before.cases);
}

void TestFhirImportService::shouldImportTheReferralWholeWithItsProvenance()
{
    QFETCH(QString, backend);
    CB_IMPORT_WORKSPACE(backend);
    const qint64 mark = auditHead(ws);
    auto plan = importer.plan(coordinator, bundleOf(uniqueCase(tag)), referrer());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    // WHEN it is imported
    auto imported = importer.apply(coordinator, *plan);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    // THEN the referral holds the record as the bundle had it
    auto c = ws.cases().openCase(coordinator, imported->caseId);
    QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
    QCOMPARE(c->state, cb::core::CaseState::Referred);
    QCOMPARE(c->referrerDetail.name, u"Dr Sender"_s);
    QCOMPARE(c->patient.identifiers.size(), 5);
    QCOMPARE(c->history.diagnosisDate.toString(), u"2019-03"_s);
    QCOMPARE(c->history.staging.iss, u"II"_s);
    QCOMPARE(c->therapyLines.size(), 2);
    QCOMPARE(c->transplants.size(), 1);
    QCOMPARE(c->observations.size(), 6);
    for (const auto& o : c->observations)
        QCOMPARE(o.provenance, u"fhir"_s);
    bool lenalidomideRefractory = false;
    for (const auto& l : c->therapyLines)
        lenalidomideRefractory = lenalidomideRefractory || l.lenalidomideRefractory;
    QVERIFY(lenalidomideRefractory);
    // the results a referral cannot hold travel as words with it
    QVERIFY2(c->referrerQuestion.contains(u"CAR-T cell infusion"_s), qPrintable(c->referrerQuestion));
    // AND the import is one audit row naming the file, the bundle and each entry's resource
    const auto entries = auditEntries(ws, mark);
    QStringList actions;
    for (const auto& e : entries)
        actions << e.action;
    QVERIFY2(actions.contains(u"case.register"_s) && actions.contains(u"case.import"_s),
             qPrintable(actions.join(u", "_s)));
    QVERIFY2(actions.contains(u"record.history"_s), qPrintable(actions.join(u", "_s)));
    const auto row = std::find_if(entries.begin(), entries.end(),
                                  [](const auto& e) { return e.action == u"case.import"_s; });
    const QJsonObject after = QJsonDocument::fromJson(row->after.toUtf8()).object();
    QCOMPARE(after.value(u"bundle_id"_s).toString(), plan->referral.bundleId);
    QCOMPARE(after.value(u"file_sha256"_s).toString().size(), 64);
    const QJsonArray created = after.value(u"created"_s).toArray();
    QCOMPARE(created.size(), 1 + 1 + 2 + 1 + 6); // patient, history, lines, transplant, observations
    for (const QJsonValue& v : created) {
        const QJsonValue from = v[u"from"_s];
        const QJsonObject first = from.isArray() ? from.toArray().first().toObject() : from.toObject();
        QVERIFY2(first.value(u"path"_s).toString().startsWith(u"$.entry["_s),
                 qPrintable(QJsonDocument(v.toObject()).toJson()));
        QVERIFY(!first.value(u"resource"_s).toString().isEmpty());
    }
    QVERIFY2(!row->after.contains(tag), "no identifier in the audit row");
}

void TestFhirImportService::shouldAttachToThePatientAnIdentifierNames()
{
    QFETCH(QString, backend);
    CB_IMPORT_WORKSPACE(backend);
    // GIVEN the patient is known here by the bundle's MR number alone, with a lymphoma referral
    cb::exports::FhirCaseData data = uniqueCase(tag);
    cb::core::CaseRecord known;
    known.patient = data.dossier.record.patient;
    known.patient.id = 0;
    known.patient.identifiers = {data.dossier.record.patient.identifiers.first()};
    known.indication = cb::core::Indication::LargeBCellLymphoma;
    known.referralDate = cb::test::testNow().date().addDays(-30);
    auto registered = cb::test::registerReferral(ws, coordinator, known);
    QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error().message));
    auto shown = ws.cases().openCase(coordinator, *registered);
    QVERIFY(shown.ok());
    const qint64 patientId = shown->patient.id;
    // WHEN the myeloma bundle is planned and imported
    auto plan = importer.plan(coordinator, bundleOf(data), referrer());
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    // THEN it attaches to that patient, who gains the other four identifiers
    QCOMPARE(plan->patientId, patientId);
    QCOMPARE(plan->toJson().value(u"patient"_s)[u"action"_s].toString(), u"attach"_s);
    QCOMPARE(plan->newIdentifiers.size(), 4);
    auto imported = importer.apply(coordinator, *plan);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->patientId, patientId);
    auto c = ws.cases().openCase(coordinator, imported->caseId);
    QVERIFY(c.ok());
    QCOMPARE(c->patient.identifiers.size(), 5);
    QCOMPARE(c->observations.size(), 6);
    // AND the same bundle again is refused: that patient has an open myeloma case now
    const Counts before = counts(ws, coordinator);
    auto again = importer.plan(coordinator, bundleOf(data), referrer());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(counts(ws, coordinator).cases, before.cases);
}

void TestFhirImportService::shouldRefuseTheWholeBundleAtItsFirstProblem_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");
    struct Row
    {
        const char* name;
        Mutation mutate;
        ErrorCode code;
        const char* says;
    };
    const QList<Row> rows{
        {"a transplant in the future",
         onEvery(u"Procedure"_s,
                 [](QJsonObject& r) {
                     if (r.value(u"performedDateTime"_s).toString().size() == 7)
                         r.insert(u"performedDateTime"_s, u"2031-01"_s);
                 }),
         ErrorCode::BadInput, "$.entry["},
        {"a line stopped before it started",
         onEvery(u"MedicationRequest"_s,
                 [](QJsonObject& r) {
                     QJsonArray d = r.value(u"dosageInstruction"_s).toArray();
                     QJsonObject first = d.first().toObject();
                     first.insert(
                         u"timing"_s,
                         QJsonObject{{u"repeat"_s, QJsonObject{{u"boundsPeriod"_s,
                                                                QJsonObject{{u"start"_s, u"2020-05"_s},
                                                                            {u"end"_s, u"2019-01"_s}}}}}});
                     d.replace(0, first);
                     r.insert(u"dosageInstruction"_s, d);
                     r.insert(u"authoredOn"_s, u"2020-05"_s);
                 }),
         ErrorCode::BadInput, "$.entry["},
        {"an ECOG of 9",
         onEvery(u"Observation"_s,
                 [](QJsonObject& r) {
                     if (r.contains(u"valueInteger"_s) &&
                         r.value(u"code"_s)[u"coding"_s][0][u"code"_s].toString() == u"89247-1"_s)
                         r.insert(u"valueInteger"_s, 9);
                 }),
         ErrorCode::BadInput, "$.entry["},
        {"a born in the future",
         onEvery(u"Patient"_s, [](QJsonObject& r) { r.insert(u"birthDate"_s, u"2099"_s); }),
         ErrorCode::BadInput, "$.entry[0].resource"},
    };
    for (const QString& backend : {u"sqlite"_s, u"postgresql"_s})
        for (const Row& row : rows)
            QTest::newRow(qPrintable(backend + u": "_s + QString::fromUtf8(row.name)))
                << backend << row.mutate << int(row.code) << QString::fromUtf8(row.says);
}

void TestFhirImportService::shouldRefuseTheWholeBundleAtItsFirstProblem()
{
    QFETCH(QString, backend);
    QFETCH(Mutation, mutate);
    QFETCH(int, code);
    QFETCH(QString, says);
    CB_IMPORT_WORKSPACE(backend);
    QJsonObject bundle = cb::exports::FhirBundle::collection(uniqueCase(tag));
    mutate(bundle);
    const Counts before = counts(ws, coordinator);
    auto plan = importer.plan(coordinator, QJsonDocument(bundle).toJson(), referrer());
    QVERIFY(!plan.ok());
    QCOMPARE(int(plan.error().code), code);
    QVERIFY2(plan.error().message.startsWith(says), qPrintable(plan.error().message));
    const Counts after = counts(ws, coordinator);
    QCOMPARE(after.cases, before.cases);
    QCOMPARE(after.audit, before.audit + 1); // only the listing of the cases above
}

void TestFhirImportService::shouldLeaveNothingWhenAnEntryFailsHalfWay()
{
    QFETCH(QString, backend);
    CB_IMPORT_WORKSPACE(backend);
    auto plan = importer.plan(coordinator, bundleOf(uniqueCase(tag)), referrer());
    QVERIFY(plan.ok());
    // GIVEN a plan whose second line no longer passes the intake's rules when it is written
    cb::services::FhirImportPlan broken = *plan;
    broken.lines[1].line.lineNumber = 99;
    const Counts before = counts(ws, coordinator);
    // WHEN it is applied
    auto imported = importer.apply(coordinator, broken);
    // THEN nothing of it stays: no patient, no case, no audit row
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(u"$.entry["_s), qPrintable(imported.error().message));
    const Counts after = counts(ws, coordinator);
    QCOMPARE(after.cases, before.cases);
    QCOMPARE(after.audit, before.audit + 1); // only the listing of the cases above
    auto found = ws.intake().findPatients(coordinator, tag, {}, {});
    QVERIFY(found.ok());
    QVERIFY(found->isEmpty());
}

void TestFhirImportService::shouldRefuseAUserWhoMayNotEditCases()
{
    QFETCH(QString, backend);
    CB_IMPORT_WORKSPACE(backend);
    const auto viewer = cb::test::seedUserWithRole(ws.database(), u"viewer-"_s + tag, Role::Viewer);
    auto plan = importer.plan(viewer, bundleOf(uniqueCase(tag)), referrer());
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, ErrorCode::PermissionDenied);
    // the refusal is audited
    const auto entries = auditEntries(ws, auditHead(ws) - 1);
    QCOMPARE(entries.last().action, u"permission.denied"_s);
    Q_UNUSED(coordinator)
}

void TestFhirImportService::shouldPlanForThePreviewBeforeTheReferrerIsNamed()
{
    QFETCH(QString, backend);
    CB_IMPORT_WORKSPACE(backend);
    const QByteArray bundle = bundleOf(uniqueCase(tag)); // a collection: it names no author
    // WITHOUT a referrer, the plan is refused naming the field (the CLI's answer)
    auto refused = importer.plan(coordinator, bundle, FhirImportOptions{});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QCOMPARE(refused.error().field, u"referrer"_s);
    // WHEN the GUI's preview asks for it with the referrer to follow
    FhirImportOptions preview;
    preview.referrerLater = true;
    const Counts before = counts(ws, coordinator);
    auto plan = importer.plan(coordinator, bundle, preview);
    // THEN everything else is planned, the plan says the referrer is missing
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QVERIFY(plan->needsReferrer());
    QVERIFY(!plan->lines.isEmpty());
    // AND such a plan is never written
    auto applied = importer.apply(coordinator, *plan);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().field, u"referrer"_s);
    const Counts after = counts(ws, coordinator);
    QCOMPARE(after.cases, before.cases);
    // AND once named, it imports
    FhirImportOptions named = preview;
    named.referrer = u"Dr Later"_s;
    auto again = importer.plan(coordinator, bundle, named);
    QVERIFY(again.ok() && !again->needsReferrer());
    QVERIFY(importer.apply(coordinator, *again).ok());
}

QTEST_GUILESS_MAIN(TestFhirImportService)
#include "TestFhirImportService.moc"

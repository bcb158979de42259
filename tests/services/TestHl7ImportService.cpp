// HL7 v2.5.1 ORU^R01 lab results into the patient's record (services::Hl7ImportService,
// clinical/INTAKE.md §8): finals recorded with their units converted as the vocabulary says,
// preliminaries superseded by the final, corrections superseding the earlier result of the same
// order, code and sub-id, deletions retracting it, cancellations recording nothing; a re-import of
// the same control id changes nothing; a message whose patient matches nobody is held in the queue
// and assigned later by a coordinator; a local time of a facility without a configured zone is
// refused. On SQLite and PostgreSQL.

#include "services/CaseService.h"
#include "services/Hl7ImportService.h"
#include "services/IntakeService.h"
#include "services/SettingsService.h"
#include "support/TestDatabase.h"
#include "support/TestUsers.h"
#include "support/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using cb::core::Role;
using cb::services::Hl7ImportService;
using cb::services::Hl7ImportSummary;
using cb::services::SettingsService;
using cb::test::auditActions;
using cb::test::auditHead;

namespace {

const QString kFixtures = QStringLiteral(CB_SOURCE_DIR "/tests/fixtures/hl7/");

// A fixture made this row's own: the MRN and every control id carry the tag.
QByteArray fixture(const QString& name, const QString& mrn, const QString& tag)
{
    QFile f(kFixtures + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    text.replace(u"MRN1001"_s, mrn);
    QStringList lines = text.split(u'\r');
    for (QString& line : lines) {
        const qsizetype at = line.indexOf(u"MSH|"_s);
        if (at < 0)
            continue;
        QStringList fields = line.mid(at).split(u'|');
        if (fields.size() > 9)
            fields[9] = tag + u'-' + fields[9];
        line = line.left(at) + fields.join(u'|');
    }
    return lines.join(u'\r').toUtf8();
}

cb::core::Observation current(const QList<cb::core::Observation>& all, const QString& code)
{
    for (const auto& o : all)
        if (o.code == code && o.entry.isCurrent())
            return o;
    return {};
}

int countOf(const QList<cb::core::Observation>& all, const QString& code, bool currentOnly)
{
    int n = 0;
    for (const auto& o : all)
        if (o.code == code && (!currentOnly || o.entry.isCurrent()))
            ++n;
    return n;
}

QString describe(const Hl7ImportSummary& s)
{
    QStringList lines;
    for (const auto& i : s.items)
        lines << i.messageId + u' ' + i.setId + u' ' + i.status + u": "_s + i.reason;
    return lines.join(u'\n');
}

} // namespace

class TestHl7ImportService : public QObject
{
    Q_OBJECT

private slots:
    void shouldRecordFinalResultsWithUnitsConverted_data() { cb::test::addBackendRows(); }
    void shouldRecordFinalResultsWithUnitsConverted();
    void shouldSupersedeThePreliminaryByTheFinal_data() { cb::test::addBackendRows(); }
    void shouldSupersedeThePreliminaryByTheFinal();
    void shouldCorrectRetractAndCancel_data() { cb::test::addBackendRows(); }
    void shouldCorrectRetractAndCancel();
    void shouldChangeNothingOnAReimportOfTheSameControlId_data() { cb::test::addBackendRows(); }
    void shouldChangeNothingOnAReimportOfTheSameControlId();
    void shouldMatchOnAuthorityTypeAndValueOfAnyRepetition_data() { cb::test::addBackendRows(); }
    void shouldMatchOnAuthorityTypeAndValueOfAnyRepetition();
    void shouldHoldAnUnmatchedMessageUntilACoordinatorAssignsIt_data() { cb::test::addBackendRows(); }
    void shouldHoldAnUnmatchedMessageUntilACoordinatorAssignsIt();
    void shouldRefuseALocalTimeOfAFacilityWithoutAZone_data() { cb::test::addBackendRows(); }
    void shouldRefuseALocalTimeOfAFacilityWithoutAZone();
    void shouldKeepWhatTheRecordCannotHold_data() { cb::test::addBackendRows(); }
    void shouldKeepWhatTheRecordCannotHold();
    void shouldRefuseTheWholeMessageAtAnImplausibleValue_data() { cb::test::addBackendRows(); }
    void shouldRefuseTheWholeMessageAtAnImplausibleValue();
    void shouldKeepNothingOnADryRun_data() { cb::test::addBackendRows(); }
    void shouldKeepNothingOnADryRun();
    void shouldRefuseAUserWhoMayNotEditCaseData_data() { cb::test::addBackendRows(); }
    void shouldRefuseAUserWhoMayNotEditCaseData();
    void cleanupTestCase() { m_shared.clear(); }

private:
    cb::test::SharedWorkspaces m_shared;
};

// A workspace of the backend, a coordinator, and a patient registered with HOSPA/MR/<mrn> and an
// open case; `importer` imports for them.
#define CB_HL7_WORLD(backend)                                                                                \
    auto* shared = m_shared.get(backend);                                                                    \
    if (!shared)                                                                                             \
        QSKIP(qPrintable(cb::test::postgresSkipMessage()));                                                  \
    cb::services::Workspace& ws = *shared->t.ws;                                                             \
    cb::test::TestDatabase& tdb = *shared->tdb;                                                              \
    Q_UNUSED(tdb)                                                                                            \
    const QString tag = cb::test::uniqueName(u"H7"_s);                                                       \
    const QString mrn = u"MRN-"_s + tag;                                                                     \
    const auto coordinator =                                                                                 \
        cb::test::seedUserWithRole(ws.database(), u"coord-"_s + tag, Role::Coordinator);                     \
    const auto admin = cb::test::seedUserWithRole(ws.database(), u"admin-"_s + tag, Role::Administrator);    \
    Q_UNUSED(admin)                                                                                          \
    Hl7ImportService importer(ws.database(), ws.clock(), ws.intake(), ws.settings());                        \
    const qint64 caseId = registerPatient(ws, coordinator, {u"HOSPA"_s, u"MR"_s, mrn}, tag);                 \
    QVERIFY(caseId > 0)

namespace {

qint64 registerPatient(cb::services::Workspace& ws, const cb::core::UserIdentity& coordinator,
                       const cb::core::PatientIdentifier& id, const QString& tag)
{
    cb::core::CaseRecord r;
    r.patient.identifiers << id;
    r.patient.familyName = u"Zhang"_s + tag;
    r.patient.givenName = u"Wei"_s;
    r.patient.sex = cb::core::Sex::Male;
    r.patient.birth = *cb::core::PartialDate::parse(u"1980-01-01"_s);
    r.patient.birthDate = r.patient.birth.earliest();
    r.indication = cb::core::Indication::MultipleMyeloma;
    r.referrerDetail.name = u"Dr Referrer"_s;
    r.referrerDetail.institution = u"Test Hospital"_s;
    r.referrer = r.referrerDetail.name;
    r.referralDate = cb::test::testNow().date().addDays(-300);
    r.urgency = u"routine"_s;
    auto reg = ws.intake().registerReferral(coordinator, r);
    if (!reg.ok())
        qWarning("%s", qPrintable(reg.error().message));
    return reg.ok() ? reg->caseId : 0;
}

QList<cb::core::Observation> observations(cb::services::Workspace& ws, const cb::core::UserIdentity& u,
                                          qint64 caseId)
{
    auto entries = ws.intake().recordEntries(u, caseId);
    return entries.ok() ? entries->observations : QList<cb::core::Observation>{};
}

bool setZones(cb::services::Workspace& ws, const cb::core::UserIdentity& admin, const QString& json)
{
    return ws.settings().setValue(admin, SettingsService::Key::Hl7FacilityTimeZones, json).ok();
}

} // namespace

void TestHl7ImportService::shouldRecordFinalResultsWithUnitsConverted()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    auto s = importer.importFile(coordinator, fixture(u"cbc_cr.hl7"_s, mrn, tag), u"cbc_cr.hl7"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->messages, 1);
    QCOMPARE(s->accepted, 3);
    QCOMPARE(s->kept, 1); // leukocytes: not in the vocabulary
    QVERIFY2(s->refused == 0 && s->held == 0, qPrintable(describe(*s)));
    const auto obs = observations(ws, coordinator, caseId);
    const auto hb = current(obs, u"hemoglobin"_s);
    QCOMPARE(hb.value.value_or(-1), 11.2); // 112 g/L as g/dL
    QCOMPARE(hb.enteredValue.value_or(-1), 112.0);
    QCOMPARE(hb.enteredUnit, u"g/L"_s);
    QCOMPARE(hb.provenance, u"hl7"_s);
    QCOMPARE(hb.observedAt.toString(Qt::ISODate), u"2026-02-28T23:30:00Z"_s);
    QVERIFY2(hb.source.contains(tag + u"-CBC-0001"_s), qPrintable(hb.source));
    QCOMPARE(current(obs, u"platelets"_s).value.value_or(-1), 85.0); // 10*3/uL = 10*9/L
    QCOMPARE(current(obs, u"anc"_s).value.value_or(-1), 1200.0);     // 10*9/L as cells/µL
    // the import is audited on the message, with each observation's own row
    const QStringList actions = auditActions(ws);
    QVERIFY(actions.contains(u"lab.import"_s));
    QVERIFY(actions.contains(u"record.observation.add"_s));
    // the reference range and flags are kept with the result
    QCOMPARE(
        tdb.count(
            u"hl7_result WHERE reference_range = '115-150' AND flags = 'L' AND observation_id IS NOT NULL"_s) >
            0,
        true);
}

void TestHl7ImportService::shouldSupersedeThePreliminaryByTheFinal()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    auto s = importer.importFile(coordinator, fixture(u"prelim_final_crlf.hl7"_s, mrn, tag), u"p.hl7"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->messages, 2);
    QCOMPARE(s->accepted, 2);   // the preliminaries
    QCOMPARE(s->superseded, 2); // superseded by the finals
    const auto obs = observations(ws, coordinator, caseId);
    QCOMPARE(countOf(obs, u"creatinine"_s, false), 2);
    QCOMPARE(countOf(obs, u"creatinine"_s, true), 1);
    QCOMPARE(current(obs, u"creatinine"_s).value.value_or(-1), 132.63); // 1.5 mg/dL × 88.42
    QCOMPARE(current(obs, u"bilirubin"_s).value.value_or(-1), 16.0);
    // a preliminary that arrives after the final changes nothing
    QByteArray late = fixture(u"prelim_final_crlf.hl7"_s, mrn, tag + u"L"_s);
    late = late.left(late.indexOf("MSH", 10));
    auto again = importer.importFile(coordinator, late, u"late.hl7"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->ignored, 2);
    QCOMPARE(current(observations(ws, coordinator, caseId), u"creatinine"_s).value.value_or(-1), 132.63);
}

void TestHl7ImportService::shouldCorrectRetractAndCancel()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    auto s = importer.importFile(coordinator, fixture(u"corrections.hl7"_s, mrn, tag), u"c.hl7"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->accepted, 4);
    QCOMPARE(s->superseded, 2); // C and A
    QCOMPARE(s->retracted, 2);  // D and W
    QCOMPARE(s->cancelled, 1);  // X
    const auto obs = observations(ws, coordinator, caseId);
    QCOMPARE(current(obs, u"crp"_s).value.value_or(-1), 4.0);
    QCOMPARE(current(obs, u"ferritin"_s).value.value_or(-1), 810.0);
    QCOMPARE(countOf(obs, u"ldh"_s, true), 0);
    QCOMPARE(countOf(obs, u"ldh"_s, false), 1); // voided, still readable
    QCOMPARE(countOf(obs, u"alt"_s, true), 0);
    QCOMPARE(countOf(obs, u"bilirubin"_s, false), 0);
    const QStringList actions = auditActions(ws);
    QVERIFY(actions.contains(u"record.observation.correct"_s));
    QVERIFY(actions.contains(u"record.observation.void"_s));
}

void TestHl7ImportService::shouldChangeNothingOnAReimportOfTheSameControlId()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    const QByteArray file = fixture(u"corrections.hl7"_s, mrn, tag);
    auto first = importer.importFile(coordinator, file, u"c.hl7"_s);
    QVERIFY(first.ok());
    const int observationsBefore = int(observations(ws, coordinator, caseId).size());
    const qint64 results = tdb.count(u"hl7_result"_s);
    const qint64 messages = tdb.count(u"hl7_message"_s);
    const qint64 head = auditHead(ws);
    auto second = importer.importFile(coordinator, file, u"c.hl7"_s);
    QVERIFY(second.ok());
    QCOMPARE(second->duplicates, 2);
    QCOMPARE(second->accepted + second->superseded + second->retracted + second->cancelled, 0);
    QCOMPARE(tdb.count(u"hl7_result"_s), results);
    QCOMPARE(tdb.count(u"hl7_message"_s), messages);
    QCOMPARE(auditHead(ws), head);
    QCOMPARE(int(observations(ws, coordinator, caseId).size()), observationsBefore);
}

void TestHl7ImportService::shouldMatchOnAuthorityTypeAndValueOfAnyRepetition()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    // the matching identifier is the second repetition, its authority given with an OID
    auto s = importer.importFile(coordinator, fixture(u"pid_repetitions.hl7"_s, mrn, tag), u"pid.hl7"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->accepted, 2);
    QCOMPARE(current(observations(ws, coordinator, caseId), u"ast"_s).value.value_or(-1), 38.0);
    // the same value under another authority names nobody: held, never guessed
    const QString other = u"MRN-O"_s + tag;
    QVERIFY(registerPatient(ws, coordinator, {u"OTHERAUTH"_s, u"MR"_s, other}, tag + u"o"_s) > 0);
    auto held = importer.importFile(coordinator, fixture(u"cbc_cr.hl7"_s, other, tag + u"O"_s), u"c.hl7"_s);
    QVERIFY(held.ok());
    QCOMPARE(held->held, 1);
    QCOMPARE(held->accepted, 0);
    QVERIFY2(held->items.first().reason.contains(u"No patient"_s), qPrintable(describe(*held)));
}

void TestHl7ImportService::shouldHoldAnUnmatchedMessageUntilACoordinatorAssignsIt()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    auto s = importer.importFile(coordinator, fixture(u"cbc_cr.hl7"_s, u"UNKNOWN-"_s + tag, tag), u"c.hl7"_s);
    QVERIFY(s.ok());
    QCOMPARE(s->held, 1);
    QCOMPARE(s->accepted, 0);
    const qint64 queueId = s->items.first().queueId;
    QVERIFY(queueId > 0);
    QVERIFY(s->items.first().reason.contains(u"UNKNOWN-"_s + tag));
    auto queue = importer.queue(coordinator);
    QVERIFY(queue.ok());
    const auto entry =
        std::find_if(queue->begin(), queue->end(), [&](const auto& e) { return e.id == queueId; });
    QVERIFY(entry != queue->end());
    QCOMPARE(entry->familyName, u"Zhang"_s);
    QCOMPARE(entry->results, 4);
    QVERIFY(entry->identifiers.contains(u"HOSPA:MR:UNKNOWN-"_s + tag));
    QCOMPARE(observations(ws, coordinator, caseId).size(), 0);
    // a reason is needed, the patient must exist
    QCOMPARE(importer.assign(coordinator, queueId, 1, u" "_s).error().code, cb::ErrorCode::BadInput);
    auto noPatient = importer.assign(coordinator, queueId, 99999999, u"phoned the lab"_s);
    QCOMPARE(noPatient.error().code, cb::ErrorCode::NotFound);
    auto reg = ws.cases().openCase(coordinator, caseId);
    QVERIFY(reg.ok());
    auto assigned =
        importer.assign(coordinator, queueId, reg->patient.id, u"The lab confirmed the MRN by phone"_s);
    QVERIFY2(assigned.ok(), qPrintable(assigned.ok() ? QString() : assigned.error().message));
    QCOMPARE(assigned->accepted, 3);
    QCOMPARE(current(observations(ws, coordinator, caseId), u"hemoglobin"_s).value.value_or(-1), 11.2);
    QVERIFY(auditActions(ws).contains(u"lab.queue.assign"_s));
    auto after = importer.queue(coordinator);
    QVERIFY(std::none_of(after->begin(), after->end(), [&](const auto& e) { return e.id == queueId; }));
    QCOMPARE(importer.assign(coordinator, queueId, reg->patient.id, u"again"_s).error().code,
             cb::ErrorCode::InvalidState);
    // its control id stays taken: a re-import changes nothing
    auto again =
        importer.importFile(coordinator, fixture(u"cbc_cr.hl7"_s, u"UNKNOWN-"_s + tag, tag), u"c.hl7"_s);
    QCOMPARE(again->duplicates, 1);
}

void TestHl7ImportService::shouldRefuseALocalTimeOfAFacilityWithoutAZone()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    QVERIFY(setZones(ws, admin, u"{}"_s));
    const QByteArray file = fixture(u"local_time.hl7"_s, mrn, tag);
    auto refused = importer.importFile(coordinator, file, u"l.hl7"_s);
    QVERIFY(refused.ok());
    QCOMPARE(refused->refused, 1);
    QVERIFY2(refused->items.first().reason.contains(u"LABB"_s), qPrintable(describe(*refused)));
    QVERIFY(refused->items.first().reason.contains(u"hl7.facility_time_zones"_s));
    QCOMPARE(tdb.count(u"hl7_message WHERE control_id = '"_s + tag + u"-LOC-0001'"_s), 0);
    QVERIFY(auditActions(ws).contains(u"lab.import.refused"_s));
    // once the facility's zone is set, the same file goes in: Berlin summer time is UTC+2
    QVERIFY(setZones(ws, admin, uR"({"LABB": "Europe/Berlin"})"_s));
    auto accepted = importer.importFile(coordinator, file, u"l.hl7"_s);
    QVERIFY2(accepted.ok() && accepted->accepted == 3, qPrintable(describe(*accepted)));
    const auto obs = observations(ws, coordinator, caseId);
    QCOMPARE(current(obs, u"creatinine"_s).observedAt.toString(Qt::ISODate), u"2026-07-10T06:15:00Z"_s);
    QCOMPARE(current(obs, u"crp"_s).observedAt.toString(Qt::ISODate), u"2026-07-10T06:15:00Z"_s); // OBR-7
    QCOMPARE(current(obs, u"ferritin"_s).observedOn, QDate(2026, 7, 9));
    QVERIFY(!current(obs, u"ferritin"_s).observedAt.isValid());
    QVERIFY(setZones(ws, admin, u"{}"_s));
}

void TestHl7ImportService::shouldKeepWhatTheRecordCannotHold()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    auto s = importer.importFile(coordinator, fixture(u"structured_numeric.hl7"_s, mrn, tag), u"sn.hl7"_s);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
    QCOMPARE(s->accepted, 3); // <0.5 mg/dL, >=150 mg/L, =250
    QCOMPARE(s->kept, 2);     // a range and a ratio
    const auto obs = observations(ws, coordinator, caseId);
    const auto kappa = current(obs, u"flc_kappa"_s);
    QCOMPARE(kappa.comparator, u"<"_s);
    QCOMPARE(kappa.value.value_or(-1), 5.0); // mg/dL × 10
    QCOMPARE(current(obs, u"flc_lambda"_s).comparator, u">="_s);
    QCOMPARE(countOf(obs, u"marrow_plasma_cells"_s, false), 0);
    QCOMPARE(tdb.count(u"hl7_result WHERE value_text = '10-20' AND outcome = 'kept'"_s), 1);
    // a local code through the table, an unknown one kept
    auto local = importer.importFile(coordinator, fixture(u"local_codes.hl7"_s, mrn, tag), u"lc.hl7"_s);
    QVERIFY(local.ok());
    QCOMPARE(local->accepted, 2); // HGB (local table), PLT (alternate LOINC)
    QCOMPARE(local->kept, 2);     // potassium, the flow report
    QCOMPARE(current(observations(ws, coordinator, caseId), u"hemoglobin"_s).value.value_or(-1), 10.9);
}

void TestHl7ImportService::shouldRefuseTheWholeMessageAtAnImplausibleValue()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    QByteArray file = fixture(u"cbc_cr.hl7"_s, mrn, tag);
    file.replace("|85|10*3/uL", "|85000|10*3/uL");
    auto s = importer.importFile(coordinator, file, u"c.hl7"_s);
    QVERIFY(s.ok());
    QCOMPARE(s->refused, 1);
    QCOMPARE(s->accepted, 0);
    QVERIFY2(s->items.first().reason.contains(u"OBX 2"_s), qPrintable(describe(*s)));
    QCOMPARE(observations(ws, coordinator, caseId).size(), 0);
    QCOMPARE(tdb.count(u"hl7_message WHERE control_id = '"_s + tag + u"-CBC-0001'"_s), 0);
}

void TestHl7ImportService::shouldKeepNothingOnADryRun()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    const qint64 messages = tdb.count(u"hl7_message"_s);
    auto s =
        importer.importFile(coordinator, fixture(u"prelim_final_crlf.hl7"_s, mrn, tag), u"p.hl7"_s, true);
    QVERIFY(s.ok());
    QVERIFY(s->dryRun);
    QCOMPARE(s->accepted, 2);
    QCOMPARE(s->superseded, 2);
    QCOMPARE(tdb.count(u"hl7_message"_s), messages);
    QCOMPARE(observations(ws, coordinator, caseId).size(), 0);
}

void TestHl7ImportService::shouldRefuseAUserWhoMayNotEditCaseData()
{
    QFETCH(QString, backend);
    CB_HL7_WORLD(backend);
    const auto viewer = cb::test::seedUserWithRole(ws.database(), u"viewer-"_s + tag, Role::Viewer);
    const qint64 head = auditHead(ws);
    auto s = importer.importFile(viewer, fixture(u"cbc_cr.hl7"_s, mrn, tag), u"c.hl7"_s);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, cb::ErrorCode::PermissionDenied);
    QCOMPARE(auditActions(ws, head), QStringList{u"permission.denied"_s});
    QCOMPARE(importer.queue(viewer).error().code, cb::ErrorCode::PermissionDenied);
    QCOMPARE(importer.assign(viewer, 1, 1, u"x"_s).error().code, cb::ErrorCode::PermissionDenied);
    QCOMPARE(observations(ws, coordinator, caseId).size(), 0);
}

QTEST_GUILESS_MAIN(TestHl7ImportService)
#include "TestHl7ImportService.moc"

#include "cli/CliFixture.h"
#include "support/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cb::test::CliRun;
using cb::test::CliRunner;
using cb::test::demoPassword;
using cb::test::passwordLine;

namespace {

QByteArray demoLine()
{
    return passwordLine(demoPassword());
}

// A referral for a new patient with this MR number (authority local), myeloma unless told.
QJsonObject referralFor(const QString& mr, const QString& indication = QStringLiteral("multiple_myeloma"))
{
    return QJsonObject{
        {QStringLiteral("patient"),
         QJsonObject{{QStringLiteral("identifiers"),
                      QJsonArray{QJsonObject{{QStringLiteral("authority"), QStringLiteral("local")},
                                             {QStringLiteral("type"), QStringLiteral("MR")},
                                             {QStringLiteral("value"), mr}}}},
                     {QStringLiteral("family_name"), QStringLiteral("Intake")},
                     {QStringLiteral("given_name"), QStringLiteral("Tester ") + mr},
                     {QStringLiteral("sex"), QStringLiteral("female")},
                     {QStringLiteral("birth_date"), QStringLiteral("1961-04")}}},
        {QStringLiteral("indication"), indication},
        {QStringLiteral("referral_date"), QStringLiteral("2026-01-15")},
        {QStringLiteral("urgency"), QStringLiteral("routine")},
        {QStringLiteral("referrer"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("Dr Referrer")},
                     {QStringLiteral("institution"), QStringLiteral("Test Hospital")},
                     {QStringLiteral("contact"), QStringLiteral("555-0100")}}}};
}

QJsonObject patientFor(const QString& mr, const QString& given)
{
    QJsonObject p = referralFor(mr).value(QStringLiteral("patient")).toObject();
    p.insert(QStringLiteral("given_name"), given);
    return p;
}

} // namespace

// Intake through the real cellboard-cli binary (DESIGN.md §5): patients, referrals, the case
// moves and the patient's record, each command with its error paths and exact exit codes
// (0 done, 2 bad input or unknown id, 3 not permitted, 4 conflict or state). Every row uses
// its own MR numbers on the class's demo database. On SQLite and PostgreSQL.
class TestIntakeCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_dbs.clear(); }
    void shouldRegisterAReferralOnceWhileOpen_data() { cb::test::addBackendRows(); }
    void shouldRegisterAReferralOnceWhileOpen();
    void shouldRejectBadReferrals_data();
    void shouldRejectBadReferrals();
    void shouldFindAndShowAPatientByIdentifier_data() { cb::test::addBackendRows(); }
    void shouldFindAndShowAPatientByIdentifier();
    void shouldRejectUnknownPatientIds_data();
    void shouldRejectUnknownPatientIds();
    void shouldAddAndCorrectAPatientWithAReason_data() { cb::test::addBackendRows(); }
    void shouldAddAndCorrectAPatientWithAReason();
    void shouldMergePatientsOnlyAsAdministratorAndNotWhileBothOpen_data() { cb::test::addBackendRows(); }
    void shouldMergePatientsOnlyAsAdministratorAndNotWhileBothOpen();
    void shouldMergeAsACoordinatorWithAnAdministratorsApproval_data();
    void shouldMergeAsACoordinatorWithAnAdministratorsApproval();
    void shouldStartWorkUpOnce_data() { cb::test::addBackendRows(); }
    void shouldStartWorkUpOnce();
    void shouldReopenAClosedCaseWithAReason_data() { cb::test::addBackendRows(); }
    void shouldReopenAClosedCaseWithAReason();
    void shouldSetTheHistory_data() { cb::test::addBackendRows(); }
    void shouldSetTheHistory();
    void shouldAddCorrectAndVoidLines_data() { cb::test::addBackendRows(); }
    void shouldAddCorrectAndVoidLines();
    void shouldAddAndVoidTransplants_data() { cb::test::addBackendRows(); }
    void shouldAddAndVoidTransplants();
    void shouldCheckObservations_data();
    void shouldCheckObservations();
    void shouldConvertBilirubinAndKeepTheEnteredValue_data() { cb::test::addBackendRows(); }
    void shouldConvertBilirubinAndKeepTheEnteredValue();
    void shouldListCorrectAndVoidObservations_data() { cb::test::addBackendRows(); }
    void shouldListCorrectAndVoidObservations();
    void shouldShowDerivedFactsOnTheCase_data() { cb::test::addBackendRows(); }
    void shouldShowDerivedFactsOnTheCase();
    void shouldRefuseAWrongPassword_data();
    void shouldRefuseAWrongPassword();

private:
    // Writes JSON (or raw bytes) to a new file of the temporary directory; returns its path.
    QString writeFile(const QJsonObject& o) { return writeBytes(QJsonDocument(o).toJson()); }
    QString writeBytes(const QByteArray& bytes);
    CliRun as(cb::test::TestDatabase* db, const QString& user, const QStringList& args)
    {
        return CliRunner::run(db->url(), user, args, demoLine());
    }
    // `case add` for a new patient with this MR number; the JSON answer (empty on failure).
    QJsonObject addReferral(cb::test::TestDatabase* db, const QString& mr,
                            const QString& indication = QStringLiteral("multiple_myeloma"));

    cb::test::BackendDatabases m_dbs;
    QTemporaryDir m_dir;
    int m_files = 0;
};

namespace {

QString prepareDemo(cb::test::TestDatabase& db)
{
    QString why;
    if (!cb::test::initDemo(db, &why))
        return why;
    return {};
}

QString caseIdText(const QJsonObject& o)
{
    return QString::number(o.value(QStringLiteral("id")).toInteger());
}

} // namespace

void TestIntakeCli::initTestCase()
{
    QVERIFY2(CliRunner::binaryExists(),
             qPrintable(CliRunner::binary() + QStringLiteral(" has not been built")));
    QVERIFY(m_dir.isValid());
}

QString TestIntakeCli::writeBytes(const QByteArray& bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("f%1.json").arg(++m_files));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

QJsonObject TestIntakeCli::addReferral(cb::test::TestDatabase* db, const QString& mr,
                                       const QString& indication)
{
    const CliRun r = as(db, QStringLiteral("coordinator"),
                        {"case", "add", "--file", writeFile(referralFor(mr, indication)), "--json"});
    bool ok = false;
    const QJsonObject o = r.json(&ok).object();
    if (r.exitCode != 0 || !ok)
        qWarning("case add failed: %s", qPrintable(r.describe()));
    return o;
}

void TestIntakeCli::shouldRegisterAReferralOnceWhileOpen()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString mr = cb::test::uniqueName(QStringLiteral("MR-REG-"));
    // WHEN the coordinator registers a referral for a new patient
    const CliRun r = as(db, QStringLiteral("coordinator"),
                        {"case", "add", "--file", writeFile(referralFor(mr)), "--json"});
    // THEN standard output is {id, patient_id, warnings}
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    const QJsonObject o = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
    QVERIFY(o.value(QStringLiteral("patient_id")).toInteger() > 0);
    QVERIFY(o.value(QStringLiteral("warnings")).isArray());
    QCOMPARE(db->scalar(QStringLiteral("SELECT state FROM clinical_case WHERE id = %1").arg(caseIdText(o)))
                 .toString(),
             QStringLiteral("referred"));
    // WHEN the same identifier is referred again for the same indication while the case is open
    const CliRun again = as(db, QStringLiteral("coordinator"),
                            {"case", "add", "--file", writeFile(referralFor(mr)), "--json"});
    // THEN it is a conflict naming the open case, and no second case exists
    CB_EXPECT_EXIT(again, 4);
    QVERIFY2(again.out.isEmpty(), qPrintable(again.describe()));
    QVERIFY2(again.errText().contains(caseIdText(o)), qPrintable(again.describe()));
    QCOMPARE(db->count(QStringLiteral("clinical_case WHERE patient_id = %1")
                           .arg(o.value(QStringLiteral("patient_id")).toInteger())),
             qint64(1));
    // AND a referral naming the patient by id for another indication reuses the record
    QJsonObject byId = referralFor(mr, QStringLiteral("large_b_cell_lymphoma"));
    byId.remove(QStringLiteral("patient"));
    byId.insert(QStringLiteral("patient_id"), o.value(QStringLiteral("patient_id")));
    const CliRun other =
        as(db, QStringLiteral("coordinator"), {"case", "add", "--file", writeFile(byId), "--json"});
    CB_EXPECT_EXIT(other, 0);
    QCOMPARE(other.json(&ok).object().value(QStringLiteral("patient_id")),
             o.value(QStringLiteral("patient_id")));
}

void TestIntakeCli::shouldRejectBadReferrals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("named"); // a word the error line names
    QJsonObject noPatient = referralFor(QStringLiteral("MR-NOPAT"));
    noPatient.remove(QStringLiteral("patient"));
    QJsonObject future = referralFor(QStringLiteral("MR-FUTURE"));
    future.insert(QStringLiteral("referral_date"), QStringLiteral("2099-01-01"));
    QJsonObject badIndication = referralFor(QStringLiteral("MR-BADIND"), QStringLiteral("gout"));
    QJsonObject unknownPatient = noPatient;
    unknownPatient.insert(QStringLiteral("patient_id"), 987654);
    for (const QString& b : cb::test::backendNames()) {
        QTest::addRow("%s/malformed JSON", qPrintable(b)) << b << QByteArray("{\"patient\": ") << QString();
        QTest::addRow("%s/no patient", qPrintable(b)) << b << QJsonDocument(noPatient).toJson() << "patient";
        QTest::addRow("%s/unknown patient id", qPrintable(b))
            << b << QJsonDocument(unknownPatient).toJson() << "987654";
        QTest::addRow("%s/future referral date", qPrintable(b))
            << b << QJsonDocument(future).toJson() << "future";
        QTest::addRow("%s/unknown indication", qPrintable(b))
            << b << QJsonDocument(badIndication).toJson() << "indication";
    }
}

void TestIntakeCli::shouldRejectBadReferrals()
{
    QFETCH(QString, backend);
    QFETCH(QByteArray, file);
    QFETCH(QString, named);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const qint64 before = db->count(QStringLiteral("clinical_case"));
    const CliRun r =
        as(db, QStringLiteral("coordinator"), {"case", "add", "--file", writeBytes(file), "--json"});
    CB_EXPECT_EXIT(r, 2);
    CB_EXPECT_ONE_ERROR_LINE(r);
    QVERIFY2(r.errText().contains(named, Qt::CaseInsensitive), qPrintable(r.describe()));
    QCOMPARE(db->count(QStringLiteral("clinical_case")), before);
}

void TestIntakeCli::shouldFindAndShowAPatientByIdentifier()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString mr = cb::test::uniqueName(QStringLiteral("MR-FIND-"));
    const QJsonObject added = addReferral(db, mr);
    QVERIFY(!added.isEmpty());
    // WHEN the patient is searched by the full identifier
    const CliRun r = as(db, QStringLiteral("coordinator"),
                        {"patient", "find", "--identifier", QStringLiteral("local:MR:") + mr, "--json"});
    // THEN exactly that patient comes back, matched by identifier
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    const QJsonArray hits = r.json(&ok).array();
    QVERIFY2(ok && hits.size() == 1, qPrintable(r.describe()));
    const QJsonObject hit = hits.first().toObject();
    QCOMPARE(hit.value(QStringLiteral("id")), added.value(QStringLiteral("patient_id")));
    QCOMPARE(hit.value(QStringLiteral("match")).toString(), QStringLiteral("identifier"));
    QCOMPARE(hit.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
    QVERIFY(hit.value(QStringLiteral("identifiers")).toArray().size() >= 1);
    // AND another authority with the same value finds nobody
    const CliRun other =
        as(db, QStringLiteral("coordinator"),
           {"patient", "find", "--identifier", QStringLiteral("elsewhere:MR:") + mr, "--json"});
    CB_EXPECT_EXIT(other, 0);
    QCOMPARE(other.json(&ok).array().size(), 0);
    // WHEN the patient is shown
    const QString pid = QString::number(added.value(QStringLiteral("patient_id")).toInteger());
    const CliRun show = as(db, QStringLiteral("hematology"), {"patient", "show", pid, "--json"});
    // THEN the identifiers and the case are there
    CB_EXPECT_EXIT(show, 0);
    const QJsonObject p = show.json(&ok).object();
    QVERIFY2(ok, qPrintable(show.describe()));
    QVERIFY2(QJsonDocument(p).toJson().contains(mr.toUtf8()), qPrintable(show.describe()));
    const QJsonArray cases = p.value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().toObject().value(QStringLiteral("id")), added.value(QStringLiteral("id")));
    // AND a search without any criterion is a usage error
    const CliRun none = as(db, QStringLiteral("coordinator"), {"patient", "find", "--json"});
    CB_EXPECT_EXIT(none, 2);
}

void TestIntakeCli::shouldRejectUnknownPatientIds_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    for (const QString& b : cb::test::backendNames()) {
        QTest::addRow("%s/show unknown id", qPrintable(b))
            << b << QStringList{"patient", "show", "987654"} << 2;
        QTest::addRow("%s/show malformed id", qPrintable(b))
            << b << QStringList{"patient", "show", "abc"} << 2;
        QTest::addRow("%s/show two ids", qPrintable(b)) << b << QStringList{"patient", "show", "1", "2"} << 2;
        QTest::addRow("%s/unknown subcommand", qPrintable(b))
            << b << QStringList{"patient", "delete", "1"} << 2;
        QTest::addRow("%s/find bad birth date", qPrintable(b))
            << b << QStringList{"patient", "find", "--birth-date", "March"} << 2;
        // permission is checked before the arguments: the coordinator may not merge without an
        // administrator's approval
        QTest::addRow("%s/merge by coordinator with a malformed id", qPrintable(b))
            << b << QStringList{"patient", "merge", "1", "x", "--reason", "dup"} << 3;
        QTest::addRow("%s/start-work-up unknown case", qPrintable(b))
            << b << QStringList{"case", "start-work-up", "987654"} << 2;
        QTest::addRow("%s/reopen unknown case", qPrintable(b))
            << b << QStringList{"case", "reopen", "987654", "--reason", "r"} << 2;
        QTest::addRow("%s/obs list unknown case", qPrintable(b))
            << b << QStringList{"obs", "list", "987654"} << 2;
        QTest::addRow("%s/line add malformed case", qPrintable(b))
            << b << QStringList{"line", "add", "x", "--file", "nothing.json"} << 2;
        QTest::addRow("%s/line void without id", qPrintable(b))
            << b << QStringList{"line", "void", "1", "--reason", "r"} << 2;
        QTest::addRow("%s/obs add without code", qPrintable(b))
            << b << QStringList{"obs", "add", "1", "--value", "5", "--unit", "%", "--date", "2026-01-01"}
            << 2;
        QTest::addRow("%s/obs add value not a number", qPrintable(b))
            << b << QStringList{"obs",  "add",    "1", "--code", "lvef",      "--value",
                                "high", "--unit", "%", "--date", "2026-01-01"}
            << 2;
    }
}

void TestIntakeCli::shouldRejectUnknownPatientIds()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(int, code);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const CliRun r = as(db, QStringLiteral("coordinator"), args);
    CB_EXPECT_EXIT(r, code);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(!r.err.isEmpty(), qPrintable(r.describe()));
}

void TestIntakeCli::shouldAddAndCorrectAPatientWithAReason()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString mr = cb::test::uniqueName(QStringLiteral("MR-ADD-"));
    // WHEN a patient is added without a referral
    const CliRun r =
        as(db, QStringLiteral("coordinator"),
           {"patient", "add", "--file", writeFile(patientFor(mr, QStringLiteral("Before"))), "--json"});
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    const QString pid = caseIdText(r.json(&ok).object());
    QVERIFY2(ok && pid != QLatin1String("0"), qPrintable(r.describe()));
    // AND corrected without a reason
    const QString file = writeFile(patientFor(mr, QStringLiteral("After")));
    const CliRun noReason =
        as(db, QStringLiteral("coordinator"), {"patient", "correct", pid, "--file", file});
    // THEN that is a usage error and nothing changed
    CB_EXPECT_EXIT(noReason, 2);
    CB_EXPECT_ONE_ERROR_LINE(noReason);
    QCOMPARE(db->scalar(QStringLiteral("SELECT given_name FROM patient WHERE id = %1").arg(pid)).toString(),
             QStringLiteral("Before"));
    // WHEN it is corrected with a reason
    const CliRun fixed = as(db, QStringLiteral("coordinator"),
                            {"patient", "correct", pid, "--file", file, "--reason", "typo"});
    // THEN the name changed and the audit holds the correction
    CB_EXPECT_EXIT(fixed, 0);
    const CliRun show = as(db, QStringLiteral("coordinator"), {"patient", "show", pid, "--json"});
    CB_EXPECT_EXIT(show, 0);
    QCOMPARE(show.json(&ok).object().value(QStringLiteral("given_name")).toString(), QStringLiteral("After"));
    QVERIFY(db->count(QStringLiteral("audit_event WHERE entity_id = '%1' AND reason = 'typo'").arg(pid)) >=
            1);
    // AND an unknown patient cannot be corrected
    const CliRun unknown = as(db, QStringLiteral("coordinator"),
                              {"patient", "correct", "987654", "--file", file, "--reason", "typo"});
    CB_EXPECT_EXIT(unknown, 2);
}

void TestIntakeCli::shouldMergePatientsOnlyAsAdministratorAndNotWhileBothOpen()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString mrKeep = cb::test::uniqueName(QStringLiteral("MR-KEEP-"));
    const QString mrGone = cb::test::uniqueName(QStringLiteral("MR-GONE-"));
    const QJsonObject keep = addReferral(db, mrKeep);
    const QJsonObject gone = addReferral(db, mrGone);
    QVERIFY(!keep.isEmpty() && !gone.isEmpty());
    const QString keepId = QString::number(keep.value(QStringLiteral("patient_id")).toInteger());
    const QString goneId = QString::number(gone.value(QStringLiteral("patient_id")).toInteger());
    const QStringList merge{"patient", "merge", keepId, goneId, "--reason", "same person"};
    // WHEN the coordinator merges: not permitted, whatever the state
    const CliRun coordinator = as(db, QStringLiteral("coordinator"), merge);
    CB_EXPECT_EXIT(coordinator, 3);
    // WHEN the administrator merges while both have open cases: refused by state
    const CliRun bothOpen = as(db, QStringLiteral("admin"), merge);
    CB_EXPECT_EXIT(bothOpen, 4);
    CB_EXPECT_ONE_ERROR_LINE(bothOpen);
    // AND without a reason it is a usage error
    const CliRun noReason = as(db, QStringLiteral("admin"), {"patient", "merge", keepId, goneId});
    CB_EXPECT_EXIT(noReason, 2);
    // WHEN one case is closed and the administrator merges
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"),
                      {"case", "close", caseIdText(gone), "--reason", "withdrawn", "--detail", "duplicate"}),
                   0);
    const CliRun merged = as(db, QStringLiteral("admin"), merge);
    CB_EXPECT_EXIT(merged, 0);
    // THEN the old identifier finds the kept record
    const CliRun find =
        as(db, QStringLiteral("coordinator"),
           {"patient", "find", "--identifier", QStringLiteral("local:MR:") + mrGone, "--json"});
    CB_EXPECT_EXIT(find, 0);
    bool ok = false;
    const QJsonArray hits = find.json(&ok).array();
    QVERIFY2(ok && hits.size() == 1, qPrintable(find.describe()));
    QCOMPARE(QString::number(hits.first().toObject().value(QStringLiteral("id")).toInteger()), keepId);
    // AND the merge is audited
    QVERIFY(db->count(QStringLiteral("audit_event WHERE reason = 'same person'")) >= 1);
}

void TestIntakeCli::shouldMergeAsACoordinatorWithAnAdministratorsApproval_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("approver"); // --approver NAME; empty: not given
    QTest::addColumn<QString>("password"); // the second line of stdin: right | wrong | none
    QTest::addColumn<bool>("reason");
    QTest::addColumn<bool>("bothOpen");
    QTest::addColumn<int>("exit");
    for (const QString& b : cb::test::backendNames()) {
        const auto row = [&](const char* name) {
            return &QTest::newRow(qPrintable(b + QLatin1Char(':') + name));
        };
        *row("approved by the administrator") << b << "admin"
                                              << "right" << true << false << 0;
        *row("wrong approver password") << b << "admin"
                                        << "wrong" << true << false << 3;
        *row("no approver password") << b << "admin"
                                     << "none" << true << false << 3;
        *row("approver not an administrator") << b << "chair"
                                              << "right" << true << false << 3;
        *row("approver unknown") << b << "nobody"
                                 << "right" << true << false << 3;
        *row("no approver") << b << ""
                            << "right" << true << false << 3;
        *row("wrong approver password, no reason") << b << "admin"
                                                   << "wrong" << false << false << 3;
        *row("approved, no reason") << b << "admin"
                                    << "right" << false << false << 2;
        *row("approved, both open") << b << "admin"
                                    << "right" << true << true << 4;
    }
}

void TestIntakeCli::shouldMergeAsACoordinatorWithAnAdministratorsApproval()
{
    QFETCH(QString, backend);
    QFETCH(QString, approver);
    QFETCH(QString, password);
    QFETCH(bool, reason);
    QFETCH(bool, bothOpen);
    QFETCH(int, exit);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QString mrKeep = cb::test::uniqueName(QStringLiteral("MR-AKEEP-"));
    const QString mrGone = cb::test::uniqueName(QStringLiteral("MR-AGONE-"));
    const QJsonObject keep = addReferral(db, mrKeep);
    const QJsonObject gone = addReferral(db, mrGone);
    QVERIFY(!keep.isEmpty() && !gone.isEmpty());
    if (!bothOpen)
        CB_EXPECT_EXIT(
            as(db, QStringLiteral("coordinator"),
               {"case", "close", caseIdText(gone), "--reason", "withdrawn", "--detail", "duplicate"}),
            0);
    const QString keepId = QString::number(keep.value(QStringLiteral("patient_id")).toInteger());
    const QString goneId = QString::number(gone.value(QStringLiteral("patient_id")).toInteger());
    const QString why = cb::test::uniqueName(QStringLiteral("same person "));
    QStringList args{"patient", "merge", keepId, goneId};
    if (reason)
        args << "--reason" << why;
    if (!approver.isEmpty())
        args << "--approver" << approver;
    // The coordinator's password, then the approver's, one line each on standard input.
    QByteArray in = demoLine();
    if (password == QLatin1String("right"))
        in += demoLine();
    else if (password == QLatin1String("wrong"))
        in += passwordLine(QStringLiteral("not-the-admin-password"));

    // WHEN the coordinator merges the two records
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("coordinator"), args, in);

    // THEN the exit code is the expected one, a refusal on one line of standard error
    CB_EXPECT_EXIT(r, exit);
    const qint64 mergedRows =
        db->count(QStringLiteral("patient WHERE id = %1 AND merged_into = %2").arg(goneId, keepId));
    QCOMPARE(mergedRows, qint64(exit == 0 ? 1 : 0));
    // AND no password is on either stream or in the audit trail
    QVERIFY(!r.errText().contains(demoPassword()) && !r.outText().contains(demoPassword()));
    QVERIFY(!r.errText().contains(QLatin1String("not-the-admin-password")));
    QCOMPARE(db->count(QStringLiteral("audit_event WHERE after_json LIKE '%not-the-admin-password%' OR "
                                      "before_json LIKE '%not-the-admin-password%'")),
             qint64(0));
    if (exit != 0) {
        CB_EXPECT_ONE_ERROR_LINE(r);
        QCOMPARE(db->count(QStringLiteral("audit_event WHERE action = 'patient.merge' AND entity_id = '%1'")
                               .arg(keepId)),
                 qint64(0));
        return;
    }
    // AND the old identifier finds the kept record
    const CliRun find =
        as(db, QStringLiteral("coordinator"),
           {"patient", "find", "--identifier", QStringLiteral("local:MR:") + mrGone, "--json"});
    CB_EXPECT_EXIT(find, 0);
    bool ok = false;
    const QJsonArray hits = find.json(&ok).array();
    QVERIFY2(ok && hits.size() == 1, qPrintable(find.describe()));
    QCOMPARE(QString::number(hits.first().toObject().value(QStringLiteral("id")).toInteger()), keepId);
    // AND the merge's audit row is the coordinator's, with the reason and the approving administrator
    const QString row =
        QStringLiteral("audit_event WHERE action = 'patient.merge' AND entity_id = '%1'").arg(keepId);
    QCOMPARE(db->count(row), qint64(1));
    QCOMPARE(db->scalar(QStringLiteral("SELECT username FROM ") + row).toString(),
             QStringLiteral("coordinator"));
    QCOMPARE(db->scalar(QStringLiteral("SELECT reason FROM ") + row).toString(), why);
    const QJsonObject after =
        QJsonDocument::fromJson(
            db->scalar(QStringLiteral("SELECT after_json FROM ") + row).toString().toUtf8())
            .object();
    QCOMPARE(
        after.value(QStringLiteral("approved_by")).toObject().value(QStringLiteral("username")).toString(),
        QStringLiteral("admin"));
}

void TestIntakeCli::shouldStartWorkUpOnce()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-WU-")));
    QVERIFY(!c.isEmpty());
    const QStringList start{"case", "start-work-up", caseIdText(c)};
    // WHEN a viewer-like member (cardiology) tries: not permitted
    CB_EXPECT_EXIT(as(db, QStringLiteral("cardiology"), start), 3);
    // WHEN the coordinator starts the work-up
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"), start), 0);
    QCOMPARE(db->scalar(QStringLiteral("SELECT state FROM clinical_case WHERE id = %1").arg(caseIdText(c)))
                 .toString(),
             QStringLiteral("work_up"));
    // THEN a second time is refused by the state
    const CliRun twice = as(db, QStringLiteral("coordinator"), start);
    CB_EXPECT_EXIT(twice, 4);
    CB_EXPECT_ONE_ERROR_LINE(twice);
}

void TestIntakeCli::shouldReopenAClosedCaseWithAReason()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-RO-")));
    QVERIFY(!c.isEmpty());
    const QString id = caseIdText(c);
    // WHEN an open case is reopened: refused by state
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"), {"case", "reopen", id, "--reason", "more data"}), 4);
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"),
                      {"case", "close", id, "--reason", "withdrawn", "--detail", "moved"}),
                   0);
    // WHEN it is reopened without a reason: usage error
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"), {"case", "reopen", id}), 2);
    // WHEN the coordinator reopens it with a reason
    const CliRun r = as(db, QStringLiteral("coordinator"), {"case", "reopen", id, "--reason", "more data"});
    // THEN it is open again and the reason is audited
    CB_EXPECT_EXIT(r, 0);
    QVERIFY(db->scalar(QStringLiteral("SELECT state FROM clinical_case WHERE id = %1").arg(id)).toString() !=
            QLatin1String("closed"));
    QCOMPARE(
        db->count(QStringLiteral("audit_event WHERE action = 'case.move' AND entity_id = '%1' AND after_json "
                                 "LIKE '%more data%' AND reason = 'more data'")
                      .arg(id)),
        qint64(1));
}

void TestIntakeCli::shouldSetTheHistory()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-HIST-")));
    QVERIFY(!c.isEmpty());
    const QString id = caseIdText(c);
    const QJsonObject history{
        {QStringLiteral("diagnosis"), QStringLiteral("IgG kappa myeloma")},
        {QStringLiteral("diagnosis_date"), QStringLiteral("2019-03")},
        {QStringLiteral("extramedullary"), QJsonObject{{QStringLiteral("status"), QStringLiteral("yes")},
                                                       {QStringLiteral("sites"), QStringLiteral("rib")}}}};
    // WHEN the history is set
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"history", "set", id, "--file", writeFile(history)}), 0);
    // THEN it is shown with its partial date
    const CliRun show = as(db, QStringLiteral("coordinator"), {"history", "show", id, "--json"});
    CB_EXPECT_EXIT(show, 0);
    bool ok = false;
    const QJsonObject h = show.json(&ok).object();
    QVERIFY2(ok, qPrintable(show.describe()));
    QCOMPARE(h.value(QStringLiteral("diagnosis")).toString(), QStringLiteral("IgG kappa myeloma"));
    QCOMPARE(
        h.value(QStringLiteral("diagnosis_date")).toObject().value(QStringLiteral("precision")).toString(),
        QStringLiteral("month"));
    // WHEN a later file leaves the diagnosis out: it is kept
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"),
           {"history", "set", id, "--file", writeFile({{QStringLiteral("cns"), QStringLiteral("none")}})}),
        0);
    const CliRun again = as(db, QStringLiteral("coordinator"), {"history", "show", id, "--json"});
    QCOMPARE(again.json(&ok).object().value(QStringLiteral("diagnosis")).toString(),
             QStringLiteral("IgG kappa myeloma"));
    // AND an unknown key or a future diagnosis date is bad input
    const CliRun unknown = as(db, QStringLiteral("coordinator"),
                              {"history", "set", id, "--file", writeFile({{QStringLiteral("colour"), 1}})});
    CB_EXPECT_EXIT(unknown, 2);
    QVERIFY2(unknown.errText().contains(QStringLiteral("colour")), qPrintable(unknown.describe()));
    const CliRun future = as(db, QStringLiteral("coordinator"),
                             {"history", "set", id, "--file",
                              writeFile({{QStringLiteral("diagnosis_date"), QStringLiteral("2099-01")}})});
    CB_EXPECT_EXIT(future, 2);
}

void TestIntakeCli::shouldAddCorrectAndVoidLines()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-LINE-")));
    QVERIFY(!c.isEmpty());
    const QString id = caseIdText(c);
    const QJsonObject vrd{{QStringLiteral("line_number"), 1},
                          {QStringLiteral("regimen"), QStringLiteral("VRd")},
                          {QStringLiteral("start"), QStringLiteral("2019-04")},
                          {QStringLiteral("stop"), QStringLiteral("2020-01")},
                          {QStringLiteral("best_response"), QStringLiteral("vgpr")}, // any case
                          {QStringLiteral("response_scheme"), QStringLiteral("imwg")}};
    // WHEN a VRd line without drugs is added
    const CliRun added =
        as(db, QStringLiteral("coordinator"), {"line", "add", id, "--file", writeFile(vrd), "--json"});
    CB_EXPECT_EXIT(added, 0);
    bool ok = false;
    const QString lineId = caseIdText(added.json(&ok).object());
    QVERIFY2(ok && lineId != QLatin1String("0"), qPrintable(added.describe()));
    // THEN the line lists bortezomib, lenalidomide and dexamethasone, each with its class
    const CliRun list = as(db, QStringLiteral("coordinator"), {"line", "list", id, "--json"});
    CB_EXPECT_EXIT(list, 0);
    const QJsonArray lines = list.json(&ok).array();
    QVERIFY2(ok && lines.size() == 1, qPrintable(list.describe()));
    const QJsonArray drugs = lines.first().toObject().value(QStringLiteral("drugs")).toArray();
    QCOMPARE(drugs.size(), 3);
    QCOMPARE(lines.first().toObject().value(QStringLiteral("best_response")).toString(),
             QStringLiteral("VGPR"));
    QStringList names;
    for (const QJsonValue& d : drugs) {
        names << d.toObject().value(QStringLiteral("name")).toString().toLower();
        QVERIFY(!d.toObject().value(QStringLiteral("class")).toString().isEmpty());
    }
    names.sort();
    QCOMPARE(names, (QStringList{"bortezomib", "dexamethasone", "lenalidomide"}));
    // WHEN a drug the vocabulary does not know comes without a class: bad input
    QJsonObject unknownDrug = vrd;
    unknownDrug.insert(QStringLiteral("regimen"), QStringLiteral("Trial"));
    unknownDrug.insert(QStringLiteral("drugs"),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("zz-9000")}}});
    const CliRun bad =
        as(db, QStringLiteral("coordinator"), {"line", "add", id, "--file", writeFile(unknownDrug)});
    CB_EXPECT_EXIT(bad, 2);
    QVERIFY2(bad.errText().contains(QStringLiteral("zz-9000")), qPrintable(bad.describe()));
    // WHEN the line is corrected: without a reason a usage error, with one a new entry
    QJsonObject fixedLine = vrd;
    fixedLine.insert(QStringLiteral("best_response"), QStringLiteral("CR"));
    const QString fixedFile = writeFile(fixedLine);
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"line", "correct", id, "--id", lineId, "--file", fixedFile}),
        2);
    const CliRun corrected =
        as(db, QStringLiteral("coordinator"),
           {"line", "correct", id, "--id", lineId, "--file", fixedFile, "--reason", "letter", "--json"});
    CB_EXPECT_EXIT(corrected, 0);
    const QString newId = caseIdText(corrected.json(&ok).object());
    QVERIFY(newId != lineId);
    // AND correcting the replaced line again is a conflict
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"),
                      {"line", "correct", id, "--id", lineId, "--file", fixedFile, "--reason", "again"}),
                   4);
    // WHEN the current line is voided, then voided again
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"),
                      {"line", "void", id, "--id", newId, "--reason", "wrong patient"}),
                   0);
    const CliRun twice = as(db, QStringLiteral("coordinator"),
                            {"line", "void", id, "--id", newId, "--reason", "wrong patient"});
    CB_EXPECT_EXIT(twice, 4);
    // AND an unknown line id is bad input
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"line", "void", id, "--id", "987654", "--reason", "x"}), 2);
    // THEN both entries are still listed: one superseded, one voided
    const CliRun after = as(db, QStringLiteral("coordinator"), {"line", "list", id, "--json"});
    const QJsonArray all = after.json(&ok).array();
    QCOMPARE(all.size(), 2);
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        if (caseIdText(o) == lineId)
            QCOMPARE(QString::number(o.value(QStringLiteral("superseded_by")).toInteger()), newId);
        else
            QVERIFY(o.value(QStringLiteral("voided")).toBool());
    }
}

void TestIntakeCli::shouldAddAndVoidTransplants()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-TX-")));
    QVERIFY(!c.isEmpty());
    const QString id = caseIdText(c);
    const QJsonObject auto_{{QStringLiteral("kind"), QStringLiteral("autologous")},
                            {QStringLiteral("date"), QStringLiteral("2020-03-10")},
                            {QStringLiteral("conditioning"), QStringLiteral("MEL200")}};
    const CliRun added = as(db, QStringLiteral("coordinator"),
                            {"transplant", "add", id, "--file", writeFile(auto_), "--json"});
    CB_EXPECT_EXIT(added, 0);
    bool ok = false;
    const QString txId = caseIdText(added.json(&ok).object());
    QVERIFY2(ok && txId != QLatin1String("0"), qPrintable(added.describe()));
    // an unknown kind and a future date are bad input
    QJsonObject badKind = auto_;
    badKind.insert(QStringLiteral("kind"), QStringLiteral("xeno"));
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"transplant", "add", id, "--file", writeFile(badKind)}), 2);
    QJsonObject future = auto_;
    future.insert(QStringLiteral("date"), QStringLiteral("2099-01-01"));
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"transplant", "add", id, "--file", writeFile(future)}), 2);
    // void once, then again
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"transplant", "void", id, "--id", txId, "--reason", "error"}),
        0);
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"transplant", "void", id, "--id", txId, "--reason", "error"}),
        4);
    const CliRun list = as(db, QStringLiteral("coordinator"), {"transplant", "list", id, "--json"});
    CB_EXPECT_EXIT(list, 0);
    const QJsonArray all = list.json(&ok).array();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().toObject().value(QStringLiteral("voided")).toBool());
}

void TestIntakeCli::shouldCheckObservations_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("date");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("named"); // a text the error line names
    for (const QString& b : cb::test::backendNames()) {
        QTest::addRow("%s/LVEF 55 %%", qPrintable(b)) << b << "lvef"
                                                      << "55"
                                                      << "%"
                                                      << "2026-01-10" << 0 << QString();
        QTest::addRow("%s/LVEF 120 %% out of range", qPrintable(b)) << b << "lvef"
                                                                    << "120"
                                                                    << "%"
                                                                    << "2026-01-10" << 2 << "5–85";
        QTest::addRow("%s/LVEF in mg", qPrintable(b)) << b << "lvef"
                                                      << "55"
                                                      << "mg"
                                                      << "2026-01-10" << 2 << "mg";
        QTest::addRow("%s/LVEF in the future", qPrintable(b)) << b << "lvef"
                                                              << "55"
                                                              << "%"
                                                              << "2099-01-10" << 2 << "date";
        QTest::addRow("%s/unknown code", qPrintable(b)) << b << "blood_type"
                                                        << "1"
                                                        << ""
                                                        << "2026-01-10" << 2 << "blood_type";
        QTest::addRow("%s/date not a date", qPrintable(b)) << b << "ecog"
                                                           << "1"
                                                           << ""
                                                           << "yesterday" << 2 << "date";
        QTest::addRow("%s/ECOG 1", qPrintable(b)) << b << "ecog"
                                                  << "1"
                                                  << ""
                                                  << "2026-01-10T09:30:00Z" << 0 << QString();
    }
}

void TestIntakeCli::shouldCheckObservations()
{
    QFETCH(QString, backend);
    QFETCH(QString, code);
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(QString, date);
    QFETCH(int, exitCode);
    QFETCH(QString, named);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-OBS-")));
    QVERIFY(!c.isEmpty());
    const CliRun r = as(db, QStringLiteral("coordinator"),
                        {"obs", "add", caseIdText(c), "--code", code, "--value", value, "--unit", unit,
                         "--date", date, "--json"});
    CB_EXPECT_EXIT(r, exitCode);
    const qint64 stored = db->count(QStringLiteral("observation WHERE patient_id = %1")
                                        .arg(c.value(QStringLiteral("patient_id")).toInteger()));
    if (exitCode != 0) {
        CB_EXPECT_ONE_ERROR_LINE(r);
        QVERIFY2(r.errText().contains(named, Qt::CaseInsensitive), qPrintable(r.describe()));
        QCOMPARE(stored, qint64(0));
        return;
    }
    bool ok = false;
    const QJsonObject o = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    QCOMPARE(o.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(o.value(QStringLiteral("value")).toDouble(), value.toDouble());
    QCOMPARE(stored, qint64(1));
}

void TestIntakeCli::shouldConvertBilirubinAndKeepTheEnteredValue()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-BILI-")));
    QVERIFY(!c.isEmpty());
    // WHEN bilirubin is entered as 1.2 mg/dL
    const CliRun r = as(db, QStringLiteral("coordinator"),
                        {"obs", "add", caseIdText(c), "--code", "bilirubin", "--value", "1.2", "--unit",
                         "mg/dL", "--date", "2026-01-10", "--json"});
    // THEN it is stored as about 20.52 µmol/L, with the entered value and unit kept
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    const QJsonObject o = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    QVERIFY2(qAbs(o.value(QStringLiteral("value")).toDouble() - 20.52) < 0.01, qPrintable(r.describe()));
    QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("µmol/L"));
    QCOMPARE(o.value(QStringLiteral("entered_value")).toDouble(), 1.2);
    QCOMPARE(o.value(QStringLiteral("entered_unit")).toString(), QStringLiteral("mg/dL"));
}

void TestIntakeCli::shouldListCorrectAndVoidObservations()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-OBSL-")));
    QVERIFY(!c.isEmpty());
    const QString id = caseIdText(c);
    bool ok = false;
    const CliRun first = as(db, QStringLiteral("coordinator"),
                            {"obs", "add", id, "--code", "lvef", "--value", "45", "--unit", "%", "--date",
                             "2026-01-10", "--json"});
    CB_EXPECT_EXIT(first, 0);
    const QString firstId = caseIdText(first.json(&ok).object());
    // WHEN it is corrected without a reason: usage error
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"),
           {"obs", "correct", id, "--id", firstId, "--value", "50", "--unit", "%", "--date", "2026-01-10"}),
        2);
    // WHEN it is corrected with a reason
    const CliRun corrected = as(db, QStringLiteral("coordinator"),
                                {"obs", "correct", id, "--id", firstId, "--value", "50", "--unit", "%",
                                 "--date", "2026-01-10", "--reason", "misread", "--json"});
    CB_EXPECT_EXIT(corrected, 0);
    const QString secondId = caseIdText(corrected.json(&ok).object());
    QVERIFY(secondId != firstId);
    // THEN correcting the original again (no longer current) is a conflict
    const CliRun stale = as(db, QStringLiteral("coordinator"),
                            {"obs", "correct", id, "--id", firstId, "--value", "52", "--unit", "%", "--date",
                             "2026-01-10", "--reason", "stale"});
    CB_EXPECT_EXIT(stale, 4);
    CB_EXPECT_ONE_ERROR_LINE(stale);
    // AND an observation of nobody's is bad input
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"),
                      {"obs", "correct", id, "--id", "987654", "--value", "52", "--unit", "%", "--date",
                       "2026-01-10", "--reason", "x"}),
                   2);
    // WHEN a second value is added and voided, twice
    const CliRun spo2 = as(db, QStringLiteral("coordinator"),
                           {"obs", "add", id, "--code", "spo2", "--value", "97", "--unit", "%", "--date",
                            "2026-01-11", "--json"});
    CB_EXPECT_EXIT(spo2, 0);
    const QString spo2Id = caseIdText(spo2.json(&ok).object());
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"obs", "void", id, "--id", spo2Id, "--reason", "wrong"}), 0);
    CB_EXPECT_EXIT(
        as(db, QStringLiteral("coordinator"), {"obs", "void", id, "--id", spo2Id, "--reason", "wrong"}), 4);
    // THEN the list holds all three with their voided and superseded_by fields
    const CliRun list = as(db, QStringLiteral("hematology"), {"obs", "list", id, "--json"});
    CB_EXPECT_EXIT(list, 0);
    const QJsonArray all = list.json(&ok).array();
    QVERIFY2(ok && all.size() == 3, qPrintable(list.describe()));
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("voided")));
        QVERIFY(o.contains(QStringLiteral("superseded_by")));
        const QString oid = caseIdText(o);
        if (oid == firstId) {
            QCOMPARE(QString::number(o.value(QStringLiteral("superseded_by")).toInteger()), secondId);
            QVERIFY(!o.value(QStringLiteral("voided")).toBool());
        } else if (oid == secondId) {
            QVERIFY(o.value(QStringLiteral("superseded_by")).isNull());
            QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 50.0);
        } else {
            QCOMPARE(oid, spo2Id);
            QVERIFY(o.value(QStringLiteral("voided")).toBool());
        }
    }
}

void TestIntakeCli::shouldShowDerivedFactsOnTheCase()
{
    QFETCH(QString, backend);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const QJsonObject c = addReferral(db, cb::test::uniqueName(QStringLiteral("MR-DF-")));
    QVERIFY(!c.isEmpty());
    const QString id = caseIdText(c);
    const QJsonObject line{{QStringLiteral("line_number"), 1},
                           {QStringLiteral("regimen"), QStringLiteral("VRd")},
                           {QStringLiteral("start"), QStringLiteral("2019-04")},
                           {QStringLiteral("stop"), QStringLiteral("2020-01")}};
    CB_EXPECT_EXIT(as(db, QStringLiteral("coordinator"), {"line", "add", id, "--file", writeFile(line)}), 0);
    const CliRun r = as(db, QStringLiteral("hematology"), {"case", "show", id, "--json"});
    CB_EXPECT_EXIT(r, 0);
    bool ok = false;
    const QJsonObject o = r.json(&ok).object();
    QVERIFY2(ok, qPrintable(r.describe()));
    for (const char* key : {"prior_lines", "triple_class_exposed", "triple_class_refractory", "penta_exposed",
                            "penta_refractory", "lenalidomide_refractory", "prior_bcma", "prior_cd19",
                            "prior_car_t", "days_since_allo"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("prior_lines")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("triple_class_exposed")).toBool(), false); // no anti-CD38 yet
    QVERIFY(o.value(QStringLiteral("days_since_allo")).isNull());
    QCOMPARE(o.value(QStringLiteral("patient_id")), c.value(QStringLiteral("patient_id")));
}

void TestIntakeCli::shouldRefuseAWrongPassword_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    for (const QString& b : cb::test::backendNames()) {
        QTest::addRow("%s/patient find", qPrintable(b)) << b << QStringList{"patient", "find", "--name", "x"};
        QTest::addRow("%s/case add", qPrintable(b)) << b << QStringList{"case", "add", "--file", "none.json"};
        QTest::addRow("%s/obs list", qPrintable(b)) << b << QStringList{"obs", "list", "1"};
        QTest::addRow("%s/history set", qPrintable(b))
            << b << QStringList{"history", "set", "1", "--file", "x"};
    }
}

void TestIntakeCli::shouldRefuseAWrongPassword()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    CB_BACKEND_DATABASE(db, m_dbs, backend, prepareDemo);
    const CliRun r = CliRunner::run(db->url(), QStringLiteral("coordinator"), args, passwordLine("not it"));
    CB_EXPECT_EXIT(r, 3);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestIntakeCli)
#include "TestIntakeCli.moc"

// The structured review and the board's verdict through ReviewService and DecisionService, on
// SQLite and PostgreSQL: readiness, signatures, amendments, quorum, the verdict's rules, two
// workstations on one draft, and signed rows that neither the services nor SQL can change.

#include "ReviewWorld.h"
#include "core/CaseRecord.h"
#include "services/AuditService.h"
#include "services/CaseService.h"
#include "services/DecisionService.h"
#include "services/ReviewService.h"
#include "services/SettingsService.h"
#include "services/Workspace.h"
#include "support/TestDatabase.h"

#include <QTest>

using cb::ErrorCode;
using cb::core::CaseState;
using cb::core::Discipline;
using cb::core::Recommendation;
using cb::core::Verdict;
using cb::services::DecisionInput;
using cb::services::OpinionInput;
using cb::services::ReviewState;
using cb::test::ReviewWorld;

// A fresh database for the row's backend (the PostgreSQL rows skip without a server) and the
// review's cast on it.
#define GIVEN_A_REVIEW_WORLD(world)                                                                          \
    QFETCH(QString, backend);                                                                                \
    CB_TEST_DATABASE(db, backend);                                                                           \
    ReviewWorld world(db.url());                                                                             \
    QVERIFY(world.ok())

namespace {

const QList<Discipline>& coreSix()
{
    static const QList<Discipline> six{Discipline::Hematology,  Discipline::Cardiology, Discipline::Neurology,
                                       Discipline::Pulmonology, Discipline::Icu,        Discipline::Nursing};
    return six;
}

CaseState stateOf(ReviewWorld& w, qint64 caseId)
{
    auto rec = w.ws().cases().openCase(w.coordinator(), caseId);
    return rec.ok() ? rec->state : CaseState::Closed;
}

// An LVEF answer (cardiology): 45 % is a concern, 35 % a contraindication.
QJsonObject lvef(int percent)
{
    return {{QStringLiteral("CAR-01"), percent}};
}

OpinionInput input(const QJsonObject& answers, Recommendation r = Recommendation::Supports,
                   const QString& comment = {})
{
    OpinionInput in;
    in.answers = answers;
    in.recommendation = r;
    in.comment = comment;
    return in;
}

bool signatureHolds(const cb::core::Opinion& o)
{
    return o.signature &&
           cb::core::signatureHash(o.signedContent(), *o.signature) == o.signature->contentSha256;
}

} // namespace

class TestReviewService : public QObject
{
    Q_OBJECT

private slots:
    void shouldMakeTheCaseReadyForBoardOnceAllSixOpinionsAreSigned_data() { cb::test::addBackendRows(); }
    void shouldMakeTheCaseReadyForBoardOnceAllSixOpinionsAreSigned();
    void shouldSignOnlyWithTheSignersPassword_data() { cb::test::addBackendRows(); }
    void shouldSignOnlyWithTheSignersPassword();
    void shouldRefuseToChangeASignedOpinion_data() { cb::test::addBackendRows(); }
    void shouldRefuseToChangeASignedOpinion();
    void shouldAmendIntoANewVersionThatSupersedesTheSignedOne_data() { cb::test::addBackendRows(); }
    void shouldAmendIntoANewVersionThatSupersedesTheSignedOne();
    void shouldRefuseVerdictWithoutQuorumNamingTheMissingDisciplines_data();
    void shouldRefuseVerdictWithoutQuorumNamingTheMissingDisciplines();
    void shouldRequireRationaleWhenSignedOpinionsHoldConcerns_data();
    void shouldRequireRationaleWhenSignedOpinionsHoldConcerns();
    void shouldBlockEligibleVerdictOverContraindicationWithoutOverride_data();
    void shouldBlockEligibleVerdictOverContraindicationWithoutOverride();
    void shouldRequireReasonAndReassessDateForDeferral_data();
    void shouldRequireReasonAndReassessDateForDeferral();
    void shouldDecideTheCaseWhenTheChairSignsTheVerdict_data() { cb::test::addBackendRows(); }
    void shouldDecideTheCaseWhenTheChairSignsTheVerdict();
    void shouldKeepDissentVerbatimAndImmutable_data() { cb::test::addBackendRows(); }
    void shouldKeepDissentVerbatimAndImmutable();
    void shouldRefuseStaleDraftFromSecondWorkstation_data() { cb::test::addBackendRows(); }
    void shouldRefuseStaleDraftFromSecondWorkstation();
    void shouldReportTamperedSignedOpinionInAuditVerify_data() { cb::test::addBackendRows(); }
    void shouldReportTamperedSignedOpinionInAuditVerify();
    void shouldRejectChangesToSignedRowsInTheDatabase_data();
    void shouldRejectChangesToSignedRowsInTheDatabase();
    void shouldAskOnlyTheItemsOfTheCasesIndication_data() { cb::test::addBackendRows(); }
    void shouldAskOnlyTheItemsOfTheCasesIndication();
    void shouldCheckTheLabelOfTheProgramsJurisdiction_data() { cb::test::addBackendRows(); }
    void shouldCheckTheLabelOfTheProgramsJurisdiction();
};

void TestReviewService::shouldMakeTheCaseReadyForBoardOnceAllSixOpinionsAreSigned()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    QCOMPARE(stateOf(w, id), CaseState::WorkUp);

    // WHEN the first specialist records a draft THEN the review starts
    QVERIFY(w.recordOpinion(id, Discipline::Hematology));
    QCOMPARE(stateOf(w, id), CaseState::InReview);

    // WHEN five of the six sign THEN the case stays in review, missing the sixth
    for (const Discipline d : coreSix().mid(0, 5)) {
        if (d != Discipline::Hematology)
            QVERIFY(w.recordOpinion(id, d));
        QVERIFY(w.signOpinion(id, d));
    }
    QVERIFY(w.recordOpinion(id, Discipline::Nursing));
    auto ov = w.ws().reviews().overview(w.coordinator(), id);
    QVERIFY(ov.ok());
    QVERIFY(!ov->quorumMet);
    QCOMPARE(ov->missingSignatures, QList<Discipline>{Discipline::Nursing});
    QCOMPARE(ov->find(Discipline::Nursing)->state, ReviewState::Draft);
    QCOMPARE(stateOf(w, id), CaseState::InReview);

    // WHEN the sixth signs THEN the case is ready for the board
    QVERIFY(w.signOpinion(id, Discipline::Nursing));
    ov = w.ws().reviews().overview(w.coordinator(), id);
    QVERIFY(ov->quorumMet);
    QVERIFY(ov->missingSignatures.isEmpty());
    for (const Discipline d : coreSix())
        QCOMPARE(ov->find(d)->state, ReviewState::Signed);
    QCOMPARE(stateOf(w, id), CaseState::ReadyForBoard);
}

void TestReviewService::shouldSignOnlyWithTheSignersPassword()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    QVERIFY(w.recordOpinion(id, Discipline::Cardiology));
    const auto cardiologist = w.specialist(Discipline::Cardiology);
    const qint64 refusedBefore = db.count(QStringLiteral("audit_event WHERE action = 'signature.refused'"));

    // WHEN the cardiologist signs with a wrong password
    auto wrong =
        w.ws().reviews().signOpinion(cardiologist, id, Discipline::Cardiology, QStringLiteral("not-it"));

    // THEN the opinion stays a draft and the refusal is audited
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code, ErrorCode::NotAuthenticated);
    QCOMPARE(db.count(QStringLiteral("audit_event WHERE action = 'signature.refused'")), refusedBefore + 1);
    QCOMPARE(db.count(QStringLiteral("signature")), qint64(0));
    QCOMPARE(w.ws().reviews().overview(cardiologist, id)->find(Discipline::Cardiology)->state,
             ReviewState::Draft);

    // WHEN the signer's own password is given THEN the opinion is signed over its content
    auto right =
        w.ws().reviews().signOpinion(cardiologist, id, Discipline::Cardiology, ReviewWorld::password());
    QVERIFY2(right.ok(), qPrintable(right.error().message));
    QVERIFY(right->isSigned);
    QVERIFY(signatureHolds(*right));
    QCOMPARE(right->signature->signerId, cardiologist.id);
    QCOMPARE(right->signature->meaning,
             cb::services::ReviewService::signatureMeaning(Discipline::Cardiology, Recommendation::Supports));
}

void TestReviewService::shouldRefuseToChangeASignedOpinion()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    QVERIFY(w.recordOpinion(id, Discipline::Cardiology, lvef(58)));
    QVERIFY(w.signOpinion(id, Discipline::Cardiology));
    const auto cardiologist = w.specialist(Discipline::Cardiology);

    // WHEN the signed opinion is recorded again (with other answers)
    auto again = w.ws().reviews().recordOpinion(cardiologist, id, Discipline::Cardiology, input(lvef(35)));

    // THEN it is refused and the signed answers stand
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::InvalidState);
    const auto ov = w.ws().reviews().overview(cardiologist, id);
    const auto& current = *ov->find(Discipline::Cardiology)->current;
    QCOMPARE(current.version, 1);
    QVERIFY(current.isSigned);
    QCOMPARE(current.answers.value(QStringLiteral("CAR-01")).toInt(), 58);
    QVERIFY(signatureHolds(current));
}

void TestReviewService::shouldAmendIntoANewVersionThatSupersedesTheSignedOne()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.readyCase();
    QVERIFY(id);
    const auto cardiologist = w.specialist(Discipline::Cardiology);
    auto& reviews = w.ws().reviews();
    const auto v1 = *reviews.overview(cardiologist, id)->find(Discipline::Cardiology)->current;

    // WHEN an amendment has no reason THEN it is refused
    auto noReason =
        reviews.amendOpinion(cardiologist, id, Discipline::Cardiology, QStringLiteral("  "), input(lvef(45)));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code, ErrorCode::BadInput);

    // WHEN it has one THEN version 2 is a draft superseding version 1, and the case is back in review
    auto v2 = reviews.amendOpinion(cardiologist, id, Discipline::Cardiology,
                                   QStringLiteral("Repeat echo: LVEF 45%"),
                                   input(lvef(45), Recommendation::SupportsWithConditions));
    QVERIFY2(v2.ok(), qPrintable(v2.error().message));
    QCOMPARE(v2->version, 2);
    QCOMPARE(v2->supersedesId, v1.id);
    QCOMPARE(v2->amendReason, QStringLiteral("Repeat echo: LVEF 45%"));
    QVERIFY(!v2->isSigned);
    QCOMPARE(stateOf(w, id), CaseState::InReview);

    // THEN version 1 stays readable, signed, and its signature verifies
    auto ov = reviews.overview(cardiologist, id);
    const auto* card = ov->find(Discipline::Cardiology);
    QCOMPARE(card->history.size(), 2);
    QCOMPARE(card->history.first().id, v1.id);
    QVERIFY(card->history.first().isSigned);
    QVERIFY(signatureHolds(card->history.first()));
    QCOMPARE(card->lastSigned->id, v1.id);
    QVERIFY(ov->missingSignatures.contains(Discipline::Cardiology));
    auto verify = w.ws().audit().verify();
    QVERIFY(verify.ok());
    QVERIFY2(verify->ok(), qPrintable(verify->problem + verify->signatureProblem));

    // WHEN version 2 (with its conditions) is signed THEN the discipline is amended and counts again
    auto conditions = reviews.recordOpinion(cardiologist, id, Discipline::Cardiology, [] {
        auto in = input(lvef(45), Recommendation::SupportsWithConditions);
        in.conditions = QStringLiteral("Repeat TTE before LD.");
        return in;
    }());
    QVERIFY2(conditions.ok(), qPrintable(conditions.error().message));
    QVERIFY(w.signOpinion(id, Discipline::Cardiology));
    ov = reviews.overview(cardiologist, id);
    QCOMPARE(ov->find(Discipline::Cardiology)->state, ReviewState::Amended);
    QCOMPARE(ov->find(Discipline::Cardiology)->lastSigned->version, 2);
    QVERIFY(ov->quorumMet);
    QCOMPARE(stateOf(w, id), CaseState::ReadyForBoard);
    verify = w.ws().audit().verify();
    QVERIFY2(verify->ok(), qPrintable(verify->problem + verify->signatureProblem));
    QCOMPARE(verify->signatures, qint64(7));
}

void TestReviewService::shouldRefuseVerdictWithoutQuorumNamingTheMissingDisciplines_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<bool>("drafted");
    for (const QString& b : cb::test::backendNames()) {
        QTest::addRow("%s: cardiology not started", qPrintable(b))
            << b << QStringList{QStringLiteral("cardiology")} << false;
        QTest::addRow("%s: neurology and icu drafted, unsigned", qPrintable(b))
            << b << QStringList{QStringLiteral("neurology"), QStringLiteral("icu")} << true;
        QTest::addRow("%s: nothing signed", qPrintable(b))
            << b << cb::core::allIds(cb::core::disciplines()).mid(0, 6) << false;
    }
}

void TestReviewService::shouldRefuseVerdictWithoutQuorumNamingTheMissingDisciplines()
{
    QFETCH(QStringList, missing);
    QFETCH(bool, drafted);
    GIVEN_A_REVIEW_WORLD(w);
    // GIVEN a case where the listed disciplines have not signed
    const qint64 id = w.newCase();
    for (const Discipline d : coreSix()) {
        const bool absent = missing.contains(cb::core::toId(d));
        if (!absent || drafted)
            QVERIFY(w.recordOpinion(id, d));
        if (!absent)
            QVERIFY(w.signOpinion(id, d));
    }

    // WHEN the chair records a verdict
    auto d = w.ws().decisions().recordDecision(w.chair(), id, ReviewWorld::eligible());

    // THEN it is refused (not allowed in this state), naming exactly the missing disciplines
    QVERIFY(!d.ok());
    QCOMPARE(d.error().code, ErrorCode::InvalidState);
    for (const Discipline disc : coreSix())
        QCOMPARE(d.error().message.contains(cb::core::label(disc)), missing.contains(cb::core::toId(disc)));
    QCOMPARE(db.count(QStringLiteral("decision")), qint64(0));
}

void TestReviewService::shouldRequireRationaleWhenSignedOpinionsHoldConcerns_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("lvefPercent");
    QTest::addColumn<QString>("rationale");
    QTest::addColumn<int>("expected"); // -1: recorded; else the ErrorCode
    for (const QString& b : cb::test::backendNames()) {
        QTest::addRow("%s: LVEF 45%% concern, no rationale", qPrintable(b))
            << b << 45 << QString() << int(ErrorCode::BadInput);
        QTest::addRow("%s: LVEF 45%% concern, blank rationale", qPrintable(b))
            << b << 45 << QStringLiteral("   ") << int(ErrorCode::BadInput);
        QTest::addRow("%s: LVEF 45%% concern, rationale given", qPrintable(b))
            << b << 45 << QStringLiteral("LVEF 45%: cardio-oncology follow-up.") << -1;
    }
}

void TestReviewService::shouldRequireRationaleWhenSignedOpinionsHoldConcerns()
{
    QFETCH(int, lvefPercent);
    QFETCH(QString, rationale);
    QFETCH(int, expected);
    GIVEN_A_REVIEW_WORLD(w);
    // GIVEN signed opinions whose cardiology checklist holds a concern
    const qint64 id = w.newCase();
    QVERIFY(w.signAllRequired(id, {{Discipline::Cardiology, lvef(lvefPercent)}}));
    auto ov = w.ws().reviews().overview(w.chair(), id);
    QVERIFY(ov->concerns >= 1);
    QCOMPARE(ov->standingContraindications, 0);

    // WHEN the chair records an eligible verdict with or without a rationale
    DecisionInput in = ReviewWorld::eligible();
    in.rationale = rationale;
    auto d = w.ws().decisions().recordDecision(w.chair(), id, in);

    // THEN the rationale is required
    if (expected < 0) {
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->rationale, rationale);
    } else {
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().code), expected);
        QVERIFY(d.error().message.contains(QStringLiteral("rationale")));
    }
}

void TestReviewService::shouldBlockEligibleVerdictOverContraindicationWithoutOverride_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("approver");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("expected"); // -1: recorded; else the ErrorCode
    const int eligible = int(Verdict::Eligible);
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray name = b.toUtf8(); // qPrintable would dangle past this line
        const char* n = name.constData();
        QTest::addRow("%s: eligible, no override", n)
            << b << eligible << QString() << QString() << int(ErrorCode::InvalidState);
        QTest::addRow("%s: eligible, approver without reason", n)
            << b << eligible << QStringLiteral("Prof. Li (clinical director)") << QString()
            << int(ErrorCode::InvalidState);
        QTest::addRow("%s: eligible, reason without approver", n)
            << b << eligible << QString() << QStringLiteral("Benefit outweighs the cardiac risk.")
            << int(ErrorCode::InvalidState);
        QTest::addRow("%s: eligible with conditions, no override", n)
            << b << int(Verdict::EligibleWithConditions) << QString() << QString()
            << int(ErrorCode::InvalidState);
        QTest::addRow("%s: eligible, override by a named approver with a reason", n)
            << b << eligible << QStringLiteral("Prof. Li (clinical director)")
            << QStringLiteral("Benefit outweighs the cardiac risk.") << -1;
        QTest::addRow("%s: not eligible needs no override", n)
            << b << int(Verdict::NotEligible) << QString() << QString() << -1;
    }
}

void TestReviewService::shouldBlockEligibleVerdictOverContraindicationWithoutOverride()
{
    QFETCH(int, verdict);
    QFETCH(QString, approver);
    QFETCH(QString, reason);
    QFETCH(int, expected);
    GIVEN_A_REVIEW_WORLD(w);
    // GIVEN a signed cardiology opinion with a contraindication (LVEF 35 %)
    const qint64 id = w.newCase();
    QVERIFY(w.signAllRequired(id, {{Discipline::Cardiology, lvef(35)}}));
    QVERIFY(w.ws().reviews().overview(w.chair(), id)->standingContraindications >= 1);

    // WHEN the chair records the verdict
    DecisionInput in = ReviewWorld::eligible();
    in.verdict = Verdict(verdict);
    in.conditions = QStringLiteral("Cardio-oncology review before LD.");
    in.overrideApprover = approver;
    in.overrideReason = reason;
    auto d = w.ws().decisions().recordDecision(w.chair(), id, in);

    // THEN a positive verdict needs the override with approver and reason
    if (expected < 0) {
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->overrideApprover, approver);
        QVERIFY(w.signDecision(id));
    } else {
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().code), expected);
    }
}

void TestReviewService::shouldRequireReasonAndReassessDateForDeferral_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDate>("reassess");
    QTest::addColumn<int>("expected");
    const QDate today = ReviewWorld::now().date();
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray name = b.toUtf8(); // qPrintable would dangle past this line
        const char* n = name.constData();
        const QString why = QStringLiteral("Active SARS-CoV-2 infection");
        QTest::addRow("%s: no reason", n) << b << QString() << today.addDays(28) << int(ErrorCode::BadInput);
        QTest::addRow("%s: no reassessment date", n) << b << why << QDate() << int(ErrorCode::BadInput);
        QTest::addRow("%s: reassessment in the past", n)
            << b << why << today.addDays(-1) << int(ErrorCode::BadInput);
        QTest::addRow("%s: reason and date", n) << b << why << today.addDays(28) << -1;
        QTest::addRow("%s: reassessment today", n) << b << why << today << -1;
    }
}

void TestReviewService::shouldRequireReasonAndReassessDateForDeferral()
{
    QFETCH(QString, reason);
    QFETCH(QDate, reassess);
    QFETCH(int, expected);
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.readyCase();
    QVERIFY(id);

    // WHEN the chair defers the case
    DecisionInput in = ReviewWorld::eligible();
    in.verdict = Verdict::Deferred;
    in.deferReason = reason;
    in.reassessDate = reassess;
    auto d = w.ws().decisions().recordDecision(w.chair(), id, in);

    // THEN a deferral needs the reason and a reassessment date from today on
    if (expected < 0) {
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->reassessDate, reassess);
        QVERIFY(w.signDecision(id));
        // a deferred case goes back to work-up until its reassessment (DESIGN.md §2)
        QCOMPARE(stateOf(w, id), CaseState::WorkUp);
    } else {
        QVERIFY(!d.ok());
        QCOMPARE(int(d.error().code), expected);
    }
}

void TestReviewService::shouldDecideTheCaseWhenTheChairSignsTheVerdict()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.readyCase();
    QVERIFY(id);
    auto& decisions = w.ws().decisions();

    // WHEN nothing is recorded THEN there is nothing to sign
    auto nothing = decisions.signDecision(w.chair(), id, ReviewWorld::password());
    QCOMPARE(nothing.error().code, ErrorCode::InvalidState);

    // WHEN the chair records and signs the verdict with the wrong, then the right password
    QVERIFY(w.recordDecision(id));
    auto wrong = decisions.signDecision(w.chair(), id, QStringLiteral("not-it"));
    QCOMPARE(wrong.error().code, ErrorCode::NotAuthenticated);
    QCOMPARE(stateOf(w, id), CaseState::ReadyForBoard);
    auto d = decisions.signDecision(w.chair(), id, ReviewWorld::password());

    // THEN the case is decided, the quorum is on record and the signature verifies
    QVERIFY2(d.ok(), qPrintable(d.error().message));
    QVERIFY(d->isSigned);
    QCOMPARE(stateOf(w, id), CaseState::Decided);
    QCOMPARE(d->quorum.value(QStringLiteral("opinions")).toArray().size(), 6);
    QVERIFY(cb::core::signatureHash(d->signedContent(), *d->signature) == d->signature->contentSha256);
    auto verify = w.ws().audit().verify();
    QVERIFY2(verify->ok(), qPrintable(verify->problem + verify->signatureProblem));

    // AND a signed verdict is signed once and no longer editable
    auto again = decisions.signDecision(w.chair(), id, ReviewWorld::password());
    QCOMPARE(again.error().code, ErrorCode::InvalidState);
    auto edit = decisions.recordDecision(w.chair(), id, ReviewWorld::eligible());
    QCOMPARE(edit.error().code, ErrorCode::InvalidState);
    // AND opinions of a decided case can no longer change
    auto late = w.ws().reviews().amendOpinion(w.specialist(Discipline::Icu), id, Discipline::Icu,
                                              QStringLiteral("late"), input({}));
    QCOMPARE(late.error().code, ErrorCode::InvalidState);
}

void TestReviewService::shouldKeepDissentVerbatimAndImmutable()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.readyCase();
    QVERIFY(id && w.recordDecision(id));
    const QString text =
        QStringLiteral("  I would wait for the spine MRI.\nThe epidural component worries me.  ");

    // WHEN the neurologist records dissent THEN it is kept verbatim, with member and discipline
    auto dissent = w.ws().decisions().recordDissent(w.specialist(Discipline::Neurology), id, text);
    QVERIFY2(dissent.ok(), qPrintable(dissent.error().message));
    QVERIFY(w.signDecision(id));
    auto all = w.ws().decisions().decisions(w.chair(), id);
    QCOMPARE(all->last().dissents.size(), 1);
    QCOMPARE(all->last().dissents.first().text, text);
    QCOMPARE(all->last().dissents.first().discipline, QStringLiteral("neurology"));

    // WHEN SQL tries to change or remove it THEN the database refuses
    for (const QString& sql : {QStringLiteral("UPDATE dissent SET text = 'agreed' WHERE id = %1"),
                               QStringLiteral("DELETE FROM dissent WHERE id = %1")}) {
        QString error;
        QVERIFY(!db.exec(sql.arg(dissent->id), &error));
        QVERIFY2(error.contains(QStringLiteral("never changed")), qPrintable(error));
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT text FROM dissent WHERE id = %1").arg(dissent->id)).toString(),
             text);

    // AND an empty dissent is no dissent
    auto empty = w.ws().decisions().recordDissent(w.specialist(Discipline::Icu), id, QStringLiteral(" \n "));
    QCOMPARE(empty.error().code, ErrorCode::BadInput);
}

void TestReviewService::shouldRefuseStaleDraftFromSecondWorkstation()
{
    GIVEN_A_REVIEW_WORLD(w);
    // GIVEN two workstations on one database, and a cardiology draft both have open
    auto other = ReviewWorld::open(db.url(), std::make_shared<cb::core::ManualClock>(ReviewWorld::now()));
    QVERIFY(other);
    const qint64 id = w.newCase();
    const auto cardiologist = w.specialist(Discipline::Cardiology);
    auto draft = w.ws().reviews().recordOpinion(cardiologist, id, Discipline::Cardiology, input(lvef(58)), 0);
    QVERIFY2(draft.ok(), qPrintable(draft.error().message));
    const qint64 seen = draft->rowVersion;
    auto form = other->reviews().checklistForm(cardiologist, id, Discipline::Cardiology);
    QCOMPARE(form->current->rowVersion, seen);

    // WHEN the first saves its change, then the second saves over the version it had read
    auto first = w.ws().reviews().recordOpinion(
        cardiologist, id, Discipline::Cardiology,
        input(lvef(55), Recommendation::Supports, QStringLiteral("first")), seen);
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    auto second = other->reviews().recordOpinion(
        cardiologist, id, Discipline::Cardiology,
        input(lvef(35), Recommendation::DoesNotSupport, QStringLiteral("second")), seen);

    // THEN the second gets a conflict it can act on, and the first one's answers stand
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QVERIFY(!second.error().message.isEmpty());
    auto reread = other->reviews().checklistForm(cardiologist, id, Discipline::Cardiology);
    QCOMPARE(reread->current->answers.value(QStringLiteral("CAR-01")).toInt(), 55);
    QCOMPARE(reread->current->comment, QStringLiteral("first"));
    QCOMPARE(reread->current->rowVersion, seen + 1);

    // AND after reloading, the second workstation's save goes through
    auto retried = other->reviews().recordOpinion(cardiologist, id, Discipline::Cardiology,
                                                  input(lvef(35), Recommendation::DoesNotSupport), seen + 1);
    QVERIFY2(retried.ok(), qPrintable(retried.error().message));
}

void TestReviewService::shouldReportTamperedSignedOpinionInAuditVerify()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase();
    QVERIFY(w.recordOpinion(id, Discipline::Neurology));
    QVERIFY(w.signOpinion(id, Discipline::Neurology));
    const auto o = *w.ws().reviews().overview(w.chair(), id)->find(Discipline::Neurology)->current;
    auto verify = w.ws().audit().verify();
    QVERIFY(verify->ok());

    // WHEN someone drops the trigger and edits the signed opinion's comment in SQL
    QString error;
    const QString drop = db.isPostgres() ? QStringLiteral("DROP TRIGGER opinion_signed_immutable ON opinion")
                                         : QStringLiteral("DROP TRIGGER opinion_signed_no_update");
    QVERIFY2(db.exec(drop, &error), qPrintable(error));
    QVERIFY2(
        db.exec(QStringLiteral("UPDATE opinion SET comment = 'no concerns at all' WHERE id = %1").arg(o.id),
                &error),
        qPrintable(error));

    // THEN audit verify names the signature that no longer matches its record
    verify = w.ws().audit().verify();
    QVERIFY(verify.ok());
    QVERIFY(!verify->ok());
    QVERIFY(verify->intact); // the chain itself is untouched
    QCOMPARE(verify->badSignatureId, o.signature->id);
    QVERIFY(!verify->signatureProblem.isEmpty());
}

void TestReviewService::shouldRejectChangesToSignedRowsInTheDatabase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("sql"); // ids of the signed {opinion}, its {signature}, the signed {decision}
    QTest::addColumn<bool>("rejected");
    for (const QString& b : cb::test::backendNames()) {
        const QByteArray name = b.toUtf8(); // qPrintable would dangle past this line
        const char* n = name.constData();
        QTest::addRow("%s: update a signed opinion", n)
            << b << QStringLiteral("UPDATE opinion SET comment = 'x' WHERE id = {opinion}") << true;
        QTest::addRow("%s: delete a signed opinion", n)
            << b << QStringLiteral("DELETE FROM opinion WHERE id = {opinion}") << true;
        QTest::addRow("%s: update a signature", n)
            << b << QStringLiteral("UPDATE signature SET content_sha256 = 'x' WHERE id = {signature}")
            << true;
        QTest::addRow("%s: delete a signature", n)
            << b << QStringLiteral("DELETE FROM signature WHERE id = {signature}") << true;
        QTest::addRow("%s: update a signed decision", n)
            << b << QStringLiteral("UPDATE decision SET rationale = 'x' WHERE id = {decision}") << true;
        QTest::addRow("%s: delete a signed decision", n)
            << b << QStringLiteral("DELETE FROM decision WHERE id = {decision}") << true;
        QTest::addRow("%s: a draft opinion stays editable", n)
            << b << QStringLiteral("UPDATE opinion SET comment = 'x' WHERE status = 'draft'") << false;
    }
}

void TestReviewService::shouldRejectChangesToSignedRowsInTheDatabase()
{
    QFETCH(QString, sql);
    QFETCH(bool, rejected);
    GIVEN_A_REVIEW_WORLD(w);
    // GIVEN a decided case (signed opinions, signed verdict) and another case with a draft
    const qint64 id = w.readyCase();
    QVERIFY(id && w.recordDecision(id) && w.signDecision(id));
    QVERIFY(w.recordOpinion(w.newCase(), Discipline::Icu));
    const auto o = *w.ws().reviews().overview(w.chair(), id)->find(Discipline::Hematology)->current;
    const auto d = w.ws().decisions().decisions(w.chair(), id)->last();
    const QString statement = QString(sql)
                                  .replace(QStringLiteral("{opinion}"), QString::number(o.id))
                                  .replace(QStringLiteral("{signature}"), QString::number(o.signature->id))
                                  .replace(QStringLiteral("{decision}"), QString::number(d.id));

    // WHEN the statement runs straight against the database, triggers in place
    QString error;
    const bool ran = db.exec(statement, &error);

    // THEN signed rows and signatures are refused, drafts are not
    QCOMPARE(!ran, rejected);
    if (rejected)
        QVERIFY2(error.contains(QStringLiteral("immutable")), qPrintable(error));
    auto verify = w.ws().audit().verify();
    QVERIFY2(verify->ok(), qPrintable(verify->problem + verify->signatureProblem));
}

void TestReviewService::shouldAskOnlyTheItemsOfTheCasesIndication()
{
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 lymphoma = w.newCase(cb::core::Indication::LargeBCellLymphoma, QStringLiteral("axi-cel"));
    const qint64 myeloma = w.newCase(cb::core::Indication::MultipleMyeloma, QStringLiteral("cilta-cel"));
    const auto hem = w.specialist(Discipline::Hematology);

    // WHEN the hematologist opens the checklist THEN marrow plasma cells are asked for myeloma only
    auto lymphomaForm = w.ws().reviews().checklistForm(hem, lymphoma, Discipline::Hematology);
    auto myelomaForm = w.ws().reviews().checklistForm(hem, myeloma, Discipline::Hematology);
    QVERIFY(lymphomaForm.ok() && myelomaForm.ok());
    QVERIFY(!lymphomaForm->checklist->item(QStringLiteral("HEM-12.marrow")));
    QVERIFY(!lymphomaForm->evaluation.item(QStringLiteral("HEM-12.marrow")));
    QVERIFY(lymphomaForm->checklist->item(QStringLiteral("HEM-15")));
    QVERIFY(myelomaForm->checklist->item(QStringLiteral("HEM-12.marrow")));
    QVERIFY(myelomaForm->evaluation.item(QStringLiteral("HEM-12.marrow")));

    // AND an answer to it for the lymphoma case is refused, naming the item and the indication
    auto refused = w.ws().reviews().recordOpinion(hem, lymphoma, Discipline::Hematology,
                                                  input({{QStringLiteral("HEM-12.marrow"), 20}}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::BadInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral(
                 "HEM-12.marrow is not asked for this case's indication (Large B-cell lymphoma)")),
             qPrintable(refused.error().message));
    // while the myeloma case records it, and its stored evaluation holds no lymphoma-only item
    auto recorded = w.ws().reviews().recordOpinion(hem, myeloma, Discipline::Hematology,
                                                   input({{QStringLiteral("HEM-12.marrow"), 20}}));
    QVERIFY2(recorded.ok(), qPrintable(recorded.error().message));
    QStringList evaluated;
    for (const QJsonValue& v : recorded->evaluation)
        evaluated << v.toObject().value(QStringLiteral("item")).toString();
    QVERIFY(evaluated.contains(QStringLiteral("HEM-12.marrow")));
    QVERIFY(!evaluated.contains(QStringLiteral("HEM-03.btki")));
}

void TestReviewService::shouldCheckTheLabelOfTheProgramsJurisdiction()
{
    // GIVEN a myeloma case for cilta-cel after four lines with a PI and an IMiD, not
    // lenalidomide-refractory
    GIVEN_A_REVIEW_WORLD(w);
    const qint64 id = w.newCase(cb::core::Indication::MultipleMyeloma, QStringLiteral("cilta-cel"));
    const QJsonObject answers{{QStringLiteral("HEM-01"), QStringLiteral("multiple_myeloma")},
                              {QStringLiteral("HEM-02"), 4},
                              {QStringLiteral("HEM-03.pi"), true},
                              {QStringLiteral("HEM-03.imid"), true},
                              {QStringLiteral("HEM-03.anti_cd38"), false},
                              {QStringLiteral("HEM-03.lenalidomide_refractory"), false}};
    const auto contraindications = [&] {
        auto ev = w.ws().reviews().evaluate(id, Discipline::Hematology, answers);
        return ev.ok() ? ev->itemIds(cb::core::ChecklistStatus::Contraindication)
                       : QStringList{QStringLiteral("?")};
    };

    // WHEN the program keeps its default jurisdiction (China NMPA) THEN the label covers it: no
    // contraindication, so no override is needed
    using Key = cb::services::SettingsService::Key;
    QCOMPARE(w.ws().settings().labelJurisdiction(), QStringLiteral("cn_nmpa"));
    QCOMPARE(contraindications(), QStringList());

    // WHEN an administrator switches the program to the US labels THEN lenalidomide refractoriness
    // is required
    const auto admin = w.addUser(QStringLiteral("fx_admin"), {cb::core::Role::Administrator});
    QVERIFY(w.ws().settings().setValue(admin, Key::LabelJurisdiction, QStringLiteral("us_fda")).ok());
    QCOMPARE(contraindications(), QStringList{QStringLiteral("HEM-03.lenalidomide_refractory")});

    // AND a jurisdiction the label data does not know is refused
    const auto bad = w.ws().settings().setValue(admin, Key::LabelJurisdiction, QStringLiteral("uk_mhra"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, ErrorCode::BadInput);
    QVERIFY(bad.error().message.contains(QStringLiteral("cn_nmpa, eu_ema, us_fda")));
}

QTEST_GUILESS_MAIN(TestReviewService)
#include "TestReviewService.moc"

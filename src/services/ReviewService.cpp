#include "services/ReviewService.h"

#include "core/Lifecycle.h"
#include "core/PermissionPolicy.h"
#include "core/TextLimits.h"
#include "core/checklist/ChecklistAnswer.h"
#include "core/checklist/ChecklistEngine.h"
#include "core/checklist/ChecklistPrefill.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/ChecklistCatalog.h"
#include "services/ClinicalAct.h"
#include "services/SettingsService.h"
#include "services/SignerCheck.h"
#include "storage/CaseRepository.h"
#include "storage/RecordRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace cb::services {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::services", s);
}

QList<core::ChecklistAnswer> answersOf(const QJsonObject& answers)
{
    QList<core::ChecklistAnswer> out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        core::ChecklistAnswer a;
        if (it.value().isObject()) {
            a = core::ChecklistAnswer::fromJson(it.value().toObject());
        } else {
            a.value = it.value().toVariant();
        }
        a.itemId = it.key();
        out << a;
    }
    return out;
}

QJsonObject answersJson(const QHash<QString, core::ChecklistAnswer>& answers)
{
    QJsonObject out;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        out.insert(it.key(), it.value().toJson());
    return out;
}

// "multiple myeloma, other" from indication ids.
QString indicationNames(const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids) {
        const auto indication = core::fromId(core::indications(), id);
        names << (indication ? core::label(*indication) : id);
    }
    return names.join(QStringLiteral(", "));
}

QJsonArray evaluationItems(const core::ChecklistEvaluation& ev)
{
    QJsonArray items;
    for (const auto& item : ev.items)
        items << item.toJson();
    return items;
}

// The latest version of each discipline's opinion, and the latest signed one.
struct Versions
{
    std::optional<core::Opinion> current;
    std::optional<core::Opinion> lastSigned;
    QList<core::Opinion> history;
};

QHash<core::Discipline, Versions> byDiscipline(const QList<core::Opinion>& all)
{
    QHash<core::Discipline, Versions> out;
    for (const auto& o : all) {
        auto& v = out[o.discipline];
        v.history << o;
        if (!v.current || o.version > v.current->version)
            v.current = o;
        if (o.isSigned && (!v.lastSigned || o.version > v.lastSigned->version))
            v.lastSigned = o;
    }
    return out;
}

} // namespace

QString reviewStateId(ReviewState s)
{
    switch (s) {
    case ReviewState::NotStarted:
        return QStringLiteral("not_started");
    case ReviewState::Draft:
        return QStringLiteral("draft");
    case ReviewState::Signed:
        return QStringLiteral("signed");
    case ReviewState::Amended:
        return QStringLiteral("amended");
    }
    return {};
}

QString reviewStateLabel(ReviewState s)
{
    switch (s) {
    case ReviewState::NotStarted:
        return tr("Not started");
    case ReviewState::Draft:
        return tr("Draft");
    case ReviewState::Signed:
        return tr("Signed");
    case ReviewState::Amended:
        return tr("Amended");
    }
    return {};
}

const DisciplineReview* ReviewOverview::find(core::Discipline d) const
{
    for (const auto& r : disciplines)
        if (r.discipline == d)
            return &r;
    return nullptr;
}

Result<core::ChecklistEvaluation> ReviewService::evaluate(qint64 caseId, core::Discipline discipline,
                                                          const QJsonObject& answers)
{
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    auto tmpl = ChecklistCatalog::instance().templateFor(discipline, (**rec).indication);
    if (!tmpl.ok())
        return tmpl.error();
    const core::ChecklistEngine engine(
        ChecklistCatalog::instance().contextFor(**rec, m_clock.todayUtc(), m_settings.labelJurisdiction()));
    return engine.evaluate(**tmpl, answersOf(answers));
}

Result<ChecklistForm> ReviewService::checklistForm(const core::UserIdentity& actor, qint64 caseId,
                                                   core::Discipline discipline)
{
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::ReadCases, {}, QStringLiteral("opinion.view"), caseId});
        !st.ok())
        return st.error();
    auto rec = storage::CaseRepository(m_db).caseById(caseId);
    if (!rec.ok())
        return rec.error();
    if (!rec->has_value())
        return Error::notFound(tr("There is no case %1.").arg(caseId));
    auto tmpl = ChecklistCatalog::instance().templateFor(discipline, (**rec).indication);
    if (!tmpl.ok())
        return tmpl.error();
    auto all = storage::ReviewRepository(m_db).opinions(caseId);
    if (!all.ok())
        return all.error();
    const auto versions = byDiscipline(*all).value(discipline);

    ChecklistForm form;
    form.checklist = *tmpl;
    form.current = versions.current;
    form.referenceDate = m_clock.todayUtc();
    auto& catalog = ChecklistCatalog::instance();
    const auto prefill =
        core::ChecklistPrefill::build(**tmpl, ChecklistCatalog::factsOf(**rec, form.referenceDate),
                                      ChecklistCatalog::observationsOf(**rec), form.referenceDate);
    form.answers = answersJson(prefill.answers);
    if (versions.current) // the opinion's own answers win over suggestions (items still asked)
        for (auto it = versions.current->answers.begin(); it != versions.current->answers.end(); ++it)
            if ((*tmpl)->item(it.key()))
                form.answers.insert(it.key(), it.value());
    const core::ChecklistEngine engine(
        catalog.contextFor(**rec, form.referenceDate, m_settings.labelJurisdiction()));
    form.evaluation = engine.evaluate(**tmpl, answersOf(form.answers));
    return form;
}

Result<core::Opinion> ReviewService::recordOpinion(const core::UserIdentity& actor, qint64 caseId,
                                                   core::Discipline discipline, const OpinionInput& input,
                                                   qint64 expectedRowVersion)
{
    ClinicalAct act(
        m_db, m_clock, actor,
        {core::Action::RecordOpinion, discipline, QStringLiteral("opinion.record"), caseId, false});
    if (!act.ok())
        return act.error();
    return save(act, discipline, input, expectedRowVersion, {});
}

Result<core::Opinion> ReviewService::amendOpinion(const core::UserIdentity& actor, qint64 caseId,
                                                  core::Discipline discipline, const QString& reason,
                                                  const OpinionInput& input)
{
    ClinicalAct act(
        m_db, m_clock, actor,
        {core::Action::RecordOpinion, discipline, QStringLiteral("opinion.amend"), caseId, false});
    if (!act.ok())
        return act.error();
    if (reason.trimmed().isEmpty())
        return Error::badInput(tr("An amendment needs a reason."));
    return save(act, discipline, input, -1, reason.trimmed());
}

Result<core::Opinion> ReviewService::save(ClinicalAct& act, core::Discipline discipline,
                                          const OpinionInput& input, qint64 expectedRowVersion,
                                          const QString& amendReason)
{
    const core::UserIdentity& actor = act.actor();
    const bool amending = !amendReason.isEmpty();
    storage::ReviewRepository reviews(m_db);
    const core::CaseRecord c = act.theCase();
    const qint64 caseId = c.id;
    if (!core::Lifecycle::acceptsOpinions(c.state))
        return Error::invalidState(
            tr("Opinions are recorded while a case is in work-up or review; case %1 is "
               "\"%2\".")
                .arg(caseId)
                .arg(core::label(c.state)));
    auto full = ChecklistCatalog::instance().templateFor(discipline);
    if (!full.ok())
        return full.error();
    auto tmpl = ChecklistCatalog::instance().templateFor(discipline, c.indication);
    if (!tmpl.ok())
        return tmpl.error();
    for (auto it = input.answers.begin(); it != input.answers.end(); ++it) {
        if (!(*full)->item(it.key()))
            return Error::badInput(tr("The %1 checklist has no item \"%2\".")
                                       .arg(core::label(discipline), core::TextLimits::quoted(it.key())));
        if (!(*tmpl)->item(it.key()))
            return Error::badInput(
                tr("%1 is not asked for this case's indication (%2); the %3 checklist asks it for: %4.")
                    .arg(it.key(), core::label(c.indication), core::label(discipline),
                         indicationNames((*full)->item(it.key())->indications)));
    }
    using core::TextLimits;
    if (auto st = TextLimits::check({{"conditions", input.conditions, TextLimits::kLong},
                                     {"comment", input.comment, TextLimits::kLong},
                                     {"reason", amendReason, TextLimits::kLong}});
        !st.ok())
        return st.error();
    for (auto it = input.answers.begin(); it != input.answers.end(); ++it)
        if (it.value().isString())
            if (auto st = TextLimits::check(it.key(), it.value().toString(), TextLimits::kLong); !st.ok())
                return st.error();

    // The answers stored are the case's prefilled values with the specialist's answers on top,
    // so the CLI, the GUI and the demo record the same complete checklist.
    const QDate today = m_clock.todayUtc();
    const auto prefill = core::ChecklistPrefill::build(**tmpl, ChecklistCatalog::factsOf(c, today),
                                                       ChecklistCatalog::observationsOf(c), today);
    QJsonObject merged = answersJson(prefill.answers);
    for (auto it = input.answers.begin(); it != input.answers.end(); ++it)
        merged.insert(it.key(), it.value());
    const core::ChecklistEngine engine(
        ChecklistCatalog::instance().contextFor(c, today, m_settings.labelJurisdiction()));
    const auto answers = answersOf(merged);
    for (const auto& a : answers) {
        core::LocalizedText problem;
        if (a.isAnswered() && !a.notApplicable &&
            !core::ChecklistEngine::valueOf(*(*tmpl)->item(a.itemId), a, &problem))
            return Error::badInput(tr("%1: %2").arg(a.itemId, problem.text(QLocale().name())));
    }
    const core::ChecklistEvaluation ev = engine.evaluate(**tmpl, answers);

    auto all = reviews.opinions(caseId);
    if (!all.ok())
        return all.error();
    const auto versions = byDiscipline(*all).value(discipline);
    const QDateTime now = act.now();

    core::Opinion o;
    if (versions.current && !versions.current->isSigned) {
        if (amending)
            return Error::invalidState(
                tr("An amendment of the %1 opinion is already in draft: edit that draft.")
                    .arg(core::label(discipline)));
        o = *versions.current;
        if (expectedRowVersion >= 0 && expectedRowVersion != o.rowVersion)
            return Error::conflict(
                tr("%1 saved this draft meanwhile. Reload to see their version, then apply your "
                   "change again.")
                    .arg(o.authorName));
    } else if (versions.current && versions.current->isSigned) {
        if (!amending)
            return Error::invalidState(
                tr("The %1 opinion is signed and cannot change. Amend it (with a reason) to "
                   "record a new version.")
                    .arg(core::label(discipline)));
        o.version = versions.current->version + 1;
        o.supersedesId = versions.current->id;
        o.amendReason = amendReason;
        o.createdAt = now;
    } else {
        if (amending)
            return Error::invalidState(
                tr("There is no signed %1 opinion to amend.").arg(core::label(discipline)));
        if (expectedRowVersion > 0)
            return Error::conflict(tr("This draft no longer exists. Reload the case."));
        o.version = 1;
        o.createdAt = now;
    }
    o.caseId = caseId;
    o.discipline = discipline;
    o.templateVersion = (*tmpl)->version;
    o.answers = merged;
    o.evaluation = evaluationItems(ev);
    o.concerns = ev.count(core::ChecklistStatus::Concern);
    o.contraindications = ev.count(core::ChecklistStatus::Contraindication);
    o.recommendation = input.recommendation;
    o.conditions = input.conditions.trimmed();
    o.comment = input.comment.trimmed();
    o.authorId = actor.id;
    o.authorName = actor.printedName;
    o.updatedAt = now;

    QString action;
    if (o.id == 0) {
        auto id = reviews.insertOpinion(o);
        if (!id.ok())
            return id.error();
        o.id = *id;
        o.rowVersion = 1;
        action = amending ? QStringLiteral("opinion.amend") : QStringLiteral("opinion.record");
    } else {
        if (auto st = reviews.updateDraftOpinion(o); !st.ok())
            return st.error();
        ++o.rowVersion;
        action = QStringLiteral("opinion.update");
    }
    if (auto st = act.auditOn(
            action, QStringLiteral("opinion"), QString::number(o.id), {},
            {{QStringLiteral("case_id"), caseId},
             {QStringLiteral("discipline"), core::toId(discipline)},
             {QStringLiteral("version"), o.version},
             {QStringLiteral("recommendation"), o.recommendation ? core::toId(*o.recommendation) : QString()},
             {QStringLiteral("concerns"), o.concerns},
             {QStringLiteral("contraindications"), o.contraindications}},
            amendReason);
        !st.ok())
        return st.error();
    // Recording an opinion starts the review; a new draft takes a ready case back to review.
    if (c.state == core::CaseState::WorkUp || c.state == core::CaseState::ReadyForBoard) {
        if (auto st = act.moveCase(core::CaseState::InReview, action); !st.ok())
            return st.error();
    }
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("opinion {} ({} v{}) saved on case {} by user {}", o.id, core::toId(discipline).toStdString(),
                o.version, caseId, actor.id);
    return o;
}

QString ReviewService::signatureMeaning(core::Discipline discipline, core::Recommendation recommendation)
{
    QString verb;
    switch (recommendation) {
    case core::Recommendation::Supports:
        verb = tr("support CAR-T therapy");
        break;
    case core::Recommendation::SupportsWithConditions:
        verb = tr("support CAR-T therapy with the stated conditions");
        break;
    case core::Recommendation::DoesNotSupport:
        verb = tr("do not support CAR-T therapy");
        break;
    case core::Recommendation::NeedsMoreInformation:
        verb = tr("need more information before a recommendation");
        break;
    }
    return tr("I have reviewed this case for %1 and %2.").arg(core::label(discipline).toLower(), verb);
}

Result<core::Opinion> ReviewService::signOpinion(const core::UserIdentity& actor, qint64 caseId,
                                                 core::Discipline discipline, const QString& password)
{
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::SignOpinion, discipline, QStringLiteral("opinion.sign"), caseId});
        !st.ok())
        return st.error();
    if (auto st = confirmSigner(m_db, m_clock, actor, password, caseEntity(), QString::number(caseId),
                                tr("The password is wrong; the opinion was not signed."));
        !st.ok())
        return st.error();
    storage::ReviewRepository reviews(m_db);
    ClinicalAct act(m_db, m_clock, actor,
                    {core::Action::SignOpinion, discipline, QStringLiteral("opinion.sign"), caseId, false});
    if (!act.ok())
        return act.error();
    auto all = reviews.opinions(caseId);
    if (!all.ok())
        return all.error();
    auto versions = byDiscipline(*all).value(discipline);
    if (!versions.current)
        return Error::invalidState(tr("There is no %1 opinion to sign yet.").arg(core::label(discipline)));
    core::Opinion o = *versions.current;
    if (o.isSigned)
        return Error::invalidState(tr("The %1 opinion is already signed.").arg(core::label(discipline)));
    if (!o.recommendation)
        return Error::badInput(tr("Choose a recommendation before signing."));
    if (*o.recommendation == core::Recommendation::SupportsWithConditions && o.conditions.isEmpty())
        return Error::badInput(tr("\"Supports with conditions\" needs the conditions written out."));
    const auto state = act.theCase().state;
    if (!core::Lifecycle::acceptsOpinions(state))
        return Error::invalidState(
            tr("The case is \"%1\": opinions can no longer be signed.").arg(core::label(state)));

    o.isSigned = true;
    if (auto st = reviews.markOpinionSigned(o.id, o.rowVersion); !st.ok())
        return st.error();
    auto s = writeSignature(m_db, actor,
                            {QStringLiteral("opinion"), o.id, QStringLiteral("specialist"),
                             core::toId(discipline), signatureMeaning(discipline, *o.recommendation)},
                            o.signedContent(), act.now());
    if (!s.ok())
        return s.error();
    o.signature = *s;
    ++o.rowVersion;
    if (auto st =
            act.auditOn(QStringLiteral("opinion.sign"), QStringLiteral("opinion"), QString::number(o.id), {},
                        {{QStringLiteral("case_id"), caseId},
                         {QStringLiteral("discipline"), core::toId(discipline)},
                         {QStringLiteral("version"), o.version},
                         {QStringLiteral("signature_id"), s->id},
                         {QStringLiteral("content_sha256"), s->contentSha256}});
        !st.ok())
        return st.error();
    if (auto st = updateReadiness(act); !st.ok())
        return st.error();
    if (auto st = act.commit(); !st.ok())
        return st.error();
    CB_LOG_INFO("opinion {} signed by user {}", o.id, actor.id);
    return o;
}

Status ReviewService::updateReadiness(ClinicalAct& act)
{
    auto ov = overviewUnchecked(act.theCase().id);
    if (!ov.ok())
        return ov.error();
    // Signing moves a case to the board once the quorum is met; a case in work-up (back from a
    // deferral with its opinions still signed) passes through review, as the lifecycle says.
    const core::CaseState state = act.theCase().state;
    if (!ov->quorumMet || (state != core::CaseState::InReview && state != core::CaseState::WorkUp))
        return {};
    if (state == core::CaseState::WorkUp)
        if (auto st = act.moveCase(core::CaseState::InReview, QStringLiteral("opinion.sign")); !st.ok())
            return st;
    return act.moveCase(core::CaseState::ReadyForBoard, QStringLiteral("opinion.sign"),
                        {{QStringLiteral("why"), QStringLiteral("review_quorum_met")}});
}

Result<ReviewOverview> ReviewService::overview(const core::UserIdentity& actor, qint64 caseId)
{
    if (auto st = require(m_db, m_clock, actor,
                          {core::Action::ReadCases, {}, QStringLiteral("review.view"), caseId});
        !st.ok())
        return st.error();
    return overviewUnchecked(caseId);
}

Result<ReviewOverview> ReviewService::overviewUnchecked(qint64 caseId)
{
    auto all = storage::ReviewRepository(m_db).opinions(caseId);
    if (!all.ok())
        return all.error();
    const auto versions = byDiscipline(*all);
    const QList<core::Discipline> required = m_settings.requiredDisciplines();
    auto changedAt = storage::RecordRepository(m_db).recordChangedAtOfCase(caseId);
    if (!changedAt.ok())
        return changedAt.error();
    ReviewOverview ov;
    QList<core::Discipline> order = required;
    for (const auto& e : core::disciplines())
        if (!order.contains(e.value) && versions.contains(e.value))
            order << e.value;
    for (const core::Discipline d : order) {
        DisciplineReview r;
        r.discipline = d;
        r.required = required.contains(d);
        const auto v = versions.value(d);
        r.current = v.current;
        r.lastSigned = v.lastSigned;
        r.history = v.history;
        if (!v.current)
            r.state = ReviewState::NotStarted;
        else if (!v.current->isSigned)
            r.state = ReviewState::Draft;
        else
            r.state = v.current->version > 1 ? ReviewState::Amended : ReviewState::Signed;
        if (v.current)
            for (const QJsonValue& item : v.current->evaluation)
                if (item.toObject().value(QStringLiteral("stale")).toBool())
                    r.staleItems << item.toObject()
                                        .value(QStringLiteral("item"))
                                        .toString(item.toObject().value(QStringLiteral("id")).toString());
        if (r.current && r.current->isSigned && r.current->signature && changedAt->isValid() &&
            *changedAt > r.current->signature->signedAt)
            r.recordChangedSinceSigned = true;
        const bool counted = r.current && r.current->isSigned && !r.recordChangedSinceSigned;
        if (r.required && r.recordChangedSinceSigned) {
            ov.missingSignatures << d;
            ov.readinessProblems
                << tr("%1: record changed since signed (re-sign or amend the opinion)").arg(core::label(d));
        } else if (r.required && !counted) {
            ov.missingSignatures << d;
            ov.readinessProblems << (r.current
                                         ? tr("%1: the current version is not signed").arg(core::label(d))
                                         : tr("%1: no opinion yet").arg(core::label(d)));
        }
        if (r.current && r.current->isSigned) { // a flagged opinion's contraindications still stand
            ov.standingContraindications += r.current->contraindications;
            ov.concerns += r.current->concerns;
        }
        if (!r.staleItems.isEmpty())
            ov.readinessProblems
                << tr("%1: stale data (%2)").arg(core::label(d), r.staleItems.join(QStringLiteral(", ")));
        ov.disciplines << r;
    }
    ov.quorumMet = ov.missingSignatures.isEmpty();
    return ov;
}

} // namespace cb::services

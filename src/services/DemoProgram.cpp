#include "services/DemoProgram.h"

#include "core/PermissionPolicy.h"
#include "platform/Logging.h"
#include "services/AuditTrail.h"
#include "services/AuthService.h"
#include "services/DemoMeetings.h"
#include "services/DemoPathway.h"
#include "services/DemoReviews.h"
#include "services/IntakeService.h"
#include "services/SettingsService.h"
#include "services/UserService.h"
#include "services/Workspace.h"
#include "storage/CaseRepository.h"
#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace cb::services {

namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("cb::services", s);
}

template <typename E>
Result<E> requireId(std::span<const core::StableIdEntry<E>> table, const QJsonValue& v, const QString& where)
{
    if (auto e = core::fromId(table, v.toString()))
        return *e;
    return Error::badInput(tr("Demo data: %1 has an unknown value \"%2\".").arg(where, v.toString()));
}

// The demo's clinical history is written as of one month ("dates_as_of"); loaded on another
// day, every history date moves by the months between, so a history stays in the past and keeps
// its spacing (observations are given in days before today already).
core::PartialDate partial(const QJsonValue& v, int shiftMonths)
{
    const auto d = core::PartialDate::parse(v.toString());
    if (!d || shiftMonths == 0)
        return d.value_or(core::PartialDate());
    switch (d->precision()) {
    case core::PartialDate::Precision::Year: {
        const int years = shiftMonths >= 0 ? (shiftMonths + 6) / 12 : -((-shiftMonths + 6) / 12);
        return *core::PartialDate::parse(QString::number(d->year() + years));
    }
    case core::PartialDate::Precision::Month: {
        const QDate m = QDate(d->year(), d->month(), 1).addMonths(shiftMonths);
        return *core::PartialDate::parse(m.toString(QStringLiteral("yyyy-MM")));
    }
    case core::PartialDate::Precision::Day:
        return core::PartialDate::fromDate(d->earliest().addMonths(shiftMonths));
    }
    return *d;
}

Result<core::CaseRecord> caseFromJson(const QJsonObject& o, const QDate& today, int shiftMonths)
{
    core::CaseRecord r;
    const QString key = o.value(QStringLiteral("key")).toString();
    const QJsonObject p = o.value(QStringLiteral("patient")).toObject();
    r.patient.mrn = p.value(QStringLiteral("mrn")).toString();
    r.patient.familyName = p.value(QStringLiteral("family_name")).toString();
    r.patient.givenName = p.value(QStringLiteral("given_name")).toString();
    auto sex = requireId(core::sexes(), p.value(QStringLiteral("sex")), key + QStringLiteral(".patient.sex"));
    if (!sex.ok())
        return sex.error();
    r.patient.sex = *sex;
    r.patient.birthDate = QDate::fromString(p.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    r.patient.birth = core::PartialDate::fromDate(r.patient.birthDate);
    for (const QJsonValue& iv : p.value(QStringLiteral("identifiers")).toArray()) {
        const QJsonObject i = iv.toObject();
        r.patient.identifiers << core::PatientIdentifier{i.value(QStringLiteral("authority")).toString(),
                                                         i.value(QStringLiteral("type")).toString(),
                                                         i.value(QStringLiteral("value")).toString()};
    }
    auto ind = requireId(core::indications(), o.value(QStringLiteral("indication")),
                         key + QStringLiteral(".indication"));
    if (!ind.ok())
        return ind.error();
    r.indication = *ind;
    auto state =
        requireId(core::caseStates(), o.value(QStringLiteral("state")), key + QStringLiteral(".state"));
    if (!state.ok())
        return state.error();
    r.state = *state;
    if (o.value(QStringLiteral("close_reason")).isString()) {
        auto reason = requireId(core::closeReasons(), o.value(QStringLiteral("close_reason")),
                                key + QStringLiteral(".close_reason"));
        if (!reason.ok())
            return reason.error();
        r.closeReason = *reason;
    }
    r.closeDetail = o.value(QStringLiteral("close_detail")).toString();
    r.intendedProduct = o.value(QStringLiteral("intended_product")).toString();
    r.referrer = o.value(QStringLiteral("referrer")).toString();
    r.referrerDetail.name = r.referrer;
    r.referrerQuestion = o.value(QStringLiteral("referrer_question")).toString();
    r.referralDate = today.addDays(-o.value(QStringLiteral("referral_days_ago")).toInt());
    r.diagnosis = o.value(QStringLiteral("diagnosis")).toString();
    r.diagnosisDate = partial(o.value(QStringLiteral("diagnosis_date")), shiftMonths);
    r.staging = o.value(QStringLiteral("staging")).toString();
    r.cytogeneticRisk = o.value(QStringLiteral("cytogenetic_risk")).toString();
    r.extramedullaryDisease = o.value(QStringLiteral("extramedullary_disease")).toBool();
    r.extramedullarySites = o.value(QStringLiteral("extramedullary_sites")).toString();
    r.cnsDisease = o.value(QStringLiteral("cns_disease")).toString(QStringLiteral("none"));
    for (const QJsonValue& lv : o.value(QStringLiteral("therapy_lines")).toArray()) {
        const QJsonObject l = lv.toObject();
        core::TherapyLine line;
        line.lineNumber = l.value(QStringLiteral("line")).toInt();
        line.regimen = l.value(QStringLiteral("regimen")).toString();
        for (const QJsonValue& c : l.value(QStringLiteral("drug_classes")).toArray())
            line.drugClasses << c.toString();
        line.startDate = partial(l.value(QStringLiteral("start")), shiftMonths);
        line.endDate = partial(l.value(QStringLiteral("end")), shiftMonths);
        line.bestResponse = l.value(QStringLiteral("best_response")).toString();
        line.refractory = l.value(QStringLiteral("refractory")).toBool();
        line.lenalidomideRefractory = l.value(QStringLiteral("lenalidomide_refractory")).toBool();
        r.therapyLines << line;
    }
    for (const QJsonValue& tv : o.value(QStringLiteral("transplants")).toArray()) {
        const QJsonObject t = tv.toObject();
        core::Transplant tp;
        tp.kind = t.value(QStringLiteral("kind")).toString();
        tp.date = partial(t.value(QStringLiteral("date")), shiftMonths);
        tp.conditioning = t.value(QStringLiteral("conditioning")).toString();
        tp.donor = t.value(QStringLiteral("donor")).toString();
        tp.gvhd = t.value(QStringLiteral("gvhd")).toString();
        tp.notes = t.value(QStringLiteral("notes")).toString();
        r.transplants << tp;
    }
    for (const QJsonValue& ov : o.value(QStringLiteral("observations")).toArray()) {
        const QJsonObject ob = ov.toObject();
        core::Observation obs;
        obs.code = ob.value(QStringLiteral("code")).toString();
        if (ob.value(QStringLiteral("value")).isDouble())
            obs.value = ob.value(QStringLiteral("value")).toDouble();
        else
            obs.valueText = ob.value(QStringLiteral("value")).toString();
        obs.unit = ob.value(QStringLiteral("unit")).toString();
        obs.observedOn = today.addDays(-ob.value(QStringLiteral("days_ago")).toInt());
        r.observations << obs;
    }
    if (r.patient.mrn.isEmpty() || !r.referralDate.isValid())
        return Error::badInput(tr("Demo data: case %1 lacks an MRN or a referral date.").arg(key));
    return r;
}

} // namespace

Status DemoProgram::load(const QString& password)
{
    QFile f(QStringLiteral(":/demo/demo_program.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::failure(tr("The demo program is missing from this build."));
    return load(f.readAll(), password);
}

Status DemoProgram::load(const QByteArray& json, const QString& password)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (doc.isNull() || !doc.isObject())
        return Error::badInput(tr("The demo program is not valid JSON: %1").arg(perr.errorString()));
    const QJsonObject root = doc.object();

    auto& db = m_ws.database();
    const QDateTime now = m_ws.clock().nowUtc();
    auto userCount = storage::UserRepository(db).count();
    if (!userCount.ok())
        return userCount.error();
    auto caseCount = storage::CaseRepository(db).worklistCount({});
    if (!caseCount.ok())
        return caseCount.error();
    if (*userCount > 0 || *caseCount > 0)
        return Error::invalidState(
            tr("This database already has users or cases; the demo program loads only into a "
               "new database. Choose another file with --db."));

    // Users first: the first one (the administrator) may be added without an actor.
    core::UserIdentity admin;
    for (const QJsonValue& uv : root.value(QStringLiteral("users")).toArray()) {
        const QJsonObject u = uv.toObject();
        NewUser nu;
        nu.username = u.value(QStringLiteral("username")).toString();
        nu.printedName = u.value(QStringLiteral("printed_name")).toString();
        for (const QJsonValue& r : u.value(QStringLiteral("roles")).toArray()) {
            auto role = requireId(core::roles(), r, nu.username + QStringLiteral(".roles"));
            if (!role.ok())
                return role.error();
            nu.roles << *role;
        }
        for (const QJsonValue& d : u.value(QStringLiteral("disciplines")).toArray()) {
            auto disc = requireId(core::disciplines(), d, nu.username + QStringLiteral(".disciplines"));
            if (!disc.ok())
                return disc.error();
            nu.disciplines << *disc;
        }
        nu.password = password;
        nu.mustChangePassword = false;
        nu.demo = true;
        auto id = m_ws.users().addUser(admin, nu);
        if (!id.ok())
            return id.error();
        if (!admin.isValid()) {
            admin.id = *id;
            admin.username = nu.username;
            admin.printedName = nu.printedName;
            admin.roles = nu.roles;
        }
    }
    if (!admin.hasRole(core::Role::Administrator))
        return Error::badInput(tr("Demo data: the first user must be an administrator."));

    // A system identity for the bulk load: the coordinator registers referrals.
    auto coordinator = storage::UserRepository(db).findByUsername(QStringLiteral("coordinator"));
    if (!coordinator.ok())
        return coordinator.error();
    const core::UserIdentity loader = coordinator->has_value() ? (*coordinator)->account.identity : admin;

    auto reviews = DemoReviews::load();
    if (!reviews.ok())
        return reviews.error();
    QHash<QString, qint64> caseIds;
    QHash<QString, QJsonObject> demoCases;

    // Every demo patient is entered the way a coordinator enters one: registered, then the record
    // (history, lines, transplants, observations) through IntakeService; only the state the demo
    // case is shown in is set directly.
    IntakeService& intake = m_ws.intake();
    storage::CaseRepository cases(db);
    AuditTrail audit(db, m_ws.clock());
    const QDate today = now.date();
    int n = 0;
    int shiftMonths = 0;
    if (const QDate asOf = QDate::fromString(
            root.value(QStringLiteral("dates_as_of")).toString() + QStringLiteral("-01"), Qt::ISODate);
        asOf.isValid())
        shiftMonths = (today.year() - asOf.year()) * 12 + today.month() - asOf.month();
    for (const QJsonValue& cv : root.value(QStringLiteral("cases")).toArray()) {
        const QString key = cv.toObject().value(QStringLiteral("key")).toString();
        auto rec = caseFromJson(cv.toObject(), today, shiftMonths);
        if (!rec.ok())
            return rec.error();
        if (reviews->contains(key)) { // its review is replayed through the services below
            rec->state = core::CaseState::InReview;
            rec->closeReason.reset();
        }
        const auto where = [&key](const Error& e) {
            return Error::badInput(tr("Demo data: case %1: %2").arg(key, e.message));
        };
        auto reg = intake.registerReferral(loader, *rec);
        if (!reg.ok())
            return where(reg.error());
        const qint64 cid = reg->caseId;
        core::DiseaseHistory h;
        h.diagnosis = rec->diagnosis;
        h.diagnosisDate = rec->diagnosisDate;
        h.staging.text = rec->staging;
        h.cytogeneticsNote = rec->cytogeneticRisk;
        h.extramedullary = rec->extramedullaryDisease ? QStringLiteral("yes") : QStringLiteral("no");
        h.extramedullarySites = rec->extramedullarySites;
        h.cnsDisease = rec->cnsDisease;
        if (auto st = intake.setHistory(loader, cid, h); !st.ok())
            return where(st.error());
        for (const auto& line : rec->therapyLines)
            if (auto id = intake.addTherapyLine(loader, cid, line); !id.ok())
                return where(id.error());
        for (const auto& t : rec->transplants)
            if (auto id = intake.addTransplant(loader, cid, t); !id.ok())
                return where(id.error());
        for (const auto& o : rec->observations) {
            ObservationInput in;
            in.code = o.code;
            in.value = o.value.value_or(0.0);
            in.unit = o.unit;
            in.date = o.observedOn.toString(Qt::ISODate);
            in.provenance = QStringLiteral("demo");
            if (auto id = intake.addObservation(loader, cid, in); !id.ok())
                return where(id.error());
        }
        if (rec->state != core::CaseState::Referred) {
            storage::Transaction tx(db);
            if (!tx.ok())
                return tx.status();
            if (auto st = cases.updateState(cid, 1, rec->state, rec->closeReason, rec->closeDetail, now);
                !st.ok())
                return st;
            if (auto st = audit.record(loader, QStringLiteral("case.move"), QStringLiteral("clinical_case"),
                                       QString::number(cid),
                                       {{QStringLiteral("state"), QStringLiteral("referred")}},
                                       {{QStringLiteral("state"), core::toId(rec->state)},
                                        {QStringLiteral("source"), QStringLiteral("demo")}});
                !st.ok())
                return st;
            if (auto st = tx.commit(); !st.ok())
                return st;
        }
        caseIds.insert(key, cid);
        demoCases.insert(key, cv.toObject());
        ++n;
    }
    DemoMeetings meetings(m_ws, password);
    if (auto st = meetings.schedule(caseIds); !st.ok())
        return st;
    if (auto st = DemoReviews(m_ws, password).apply(*reviews, caseIds, demoCases); !st.ok())
        return st;
    if (auto st = meetings.finish(); !st.ok())
        return st;
    if (auto st = DemoPathway(m_ws).apply(caseIds); !st.ok())
        return st;
    auto& settings = m_ws.settings();
    if (auto st = settings.setSystemValue(admin, SettingsService::Key::DemoDatabase, QStringLiteral("1"));
        !st.ok())
        return st;
    const QString institution = root.value(QStringLiteral("institution")).toString();
    if (!institution.isEmpty())
        if (auto st = settings.setValue(admin, SettingsService::Key::InstitutionName, institution); !st.ok())
            return st;
    CB_LOG_INFO("demo program loaded: {} cases", n);
    return {};
}

Result<bool> DemoProgram::hasUsers()
{
    auto n = storage::UserRepository(m_ws.database()).count();
    if (!n.ok())
        return n.error();
    return *n > 0;
}

Result<qint64> DemoProgram::addSynthetic(qint64 n, const core::UserIdentity& by, quint32 seed)
{
    if (by.isValid()) {
        if (auto st = AuditTrail(m_ws.database(), m_ws.clock())
                          .recordDenial(by, core::PermissionPolicy::check(by, core::Action::ChangeSettings),
                                        QStringLiteral("case.synthetic"), QStringLiteral("clinical_case"));
            !st.ok())
            return st.error();
    }
    if (n < 0 || n > 10'000'000)
        return Error::badInput(tr("The number of synthetic cases must be between 0 and 10,000,000."));
    static const char* families[] = {"Smith",  "Garcia", "Müller", "Rossi", "Dubois", "Kowalski", "Nguyen",
                                     "Okafor", "Haddad", "Tanaka", "Kim",   "Silva",  "Novak",    "Jensen",
                                     "Murphy", "Cohen",  "王",     "李",    "张",     "刘",       "陈",
                                     "杨",     "黄",     "赵",     "吴",    "周"};
    static const char* givens[] = {"Anna", "Ben",   "Clara", "David", "Elena", "Farid", "Grace",
                                   "Hugo", "Ines",  "Jonas", "Karin", "Luca",  "Maya",  "Nora",
                                   "Omar", "Paula", "伟",    "芳",    "娜",    "敏",    "静",
                                   "磊",   "洋",    "勇",    "军",    "杰"};
    static const struct
    {
        const char* regimen;
        const char* classes;
    } lines[] = {
        {"VRd (bortezomib, lenalidomide, dexamethasone)", "pi,imid"},
        {"Dara-Kd (daratumumab, carfilzomib, dexamethasone)", "anti_cd38,pi"},
        {"R-CHOP", "anti_cd20,anthracycline,chemotherapy"},
        {"R-DHAP", "anti_cd20,chemotherapy"},
        {"Pola-BR", "adc,anti_cd20,chemotherapy"},
        {"Ibrutinib", "btki"},
        {"Hyper-CVAD", "chemotherapy,anthracycline"},
        {"Blinatumomab", "bispecific"},
    };
    auto& db = m_ws.database();
    storage::CaseRepository cases(db);
    QRandomGenerator rng(seed);
    const QDateTime now = m_ws.clock().nowUtc();
    const QDate today = now.date();
    core::UserIdentity actor = by;
    if (!actor.isValid()) {
        auto users = storage::UserRepository(db).findByUsername(QStringLiteral("admin"));
        if (users.ok() && users->has_value())
            actor = (*users)->account.identity;
    }
    auto existing = cases.worklistCount({});
    if (!existing.ok())
        return existing.error();
    const qint64 base = *existing;

    constexpr qint64 kBatch = 20000;
    qint64 done = 0;
    const auto states = core::caseStates();
    const auto inds = core::indications();
    while (done < n) {
        storage::Transaction tx(db);
        if (!tx.ok())
            return tx.status().error();
        const qint64 end = qMin(n, done + kBatch);
        for (qint64 i = done; i < end; ++i) {
            core::CaseRecord r;
            r.patient.mrn = QStringLiteral("SYN-%1").arg(base + i + 1, 8, 10, QLatin1Char('0'));
            r.patient.familyName = QString::fromUtf8(families[rng.bounded(int(std::size(families)))]);
            r.patient.givenName = QString::fromUtf8(givens[rng.bounded(int(std::size(givens)))]);
            r.patient.sex = rng.bounded(2) ? core::Sex::Male : core::Sex::Female;
            r.patient.birthDate = today.addDays(-(365 * 25 + rng.bounded(365 * 50)));
            auto pid = cases.insertPatient(r.patient, now);
            if (!pid.ok())
                return pid.error();
            r.patient.id = *pid;
            r.indication = inds[rng.bounded(int(inds.size()) - 1)].value;
            r.state = states[rng.bounded(int(states.size()))].value;
            if (r.state == core::CaseState::Closed)
                r.closeReason = core::CloseReason::Completed;
            r.referralDate = today.addDays(-rng.bounded(1500));
            r.diagnosis = QStringLiteral("Synthetic case");
            r.diagnosisDate =
                core::PartialDate::fromDate(r.referralDate.addDays(-365 * 2 - rng.bounded(2000)));
            const int nLines = 1 + rng.bounded(5);
            for (int l = 0; l < nLines; ++l) {
                const auto& line = lines[rng.bounded(int(std::size(lines)))];
                core::TherapyLine t;
                t.lineNumber = l + 1;
                t.regimen = QString::fromLatin1(line.regimen);
                t.drugClasses = QString::fromLatin1(line.classes).split(QLatin1Char(','));
                t.bestResponse = QStringLiteral("PR");
                r.therapyLines << t;
            }
            core::Observation lvef;
            lvef.code = QStringLiteral("lvef");
            lvef.value = 45.0 + rng.bounded(25);
            lvef.unit = QStringLiteral("%");
            lvef.observedOn = r.referralDate.addDays(-rng.bounded(30));
            r.observations << lvef;
            core::Observation ecog;
            ecog.code = QStringLiteral("ecog");
            ecog.value = double(rng.bounded(3));
            ecog.observedOn = r.referralDate.addDays(-rng.bounded(30));
            r.observations << ecog;
            auto cid = cases.insertCase(r, now);
            if (!cid.ok())
                return cid.error();
        }
        if (auto st = AuditTrail(db, m_ws.clock())
                          .record(actor, QStringLiteral("case.synthetic"), QStringLiteral("clinical_case"),
                                  {}, {}, {{QStringLiteral("count"), end - done}});
            !st.ok())
            return st.error();
        if (auto st = tx.commit(); !st.ok())
            return st.error();
        done = end;
    }
    CB_LOG_INFO("{} synthetic cases added", n);
    return n;
}

} // namespace cb::services

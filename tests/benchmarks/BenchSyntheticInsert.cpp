// Prints the synthetic-case insert rate of `init --synthetic` beside raw sqlite3 C API inserts
// of the same rows into the same schema, from one run. Not a pass/fail test: figures only.
// CELLBOARD_BENCH_CASES sets the number of cases (default 100000).

#include "services/DemoProgram.h"
#include "services/Workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

namespace {

qint64 caseCount()
{
    bool ok = false;
    const qint64 n = qEnvironmentVariableIntValue("CELLBOARD_BENCH_CASES", &ok);
    return ok && n > 0 ? n : 100000;
}

// The same rows DemoProgram::addSynthetic writes (patient, case, 1-5 therapy lines, 2 observations),
// through the sqlite3 C API with prepared statements, in transactions of 20,000 cases.
double rawInsertSeconds(const QString& path, qint64 n)
{
    sqlite3* db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;", nullptr,
                 nullptr, nullptr);
    sqlite3_stmt* patient = nullptr;
    sqlite3_stmt* kase = nullptr;
    sqlite3_stmt* line = nullptr;
    sqlite3_stmt* obs = nullptr;
    sqlite3_prepare_v2(
        db,
        "INSERT INTO patient (mrn, family_name, given_name, sex, birth_date, sort_name, search_text, "
        "created_at) VALUES (?,?,?,?,?,?,?,?)",
        -1, &patient, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO clinical_case (patient_id, indication, intended_product, referrer, "
        "referrer_question, referral_date, state, close_detail, diagnosis, diagnosis_date, staging, "
        "cytogenetic_risk, extramedullary_disease, extramedullary_sites, cns_disease, is_demo, "
        "created_at, updated_at) VALUES (?,?,'','','',?,?,'','Synthetic case',?,'','',0,'','none',0,?,?)",
        -1, &kase, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO therapy_line (case_id, line_number, regimen, drug_classes, start_date, end_date, "
        "best_response, refractory, lenalidomide_refractory) VALUES (?,?,?,?,'','','PR',0,0)",
        -1, &line, nullptr);
    sqlite3_prepare_v2(
        db,
        "INSERT INTO observation (case_id, code, value_num, value_text, unit, observed_on) VALUES "
        "(?,?,?,'',?,?)",
        -1, &obs, nullptr);
    QRandomGenerator rng(7);
    QElapsedTimer t;
    t.start();
    for (qint64 i = 0; i < n; ++i) {
        if (i % 20000 == 0)
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        const QByteArray mrn = QStringLiteral("RAW-%1").arg(i, 8, 10, QLatin1Char('0')).toUtf8();
        sqlite3_bind_text(patient, 1, mrn.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(patient, 2, "Garcia", -1, SQLITE_STATIC);
        sqlite3_bind_text(patient, 3, "Elena", -1, SQLITE_STATIC);
        sqlite3_bind_text(patient, 4, "female", -1, SQLITE_STATIC);
        sqlite3_bind_text(patient, 5, "1960-01-01", -1, SQLITE_STATIC);
        sqlite3_bind_text(patient, 6, "garcia elena", -1, SQLITE_STATIC);
        const QByteArray search = "garcia elena " + mrn.toLower();
        sqlite3_bind_text(patient, 7, search.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(patient, 8, "2026-11-25T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_step(patient);
        sqlite3_reset(patient);
        const sqlite3_int64 pid = sqlite3_last_insert_rowid(db);
        sqlite3_bind_int64(kase, 1, pid);
        sqlite3_bind_text(kase, 2, "multiple_myeloma", -1, SQLITE_STATIC);
        sqlite3_bind_text(kase, 3, "2025-03-01", -1, SQLITE_STATIC);
        sqlite3_bind_text(kase, 4, "in_review", -1, SQLITE_STATIC);
        sqlite3_bind_text(kase, 5, "2020-01-01", -1, SQLITE_STATIC);
        sqlite3_bind_text(kase, 6, "2026-11-25T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_bind_text(kase, 7, "2026-11-25T00:00:00.000Z", -1, SQLITE_STATIC);
        sqlite3_step(kase);
        sqlite3_reset(kase);
        const sqlite3_int64 cid = sqlite3_last_insert_rowid(db);
        const int lines = 1 + int(rng.bounded(5));
        for (int l = 0; l < lines; ++l) {
            sqlite3_bind_int64(line, 1, cid);
            sqlite3_bind_int(line, 2, l + 1);
            sqlite3_bind_text(line, 3, "VRd (bortezomib, lenalidomide, dexamethasone)", -1, SQLITE_STATIC);
            sqlite3_bind_text(line, 4, "pi,imid", -1, SQLITE_STATIC);
            sqlite3_step(line);
            sqlite3_reset(line);
        }
        for (const char* code : {"lvef", "ecog"}) {
            sqlite3_bind_int64(obs, 1, cid);
            sqlite3_bind_text(obs, 2, code, -1, SQLITE_STATIC);
            sqlite3_bind_double(obs, 3, 55.0);
            sqlite3_bind_text(obs, 4, "%", -1, SQLITE_STATIC);
            sqlite3_bind_text(obs, 5, "2025-02-20", -1, SQLITE_STATIC);
            sqlite3_step(obs);
            sqlite3_reset(obs);
        }
        if (i % 20000 == 19999 || i == n - 1)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double secs = double(t.nsecsElapsed()) / 1e9;
    for (auto* s : {patient, kase, line, obs})
        sqlite3_finalize(s);
    sqlite3_close(db);
    return secs;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    const qint64 n = caseCount();

    auto ws = cb::services::Workspace::open(dir.filePath(QStringLiteral("app.sqlite")),
                                            cb::services::Workspace::OpenMode::CreateIfMissing);
    if (!ws.ok()) {
        std::fprintf(stderr, "cannot create database: %s\n", qPrintable(ws.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto added = cb::services::DemoProgram(**ws).addSynthetic(n);
    const double appSecs = double(t.nsecsElapsed()) / 1e9;
    if (!added.ok()) {
        std::fprintf(stderr, "synthetic insert failed: %s\n", qPrintable(added.error().message));
        return 1;
    }

    // baseline: the same schema, created by the same migrations, filled by raw sqlite3
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    {
        auto raw = cb::services::Workspace::open(rawPath, cb::services::Workspace::OpenMode::CreateIfMissing);
        if (!raw.ok())
            return 1;
    }
    const double rawSecs = rawInsertSeconds(rawPath, n);

    std::printf("synthetic insert (cellboard-cli init --synthetic): %lld cases in %.2f s = %.0f cases/s\n",
                static_cast<long long>(n), appSecs, double(n) / appSecs);
    std::printf("baseline raw sqlite3 C API, same rows and schema:   %lld cases in %.2f s = %.0f cases/s\n",
                static_cast<long long>(n), rawSecs, double(n) / rawSecs);
    std::printf("ratio (CellBoard time / raw sqlite3 time): %.2f\n", appSecs / rawSecs);
    return 0;
}

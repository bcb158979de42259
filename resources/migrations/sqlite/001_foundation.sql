-- CellBoard schema 1 (SQLite): users, settings, patients, cases, history, observations, audit chain.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE app_user (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    printed_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    disciplines TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE TRIGGER app_user_no_delete BEFORE DELETE ON app_user
BEGIN SELECT RAISE(ABORT, 'users are never deleted: disable them'); END
-- ;;
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE TABLE patient (
    id INTEGER PRIMARY KEY,
    mrn TEXT NOT NULL UNIQUE,
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    sex TEXT NOT NULL,
    birth_date TEXT,
    sort_name TEXT NOT NULL,
    search_text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX patient_sort_name ON patient (sort_name)
-- ;;
CREATE VIRTUAL TABLE patient_fts USING fts5(search_text, content='patient', content_rowid='id')
-- ;;
CREATE TRIGGER patient_fts_ai AFTER INSERT ON patient
BEGIN INSERT INTO patient_fts (rowid, search_text) VALUES (new.id, new.search_text); END
-- ;;
CREATE TRIGGER patient_fts_ad AFTER DELETE ON patient
BEGIN INSERT INTO patient_fts (patient_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END
-- ;;
CREATE TRIGGER patient_fts_au AFTER UPDATE OF search_text ON patient
BEGIN
    INSERT INTO patient_fts (patient_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO patient_fts (rowid, search_text) VALUES (new.id, new.search_text);
END
-- ;;
CREATE TABLE clinical_case (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient (id),
    indication TEXT NOT NULL,
    intended_product TEXT NOT NULL DEFAULT '',
    referrer TEXT NOT NULL DEFAULT '',
    referrer_question TEXT NOT NULL DEFAULT '',
    referral_date TEXT NOT NULL,
    state TEXT NOT NULL,
    close_reason TEXT,
    close_detail TEXT NOT NULL DEFAULT '',
    diagnosis TEXT NOT NULL DEFAULT '',
    diagnosis_date TEXT NOT NULL DEFAULT '',
    staging TEXT NOT NULL DEFAULT '',
    cytogenetic_risk TEXT NOT NULL DEFAULT '',
    extramedullary_disease INTEGER NOT NULL DEFAULT 0,
    extramedullary_sites TEXT NOT NULL DEFAULT '',
    cns_disease TEXT NOT NULL DEFAULT 'none',
    is_demo INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX clinical_case_patient ON clinical_case (patient_id)
-- ;;
CREATE INDEX clinical_case_state ON clinical_case (state, referral_date)
-- ;;
CREATE INDEX clinical_case_indication ON clinical_case (indication, referral_date)
-- ;;
CREATE INDEX clinical_case_referral ON clinical_case (referral_date)
-- ;;
CREATE TABLE therapy_line (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    line_number INTEGER NOT NULL,
    regimen TEXT NOT NULL,
    drug_classes TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL DEFAULT '',
    end_date TEXT NOT NULL DEFAULT '',
    best_response TEXT NOT NULL DEFAULT '',
    refractory INTEGER NOT NULL DEFAULT 0,
    lenalidomide_refractory INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX therapy_line_case ON therapy_line (case_id, line_number)
-- ;;
CREATE TABLE transplant (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    kind TEXT NOT NULL,
    transplant_date TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX transplant_case ON transplant (case_id)
-- ;;
CREATE TABLE observation (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    code TEXT NOT NULL,
    value_num REAL,
    value_text TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT '',
    observed_on TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX observation_case ON observation (case_id, code, observed_on)
-- ;;
CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_id INTEGER NOT NULL DEFAULT 0,
    username TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_id TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
)
-- ;;
CREATE INDEX audit_event_entity ON audit_event (entity, entity_id)
-- ;;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END
-- ;;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END

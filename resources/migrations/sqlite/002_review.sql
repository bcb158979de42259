-- CellBoard schema 2 (SQLite): discipline opinions, signatures, the board's decision, dissent,
-- actions. Signed rows are immutable here too, not only in the services.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE opinion (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    discipline TEXT NOT NULL,
    version INTEGER NOT NULL,
    template_version TEXT NOT NULL,
    answers_json TEXT NOT NULL DEFAULT '{}',
    evaluation_json TEXT NOT NULL DEFAULT '[]',
    concerns INTEGER NOT NULL DEFAULT 0,
    contraindications INTEGER NOT NULL DEFAULT 0,
    recommendation TEXT NOT NULL DEFAULT '',
    conditions TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    author_id INTEGER NOT NULL REFERENCES app_user (id),
    status TEXT NOT NULL DEFAULT 'draft',
    supersedes_id INTEGER REFERENCES opinion (id),
    amend_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, discipline, version)
)
-- ;;
CREATE INDEX opinion_case ON opinion (case_id, discipline, version)
-- ;;
CREATE TRIGGER opinion_signed_no_update BEFORE UPDATE ON opinion WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'a signed opinion is immutable: amend it'); END
-- ;;
CREATE TRIGGER opinion_signed_no_delete BEFORE DELETE ON opinion WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'a signed opinion is immutable: amend it'); END
-- ;;
CREATE TABLE signature (
    id INTEGER PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    signer_id INTEGER NOT NULL REFERENCES app_user (id),
    printed_name TEXT NOT NULL,
    role TEXT NOT NULL,
    discipline TEXT NOT NULL DEFAULT '',
    meaning TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    UNIQUE (record_type, record_id)
)
-- ;;
CREATE TRIGGER signature_no_update BEFORE UPDATE ON signature
BEGIN SELECT RAISE(ABORT, 'a signature is immutable'); END
-- ;;
CREATE TRIGGER signature_no_delete BEFORE DELETE ON signature
BEGIN SELECT RAISE(ABORT, 'a signature is immutable'); END
-- ;;
CREATE TABLE decision (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    version INTEGER NOT NULL,
    verdict TEXT NOT NULL,
    conditions TEXT NOT NULL DEFAULT '',
    rationale TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    bridging_plan TEXT NOT NULL DEFAULT '',
    defer_reason TEXT NOT NULL DEFAULT '',
    reassess_date TEXT NOT NULL DEFAULT '',
    override_approver TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',
    consent_status TEXT NOT NULL DEFAULT '',
    patient_preference TEXT NOT NULL DEFAULT '',
    quorum_json TEXT NOT NULL DEFAULT '{}',
    author_id INTEGER NOT NULL REFERENCES app_user (id),
    status TEXT NOT NULL DEFAULT 'draft',
    supersedes_id INTEGER REFERENCES decision (id),
    amend_reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, version)
)
-- ;;
CREATE TRIGGER decision_signed_no_update BEFORE UPDATE ON decision WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'a signed decision is immutable'); END
-- ;;
CREATE TRIGGER decision_signed_no_delete BEFORE DELETE ON decision WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'a signed decision is immutable'); END
-- ;;
CREATE TABLE dissent (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    decision_id INTEGER NOT NULL REFERENCES decision (id),
    member_id INTEGER NOT NULL REFERENCES app_user (id),
    member_name TEXT NOT NULL,
    discipline TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
)
-- ;;
CREATE TRIGGER dissent_no_update BEFORE UPDATE ON dissent
BEGIN SELECT RAISE(ABORT, 'dissent is recorded verbatim and never changed'); END
-- ;;
CREATE TRIGGER dissent_no_delete BEFORE DELETE ON dissent
BEGIN SELECT RAISE(ABORT, 'dissent is recorded verbatim and never changed'); END
-- ;;
CREATE TABLE decision_action (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    decision_id INTEGER NOT NULL REFERENCES decision (id),
    description TEXT NOT NULL,
    owner TEXT NOT NULL,
    due_date TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX decision_action_case ON decision_action (case_id)
-- ;;
CREATE TABLE decision_communication (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decision (id),
    sent_at TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER NOT NULL REFERENCES app_user (id),
    created_at TEXT NOT NULL
)

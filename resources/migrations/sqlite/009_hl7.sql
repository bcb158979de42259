-- CellBoard schema 9 (SQLite): HL7 v2 lab results (ORU^R01, clinical/INTAKE.md §8). Every
-- message taken in is logged once per sending facility and control id (MSH-4, MSH-10), so a
-- re-import changes nothing; a message whose patient matches nobody waits in the import queue
-- (state held, with its reason and its text) until a coordinator assigns it. Each result (OBX)
-- is kept with its order, code, sub-id, value as sent, units, reference range, flags and status,
-- and names the observation it wrote to the patient's record (none when the code or the value
-- is not one the record holds). Corrections and retractions mark the earlier result.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE hl7_message (
    id INTEGER PRIMARY KEY,
    sending_facility TEXT NOT NULL,
    control_id TEXT NOT NULL,
    sending_application TEXT NOT NULL DEFAULT '',
    message_time TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    patient_id INTEGER REFERENCES patient (id),
    case_id INTEGER REFERENCES clinical_case (id),
    message_text TEXT NOT NULL,
    message_sha256 TEXT NOT NULL,
    source_name TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    received_by INTEGER REFERENCES app_user (id),
    assigned_at TEXT NOT NULL DEFAULT '',
    assigned_by INTEGER REFERENCES app_user (id),
    assign_reason TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (sending_facility, control_id)
)
-- ;;
CREATE INDEX hl7_message_state ON hl7_message (state)
-- ;;
CREATE TABLE hl7_result (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES hl7_message (id),
    patient_id INTEGER NOT NULL REFERENCES patient (id),
    order_key TEXT NOT NULL,
    result_code TEXT NOT NULL,
    code_system TEXT NOT NULL DEFAULT '',
    sub_id TEXT NOT NULL DEFAULT '',
    set_id TEXT NOT NULL DEFAULT '',
    value_type TEXT NOT NULL DEFAULT '',
    value_text TEXT NOT NULL DEFAULT '',
    units TEXT NOT NULL DEFAULT '',
    reference_range TEXT NOT NULL DEFAULT '',
    flags TEXT NOT NULL DEFAULT '',
    result_status TEXT NOT NULL,
    observed TEXT NOT NULL DEFAULT '',
    observation_code TEXT NOT NULL DEFAULT '',
    observation_id INTEGER REFERENCES observation (id),
    outcome TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    superseded_by INTEGER REFERENCES hl7_result (id),
    retracted_by INTEGER REFERENCES hl7_result (id),
    created_at TEXT NOT NULL
)
-- ;;
CREATE INDEX hl7_result_key ON hl7_result (patient_id, order_key, result_code, sub_id)
-- ;;
CREATE INDEX hl7_result_message ON hl7_result (message_id)

-- CellBoard schema 6 (SQLite): intake. A patient has identifiers {authority, type, value}
-- (unique on the triple; a merged record's identifiers stay as aliases), a Chinese name and a
-- birth date with its precision. The disease history, therapy lines, transplants and
-- observations belong to the patient (shared by every case of the patient); the case keeps the
-- referral (subtype, referrer, urgency, funding reference). Record entries are corrected by a
-- replacement naming the original, or voided with a reason; never updated in place or deleted.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE patient_identifier (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient (id),
    authority TEXT NOT NULL,
    id_type TEXT NOT NULL,
    value TEXT NOT NULL,
    is_alias INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    UNIQUE (authority, id_type, value)
)
-- ;;
CREATE INDEX patient_identifier_patient ON patient_identifier (patient_id)
-- ;;
CREATE INDEX patient_identifier_value ON patient_identifier (value)
-- ;;
INSERT INTO patient_identifier (patient_id, authority, id_type, value, created_at)
SELECT id, 'local', 'MR', mrn, created_at FROM patient
-- ;;
ALTER TABLE patient ADD COLUMN name_zh TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE patient ADD COLUMN birth_precision TEXT NOT NULL DEFAULT 'day'
-- ;;
ALTER TABLE patient ADD COLUMN merged_into INTEGER REFERENCES patient (id)
-- ;;
ALTER TABLE patient ADD COLUMN record_changed_at TEXT NOT NULL DEFAULT ''
-- ;;
CREATE TABLE disease_history (
    patient_id INTEGER PRIMARY KEY REFERENCES patient (id),
    diagnosis TEXT NOT NULL DEFAULT '',
    diagnosis_date TEXT NOT NULL DEFAULT '',
    staging_json TEXT NOT NULL DEFAULT '{}',
    cytogenetics TEXT NOT NULL DEFAULT '',
    cytogenetics_note TEXT NOT NULL DEFAULT '',
    extramedullary TEXT NOT NULL DEFAULT '',
    extramedullary_sites TEXT NOT NULL DEFAULT '',
    cns_disease TEXT NOT NULL DEFAULT '',
    target_antigen TEXT NOT NULL DEFAULT '',
    target_antigen_status TEXT NOT NULL DEFAULT '',
    target_antigen_date TEXT NOT NULL DEFAULT '',
    target_antigen_method TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
INSERT INTO disease_history (patient_id, diagnosis, diagnosis_date, staging_json, cytogenetics_note,
    extramedullary, extramedullary_sites, cns_disease, updated_at)
SELECT c.patient_id, c.diagnosis, c.diagnosis_date,
       CASE WHEN c.staging = '' THEN '{}' ELSE json_object('text', c.staging) END,
       c.cytogenetic_risk,
       CASE WHEN c.extramedullary_disease <> 0 THEN 'yes' ELSE 'no' END,
       c.extramedullary_sites, c.cns_disease, c.updated_at
FROM clinical_case c
WHERE c.id = (SELECT MAX(c2.id) FROM clinical_case c2 WHERE c2.patient_id = c.patient_id)
-- ;;
UPDATE patient SET record_changed_at = COALESCE((SELECT MIN(c.created_at) FROM clinical_case c
    WHERE c.patient_id = patient.id), created_at)
-- ;;
-- The case-level history exactly as schema 5 held it, kept read-only: a patient referred more
-- than once had one history per case, and disease_history above takes the newest case's only.
CREATE TABLE case_history_v5 (
    case_id INTEGER PRIMARY KEY REFERENCES clinical_case (id),
    diagnosis TEXT NOT NULL,
    diagnosis_date TEXT NOT NULL,
    staging TEXT NOT NULL,
    cytogenetic_risk TEXT NOT NULL,
    extramedullary_disease INTEGER NOT NULL,
    extramedullary_sites TEXT NOT NULL,
    cns_disease TEXT NOT NULL
)
-- ;;
INSERT INTO case_history_v5 (case_id, diagnosis, diagnosis_date, staging, cytogenetic_risk,
    extramedullary_disease, extramedullary_sites, cns_disease)
SELECT id, diagnosis, diagnosis_date, staging, cytogenetic_risk, extramedullary_disease,
       extramedullary_sites, cns_disease
FROM clinical_case
-- ;;
ALTER TABLE clinical_case DROP COLUMN diagnosis
-- ;;
ALTER TABLE clinical_case DROP COLUMN diagnosis_date
-- ;;
ALTER TABLE clinical_case DROP COLUMN staging
-- ;;
ALTER TABLE clinical_case DROP COLUMN cytogenetic_risk
-- ;;
ALTER TABLE clinical_case DROP COLUMN extramedullary_disease
-- ;;
ALTER TABLE clinical_case DROP COLUMN extramedullary_sites
-- ;;
ALTER TABLE clinical_case DROP COLUMN cns_disease
-- ;;
ALTER TABLE clinical_case ADD COLUMN subtype TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE clinical_case ADD COLUMN referrer_institution TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE clinical_case ADD COLUMN referrer_contact TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE clinical_case ADD COLUMN urgency TEXT NOT NULL DEFAULT 'routine'
-- ;;
ALTER TABLE clinical_case ADD COLUMN funding_reference TEXT NOT NULL DEFAULT ''
-- ;;
CREATE INDEX clinical_case_patient_state ON clinical_case (patient_id, indication, state)
-- ;;
ALTER TABLE therapy_line ADD COLUMN patient_id INTEGER REFERENCES patient (id)
-- ;;
UPDATE therapy_line SET patient_id = (SELECT c.patient_id FROM clinical_case c WHERE c.id = therapy_line.case_id)
-- ;;
ALTER TABLE therapy_line ADD COLUMN drugs_json TEXT NOT NULL DEFAULT '[]'
-- ;;
ALTER TABLE therapy_line ADD COLUMN ongoing INTEGER NOT NULL DEFAULT 0
-- ;;
ALTER TABLE therapy_line ADD COLUMN reason_stopped TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE therapy_line ADD COLUMN response_scheme TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE therapy_line ADD COLUMN intent TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE therapy_line ADD COLUMN progression_date TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE therapy_line ADD COLUMN created_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE therapy_line ADD COLUMN created_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE therapy_line ADD COLUMN supersedes INTEGER REFERENCES therapy_line (id)
-- ;;
ALTER TABLE therapy_line ADD COLUMN superseded_by INTEGER REFERENCES therapy_line (id)
-- ;;
ALTER TABLE therapy_line ADD COLUMN correction_reason TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE therapy_line ADD COLUMN voided_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE therapy_line ADD COLUMN voided_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE therapy_line ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''
-- ;;
CREATE INDEX therapy_line_patient ON therapy_line (patient_id, line_number)
-- ;;
ALTER TABLE transplant ADD COLUMN patient_id INTEGER REFERENCES patient (id)
-- ;;
UPDATE transplant SET patient_id = (SELECT c.patient_id FROM clinical_case c WHERE c.id = transplant.case_id)
-- ;;
ALTER TABLE transplant ADD COLUMN conditioning TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE transplant ADD COLUMN donor TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE transplant ADD COLUMN gvhd TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE transplant ADD COLUMN created_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE transplant ADD COLUMN created_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE transplant ADD COLUMN supersedes INTEGER REFERENCES transplant (id)
-- ;;
ALTER TABLE transplant ADD COLUMN superseded_by INTEGER REFERENCES transplant (id)
-- ;;
ALTER TABLE transplant ADD COLUMN correction_reason TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE transplant ADD COLUMN voided_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE transplant ADD COLUMN voided_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE transplant ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''
-- ;;
CREATE INDEX transplant_patient ON transplant (patient_id)
-- ;;
ALTER TABLE observation ADD COLUMN patient_id INTEGER REFERENCES patient (id)
-- ;;
UPDATE observation SET patient_id = (SELECT c.patient_id FROM clinical_case c WHERE c.id = observation.case_id)
-- ;;
ALTER TABLE observation ADD COLUMN comparator TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE observation ADD COLUMN entered_value REAL
-- ;;
ALTER TABLE observation ADD COLUMN entered_unit TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE observation ADD COLUMN observed_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE observation ADD COLUMN source TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE observation ADD COLUMN provenance TEXT NOT NULL DEFAULT 'typed'
-- ;;
ALTER TABLE observation ADD COLUMN created_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE observation ADD COLUMN created_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE observation ADD COLUMN supersedes INTEGER REFERENCES observation (id)
-- ;;
ALTER TABLE observation ADD COLUMN superseded_by INTEGER REFERENCES observation (id)
-- ;;
ALTER TABLE observation ADD COLUMN correction_reason TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE observation ADD COLUMN voided_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE observation ADD COLUMN voided_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE observation ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''
-- ;;
UPDATE observation SET entered_value = value_num, entered_unit = unit
-- ;;
CREATE INDEX observation_patient ON observation (patient_id, code, observed_on)
-- ;;
CREATE TRIGGER therapy_line_no_delete BEFORE DELETE ON therapy_line
BEGIN SELECT RAISE(ABORT, 'therapy lines are never deleted: void them with a reason'); END
-- ;;
CREATE TRIGGER therapy_line_keeps_its_data BEFORE UPDATE ON therapy_line
WHEN OLD.voided_at <> '' OR OLD.superseded_by IS NOT NULL
  OR NEW.line_number IS NOT OLD.line_number OR NEW.regimen IS NOT OLD.regimen
  OR NEW.drug_classes IS NOT OLD.drug_classes OR NEW.drugs_json IS NOT OLD.drugs_json
  OR NEW.start_date IS NOT OLD.start_date OR NEW.end_date IS NOT OLD.end_date
  OR NEW.best_response IS NOT OLD.best_response OR NEW.refractory IS NOT OLD.refractory
  OR NEW.lenalidomide_refractory IS NOT OLD.lenalidomide_refractory OR NEW.ongoing IS NOT OLD.ongoing
  OR NEW.reason_stopped IS NOT OLD.reason_stopped OR NEW.intent IS NOT OLD.intent
  OR NEW.progression_date IS NOT OLD.progression_date OR NEW.supersedes IS NOT OLD.supersedes
BEGIN SELECT RAISE(ABORT, 'a recorded therapy line keeps its data: correct it with a new record or void it'); END
-- ;;
CREATE TRIGGER transplant_no_delete BEFORE DELETE ON transplant
BEGIN SELECT RAISE(ABORT, 'transplants are never deleted: void them with a reason'); END
-- ;;
CREATE TRIGGER transplant_keeps_its_data BEFORE UPDATE ON transplant
WHEN OLD.voided_at <> '' OR OLD.superseded_by IS NOT NULL
  OR NEW.kind IS NOT OLD.kind OR NEW.transplant_date IS NOT OLD.transplant_date OR NEW.notes IS NOT OLD.notes
  OR NEW.conditioning IS NOT OLD.conditioning OR NEW.donor IS NOT OLD.donor OR NEW.gvhd IS NOT OLD.gvhd
  OR NEW.supersedes IS NOT OLD.supersedes
BEGIN SELECT RAISE(ABORT, 'a recorded transplant keeps its data: correct it with a new record or void it'); END
-- ;;
CREATE TRIGGER observation_no_delete BEFORE DELETE ON observation
BEGIN SELECT RAISE(ABORT, 'observations are never deleted: void them with a reason'); END
-- ;;
CREATE TRIGGER observation_keeps_its_data BEFORE UPDATE ON observation
WHEN OLD.voided_at <> '' OR OLD.superseded_by IS NOT NULL
  OR NEW.code IS NOT OLD.code OR NEW.value_num IS NOT OLD.value_num OR NEW.value_text IS NOT OLD.value_text
  OR NEW.unit IS NOT OLD.unit OR NEW.observed_on IS NOT OLD.observed_on OR NEW.comparator IS NOT OLD.comparator
  OR NEW.entered_value IS NOT OLD.entered_value OR NEW.entered_unit IS NOT OLD.entered_unit
  OR NEW.observed_at IS NOT OLD.observed_at OR NEW.source IS NOT OLD.source
  OR NEW.supersedes IS NOT OLD.supersedes
BEGIN SELECT RAISE(ABORT, 'a recorded observation keeps its data: correct it with a new record or void it'); END

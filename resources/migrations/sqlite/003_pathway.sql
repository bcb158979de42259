-- CellBoard schema 3 (SQLite): the treatment pathway after the verdict (DESIGN.md §4 "pathway"):
-- pathway steps, monitoring assessments with the calculators' inputs and outputs, and the
-- long-term follow-up schedule with responses and late effects.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE pathway_event (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    event_type TEXT NOT NULL,
    event_date TEXT NOT NULL,
    end_date TEXT NOT NULL DEFAULT '',
    details_json TEXT NOT NULL DEFAULT '{}',
    notes_json TEXT NOT NULL DEFAULT '[]',
    recorded_by INTEGER NOT NULL REFERENCES app_user (id),
    recorded_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX pathway_event_case ON pathway_event (case_id, event_date)
-- ;;
CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    assessed_at TEXT NOT NULL,
    day_number INTEGER NOT NULL,
    inputs_json TEXT NOT NULL,
    outputs_json TEXT NOT NULL,
    crs_grade INTEGER NOT NULL,
    icans_grade INTEGER NOT NULL,
    ice_score INTEGER,
    temperature_c REAL NOT NULL,
    interventions_json TEXT NOT NULL DEFAULT '{}',
    attributable_to_other_cause INTEGER NOT NULL DEFAULT 0,
    free_text TEXT NOT NULL DEFAULT '',
    rule_version TEXT NOT NULL,
    assessor_id INTEGER NOT NULL REFERENCES app_user (id),
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX assessment_case ON assessment (case_id, assessed_at)
-- ;;
CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    visit TEXT NOT NULL,
    day_number INTEGER NOT NULL,
    due_date TEXT NOT NULL,
    done_date TEXT NOT NULL DEFAULT '',
    response TEXT NOT NULL DEFAULT '',
    rule_version TEXT NOT NULL DEFAULT '',
    mrd TEXT NOT NULL DEFAULT 'not_done',
    details_json TEXT NOT NULL DEFAULT '{}',
    recorded_by INTEGER REFERENCES app_user (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (case_id, visit)
)
-- ;;
CREATE INDEX follow_up_due ON follow_up (done_date, due_date)

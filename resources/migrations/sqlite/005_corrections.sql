-- CellBoard schema 5 (SQLite): correcting and voiding recorded pathway steps and monitoring
-- assessments. Clinical records are never deleted or overwritten: a void marks the row (who,
-- when, why); a correction inserts a replacement that names the row it supersedes, and the
-- original gets superseded_by. Both go through row_version (optimistic concurrency).
-- Statements are separated by lines holding only "-- ;;".
ALTER TABLE pathway_event ADD COLUMN voided_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE pathway_event ADD COLUMN voided_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE pathway_event ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE pathway_event ADD COLUMN supersedes INTEGER REFERENCES pathway_event (id)
-- ;;
ALTER TABLE pathway_event ADD COLUMN superseded_by INTEGER REFERENCES pathway_event (id)
-- ;;
ALTER TABLE assessment ADD COLUMN voided_at TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE assessment ADD COLUMN voided_by INTEGER REFERENCES app_user (id)
-- ;;
ALTER TABLE assessment ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''
-- ;;
ALTER TABLE assessment ADD COLUMN supersedes INTEGER REFERENCES assessment (id)
-- ;;
ALTER TABLE assessment ADD COLUMN superseded_by INTEGER REFERENCES assessment (id)
-- ;;
CREATE TRIGGER pathway_event_no_delete BEFORE DELETE ON pathway_event
BEGIN SELECT RAISE(ABORT, 'pathway steps are never deleted: void them with a reason'); END
-- ;;
CREATE TRIGGER pathway_event_keeps_its_data BEFORE UPDATE ON pathway_event
WHEN OLD.voided_at <> '' OR OLD.superseded_by IS NOT NULL
  OR NEW.case_id IS NOT OLD.case_id OR NEW.event_type IS NOT OLD.event_type OR NEW.event_date IS NOT OLD.event_date
  OR NEW.end_date IS NOT OLD.end_date OR NEW.details_json IS NOT OLD.details_json
  OR NEW.notes_json IS NOT OLD.notes_json OR NEW.recorded_by IS NOT OLD.recorded_by
  OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.supersedes IS NOT OLD.supersedes
BEGIN SELECT RAISE(ABORT, 'a recorded pathway step keeps its data: correct it with a new record or void it'); END
-- ;;
CREATE TRIGGER assessment_no_delete BEFORE DELETE ON assessment
BEGIN SELECT RAISE(ABORT, 'assessments are never deleted: void them with a reason'); END
-- ;;
CREATE TRIGGER assessment_keeps_its_data BEFORE UPDATE ON assessment
WHEN OLD.voided_at <> '' OR OLD.superseded_by IS NOT NULL
  OR NEW.case_id IS NOT OLD.case_id OR NEW.assessed_at IS NOT OLD.assessed_at OR NEW.day_number IS NOT OLD.day_number
  OR NEW.inputs_json IS NOT OLD.inputs_json OR NEW.outputs_json IS NOT OLD.outputs_json
  OR NEW.crs_grade IS NOT OLD.crs_grade OR NEW.icans_grade IS NOT OLD.icans_grade
  OR NEW.ice_score IS NOT OLD.ice_score OR NEW.temperature_c IS NOT OLD.temperature_c
  OR NEW.interventions_json IS NOT OLD.interventions_json
  OR NEW.attributable_to_other_cause IS NOT OLD.attributable_to_other_cause OR NEW.free_text IS NOT OLD.free_text
  OR NEW.rule_version IS NOT OLD.rule_version OR NEW.assessor_id IS NOT OLD.assessor_id
  OR NEW.created_at IS NOT OLD.created_at OR NEW.supersedes IS NOT OLD.supersedes
BEGIN SELECT RAISE(ABORT, 'a recorded assessment keeps its data: correct it with a new record or void it'); END
-- ;;
CREATE TRIGGER follow_up_result_no_delete BEFORE DELETE ON follow_up WHEN OLD.done_date <> ''
BEGIN SELECT RAISE(ABORT, 'a follow-up visit with a result is never deleted'); END

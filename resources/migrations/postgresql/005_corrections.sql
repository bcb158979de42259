-- CellBoard schema 5 (PostgreSQL): correcting and voiding recorded pathway steps and monitoring
-- assessments. Clinical records are never deleted or overwritten: a void marks the row (who,
-- when, why); a correction inserts a replacement that names the row it supersedes, and the
-- original gets superseded_by. Both go through row_version (optimistic concurrency).
-- Statements are separated by lines holding only "-- ;;".
ALTER TABLE pathway_event
    ADD COLUMN voided_at TEXT NOT NULL DEFAULT '',
    ADD COLUMN voided_by BIGINT REFERENCES app_user (id),
    ADD COLUMN void_reason TEXT NOT NULL DEFAULT '',
    ADD COLUMN supersedes BIGINT REFERENCES pathway_event (id),
    ADD COLUMN superseded_by BIGINT REFERENCES pathway_event (id)
-- ;;
ALTER TABLE assessment
    ADD COLUMN voided_at TEXT NOT NULL DEFAULT '',
    ADD COLUMN voided_by BIGINT REFERENCES app_user (id),
    ADD COLUMN void_reason TEXT NOT NULL DEFAULT '',
    ADD COLUMN supersedes BIGINT REFERENCES assessment (id),
    ADD COLUMN superseded_by BIGINT REFERENCES assessment (id)
-- ;;
CREATE FUNCTION cb_reject_clinical_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.voided_at <> '' OR OLD.superseded_by IS NOT NULL
       OR (to_jsonb(NEW) - ARRAY['voided_at', 'voided_by', 'void_reason', 'superseded_by', 'row_version'])
          IS DISTINCT FROM (to_jsonb(OLD) - ARRAY['voided_at', 'voided_by', 'void_reason', 'superseded_by', 'row_version'])
    THEN
        RAISE EXCEPTION 'a recorded % keeps its data: correct it with a new record or void it', TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END
$$
-- ;;
CREATE TRIGGER pathway_event_no_delete BEFORE DELETE ON pathway_event
FOR EACH ROW EXECUTE FUNCTION cb_reject_change('pathway steps are never deleted: void them with a reason')
-- ;;
CREATE TRIGGER pathway_event_keeps_its_data BEFORE UPDATE ON pathway_event
FOR EACH ROW EXECUTE FUNCTION cb_reject_clinical_record_change()
-- ;;
CREATE TRIGGER assessment_no_delete BEFORE DELETE ON assessment
FOR EACH ROW EXECUTE FUNCTION cb_reject_change('assessments are never deleted: void them with a reason')
-- ;;
CREATE TRIGGER assessment_keeps_its_data BEFORE UPDATE ON assessment
FOR EACH ROW EXECUTE FUNCTION cb_reject_clinical_record_change()
-- ;;
CREATE FUNCTION cb_reject_result_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.done_date <> '' THEN
        RAISE EXCEPTION 'a follow-up visit with a result is never deleted';
    END IF;
    RETURN OLD;
END
$$
-- ;;
CREATE TRIGGER follow_up_result_no_delete BEFORE DELETE ON follow_up
FOR EACH ROW EXECUTE FUNCTION cb_reject_result_delete()

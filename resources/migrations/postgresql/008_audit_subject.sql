-- CellBoard schema 8 (PostgreSQL): a case's audit trail shows every row about the case, not only
-- the rows whose entity is the case itself: an opinion, a verdict, a meeting's agenda entry for
-- the case, a change of the patient's record (shared by all of the patient's cases) … Each audit
-- row is linked here to the case(s) it is about, in the transaction that writes it. audit_event
-- and its hash chain stay as they are; the links are append-only like the trail.
-- After these statements the migration links the rows written before schema 8 (the same rules
-- as for new rows: storage::AuditSubjects).
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE audit_subject (
    case_id BIGINT NOT NULL REFERENCES clinical_case (id),
    seq BIGINT NOT NULL REFERENCES audit_event (seq),
    PRIMARY KEY (case_id, seq)
)
-- ;;
CREATE INDEX audit_subject_seq ON audit_subject (seq)
-- ;;
CREATE TRIGGER audit_subject_append_only BEFORE UPDATE OR DELETE ON audit_subject
FOR EACH ROW EXECUTE FUNCTION cb_reject_change('audit_subject is append-only')

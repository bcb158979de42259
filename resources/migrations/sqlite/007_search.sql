-- CellBoard schema 7 (SQLite): the worklist search finds a fragment anywhere in a name or an
-- identifier ("cker" finds Becker, "3538" the MRN SH-2026-003538). The word index of
-- patient.search_text gives way to a trigram index (FTS5 trigram tokenizer, SQLite 3.34 or
-- later) kept in sync by triggers; a token of one or two characters is matched by LIKE instead,
-- trigrams needing three. After these statements the migration rewrites every patient's
-- search text (without diacritics; identifiers once more without their separators).
-- Also for the worklist: cases of a patient by referral date (the search's page and count),
-- and the state order as an index (the order of core::caseStates(); the worklist's ORDER BY
-- writes the same expression).
-- Statements are separated by lines holding only "-- ;;".
DROP TRIGGER patient_fts_ai
-- ;;
DROP TRIGGER patient_fts_ad
-- ;;
DROP TRIGGER patient_fts_au
-- ;;
DROP TABLE patient_fts
-- ;;
CREATE VIRTUAL TABLE patient_trigram USING fts5(search_text, content='patient', content_rowid='id',
    tokenize='trigram')
-- ;;
INSERT INTO patient_trigram (patient_trigram) VALUES ('rebuild')
-- ;;
CREATE TRIGGER patient_trigram_ai AFTER INSERT ON patient
BEGIN INSERT INTO patient_trigram (rowid, search_text) VALUES (new.id, new.search_text); END
-- ;;
CREATE TRIGGER patient_trigram_ad AFTER DELETE ON patient
BEGIN INSERT INTO patient_trigram (patient_trigram, rowid, search_text) VALUES ('delete', old.id, old.search_text); END
-- ;;
CREATE TRIGGER patient_trigram_au AFTER UPDATE OF search_text ON patient
BEGIN
    INSERT INTO patient_trigram (patient_trigram, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    INSERT INTO patient_trigram (rowid, search_text) VALUES (new.id, new.search_text);
END
-- ;;
DROP INDEX clinical_case_patient
-- ;;
CREATE INDEX clinical_case_patient_referral ON clinical_case (patient_id, referral_date)
-- ;;
CREATE INDEX clinical_case_state_rank ON clinical_case ((CASE state WHEN 'referred' THEN 0
    WHEN 'work_up' THEN 1 WHEN 'in_review' THEN 2 WHEN 'ready_for_board' THEN 3 WHEN 'decided' THEN 4
    WHEN 'treatment' THEN 5 WHEN 'follow_up' THEN 6 WHEN 'closed' THEN 7 END), id)

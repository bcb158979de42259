-- CellBoard schema 7 (PostgreSQL): the worklist search finds a fragment anywhere in a name or an
-- identifier ("cker" finds Becker, "3538" the MRN SH-2026-003538) with LIKE '%…%' on
-- patient.search_text, served by a pg_trgm GIN index. pg_trgm ships with PostgreSQL (Debian:
-- postgresql-15) and is a trusted extension: a user allowed to create objects in the database
-- may create it. It goes into the schema "public" where it can (a CellBoard schema may be
-- dropped; the extension is the whole database's), else into CellBoard's schema. A user who
-- may not create it gets a warning and no index: the search stays correct and reads every
-- patient; CellBoard logs at each start how to add the index. After these statements the
-- migration rewrites every patient's search text (without diacritics; identifiers once more
-- without their separators).
-- Also for the worklist: cases of a patient by referral date (the search's page and count),
-- and the state order as an index (the order of core::caseStates(); the worklist's ORDER BY
-- writes the same expression).
-- Statements are separated by lines holding only "-- ;;".
DO $$
DECLARE
    ext_schema TEXT;
BEGIN
    SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF ext_schema IS NULL THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
        EXCEPTION WHEN OTHERS THEN
            BEGIN
                CREATE EXTENSION IF NOT EXISTS pg_trgm;
            EXCEPTION WHEN OTHERS THEN
                RAISE WARNING 'pg_trgm cannot be created (%): the worklist search works without its index', SQLERRM;
            END;
        END;
        SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    END IF;
    IF ext_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX patient_search_trgm ON patient USING gin (search_text %I.gin_trgm_ops)',
                       ext_schema);
    END IF;
END
$$
-- ;;
DROP INDEX clinical_case_patient
-- ;;
CREATE INDEX clinical_case_patient_referral ON clinical_case (patient_id, referral_date)
-- ;;
CREATE INDEX clinical_case_state_rank ON clinical_case ((CASE state WHEN 'referred' THEN 0
    WHEN 'work_up' THEN 1 WHEN 'in_review' THEN 2 WHEN 'ready_for_board' THEN 3 WHEN 'decided' THEN 4
    WHEN 'treatment' THEN 5 WHEN 'follow_up' THEN 6 WHEN 'closed' THEN 7 END), id)

-- CellBoard schema 10 (SQLite): signed checkpoints of the audit chain. Each row is an Ed25519
-- signature, by a key kept outside the database (one per workstation), over an entry's sequence
-- number and hash; `audit verify` checks every checkpoint whose key it trusts against the chain,
-- so a chain edited and re-hashed with SQL access alone no longer verifies.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE audit_checkpoint (
    id INTEGER PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
)
-- ;;
CREATE INDEX audit_checkpoint_seq ON audit_checkpoint (seq)
-- ;;
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE ON audit_checkpoint
BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only'); END
-- ;;
CREATE TRIGGER audit_checkpoint_no_delete BEFORE DELETE ON audit_checkpoint
BEGIN SELECT RAISE(ABORT, 'audit_checkpoint is append-only'); END

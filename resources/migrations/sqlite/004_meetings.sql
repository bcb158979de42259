-- CellBoard schema 4 (SQLite): tumor board meetings, their agenda, attendance and conflicts of
-- interest. Once the chair signs the minutes, the meeting and everything under it is frozen.
-- Statements are separated by lines holding only "-- ;;".
CREATE TABLE meeting (
    id INTEGER PRIMARY KEY,
    starts_at TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes BETWEEN 5 AND 720),
    meeting_type TEXT NOT NULL,
    mode TEXT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    chair_id INTEGER NOT NULL REFERENCES app_user (id),
    status TEXT NOT NULL DEFAULT 'scheduled',
    cancel_reason TEXT NOT NULL DEFAULT '',
    minutes_status TEXT NOT NULL DEFAULT 'draft',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
)
-- ;;
CREATE INDEX meeting_start ON meeting (starts_at)
-- ;;
CREATE TABLE agenda_item (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    case_id INTEGER NOT NULL REFERENCES clinical_case (id),
    position INTEGER NOT NULL,
    presenter TEXT NOT NULL DEFAULT '',
    slot_minutes INTEGER NOT NULL DEFAULT 10 CHECK (slot_minutes BETWEEN 1 AND 240),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (meeting_id, case_id)
)
-- ;;
CREATE INDEX agenda_item_case ON agenda_item (case_id)
-- ;;
CREATE TABLE attendance (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meeting (id),
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    discipline TEXT NOT NULL DEFAULT '',
    presence TEXT NOT NULL DEFAULT 'expected',
    arrived_at TEXT NOT NULL DEFAULT '',
    left_at TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (meeting_id, user_id)
)
-- ;;
CREATE TABLE agenda_exclusion (
    agenda_item_id INTEGER NOT NULL REFERENCES agenda_item (id),
    user_id INTEGER NOT NULL REFERENCES app_user (id),
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (agenda_item_id, user_id)
)
-- ;;
CREATE TRIGGER meeting_signed_no_update BEFORE UPDATE ON meeting WHEN OLD.minutes_status = 'signed'
BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are signed: it can no longer change'); END
-- ;;
CREATE TRIGGER meeting_no_delete BEFORE DELETE ON meeting
BEGIN SELECT RAISE(ABORT, 'meetings are never deleted: cancel them'); END
-- ;;
CREATE TRIGGER agenda_item_signed_no_update BEFORE UPDATE ON agenda_item
WHEN (SELECT minutes_status FROM meeting WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are signed: it can no longer change'); END
-- ;;
CREATE TRIGGER agenda_item_signed_no_delete BEFORE DELETE ON agenda_item
WHEN (SELECT minutes_status FROM meeting WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are signed: it can no longer change'); END
-- ;;
CREATE TRIGGER attendance_signed_no_update BEFORE UPDATE ON attendance
WHEN (SELECT minutes_status FROM meeting WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are signed: it can no longer change'); END
-- ;;
CREATE TRIGGER attendance_signed_no_delete BEFORE DELETE ON attendance
WHEN (SELECT minutes_status FROM meeting WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are signed: it can no longer change'); END

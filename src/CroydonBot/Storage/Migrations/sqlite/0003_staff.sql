-- The staff area (schema version 3): resolved unanswered questions, staff-approved phrasings, the audit log.
ALTER TABLE questions ADD COLUMN resolved_at TEXT NULL;
ALTER TABLE questions ADD COLUMN resolved_by TEXT NULL;

CREATE TABLE alternative_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    passage_id TEXT NOT NULL,
    question TEXT NOT NULL,
    approved_by TEXT NOT NULL,
    approved_at TEXT NOT NULL
);
CREATE INDEX ix_alternative_questions_passage ON alternative_questions (passage_id);

CREATE TABLE staff_audit (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NULL
);
CREATE INDEX ix_staff_audit_at ON staff_audit (at);

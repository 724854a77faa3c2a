-- Feedback from young people and ambassadors, and the staff workflow on it (schema version 2).
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    conversation_hash TEXT NOT NULL,
    topic TEXT NOT NULL,
    message TEXT NOT NULL,
    is_ambassador INTEGER NOT NULL DEFAULT 0,
    wants_reply INTEGER NOT NULL DEFAULT 0,
    contact_method TEXT NULL,
    contact TEXT NULL,
    consent_to_share INTEGER NOT NULL DEFAULT 0,
    safeguarding INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'new',
    assignee TEXT NULL,
    notes TEXT NULL,
    reply_sent INTEGER NOT NULL DEFAULT 0,
    closed_at TEXT NULL
);
CREATE INDEX ix_feedback_status ON feedback (status);
CREATE INDEX ix_feedback_created_at ON feedback (created_at);

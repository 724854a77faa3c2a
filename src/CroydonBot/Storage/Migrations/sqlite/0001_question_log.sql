-- The question log, conversation state and settings (CroydonBot schema version 1).
CREATE TABLE questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    channel TEXT NOT NULL,
    conversation_hash TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    kind TEXT NOT NULL,
    sources TEXT NOT NULL,
    confidence REAL NULL,
    topic TEXT NULL,
    safeguarding INTEGER NOT NULL DEFAULT 0,
    helpful INTEGER NULL
);
CREATE INDEX ix_questions_at ON questions (at);
CREATE INDEX ix_questions_kind ON questions (kind);

CREATE TABLE conversation_state (
    conversation_key TEXT PRIMARY KEY,
    state_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- What the bot answered, staff's "wrong answer" marks, and forgiving search (schema version 5).
-- The answer is stored redacted, as the question is. Search is FTS5 with the Porter stemmer, kept in step with
-- the questions table by triggers (an external-content table: the text is stored once, in questions).
ALTER TABLE questions ADD COLUMN answer TEXT NULL;
ALTER TABLE questions ADD COLUMN wrong_at TEXT NULL;
ALTER TABLE questions ADD COLUMN wrong_by TEXT NULL;
ALTER TABLE questions ADD COLUMN wrong_note TEXT NULL;
CREATE INDEX ix_questions_wrong_at ON questions (wrong_at);
CREATE INDEX ix_questions_conversation ON questions (conversation_hash);

CREATE VIRTUAL TABLE questions_fts USING fts5(question, answer, content='questions', content_rowid='id', tokenize='porter unicode61');
-- The stemmed words in the log: search looks here for words spelt like the ones staff typed.
CREATE VIRTUAL TABLE questions_fts_vocab USING fts5vocab(questions_fts, 'row');
INSERT INTO questions_fts (questions_fts) VALUES ('rebuild');

CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
    INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;
CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
    INSERT INTO questions_fts (questions_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
END;
CREATE TRIGGER questions_fts_update AFTER UPDATE OF question, answer ON questions BEGIN
    INSERT INTO questions_fts (questions_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
    INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;

-- "No answer here, say X": staff-written replies for questions the guides do not cover, live once a manager approves.
CREATE TABLE staff_replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question TEXT NOT NULL,
    reply TEXT NOT NULL,
    written_by TEXT NOT NULL,
    written_at TEXT NOT NULL,
    approved_by TEXT NULL,
    approved_at TEXT NULL
);

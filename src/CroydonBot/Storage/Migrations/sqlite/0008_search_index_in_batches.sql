-- The question log's full-text index is written in batches after the turn, not by a trigger inside it (schema version 8).
-- questions_fts_indexed.up_to is the newest question id the index holds; QuestionSearchIndex indexes the rows above it
-- and moves it in the same transaction, so each row is indexed exactly once, and rows left when the bot stopped are
-- indexed at the next start. Every row logged before this migration was indexed by the old trigger.
DROP TRIGGER questions_fts_insert;
DROP TRIGGER questions_fts_delete;
DROP TRIGGER questions_fts_update;

CREATE TABLE questions_fts_indexed (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    up_to INTEGER NOT NULL
);
INSERT INTO questions_fts_indexed (id, up_to) VALUES (1, COALESCE((SELECT MAX(id) FROM questions), 0));

-- Only a row the index holds is taken out of it or re-indexed (an external-content table must be told the old values
-- it holds, or it corrupts); a row not yet indexed is indexed as it stands by the next batch. Ids only grow (AUTOINCREMENT).
CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions
WHEN old.id <= (SELECT up_to FROM questions_fts_indexed) BEGIN
    INSERT INTO questions_fts (questions_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
END;
CREATE TRIGGER questions_fts_update AFTER UPDATE OF question, answer ON questions
WHEN old.id <= (SELECT up_to FROM questions_fts_indexed) BEGIN
    INSERT INTO questions_fts (questions_fts, rowid, question, answer) VALUES ('delete', old.id, old.question, old.answer);
    INSERT INTO questions_fts (rowid, question, answer) VALUES (new.id, new.question, new.answer);
END;

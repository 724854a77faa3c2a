-- Answering the young person (schema version 6).
-- feedback_links: who sent each feedback (the salted user hash, so "what happened to FB-..." answers its sender
-- only) and, only when they chose "reply in this chat", the conversation to reply in (channel, service URL,
-- conversation, user and bot ids as JSON). feedback_replies: what staff sent back and how it was delivered.
CREATE TABLE feedback_links (
    reference TEXT PRIMARY KEY,
    user_hash TEXT NOT NULL,
    reply_channel TEXT NULL,
    reply_conversation TEXT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_feedback_links_user ON feedback_links (user_hash);

CREATE TABLE feedback_replies (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    text TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    delivery TEXT NOT NULL,
    user_hash TEXT NOT NULL,
    delivered_at TEXT NULL
);
CREATE INDEX ix_feedback_replies_reference ON feedback_replies (reference);
CREATE INDEX ix_feedback_replies_waiting ON feedback_replies (user_hash, delivered_at);

-- "You said, we did" (schema version 7): summaries of actioned feedback a
-- manager rewrote with no personal data and published on the public page /you-said-we-did.
CREATE TABLE published_changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    summary TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL
);
CREATE INDEX ix_published_changes_at ON published_changes (published_at);

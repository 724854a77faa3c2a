-- Safeguarding tiers (schema version 4): which tier each question got (none, housing, uncertain, crisis), the
-- learned layer's score, and which layer decided, so staff can review the unsure ones.
ALTER TABLE questions ADD COLUMN safeguarding_tier TEXT NULL;
ALTER TABLE questions ADD COLUMN safeguarding_score DOUBLE PRECISION NULL;
ALTER TABLE questions ADD COLUMN safeguarding_layer TEXT NULL;

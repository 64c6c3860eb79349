-- Issue 15, right to erasure: a forgotten person's CPR number no longer finds the links that named it (the hash is
-- cleared, the link row and its status stay for the relation rules).
ALTER TABLE relations ALTER COLUMN cpr_hash DROP NOT NULL;

-- Issue 15, retention (docs/RETENTION.md): what the retention job needs to find people with no card and no money
-- for a while, kept by CitizenDirectory in the events' transaction. last_activity_at: the last block or money
-- movement of the account; registered_at: when the person became known.
ALTER TABLE citizen_accounts ADD COLUMN balance_ore BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE citizen_accounts ADD COLUMN last_activity_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE citizen_directory ADD COLUMN registered_at TIMESTAMP WITH TIME ZONE;

-- A whole account staff blocked (decision record 21) proves no link by its card, as a blocked card does (F3); kept
-- apart from the card's own block, so lifting one leaves the other.
ALTER TABLE citizen_accounts ADD COLUMN account_blocked BOOLEAN DEFAULT FALSE NOT NULL;

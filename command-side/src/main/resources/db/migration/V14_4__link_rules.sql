-- Issue 14 part 3, the rules of links between people (decision record 8), written in the events' transaction:
-- a blocked card's number proves no link; the payment agreements each citizen made on an account, so they end when that citizen's link to the owner ends.
ALTER TABLE citizen_accounts ADD COLUMN card_blocked BOOLEAN DEFAULT FALSE NOT NULL;


-- kind: AUTO_TOP_UP, ENROLMENT or WEBSHOP_ORDER; a row goes when the agreement ends.
CREATE TABLE payment_agreements (
    agreement_id VARCHAR(100) NOT NULL PRIMARY KEY,
    kind VARCHAR(20) NOT NULL,
    account_id VARCHAR(36) NOT NULL,
    made_by VARCHAR(36) NOT NULL
);
CREATE INDEX payment_agreements_maker_idx ON payment_agreements (account_id, made_by);

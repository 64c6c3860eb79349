-- Notifikationer (issue 17, decision record 18). Written by the account-notices processor in the transaction that
-- stores its token, so a redelivered event finds what it did the first time.
-- Who chose which notices for which account; the address only sealed ({"keyId","iv","ciphertext"}).
CREATE TABLE notice_subscriptions (
    account_id VARCHAR(64) NOT NULL,
    citizen_id VARCHAR(64) NOT NULL,
    kinds VARCHAR(200) NOT NULL,
    low_balance_below BIGINT,
    delivery VARCHAR(20) NOT NULL,
    address_sealed VARCHAR(2000) NOT NULL,
    PRIMARY KEY (account_id, citizen_id)
);

-- Each account's balance after the last event the processor saw: a low balance is noticed when it is crossed.
CREATE TABLE notice_balances (
    account_id VARCHAR(64) NOT NULL PRIMARY KEY,
    balance BIGINT NOT NULL
);

-- The outbox: one row per (event, recipient, kind), so a notice is written once however often its event comes;
-- the sender claims a row, mails it and marks it sent. Facts only (amounts, codes, the place's name), no names.
CREATE TABLE notice_outbox (
    event_id VARCHAR(100) NOT NULL,
    citizen_id VARCHAR(64) NOT NULL,
    kind VARCHAR(30) NOT NULL,
    account_id VARCHAR(64) NOT NULL,
    delivery VARCHAR(20) NOT NULL,
    facts VARCHAR(4000) NOT NULL,
    address_sealed VARCHAR(2000) NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until TIMESTAMP WITH TIME ZONE,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (event_id, citizen_id, kind)
);
CREATE INDEX notice_outbox_unsent ON notice_outbox (sent_at, delivery, occurred_at);

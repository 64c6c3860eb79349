-- PostgreSQL variant of ../h2/V3 (BLOB is BYTEA).
-- Provider payments of deposits and top-up agreements, written in the same transaction as the events they follow:
-- webhooks name the provider's payment id, reconciliation walks the ones still open.
CREATE TABLE payment_checkouts (
    checkout_id VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    purpose VARCHAR(30) NOT NULL,
    payment_id VARCHAR(64) UNIQUE,
    expected_ore BIGINT NOT NULL,
    state VARCHAR(20) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payment_checkouts_open_idx ON payment_checkouts (state, created_at);

-- Axon's JDBC dead-letter queue (GenericDeadLetterTableFactory's table), used by the automatic top-up charger:
-- a top-up whose provider call failed waits here and is retried, its account's later top-ups behind it.
CREATE TABLE IF NOT EXISTS DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup VARCHAR(255) NOT NULL,
    sequenceIdentifier VARCHAR(255) NOT NULL,
    sequenceIndex BIGINT NOT NULL,
    messageType VARCHAR(255) NOT NULL,
    eventIdentifier VARCHAR(255) NOT NULL,
    timestamp VARCHAR(255) NOT NULL,
    payloadType VARCHAR(255) NOT NULL,
    payloadRevision VARCHAR(255),
    payload BYTEA NOT NULL,
    metaData BYTEA,
    type VARCHAR(255),
    aggregateIdentifier VARCHAR(255),
    sequenceNumber BIGINT,
    tokenType VARCHAR(255),
    token BYTEA,
    enqueuedAt VARCHAR(255) NOT NULL,
    lastTouched VARCHAR(255),
    processingStarted VARCHAR(255),
    causeType VARCHAR(255),
    causeMessage VARCHAR(1023),
    diagnostics BYTEA,
    CONSTRAINT dead_letter_pk PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT dead_letter_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_group_idx ON DeadLetterEntry (processingGroup);
CREATE INDEX dead_letter_sequence_idx ON DeadLetterEntry (processingGroup, sequenceIdentifier);

-- Issue 18: how far each checkout the portal started has come (decision record 11), written in the events'
-- transaction: the portal asks it for the hosted page's address, the checkout processes for the links and steps.
CREATE TABLE checkout_progress (
    checkout_id VARCHAR(100) NOT NULL PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    stage VARCHAR(20) NOT NULL,
    return_url VARCHAR(2000),
    cancel_url VARCHAR(2000),
    terms_url VARCHAR(2000),
    hosted_page_url VARCHAR(2000),
    refusal VARCHAR(50),
    declined VARCHAR(50),
    total_ore BIGINT,
    placed BOOLEAN DEFAULT FALSE NOT NULL
);

-- PostgreSQL variant of ../h2/V2 (the same SQL; kept per vendor so each of V1-V3 has one home).
-- Look-ups of the citizen portal, written in the same transaction as the events they follow.

-- Login identities (OIDC subjects): one per person, one person per identity.
CREATE TABLE identity_links (
    subject VARCHAR(200) NOT NULL PRIMARY KEY,
    citizen_id VARCHAR(36) NOT NULL UNIQUE
);

-- Links between a requester and the owner of card accounts (F3); owner_id is NULL for an unknown CPR number.
CREATE TABLE relations (
    relation_id VARCHAR(36) NOT NULL PRIMARY KEY,
    requester_id VARCHAR(36) NOT NULL,
    owner_id VARCHAR(36),
    cpr_hash VARCHAR(64) NOT NULL,
    status VARCHAR(20) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX relations_requester_idx ON relations (requester_id, cpr_hash);
CREATE INDEX relations_owner_idx ON relations (owner_id);

-- Link requests with a wrong card number, for throttling (anti-enumeration).
CREATE TABLE link_attempts (
    requester_id VARCHAR(36) NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX link_attempts_requester_idx ON link_attempts (requester_id, attempted_at);

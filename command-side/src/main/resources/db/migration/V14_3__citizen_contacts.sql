-- The sealed name, registered e-mail and contact details of each person (ContactDirectory), written in the same
-- transaction as the events: a replacement card records the address on file when it is ordered, and notices to
-- the owner go to the e-mail on file. Only sealed JSON ({"keyId","iv","ciphertext"}), never clear text.
CREATE TABLE citizen_contacts (
    citizen_id VARCHAR(36) NOT NULL PRIMARY KEY,
    name_sealed VARCHAR(2000),
    email_sealed VARCHAR(2000),
    details_sealed VARCHAR(8000)
);

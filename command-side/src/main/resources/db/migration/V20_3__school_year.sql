-- Issue 20, Skoleår (decision record 25): look-ups the school year's commands decide with, kept in the events'
-- transaction. pupil_placements: each pupil's school and class now and the import that placed them there;
-- school_year_imports: the data key the import's sealed rows are under (erased when the import has finished);
-- account_closures: leavers' accounts to close on a date (the nightly job closes those due).
CREATE TABLE pupil_placements (
    account_id VARCHAR(36) NOT NULL PRIMARY KEY,
    citizen_id VARCHAR(36) NOT NULL,
    school_id VARCHAR(36) NOT NULL,
    class_name VARCHAR(100) NOT NULL,
    import_id VARCHAR(64) NOT NULL,
    leaving BOOLEAN DEFAULT FALSE NOT NULL,
    closed BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX pupil_placements_school ON pupil_placements (school_id);
CREATE INDEX pupil_placements_import ON pupil_placements (import_id);
CREATE TABLE school_year_imports (
    import_id VARCHAR(64) NOT NULL PRIMARY KEY,
    key_id VARCHAR(36) NOT NULL
);
CREATE TABLE account_closures (
    account_id VARCHAR(36) NOT NULL PRIMARY KEY,
    closure_id VARCHAR(100) NOT NULL,
    closes_on DATE NOT NULL,
    closed BOOLEAN DEFAULT FALSE NOT NULL
);

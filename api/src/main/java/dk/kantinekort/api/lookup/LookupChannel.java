package dk.kantinekort.api.lookup;

/** Where a staff member looked a person up: the back office's pages, the admin API or the audit API. */
public enum LookupChannel { BACK_OFFICE, ADMIN_API, AUDIT_API }

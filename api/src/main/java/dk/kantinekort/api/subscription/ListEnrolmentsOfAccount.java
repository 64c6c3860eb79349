package dk.kantinekort.api.subscription;

/** The enrolments of an account, newest first. */
public record ListEnrolmentsOfAccount(String accountId) {
}

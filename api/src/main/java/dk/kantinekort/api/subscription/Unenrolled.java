package dk.kantinekort.api.subscription;

import org.axonframework.serialization.Revision;

/** Frameldt: future charges stopped. */
@Revision("1")
public record Unenrolled(String enrolmentId, String accountId) {
}

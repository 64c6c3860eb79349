package dk.kantinekort.api.subscription;

import org.axonframework.serialization.Revision;

/** The payment details never came within a day. */
@Revision("1")
public record EnrolmentExpired(String enrolmentId, String accountId) {
}

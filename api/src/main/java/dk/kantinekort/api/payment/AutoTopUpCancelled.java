package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/** Automatisk optankning was cancelled. */
@Revision("1")
public record AutoTopUpCancelled(String accountId, String agreementId) {
}

package dk.kantinekort.api.payment;

import org.axonframework.serialization.Revision;

/** A deposit was given up without money being taken (never paid, or the provider could not be reached). */
@Revision("1")
public record DepositAbandoned(String accountId, String depositId, String reason) {
}

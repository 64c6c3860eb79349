package dk.kantinekort.api.webshop;

import org.axonframework.serialization.Revision;

/** Afventer betalingsoplysninger for a day: the order is dropped. */
@Revision("1")
public record OrderCheckoutExpired(String orderId, String accountId) {
}

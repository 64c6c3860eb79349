package dk.kantinekort.api.webshop;

import org.axonframework.serialization.Revision;

/** The order will be charged on the saved card, each delivery on its delivery day. */
@Revision("1")
public record OrderPaymentCardSaved(String orderId, String accountId, String paymentId, String savedCardToken,
                                    String cardBrand, String maskedPan, String cardExpiry) {
}

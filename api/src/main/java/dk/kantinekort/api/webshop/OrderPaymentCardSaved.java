package dk.kantinekort.api.webshop;

import dk.kantinekort.api.citizen.SealedData;

import org.axonframework.serialization.Revision;

/** The order will be charged on the saved card, each delivery on its delivery day. The saved card's token, masked number and expiry are sealed with the account holder's key (the brand is not personal). */
@Revision("1")
public record OrderPaymentCardSaved(String orderId, String accountId, String paymentId, SealedData savedCardToken,
                                    String cardBrand, SealedData maskedPan, SealedData cardExpiry) {
}

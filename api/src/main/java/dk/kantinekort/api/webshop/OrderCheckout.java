package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;

/** The answer to a checkout: the order's status, its total and, for a payment card, the hosted page to go to. */
public record OrderCheckout(String orderId, OrderStatus status, Money total, String hostedPageUrl,
                            PaymentDeclineReason failure) {
}

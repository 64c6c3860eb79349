package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import dk.kantinekort.api.payment.PaymentDeclineReason;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A delivery could not be charged; the order shows why. */
@Revision("1")
public record DeliveryChargeFailed(String orderId, String accountId, LocalDate deliveryDate, Money amount,
                                   PaymentDeclineReason reason) {
}

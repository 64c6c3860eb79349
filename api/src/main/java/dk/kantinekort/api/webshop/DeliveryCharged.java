package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/** A delivery was paid on the payment card (a statement row that does not change the canteen balance). */
@Revision("1")
public record DeliveryCharged(String orderId, String accountId, String placeId, LocalDate deliveryDate,
                              List<String> lineIds, Money amount, String chargeKey, String paymentId,
                              String chargeId) {
}

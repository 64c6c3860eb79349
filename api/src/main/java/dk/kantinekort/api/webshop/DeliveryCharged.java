package dk.kantinekort.api.webshop;

import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A delivery was paid on the payment card (a statement row that does not change the canteen balance): the card was
 * charged amount + fee ({@code fee} is zero in events stored before card fees existed, where it is absent).
 */
@Revision("1")
public record DeliveryCharged(String orderId, String accountId, String placeId, LocalDate deliveryDate,
                              List<String> lineIds, Money amount, String chargeKey, String paymentId,
                              String chargeId, Money fee) {

    public DeliveryCharged {
        fee = fee == null ? Money.ZERO : fee;
    }

    /** What the payment card was charged. */
    public Money charged() {
        return amount.plus(fee);
    }
}

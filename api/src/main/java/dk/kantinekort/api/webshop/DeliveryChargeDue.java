package dk.kantinekort.api.webshop;

import dk.kantinekort.api.citizen.SealedData;
import dk.kantinekort.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A delivery day has come: its lines are to be charged on the saved card under {@code chargeKey}, amount + fee
 * ({@code fee} is zero in events stored before card fees existed, where it is absent).
 */
@Revision("1")
public record DeliveryChargeDue(String orderId, String accountId, LocalDate deliveryDate, List<String> lineIds,
                                Money amount, SealedData savedCardToken, String chargeKey, Money fee) {

    public DeliveryChargeDue {
        fee = fee == null ? Money.ZERO : fee;
    }
}

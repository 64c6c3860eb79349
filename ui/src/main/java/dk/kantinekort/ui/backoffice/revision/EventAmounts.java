package dk.kantinekort.ui.backoffice.revision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kantinekort.api.money.Money;
import java.util.Set;

/**
 * The money of a stored event as its payload states it (amounts in øre): the balance it left and its amount, signed
 * as it moved the balance (purchases, fees and payouts out). Only events that state a balance move money; others
 * have neither. An unreadable payload has neither too: the history still shows the event.
 */
record EventAmounts(Money amount, Money balanceAfter) {

    /** Balance-changing events that take money off the account (the audit fold signs them the same way). */
    static final Set<String> MONEY_OUT = Set.of("PurchaseMade", "FeeCharged", "BalancePaidOut");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventAmounts NONE = new EventAmounts(null, null);

    static EventAmounts of(String type, String payloadJson) {
        JsonNode payload;
        try {
            payload = payloadJson == null ? null : JSON.readTree(payloadJson);
        } catch (Exception e) {
            return NONE;
        }
        if (payload == null || !payload.path("balanceAfter").isIntegralNumber()) {
            return NONE;
        }
        Money balanceAfter = Money.ofOre(payload.get("balanceAfter").longValue());
        JsonNode stated = payload.path("amount").isIntegralNumber() ? payload.get("amount") : payload.path("total");
        if (!stated.isIntegralNumber()) {
            return new EventAmounts(null, balanceAfter);
        }
        Money amount = Money.ofOre(stated.longValue());
        return new EventAmounts(MONEY_OUT.contains(type) ? Money.ZERO.minus(amount) : amount, balanceAfter);
    }
}

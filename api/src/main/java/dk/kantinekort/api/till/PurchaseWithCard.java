package dk.kantinekort.api.till;

import dk.kantinekort.api.account.PurchaseLine;
import dk.kantinekort.api.card.CardNumber;
import dk.kantinekort.api.money.Money;
import java.util.List;
import org.axonframework.commandhandling.RoutingKey;

/**
 * A till asks to charge a card; routed to the card's account by the command side. Routed by the card (its masked
 * form, the only one that may leave the ledger): every purchase on one card meets in one batch worker of the
 * group-commit bus, and in one command-side instance behind Axon Server, so a lunch queue on a few hot cards never
 * has two workers wait for each other's account locks.
 */
public record PurchaseWithCard(String purchaseId, @RoutingKey CardNumber cardNumber, String tillId,
                               List<PurchaseLine> lines, Money total, String requestFingerprint) {
}
